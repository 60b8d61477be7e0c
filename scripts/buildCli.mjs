#!/usr/bin/env node
// Compiles the command line into build/cli/ so `capflow` starts without compiling TypeScript at
// run time (issue 13: 0.45 s of every command was tsx). Runs from `npm ci` (the `prepare` script),
// `npm run build`, `npm run build:cli` and the test set-up (test/setup/buildCli.ts). Plain JavaScript, not
// TypeScript, because it runs before anything could compile it.
//
// The layout is what the sources expect of it:
// - every file lands flat in build/cli/, so `new URL('./worker.mjs', import.meta.url)` in the
//   worker pool finds the compiled worker next to whichever chunk the pool ends up in;
// - code splitting keeps each command's `import()` in cli/main.ts lazy, so `--help` loads no
//   command and `validate` loads no kernel;
// - dependencies are bundled (one file to read instead of zod's hundreds of modules);
// - build/cli/inputs.json lists every file the bundle was made from and when the build started,
//   which is how cli/capflow.mjs tells a stale build from a fresh one (cli/buildFreshness.mjs).
// The new build is written beside the old one and swapped in at the end, so a capflow starting
// meanwhile finds the old build, the new one or none (and then runs the sources), never half of one.
import { build } from 'esbuild';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_FOLDER } from '../cli/buildFreshness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = resolve(ROOT, BUILD_FOLDER);

const ENTRIES = [
  { in: 'cli/main.ts', out: 'main' },
  { in: 'cli/experimentRunner/workerMain.ts', out: 'worker' },
];

const startedAt = Date.now();
const staging = `${OUT}.${process.pid}.tmp`;
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: ENTRIES,
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  outExtension: { '.js': '.mjs' },
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  // Prefer a dependency's ES module build: jsonc-parser's CommonJS one is a UMD wrapper whose
  // require() calls a bundle cannot follow.
  mainFields: ['module', 'main'],
  metafile: true,
  logLevel: 'warning',
});
// Paths relative to the package root, whatever the working folder; node_modules too, so that
// a changed dependency is noticed as well as a changed source.
const inputs = Object.keys(result.metafile.inputs)
  .map((file) => relative(ROOT, resolve(ROOT, file)))
  .sort();
writeFileSync(resolve(staging, 'inputs.json'), JSON.stringify({ builtAt: startedAt, inputs }) + '\n');
// esbuild's own account of what each output file holds and imports, for test/cli/lazyLoading.test.ts.
writeFileSync(resolve(staging, 'metafile.json'), JSON.stringify(result.metafile));
rmSync(OUT, { recursive: true, force: true });
try {
  renameSync(staging, OUT);
} catch (err) {
  // Another build (a second test run, say) swapped its own in between: it is as fresh as ours.
  if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST') throw err;
  rmSync(staging, { recursive: true, force: true });
}
console.log(`capflow: compiled the command line into ${relative(ROOT, OUT) || '.'} (${inputs.length} input files)`);
