// Global setup for `npm test`: the browser tests need Debian's Chromium. Install it when it is
// missing and we can (root with apt-get, as on CI); otherwise fail loudly with what to install.
// Never skip the browser tests silently.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CAPFLOW_CHROMIUM ?? '/usr/bin/chromium';

export default function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('which', ['apt-get']).status === 0;
  if (isRoot && hasApt) {
    console.error('capflow tests: Chromium not found; installing Debian package "chromium" (about a minute)...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(CHROMIUM)) return;
  }
  throw new Error(
    `The browser tests need Chromium at ${CHROMIUM}. Install it with: sudo apt-get install chromium ` +
      '(Debian/Ubuntu), or point CAPFLOW_CHROMIUM at a Chromium binary.',
  );
}
