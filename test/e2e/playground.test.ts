import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { endValues, type EndValue } from '../../viz/data/endValues.ts';
import { expectSameRuns, nodeCsvLines, nodeSeries, screenshot, openPlayground, type Playground, waitForRun } from './harness.ts';

// Builds, browsers and 2×N replicates share two cores with the rest of `npm test`: be patient.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
const POLL = { timeout: 60_000 };

let page: Playground['page'];
let playground: Playground | undefined;

beforeAll(async () => {
  playground = await openPlayground();
  ({ page } = playground);
});

afterAll(() => playground?.close());

describe('the playground opens', () => {
  it('on the UK-style and Japan-style regional scenarios, both charted, with no console errors', async () => {
    expect(await page.inputValue('#pick-a')).toBe('uk-2026-regional');
    expect(await page.inputValue('#pick-b')).toBe('japan-regional');
    const legend = await page.locator('figure[data-chart=capability] svg').first().textContent();
    expect(legend).toContain('A: England 2026');
    expect(legend).toContain('B: Japan');
    for (const chart of ['capability', 'capacityGap', 'coordination', 'placementsLive', 'placementsStarted', 'reciprocity', 'knowledgeRetained', 'returnersLeaving', 'localAutonomy', 'outcomes', 'cost', 'flows-a', 'flows-b']) {
      expect(await page.locator(`figure[data-chart="${chart}"] svg`).count(), chart).toBe(1);
    }
    expect(await page.locator('table.summary tbody tr').count()).toBeGreaterThan(50);
    expect(await page.textContent('#status')).toMatch(/^Done: 10 runs/);
    expect(page.errors).toEqual([]);
    await screenshot(page, 'main-compare');
    await screenshot(page, 'main-compare-full', true);
  });

  it('computes the same numbers in the browser as the kernel in Node, for the same scenarios, seed and replicates', async () => {
    const csv: string = await page.evaluate(() => (window as any).capflow.csv());
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('scenario,replicate,seed,tick,date,metric,group,value');
    const expected = [...nodeCsvLines('uk-2026-regional', [], 1, 5), ...nodeCsvLines('japan-regional', [], 1, 5)];
    expectSameRuns(lines.slice(1), expected);
  });

  it('computes the same summary statistics in the browser as in Node: means, t intervals, paired B − A and p-values, to the last bit', async () => {
    const browser: EndValue[] = await page.evaluate(() => (window as any).capflow.endValues());
    const node = endValues(nodeSeries('uk-2026-regional', [], 1, 5), nodeSeries('japan-regional', [], 1, 5));
    const paired = node.filter((r) => r.difference !== undefined && Number.isFinite(r.difference.ciLow) && r.difference.ciLow !== r.difference.ciHigh);
    // Enough interval and p-value columns to reach the t quantile and tail code, not only means.
    expect(paired.length).toBeGreaterThan(50);
    expect(new Set(paired.map((r) => r.difference!.pValue)).size).toBeGreaterThan(40);
    expectSameRuns(browser.map(summaryLine), node.map(summaryLine));
  });

  it('gives every chart a title, a description and a text alternative, and labels every control', async () => {
    const charts = await page.$$eval('.plot svg', (svgs) =>
      svgs.map((s) => ({
        title: s.querySelector('title')?.textContent ?? '',
        desc: s.querySelector('desc')?.textContent ?? '',
        labelled: s.getAttribute('aria-labelledby') === s.querySelector('title')?.id,
      })),
    );
    expect(charts.length).toBeGreaterThan(14);
    for (const c of charts) {
      expect(c.title.length, JSON.stringify(c)).toBeGreaterThan(3);
      expect(c.desc.length, JSON.stringify(c)).toBeGreaterThan(20);
      expect(c.labelled).toBe(true);
    }
    const unlabelled = await page.$$eval('input, select, button', (els) =>
      els
        .filter((e) => {
          const el = e as HTMLInputElement;
          const name = el.getAttribute('aria-label') || el.labels?.[0]?.textContent?.trim() || (el.tagName === 'BUTTON' ? el.textContent?.trim() : '');
          return !name;
        })
        .map((e) => e.outerHTML.slice(0, 120)),
    );
    expect(unlabelled).toEqual([]);
  });

  it('shows exact values under the pointer and from the keyboard', async () => {
    const svg = page.locator('figure[data-chart=capability] svg');
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.6);
    const readout = page.locator('figure[data-chart=capability] .readout');
    await expect.poll(() => readout.textContent(), POLL).toMatch(/central, \d{4}-\d\d; A: 0\.\d+ \(95% CI 0\.\d+ to 0\.\d+\); B: 0\.\d+/);
    await svg.focus();
    await page.keyboard.press('End');
    await expect.poll(() => readout.textContent(), POLL).toMatch(/central, 2036-0\d/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => readout.textContent(), POLL).toMatch(/^combined, /);
    await screenshot(page, 'readout');
  });

  it('shows B − A paired by replicate, and fills the difference column of the summary table', async () => {
    await page.check('input[name=view][value=difference]');
    await expect.poll(() => page.locator('figure[data-chart=capability] svg title').first().textContent(), POLL).toBe('Capability: B − A');
    expect(await page.locator('figure[data-chart=capability] svg').textContent()).toContain('B − A (5 pairs)');
    const diffCells = await page.$$eval('table.summary tbody tr td:last-child', (tds) => tds.filter((td) => td.textContent !== '–').length);
    expect(diffCells).toBeGreaterThan(50);
    expect(page.url()).toContain('view=difference');
    await screenshot(page, 'difference');
    await page.check('#smooth');
    await expect.poll(() => page.locator('figure[data-chart=returnersLeaving] svg title').first().textContent(), POLL).toBe('Returners leaving: B − A, 12-month trailing mean');
    expect(page.url()).toContain('smooth=12');
    await page.uncheck('#smooth');
    await page.check('input[name=view][value=compare]');
  });

  it('asks before running a national-scale scenario in the browser, and keeps the charts meanwhile', async () => {
    const csv: string = await page.evaluate(() => (window as any).capflow.csv());
    await page.selectOption('#pick-b', 'uk-2026');
    await expect.poll(() => page.evaluate(() => document.body.dataset.runState), POLL).toBe('blocked');
    expect(await page.textContent('#scale-warning')).toMatch(/up to [\d,]+ officials/);
    expect(await page.locator('#scale-warning button').textContent()).toBe('Run anyway');
    expect(await page.evaluate(() => (window as any).capflow.csv())).toBe(csv);
    const previous = Number(await page.evaluate(() => document.body.dataset.runId));
    await page.selectOption('#pick-b', 'japan-regional');
    await waitForRun(page, previous);
    expect(await page.locator('#scale-warning').isHidden()).toBe(true);
  });

  it('fits a narrow window without sideways scrolling', async () => {
    await page.setViewportSize({ width: 420, height: 900 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), POLL).toBeLessThanOrEqual(420);
    await screenshot(page, 'narrow');
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(page.errors).toEqual([]);
  });
});

/** One summary-table row as text: each statistic in shortest round-trip form, so one bit of difference shows. */
function summaryLine(r: EndValue): string {
  const side = (x: EndValue['a']) => (x ? [x.n, x.mean, x.sd, x.se, x.ciLow, x.ciHigh, x.halfWidth, x.level] : []);
  const d = r.difference;
  return [r.metric, r.group, ...side(r.a), ...side(r.b), ...(d ? [d.mean, d.ciLow, d.ciHigh, d.pValue] : [])].map(String).join(',');
}
