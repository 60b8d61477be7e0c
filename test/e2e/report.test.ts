import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, newPage, openPlayground, ROOT, screenshot, type Playground } from './harness.ts';

/**
 * The one-click report (issue 15): a self-contained HTML file with the charts as inline SVG, the
 * headline sentences, the table, every edited parameter with its provenance and the manifest,
 * opened from file:// in a browser whose every network request is refused.
 */
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

let playground: Playground | undefined;
const RENEWAL = 'funding.renewalProbability';

beforeAll(async () => {
  playground = await openPlayground(`#a=uk-2026-regional&a.set=years%3D1&a.set=${encodeURIComponent(`${RENEWAL}=0.9`)}&b=japan-regional&b.set=years%3D1&seed=3&reps=2`);
});

afterAll(() => playground?.close());

describe('the one-click report', () => {
  it('downloads one HTML file that opens offline with the page\'s charts, sentences, table, edits and manifest', async () => {
    const { page } = playground!;
    const shownHeadlines = await page.locator('#section-headlines > ul li').allTextContents();
    const chartCount = await page.locator('#charts figure.chart .plot svg').count();
    const tableRows = await page.locator('table.summary tbody tr').count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
    expect(download.suggestedFilename()).toMatch(/^capflow-report-.*-seed3-reps2\.html$/);
    const html = readFileSync((await download.path())!, 'utf8');
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    const file = join(ROOT, 'test-output', 'report.html');
    writeFileSync(file, html);

    // A fresh browser with no server: every request that is not the file itself is refused and listed.
    const offline = await launch();
    try {
      const requests: string[] = [];
      await offline.route('**/*', (route) => {
        const url = route.request().url();
        if (url === pathToFileURL(file).href) return route.continue();
        requests.push(url);
        return route.abort();
      });
      const view = await newPage(offline);
      await view.goto(pathToFileURL(file).href);
      expect(requests).toEqual([]);
      expect(view.errors).toEqual([]);
      expect(await view.locator('#charts figure svg').count()).toBe(chartCount);
      expect(chartCount).toBeGreaterThan(10);
      expect(await view.locator('#charts figure svg g.export-footer').count()).toBe(chartCount);
      expect(await view.locator('#headlines > ul li').allTextContents()).toEqual(shownHeadlines);
      expect(shownHeadlines.length).toBeGreaterThan(2);
      expect(await view.locator('#table table.summary tbody tr').count()).toBe(tableRows);
      const edits = await view.$$eval('#edits tbody tr', (trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent)));
      expect(edits.map((r) => `${r[0]} ${r[2]}=${r[3]}`)).toEqual(['A years=1', `A ${RENEWAL}=0.9`, 'B years=1']);
      expect(edits[1][5]).toMatch(/^set in the playground; the scenario's value: (source|assumption): /);
      const manifest = JSON.parse((await view.textContent('#manifest-json'))!);
      expect(manifest).toMatchObject({ program: { name: 'capflow' }, seed: 3, replicates: 2, sides: { A: { edits: ['years=1', `${RENEWAL}=0.9`], replicatesShown: 2 }, B: { edits: ['years=1'] } } });
      expect(manifest.sides.A.inputSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(manifest.cli).toContain('npx capflow compare');
      await screenshot(view, 'report-offline');
    } finally {
      await offline.dispose();
    }
  });
});
