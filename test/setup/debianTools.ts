// What the test suite needs from Debian beyond Node: Chromium for the browser tests, and the two
// clients researchers load capflow's outputs with (pandas and R), which the output tests run for
// real. Each is found by a check that runs it, not by a path alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CAPFLOW_CHROMIUM ?? '/usr/bin/chromium';
/** Debian's Python, where python3-pandas installs (not a pyenv or venv python on the PATH). */
export const DEBIAN_PYTHON = process.env.CAPFLOW_PYTHON ?? '/usr/bin/python3';
export const RSCRIPT = process.env.CAPFLOW_RSCRIPT ?? '/usr/bin/Rscript';

export interface DebianTool {
  /** The Debian package that provides it. */
  package: string;
  /** What the tests use it for, for the error that names it. */
  purpose: string;
  present(): boolean;
}

const runs = (command: string, args: string[]) => existsSync(command) && spawnSync(command, args, { stdio: 'ignore' }).status === 0;

export const DEBIAN_TOOLS: DebianTool[] = [
  { package: 'chromium', purpose: `the browser tests (Chromium at ${CHROMIUM}, or set CAPFLOW_CHROMIUM)`, present: () => existsSync(CHROMIUM) },
  { package: 'python3-pandas', purpose: `reading every output with pandas (${DEBIAN_PYTHON}, or set CAPFLOW_PYTHON)`, present: () => runs(DEBIAN_PYTHON, ['-c', 'import pandas']) },
  { package: 'r-base-core', purpose: `reading every output with R (${RSCRIPT}, or set CAPFLOW_RSCRIPT)`, present: () => runs(RSCRIPT, ['-e', 'invisible(0)']) },
  { package: 'slurm-wlm', purpose: 'running the README\'s Slurm recipe on a single-node Slurm (slurmctld, slurmd, sbatch)', present: () => runs('/usr/sbin/slurmctld', ['-V']) && runs('/usr/sbin/slurmd', ['-V']) && existsSync('/usr/bin/sbatch') },
  { package: 'munge', purpose: 'authenticating that Slurm (munged, mungekey)', present: () => runs('/usr/sbin/munged', ['-V']) && runs('/usr/sbin/mungekey', ['-V']) },
];
