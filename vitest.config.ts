import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/ensureDebianTools.ts', 'test/setup/buildCli.ts'],
    // Kernel and CLI tests spawn processes and run whole simulations; keep them patient but bounded.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
