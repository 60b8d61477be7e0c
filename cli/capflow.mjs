#!/usr/bin/env node
// The capflow bin. Runs the compiled command line in build/cli/ (made by scripts/buildCli.mjs from
// `npm ci`, `npm run build` and the test set-up) when it is fresh, so a command starts without
// compiling TypeScript. When any source is newer than that build, or it is missing, or
// CAPFLOW_FROM_SOURCE=1, it runs the TypeScript sources through tsx instead: an edited source is
// never answered by a stale build, only by a slower start.
import { fileURLToPath } from 'node:url';
import { BUILD_FOLDER, buildIsFresh } from './buildFreshness.mjs';

// `capflow schema | head` closes stdout early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const root = fileURLToPath(new URL('..', import.meta.url));
const fromSource = process.env.CAPFLOW_FROM_SOURCE === '1' || !buildIsFresh(root);
const { main } = fromSource ? await sourceMain() : await import(new URL(`../${BUILD_FOLDER}/main.mjs`, import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));

async function sourceMain() {
  if (process.stderr.isTTY && process.env.CAPFLOW_FROM_SOURCE !== '1') {
    process.stderr.write('capflow: sources changed since the last build; running them through tsx (npm run build:cli starts faster)\n');
  }
  const { existsSync } = await import('node:fs');
  const { register } = await import('tsx/esm/api');
  // Compile with the project's tsconfig whatever folder capflow is run from.
  const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
  register({ tsconfig: existsSync(tsconfig) ? tsconfig : false });
  return import('./main.ts');
}
