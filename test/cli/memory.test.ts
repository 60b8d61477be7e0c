import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { availableMemory } from '../../cli/memoryEstimate.ts';
import { capflow, fixture, tempDir } from './helpers.ts';

const HUGE = fixture('huge.json');
/** The most officials a scenario may have (20 million per tier), against a limit every such run is above. */
const LARGEST = [...['central', 'combined', 'local'].flatMap((t) => ['--set', `organisations.${t}.totalStaff=20000000`]), '--max-memory', '2GB'];

describe('experiments too large for memory are refused up front (exit 3), as run is', () => {
  it('compare, sweep and sensitivity refuse 60 million officials above --max-memory before writing anything', async () => {
    const tmp = tempDir();
    const [compare, sweep, sensitivity] = await Promise.all([
      capflow(['compare', HUGE, HUGE, ...LARGEST, '--reps', '1', '--out', join(tmp, 'compare')]),
      capflow(['sweep', HUGE, ...LARGEST, '--vary', 'funding.renewalProbability=0,1', '--out', join(tmp, 'sweep')]),
      capflow(['sensitivity', HUGE, ...LARGEST, '--vary', 'funding.renewalProbability=0:1', '--samples', '2', '--out', join(tmp, 'sensitivity')]),
    ]);
    for (const r of [compare, sweep, sensitivity]) {
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toMatch(/huge\.json is too large to run here: 60,000,000 officials need an estimated [\d.]+ GB of memory.*above the limit of 2\.00 GB \(--max-memory\)/);
    }
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('accepts --max-memory on every experiment command, and says how many workers would fit', async () => {
    const tmp = tempDir();
    const r = await capflow(['compare', HUGE, HUGE, '--reps', '2', '--workers', '4', '--max-memory', '4GB', '--out', join(tmp, 'c')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /30,000,000 officials need an estimated [\d.]+ GB of memory with 4 runs at once \(one per worker thread\), above the limit of 4\.00 GB \(--max-memory\)\. Run with --workers 1, reduce/,
    );
    expect(existsSync(join(tmp, 'c'))).toBe(false);
    const bad = await capflow(['sweep', HUGE, '--vary', 'funding.renewalProbability=0,1', '--max-memory', 'lots']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--max-memory takes a size such as 8 \(GB\), 512MB or 1\.5GB, got "lots"\nUsage: capflow sweep/);
  });
});

describe('the memory a process may use', () => {
  const files = (map: Record<string, string>) => (path: string) => map[path];

  it('is the machine\'s when no control group limits it', () => {
    expect(availableMemory(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/memory.max': 'max\n' }), 64e9)).toEqual({ bytes: 64e9, constrained: false });
  });

  it('is a cgroup v2 group\'s memory.max, the lowest of the group and its parents (as Slurm --mem sets)', () => {
    const read = files({
      '/proc/self/cgroup': '0::/system.slice/slurmstepd.scope/job_42/step_0\n',
      '/sys/fs/cgroup/system.slice/slurmstepd.scope/job_42/step_0/memory.max': 'max\n',
      '/sys/fs/cgroup/system.slice/slurmstepd.scope/job_42/memory.max': '8589934592\n',
      '/sys/fs/cgroup/system.slice/memory.max': 'max\n',
    });
    expect(availableMemory(read, 256e9)).toEqual({ bytes: 8589934592, constrained: true });
  });

  it('is a cgroup v1 memory.limit_in_bytes when lower than the machine\'s, ignoring the huge "no limit" value', () => {
    const read = files({
      '/proc/self/cgroup': '5:cpu,cpuacct:/slurm/uid_1/job_7\n4:memory:/slurm/uid_1/job_7\n',
      '/sys/fs/cgroup/memory/slurm/uid_1/job_7/memory.limit_in_bytes': '4294967296\n',
      '/sys/fs/cgroup/memory/memory.limit_in_bytes': '9223372036854771712\n',
    });
    expect(availableMemory(read, 64e9)).toEqual({ bytes: 4294967296, constrained: true });
  });
});
