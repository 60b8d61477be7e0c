import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT, tempDir } from './helpers.ts';
import { SingleNodeSlurm } from './singleNodeSlurm.ts';

/** The README's Slurm recipe: the job script and the merge command after it. */
function readmeRecipe(): { script: string; merge: string } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### On a cluster (Slurm)'));
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  const script = blocks.find((b) => b.startsWith('#!/bin/bash'))!;
  const merge = blocks.map((b) => b.split('\n').find((l) => l.startsWith('npx capflow merge'))).find((l) => l !== undefined)!;
  return { script, merge: merge.split('#')[0].trim() };
}

/** Replaces `from` by `to` in `text`, failing if the README no longer says `from` (so the test keeps running what the README shows). */
function shrink(text: string, from: string | RegExp, to: string): string {
  expect(text).toMatch(from);
  return text.replace(from, to);
}

const sh = (script: string, cwd: string, env: NodeJS.ProcessEnv) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile('/bin/bash', ['-c', script], { cwd, env, encoding: 'utf8', maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1, stdout, stderr }),
    );
  });

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe("the README's Slurm recipe, on a real single-node Slurm", () => {
  it('runs as a job array on a 2-CPU node, and the merged shards are byte for byte a one-machine run', async () => {
    const started = Date.now();
    const dir = tempDir();
    const slurm = new SingleNodeSlurm(join(dir, 'slurm'), 2);
    const capflow = `${process.execPath} ${BIN}`;
    try {
      await slurm.start(120_000);
      const { script, merge } = readmeRecipe();
      let job = shrink(script, '--array=1-20', '--array=1-2');
      job = shrink(job, /\/20 /g, '/2 ');
      job = shrink(job, '--reps 40', '--reps 2');
      job = shrink(job, 'scenarios/uk-2026.json', fixture('small.json'));
      // The job runs in a scratch folder, outside the checkout, so npx cannot find capflow there.
      job = shrink(job, /npx capflow/g, capflow);
      expect(job).toMatch(/--cpus-per-task=2\n/);
      writeFileSync(join(dir, 'sweep.sh'), job);

      const submitted = await sh(`sbatch --wait --output=${join(dir, 'task-%a.log')} sweep.sh`, dir, slurm.env);
      const logs = readdirSync(dir).filter((f) => f.startsWith('task-')).map((f) => `--- ${f}\n${readFileSync(join(dir, f), 'utf8')}`).join('\n');
      expect(submitted.code, `${submitted.stderr}\n${logs}\n${slurm.logs()}`).toBe(0);
      expect(logs).toMatch(/Shard 1\/2 holds \d+ of the 10 runs/);
      expect(logs).toMatch(/Shard 2\/2 holds \d+ of the 10 runs/);

      const merged = await sh(shrink(merge, /^npx capflow/, capflow), dir, slurm.env);
      expect(merged.code, merged.stderr).toBe(0);
      const one = await sh(`${capflow} sweep ${fixture('small.json')} --vary funding.renewalProbability=0.2:1:0.2 --reps 2 --workers 2 --out one-machine`, dir, process.env);
      expect(one.code, one.stderr).toBe(0);

      const files = readdirSync(join(dir, 'one-machine')).filter((f) => f !== 'manifest.json').sort();
      expect(files).toEqual(['codebook.csv', 'metrics.csv', 'summary.csv']);
      expect(readdirSync(join(dir, 'results', 'renewal-sweep')).sort()).toEqual([...files, 'manifest.json'].sort());
      for (const f of files) expect(digest(join(dir, 'results', 'renewal-sweep', f)), f).toBe(digest(join(dir, 'one-machine', f)));
    } finally {
      await slurm.stop();
      console.log(`Slurm recipe test: ${((Date.now() - started) / 1000).toFixed(1)} s wall time`);
    }
  }, 600_000);
});
