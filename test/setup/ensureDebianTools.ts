// Global setup for `npm test`: install what the tests need from Debian when it is missing and we
// can (root with apt-get, as on CI, in one apt call); otherwise fail loudly naming the packages.
// Never skip the tests that need them silently.
import { execFileSync, spawnSync } from 'node:child_process';
import { DEBIAN_TOOLS } from './debianTools.ts';

export default function ensureDebianTools(): void {
  const missing = DEBIAN_TOOLS.filter((t) => !t.present());
  if (missing.length === 0) return;
  const packages = missing.map((t) => t.package);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('which', ['apt-get']).status === 0;
  if (isRoot && hasApt) {
    console.error(`capflow tests: installing Debian packages ${packages.join(', ')} (a minute or two)...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  }
  const still = DEBIAN_TOOLS.filter((t) => !t.present());
  if (still.length === 0) return;
  throw new Error(
    `The tests need ${still.map((t) => `${t.package} for ${t.purpose}`).join('; ')}. ` +
      `Install with: sudo apt-get install ${still.map((t) => t.package).join(' ')} (Debian/Ubuntu).`,
  );
}
