#!/usr/bin/env node
// The capflow bin: registers tsx so the TypeScript sources run as they are, with no build step
// (`npx capflow ...` works on a fresh clone after `npm ci`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// Compile with the project's tsconfig whatever folder capflow is run from.
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
register({ tsconfig: existsSync(tsconfig) ? tsconfig : false });

// `capflow schema | head` closes stdout early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
