import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../cli/experimentRunner/experiment.ts';
import type { ExperimentRecord } from '../../cli/experimentRunner/experimentFile.ts';
import { missingMessage } from '../../cli/experimentRunner/merge.ts';
import { partPath } from '../../cli/experimentRunner/partFile.ts';
import { OutputFolder } from '../../cli/outputFolder.ts';
import { replicateRuns } from '../../sim/runDesign/runSpec.ts';
import { shardAssignment } from '../../sim/runDesign/shards.ts';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const flat = README.replace(/\s+/g, ' ');

describe('the README on where runs go and what merge says', () => {
  it('puts each finished run in the hidden working folder, where the code writes its part', () => {
    const staging = OutputFolder.stagingOf(join('runs', 'uk-1'));
    const [run] = replicateRuns('uk', 'input', 1, 1);
    expect(basename(staging)).toBe('.uk-1.partial');
    expect(relative(staging, dirname(partPath(staging, run)))).toBe('runs');
    expect(flat).toContain('every run writes its own part file as it finishes, inside the hidden working folder (`.<name>.partial/runs/`)');
    expect(flat).not.toContain('every run writes its own file under `runs/`');
  });

  it('quotes merge\'s message for missing shards word for word, ready for sbatch --array', () => {
    const runs = replicateRuns('uk', 'input', 1, 400);
    const shardOf = shardAssignment(runs, () => 1, 20);
    const missing = runs.filter((r) => shardOf.get(r.id) === 3 || shardOf.get(r.id) === 7);
    const record = { shard: { k: 1, n: 20 } } as unknown as ExperimentRecord;
    const message = missingMessage({ runs, inputs: {} } as unknown as Experiment, missing, [{ dir: 'shards/part-1', record }]);
    const quoted = /`(Missing: [^`]*)`/.exec(flat)?.[1];
    expect(quoted).toBe(message.split('\n')[1]);
  });

  it('resumes a re-submitted Slurm task, so its finished runs are kept and a finished task does nothing', () => {
    const script = /#SBATCH --array[\s\S]*?```/.exec(README)?.[0] ?? '';
    expect(script).toMatch(/--shard \$\{SLURM_ARRAY_TASK_ID\}\/20 .*--resume/);
  });
});
