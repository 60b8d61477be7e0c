// Global setup for `npm test`: compile the command line when any source is newer than its build,
// so the CLI tests run the bin as a user gets it after `npm ci` (the compiled build), not the tsx
// fallback that cli/capflow.mjs takes for a stale one.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildIsFresh } from '../../cli/buildFreshness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export default function buildCli(): void {
  if (buildIsFresh(ROOT)) return;
  execFileSync(process.execPath, ['scripts/buildCli.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
