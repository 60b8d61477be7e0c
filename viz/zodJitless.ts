import { z } from 'zod';

// The playground runs under a Content-Security-Policy without 'unsafe-eval' (index.html). zod 4
// compiles object parsers with the Function constructor unless told not to, and it decides when
// each schema is built, so this module must be imported before any schema module: the first import
// of every entry point (main.ts, runWorker.ts). Jitless parsing gives the same results, only slower.
z.config({ jitless: true });
