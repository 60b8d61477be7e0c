import { createHash } from 'node:crypto';
import { contentId } from '../../sim/runDesign/contentId.ts';
import { readFileSync } from 'node:fs';
import type { AbcSettings } from '../../sim/stats/abcTypes.ts';
import type { LoadedInput } from '../experimentRunner/loadInput.ts';
import type { WrittenFile } from '../manifest.ts';
import { programVersion, sourceState } from '../provenance.ts';

/**
 * A calibration's manifest.json: by what (capflow's version and commit), how (the command line and
 * folder), from what (the scenario and what it extends, the targets file and its SHA-256, the
 * settings, seed included), when, and the SHA-256 of every file beside it. `program.name` marks
 * the folder as capflow's, so --force may replace it (cli/outputFolder.ts).
 */
export function calibrationManifest(o: {
  command: string[];
  started: Date;
  seconds: number;
  workers: number;
  base: LoadedInput;
  targetsFile: string;
  targetsText: string;
  settings: AbcSettings;
  files: Record<string, WrittenFile>;
}) {
  return {
    program: { name: 'capflow', version: programVersion(), ...sourceState(), node: process.version, platform: `${process.platform}-${process.arch}` },
    command: o.command,
    workingFolder: process.cwd(),
    kind: 'calibrate',
    scenarioFile: o.base.file,
    extendsChain: o.base.chain,
    targets: { file: o.targetsFile, sha256: sha256(o.targetsText) },
    settings: o.settings,
    identity: calibrationIdentity(o.settings, o.targetsText, o.base.input),
    workers: o.workers,
    started: o.started.toISOString(),
    finished: new Date().toISOString(),
    runSeconds: Number(o.seconds.toFixed(3)),
    files: o.files,
    input: o.base.input,
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What makes two calibrations the same: the scenario, the settings and the targets' content (not the worker count). */
function calibrationIdentity(settings: AbcSettings, targetsText: string, input: Record<string, unknown>): string {
  return sha256(JSON.stringify({ input: contentId(input), settings, targets: sha256(targetsText) }));
}

/** Whether a finished folder's manifest is this calibration, so --resume has nothing left to do. */
export function sameCalibration(manifestFile: string, settings: AbcSettings, targetsText: string, input: Record<string, unknown>): boolean {
  try {
    return JSON.parse(readFileSync(manifestFile, 'utf8')).identity === calibrationIdentity(settings, targetsText, input);
  } catch {
    return false;
  }
}
