import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../cli/cliError.ts';
import { ioRefusal } from '../../cli/ioRefusal.ts';
import { capflow, fixture, tempDir, type Ran } from './helpers.ts';

const TINY = fixture('tiny-generated.json');
const tmp = tempDir();
const at = (...p: string[]) => join(tmp, ...p);
const quick = ['--reps', '1', '--years', '1', '--workers', '1'];
const noStack = (r: Ran) => expect(r.stderr).not.toMatch(/\n\s+at |internal error/);

/** Small file systems to fill, make read-only or find busy: only where this process may mount them (root on Linux, as on CI). */
const mounted: string[] = [];
function mount(name: string, options: string): boolean {
  mkdirSync(at(name));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', at(name)], { stdio: 'ignore' });
    mounted.push(at(name));
    return true;
  } catch {
    return false;
  }
}
let canMount = false;

beforeAll(() => {
  canMount = mount('small', 'size=128k') && mount('readonly', 'ro,size=64k') && mount('busy', 'size=4m');
});

afterAll(() => {
  for (const m of mounted.reverse()) execFileSync('umount', [m], { stdio: 'ignore' });
});

describe('a file system that cannot take the output gives exit 2 with the path and the reason, and leaves nothing', () => {
  it('--out under a file (ENOTDIR)', async () => {
    writeFileSync(at('a-file'), 'x');
    const r = await capflow(['run', TINY, ...quick, '--out', at('a-file', 'run')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^capflow run: cannot write .*a-file\/run: a part of the path is a file, not a folder \(ENOTDIR\)\n$/);
    noStack(r);
  });

  it.skipIf(!process.getuid || process.getuid() === 0)('a folder without write permission (EACCES)', async () => {
    mkdirSync(at('locked'), { mode: 0o555 });
    const r = await capflow(['compare', TINY, TINY, ...quick, '--out', at('locked', 'run')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*locked.*: permission denied \(EACCES\)/);
    noStack(r);
  });

  it('a full disk (ENOSPC): the finished run is kept, and --resume finishes once there is room', async (ctx) => {
    if (!canMount) ctx.skip();
    // Room for the run's part and experiment.json but not for the outputs assembled from them:
    // sized from a run elsewhere (metrics.csv is the part plus a header; experiment.json is smaller
    // than the manifest), so a metric added to the model does not break the test.
    const sized = await capflow(['run', TINY, ...quick, '--out', at('sizing')]);
    expect(sized.code, sized.stderr).toBe(0);
    const room = statSync(at('sizing', 'metrics.csv')).size + statSync(at('sizing', 'manifest.json')).size + 16_384;
    execFileSync('mount', ['-o', `remount,size=${Math.ceil(room / 4096) * 4096}`, at('small')]);
    const args = ['run', TINY, ...quick, '--out', at('small', 'run')];
    const full = await capflow(args);
    expect(full.code).toBe(2);
    expect(full.stderr).toMatch(
      /^capflow run: cannot write .*small\/\.run\.partial: no space left on the device \(ENOSPC\); 1 finished run is kept in .*small\/\.run\.partial; run the same command with --resume to finish once the problem is fixed\n$/,
    );
    noStack(full);
    // Nothing at --out, and nothing half-written beside the finished run.
    expect(readdirSync(at('small'))).toEqual(['.run.partial']);
    expect(readdirSync(at('small', '.run.partial')).sort()).toEqual(['experiment.json', 'runs']);
    expect(readdirSync(at('small', '.run.partial', 'runs'))).toEqual([expect.stringMatching(/^[0-9a-f]{16}\.csv$/)]);
    execFileSync('mount', ['-o', 'remount,size=4m', at('small')]);
    const resumed = await capflow([...args, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(readdirSync(at('small'))).toEqual(['run']);
    expect(readdirSync(at('small', 'run')).sort()).toEqual(['codebook.csv', 'manifest.json', 'metrics.csv', 'summary.csv']);
  });

  it('a read-only file system (EROFS)', async (ctx) => {
    if (!canMount) ctx.skip();
    const r = await capflow(['sweep', TINY, '--vary', 'funding.renewalProbability=0,1', ...quick, '--out', at('readonly', 'run')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*readonly.*: the file system is read-only \(EROFS\)/);
    noStack(r);
  });

  it('a mount point as --out (EBUSY: it cannot be renamed into place)', async (ctx) => {
    if (!canMount) ctx.skip();
    const r = await capflow(['run', TINY, ...quick, '--out', at('busy')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*busy.*: it is busy \(a mount point, or in use\) \(EBUSY\)/);
    noStack(r);
    expect(readdirSync(at('busy'))).toEqual([]);
    expect(readdirSync(tmp).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('names the path and the reason for each error the disk can give, as a refusal (exit 2)', () => {
    const refusal = (code: string) => ioRefusal(Object.assign(new Error(`${code}: x`), { code, path: '/data/run/metrics.csv' }), '/data/run') as CliError;
    expect(refusal('ENOSPC').message).toBe('cannot write /data/run/metrics.csv: no space left on the device (ENOSPC)');
    const pathless = ioRefusal(Object.assign(new Error('ENOSPC: x'), { code: 'ENOSPC' }), '/data/.run.partial');
    expect(pathless.message).toBe('cannot write /data/.run.partial: no space left on the device (ENOSPC)');
    expect(refusal('EROFS').message).toMatch(/the file system is read-only \(EROFS\)/);
    expect(refusal('EBUSY').message).toMatch(/it is busy/);
    expect(refusal('EACCES').message).toMatch(/permission denied \(EACCES\)/);
    for (const code of ['ENOSPC', 'EROFS', 'EBUSY', 'EACCES', 'ENOTDIR']) expect(refusal(code).exitCode, code).toBe(2);
  });
});

describe('bad --workers values exit 1 with the usage', () => {
  it.each([['0'], ['abc'], ['1.5']])('--workers %s', async (value) => {
    const commands = [['run', TINY], ['compare', TINY, TINY]];
    const ran = await Promise.all(commands.map((command) => capflow([...command, '--workers', value, '--out', at(`w-${value}`)])));
    for (const [i, r] of ran.entries()) {
      const command = commands[i];
      expect(r.code, command[0]).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`--workers must be a whole number from 1 to 1024, got "${value.replace('.', '\\.')}"\\nUsage: capflow ${command[0]}`));
    }
  });
});
