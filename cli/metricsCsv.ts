import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import type { MetricRow } from '../sim/model/run.ts';
import { tidyHeader, tidyLines, tidyRunPrefix } from '../sim/output/tidyCsv.ts';

export interface WrittenFile {
  sha256: string;
  bytes: number;
}

/**
 * metrics.csv in tidy long form, streamed to disk as the kernel emits rows (a run of many
 * replicates never sits in memory) and hashed on the way. Rows are formatted by sim/output/tidyCsv.ts,
 * as the experiment commands' files and the playground's download are, so identical runs give
 * identical bytes whichever command (or browser) wrote them.
 */
export class MetricsCsv {
  private readonly fd: number;
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private open = true;
  rows = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'wx');
    this.write(tidyHeader() + '\n');
  }

  /** One tick's rows of one replicate, in the order emitted. */
  add(scenario: string, replicate: number, seed: number, rows: readonly MetricRow[]): void {
    this.rows += rows.length;
    this.write(tidyLines(tidyRunPrefix(scenario, replicate, seed), rows));
  }

  /** Flushes to the disk (the folder is renamed into place next) and returns the digest. */
  close(): WrittenFile {
    fsyncSync(this.fd);
    this.dispose();
    return { sha256: this.hash.digest('hex'), bytes: this.bytes };
  }

  /** Closes without caring about the contents, after a failure. */
  dispose(): void {
    if (!this.open) return;
    this.open = false;
    closeSync(this.fd);
  }

  private write(text: string): void {
    const buf = Buffer.from(text, 'utf8');
    this.hash.update(buf);
    for (let at = 0; at < buf.length; ) at += writeSync(this.fd, buf, at);
    this.bytes += buf.length;
  }
}
