import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../vite.config.ts';
import { ROOT } from './scenarioFiles.ts';

const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];

describe('the built site', () => {
  it('carries a Content-Security-Policy allowing only its own code, without eval or inline script', () => {
    expect(policy).toBe("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'");
    expect(policy).not.toMatch(/unsafe-(eval|inline)/);
  });

  it('configures zod jitless before any schema is built, in the page and in the worker', () => {
    for (const entry of ['viz/main.ts', 'viz/runWorker.ts']) {
      const firstImport = readFileSync(join(ROOT, entry), 'utf8').match(/^import .*$/m)?.[0];
      expect(firstImport, entry).toBe("import './zodJitless.ts';");
    }
  });

  it('publishes no source maps', () => {
    expect(config.build?.sourcemap).toBe(false);
  });
});
