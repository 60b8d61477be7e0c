// Preloaded into a benchmarked process (`node --import ./bench/reportCpuOnExit.mjs ...`): at exit it
// writes the CPU seconds the whole process used (every thread, user and system) to file
// descriptor 3, which bench/wallSeconds.ts opens as a pipe. CPU time is the figure that survives a
// busy machine, where wall time mostly measures waiting for a core.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeSync(3, `${(user + system) / 1e6}\n`);
});
