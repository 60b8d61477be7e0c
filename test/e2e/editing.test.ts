import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectSameRuns, launch, newPage, nodeCsvLines, runId, screenshot, openPlayground, type Playground, waitForRun } from './harness.ts';

// Builds, browsers and 2×N replicates share two cores with the rest of `npm test`: be patient.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
const POLL = { timeout: 60_000 };

let server: Playground['server'];
let page: Playground['page'];

const RENEWAL = 'funding.renewalProbability';
const csvOf = (p = page): Promise<string> => p.evaluate(() => (window as any).capflow.csv());
const chartPaths = (p = page) => p.$$eval('figure[data-chart=capability] svg path', (ps) => ps.map((x) => x.getAttribute('d')).join('|'));

let playground: Playground | undefined;

beforeAll(async () => {
  playground = await openPlayground('#reps=3');
  ({ server, page } = playground);
});

afterAll(() => playground?.close());

describe('editing parameters', () => {
  it('moving a slider re-runs in a worker and changes the charts; the edit is marked, its provenance shown and sent to the CLI command', async () => {
    const before = await chartPaths();
    const previous = await runId(page);
    await page.fill('#param-filter', 'renewal');
    const row = page.locator(`.param[data-path="${RENEWAL}"]`);
    expect(await row.locator('.prov').textContent()).toMatch(/^Source: /);
    await row.locator('input[type=range]').focus();
    await page.keyboard.press('End');
    await waitForRun(page, previous);
    expect(await row.locator('input[type=number]').inputValue()).toBe('1');
    expect(await row.locator('.badge').textContent()).toMatch(/^edited; scenario: 0\.\d+/);
    expect(await row.locator('.prov').textContent()).toContain('Provenance: set in the playground.');
    expect(await chartPaths()).not.toBe(before);
    expect(await page.textContent('#cli')).toContain(`npx capflow run scenarios/uk-2026-regional.json --seed 1 --reps 3 --set ${RENEWAL}=1`);
    await expect.poll(() => page.url(), POLL).toContain(`a.set=${encodeURIComponent(`${RENEWAL}=1`)}`);
    expectSameRuns(
      (await csvOf()).trimEnd().split('\n').slice(1),
      [...nodeCsvLines('uk-2026-regional', [`${RENEWAL}=1`], 1, 3), ...nodeCsvLines('japan-regional', [], 1, 3)],
    );
    await screenshot(page, 'parameter-edited');
  });

  it('refuses an out-of-range value beside the parameter and keeps the last valid charts', async () => {
    const before = await chartPaths();
    const box = page.locator(`.param[data-path="${RENEWAL}"] input[type=number]`);
    await box.fill('3');
    await box.press('Enter');
    await expect.poll(() => page.evaluate(() => document.body.dataset.runState), POLL).toBe('blocked');
    expect(await page.locator(`.param[data-path="${RENEWAL}"] .problem`).textContent()).toContain(`$.${RENEWAL}.value`);
    expect(await page.textContent('#status')).toMatch(/^Not re-run: 1 problem/);
    expect(await chartPaths()).toBe(before);
    const previous = await runId(page);
    await box.fill('1');
    await box.press('Enter');
    await waitForRun(page, previous);
  });

  it('keeps the edits across a reload, and from localStorage when the URL has none', async () => {
    const csv = await csvOf();
    await page.reload();
    await waitForRun(page);
    expect(await page.evaluate(() => (window as any).capflow.session.a.sets)).toEqual({ [RENEWAL]: '1' });
    expect(await csvOf()).toBe(csv);
    await page.goto(server.url + '/');
    await waitForRun(page);
    expect(await page.evaluate(() => (window as any).capflow.session.a.sets)).toEqual({ [RENEWAL]: '1' });
    expect(page.url()).toContain('a.set=');
    expect(await csvOf()).toBe(csv);
  });

  it('resets a parameter in one click', async () => {
    const previous = await runId(page);
    await page.fill('#param-filter', 'renewal');
    await page.locator(`.param[data-path="${RENEWAL}"] button.reset`).click();
    await waitForRun(page, previous);
    expect(await page.evaluate(() => (window as any).capflow.session.a.sets)).toEqual({});
    expect(await page.locator(`.param[data-path="${RENEWAL}"] .badge`).isHidden()).toBe(true);
    expect(page.url()).not.toContain('a.set=');
  });

  it('cancels a run in flight when settings change, shows progress, and keeps the page responsive', async () => {
    const previous = await runId(page);
    await page.fill('#replicates', '16');
    await page.press('#replicates', 'Enter');
    await page.waitForFunction((n) => Number(document.body.dataset.runId) > n && document.body.dataset.runState === 'running', previous);
    await page.waitForFunction(() => {
      const p = document.querySelector<HTMLProgressElement>('#progress')!;
      return p.value > 0 && p.value < 1;
    });
    // The main thread answers while 32 replicates run in workers (a run on the main thread would
    // block it for many seconds; drawing the first results takes a few hundred ms).
    const delays: number[] = await page.evaluate(async () => {
      const out: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        await new Promise((r) => setTimeout(r, 0));
        out.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 30));
      }
      return out;
    });
    expect(Math.max(...delays)).toBeLessThan(2500);
    const running = await runId(page);
    await page.fill('#seed', '9');
    await page.press('#seed', 'Enter');
    const done = await waitForRun(page, running);
    expect(done).toBeGreaterThan(running);
    const rows = (await csvOf()).trimEnd().split('\n').slice(1);
    expect(new Set(rows.map((r) => r.split(',')[2]))).toEqual(new Set(['9']));
    expect(new Set(rows.map((r) => r.split(',')[1])).size).toBe(16);
    expect(page.errors).toEqual([]);
  });
});

describe('sharing', () => {
  it('a shared URL reproduces the view in a fresh browser profile', async () => {
    const previous = await runId(page);
    await page.fill('#replicates', '2');
    await page.press('#replicates', 'Enter');
    await waitForRun(page, previous);
    await page.fill('#param-filter', 'cycle months');
    const p2 = await runId(page);
    await page.check('input[name=param-side][value=b]');
    const cycle = page.locator('.param[data-path="funding.cycleMonths"] input[type=number]');
    await cycle.fill('36');
    await cycle.press('Enter');
    await waitForRun(page, p2);
    await page.check('input[name=view][value=difference]');
    await expect.poll(() => page.url(), POLL).toContain('view=difference');
    const url = page.url();
    const csv = await csvOf();
    const other = await launch({ width: 1280, height: 800 });
    try {
      const fresh = await newPage(other);
      await fresh.goto(url);
      await waitForRun(fresh);
      expect(await fresh.evaluate(() => (window as any).capflow.session)).toEqual(await page.evaluate(() => (window as any).capflow.session));
      expect(await csvOf(fresh)).toBe(csv);
      expect(await fresh.locator('figure[data-chart=capability] svg title').first().textContent()).toBe('Capability: B − A');
      expect(await fresh.textContent('#cli')).toContain('npx capflow run scenarios/japan-regional.json --seed 9 --reps 2 --set funding.cycleMonths=36');
      expect(fresh.errors).toEqual([]);
    } finally {
      await other.dispose();
    }
  });
});
