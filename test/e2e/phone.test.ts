import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launch, newPage, screenshot, startPreview, waitForRun, type Server } from './harness.ts';

/**
 * The playground on a phone (390×844) and the small things an analyst hit (issue 15): charts right
 * after the scenario pickers, a chart navigation that does not cover captions, legends inside their
 * charts, a visible focus ring, named row headers, one landmark per name, an autonomy axis that
 * does not blow up tiny differences, and a share link that reopens the edited side and metric.
 */
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const PHONE = { width: 390, height: 844 };
let server: Server;
let context: Awaited<ReturnType<typeof launch>>;
let page: Awaited<ReturnType<typeof newPage>>;

beforeAll(async () => {
  server = await startPreview();
  context = await launch(PHONE);
  page = await newPage(context);
  await page.goto(`${server.url}#a=uk-2026-regional&a.set=years%3D2&b=japan-regional&b.set=years%3D2&reps=2`);
  await waitForRun(page);
});

afterAll(async () => {
  await context?.dispose();
  await server?.close();
});

const top = (sel: string) => page.locator(sel).first().evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
const bottom = (sel: string) => page.locator(sel).first().evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);

describe('the playground on a phone', () => {
  it('shows the first chart within one screen below the scenario pickers', async () => {
    const pickersEnd = await bottom('#pickers');
    const chartTop = await top('figure.chart');
    console.log(`phone: first chart ${Math.round(chartTop - pickersEnd)} px below the pickers (pickers end at ${Math.round(pickersEnd)} px)`);
    expect(chartTop).toBeGreaterThan(pickersEnd);
    expect(chartTop - pickersEnd).toBeLessThan(PHONE.height);
    await page.evaluate((y) => window.scrollTo(0, y), pickersEnd);
    await screenshot(page, 'phone-after-pickers');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('keeps the chart navigation to one line that does not cover a section\'s captions', async () => {
    const navHeight = await page.locator('nav.chart-nav').evaluate((n) => n.getBoundingClientRect().height);
    expect(navHeight).toBeLessThan(50);
    await page.locator('nav.chart-nav a[href="#section-coordination"]').click();
    await page.waitForTimeout(300);
    const navBottom = await page.locator('nav.chart-nav').evaluate((n) => n.getBoundingClientRect().bottom);
    const captionTop = await page.locator('#section-coordination figcaption').first().evaluate((c) => c.getBoundingClientRect().top);
    expect(captionTop).toBeGreaterThanOrEqual(navBottom);
    await screenshot(page, 'phone-nav-coordination');
  });

  it('draws every legend inside its chart', async () => {
    const overflow = await page.$$eval('figure.chart svg g.legend text', (texts) =>
      texts.flatMap((t) => {
        const svg = t.closest('svg')!.getBoundingClientRect();
        const r = t.getBoundingClientRect();
        return r.right > svg.right + 0.5 || r.left < svg.left - 0.5 ? [t.textContent] : [];
      }),
    );
    expect(await page.locator('figure.chart svg g.legend text').count()).toBeGreaterThan(10);
    expect(overflow).toEqual([]);
  });
});

describe('small things', () => {
  it('draws a focus ring of at least 3:1 against white', async () => {
    await page.focus('#copy-link');
    const colour = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
    const [r, g, b] = colour.match(/\d+/g)!.slice(0, 3).map(Number);
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    expect(1.05 / (luminance + 0.05)).toBeGreaterThanOrEqual(3);
  });

  it('names every row header of the summary table, and has one landmark per name', async () => {
    const empty = await page.$$eval('table.summary tbody th', (ths) => ths.filter((th) => !th.textContent!.trim()).length);
    expect(await page.locator('table.summary tbody th').count()).toBeGreaterThan(50);
    expect(empty).toBe(0);
    const names = await page.$$eval('section[aria-labelledby], [role=region], nav[aria-label], aside[aria-label], main', (els) =>
      els.map((e) => `${e.getAttribute('role') ?? e.tagName.toLowerCase()}:${e.getAttribute('aria-label') ?? (e.getAttribute('aria-labelledby') ? document.getElementById(e.getAttribute('aria-labelledby')!)?.textContent : '')}`),
    );
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('draws local autonomy on an axis spanning at least a tenth of its 0–1 range', async () => {
    const ticks = await page.$$eval('figure[data-chart="localAutonomy"] svg g[transform="translate(52,0)"] .tick text', (ts) => ts.map((t) => Number(t.textContent!.replace('−', '-'))));
    expect(ticks.length).toBeGreaterThan(1);
    expect(Math.max(...ticks) - Math.min(...ticks)).toBeGreaterThanOrEqual(0.075);
  });

  it('opens a shared link on the side being edited and the metric chosen', async () => {
    await page.check('input[name=param-side][value=b]');
    await page.selectOption('#explore-metric', 'cost');
    await expect.poll(() => page.url(), { timeout: 30_000 }).toContain('edit=b');
    await expect.poll(() => page.url(), { timeout: 30_000 }).toContain('metric=cost');
    const other = await newPage(context);
    await other.goto(page.url());
    await waitForRun(other);
    expect(await other.isChecked('input[name=param-side][value=b]')).toBe(true);
    expect(await other.inputValue('#explore-metric')).toBe('cost');
    expect(await other.textContent('figure[data-chart="explore"] figcaption')).toContain('Cost');
    expect(other.errors).toEqual([]);
    await other.close();
  });
});
