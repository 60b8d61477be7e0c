import { defineConfig } from 'vite';

// The playground: index.html + viz/. Shipped scenarios are bundled into it (import.meta.glob in
// viz/main.ts); the simulation runs in module workers.
export default defineConfig({
  root: '.',
  publicDir: false,
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  worker: { format: 'es' },
  // Pre-bundle every dependency the page and its worker import, so the dev server never reloads
  // the page mid-session to add one it found late.
  optimizeDeps: { entries: ['index.html', 'viz/gallery.html', 'viz/runWorker.ts'], include: ['d3', 'zod', 'seedrandom', 'jsonc-parser', '@stdlib/math-base-special-pow', '@stdlib/math-base-special-exp', '@stdlib/math-base-special-ln', '@stdlib/math-base-special-log1p', '@stdlib/math-base-special-cos', '@stdlib/math-base-special-sin'] },
  // No source maps in the published site: they would ship the whole source beside it.
  build: { outDir: 'dist', target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
});
