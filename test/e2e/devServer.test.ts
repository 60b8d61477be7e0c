import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launch, newPage, screenshot, startDev, waitForRun, type Server } from './harness.ts';

// Builds, browsers and 2×N replicates share two cores with the rest of `npm test`: be patient.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
const POLL = { timeout: 60_000 };

let server: Server;
let context: Awaited<ReturnType<typeof launch>>;

beforeAll(async () => {
  server = await startDev();
  context = await launch();
});

afterAll(async () => {
  await context?.dispose();
  await server?.close();
});

describe('npm start (the Vite dev server)', () => {
  it('serves the playground, which runs both scenarios in workers with no console errors or 404s', async () => {
    const page = await newPage(context);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${server.url}#reps=2`);
    await waitForRun(page);
    expect(await page.textContent('#status')).toMatch(/^Done: 4 runs/);
    expect(await page.locator('.plot svg').count()).toBeGreaterThan(14);
    expect(failed).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});

describe('chart functions (the dev gallery, viz/gallery.html)', () => {
  it('draw each fixture as a self-contained, labelled SVG', async () => {
    const page = await newPage(context);
    await page.goto(`${server.url}viz/gallery.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    const figures = await page.$$eval('figure[data-fixture]', (fs) =>
      fs.map((f) => {
        const svg = f.querySelector('svg')!;
        return {
          name: (f as HTMLElement).dataset.fixture,
          xmlns: svg.getAttribute('xmlns'),
          title: svg.querySelector('title')?.textContent,
          desc: svg.querySelector('desc')?.textContent,
          paths: svg.querySelectorAll('path[stroke-width="1.6"]').length,
          bands: svg.querySelectorAll('path[fill-opacity="0.18"]').length,
          ribbons: svg.querySelectorAll('g[fill-opacity="0.7"] path').length,
          zeroRule: svg.querySelectorAll('line[stroke="#555"]').length,
          dashed: svg.querySelectorAll('path[stroke-dasharray="6 3"]').length,
          ticks: [...svg.querySelectorAll('.tick text')].map((t) => t.textContent),
        };
      }),
    );
    const by = Object.fromEntries(figures.map((f) => [f.name, f]));
    for (const f of figures) {
      expect(f.xmlns, f.name).toBe('http://www.w3.org/2000/svg');
      expect(f.title, f.name).toBeTruthy();
    }
    expect(by['band/compare']).toMatchObject({ paths: 6, bands: 6, dashed: 3, zeroRule: 0 });
    expect(by['band/compare'].desc).toContain('central: A: first from 0.6 in 2026-04 to 0.8 in 2028-04 (95% CI 0.78 to 0.82)');
    expect(by['band/difference']).toMatchObject({ paths: 1, bands: 1, zeroRule: 1 });
    expect(by['band/oneReplicateRunYears'].ticks).toContain('yr 1');
    expect(by['band/oneReplicateRunYears'].ticks).toContain('£2M');
    expect(by['band/oneReplicateRunYears'].desc).toContain('A: 1992 from £0 in year 0 of the run to £2.5M in year 2 of the run;');
    expect(by['chord/flows'].ribbons).toBe(6);
    expect(by['chord/flows'].desc).toBe('Placements started. central to combined: 30; combined to central: 25; central to local: 12; local to central: 10; combined to local: 8; local to combined: 4.');
    expect(by['chord/none'].desc).toBe('A scenario with every instrument off. No flows.');
    const readout = page.locator('figure[data-fixture="band/difference"] .readout');
    await page.locator('figure[data-fixture="band/difference"] svg').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => readout.textContent(), POLL).toBe('local, 2026-04; B − A (5 pairs): −0.05 (95% CI −0.08 to −0.02)');
    await screenshot(page, 'chart-gallery', true);
    expect(page.errors).toEqual([]);
  });
});
