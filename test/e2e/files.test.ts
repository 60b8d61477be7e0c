import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateScenario } from '../../sim/scenario/resolve.ts';
import { expectSameRuns, launch, newPage, nodeCsvLines, ROOT, runId, screenshot, openPlayground, type Playground, waitForRun } from './harness.ts';

// Builds, browsers and 2×N replicates share two cores with the rest of `npm test`: be patient.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
const POLL = { timeout: 60_000 };

let page: Playground['page'];
const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const session = () => page.evaluate(() => (window as any).capflow.session);

async function downloaded(p: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([p.waitForEvent('download'), click()])) as [Download, void];
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

let playground: Playground | undefined;

beforeAll(async () => {
  playground = await openPlayground('#reps=2');
  ({ page } = playground);
});

afterAll(() => playground?.close());

describe('loading a scenario file', () => {
  it('refuses a file with errors, listing every error by JSON path, and keeps the session', async () => {
    const before = await session();
    const url = page.url();
    await page.setInputFiles('#file-b', fixture('broken-schema.json'));
    const box = page.locator('#load-problems');
    await box.waitFor({ state: 'visible' });
    const text = (await box.textContent())!;
    expect(text).toContain('“broken-schema.json” was not loaded as scenario B');
    for (const path of ['$.name', '$.years', '$.funding.cycleMonths', '$.funding.renewalProbability.value', '$.funding.bogus', '$.programme.instruments.secondment.selection']) {
      expect(text).toContain(path);
    }
    expect(await session()).toEqual(before);
    expect(page.url()).toBe(url);
    expect(await page.inputValue('#pick-b')).toBe('japan-regional');
    await screenshot(page, 'load-errors');
  });

  it('refuses a file that is not JSON, with line and column, when dropped on a scenario', async () => {
    const before = await session();
    const text = readFileSync(fixture('broken-syntax.json'), 'utf8');
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'broken-syntax.json', { type: 'application/json' }));
      document.querySelector('.picker-a')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await expect.poll(() => page.locator('#load-problems').textContent(), POLL).toMatch(/“broken-syntax\.json” was not loaded as scenario A.*line 3, column \d+/s);
    expect(await session()).toEqual(before);
  });

  it('loads a valid file that extends a shipped scenario, and a shared link carries it', async () => {
    const previous = await runId(page);
    await page.setInputFiles('#file-b', fixture('short-japan.json'));
    await waitForRun(page, previous);
    expect(await page.locator('#load-problems').isHidden()).toBe(true);
    expect(await page.inputValue('#pick-b')).toBe('file:short-japan.json');
    expect(await page.locator('figure[data-chart=capability] svg').textContent()).toContain('B: Japan regional, three years (test fixture)');
    // An uploaded file is not at the repository root and its `extends` is relative to where it was:
    // the copied text writes its merged input and runs that, and it must give the page's rows.
    const cli = (await page.textContent('#cli'))!.split('\n');
    const block = cli.slice(cli.findIndex((l) => l.startsWith('# B:')) + 1, cli.findIndex((l) => l.startsWith('# The paired')));
    const run = block.at(-1)!;
    expect(run).toMatch(/^npx capflow run runs\/playground\/b-short-japan-file-[0-9a-f]{8}\.json --seed 1 --reps 2 --out runs\/playground-b-short-japan-file-[0-9a-f]{8}-seed1-2reps$/);
    const [written, out] = [run.split(' ')[3], run.split(' ').at(-1)!];
    rmSync(join(ROOT, out), { recursive: true, force: true });
    try {
      execFileSync('bash', ['-e', '-c', block.join('\n')], { cwd: ROOT, stdio: 'pipe', timeout: 170_000 });
      const rows = readFileSync(join(ROOT, out, 'metrics.csv'), 'utf8').trimEnd().split('\n');
      const pageRows = (await page.evaluate(() => (window as any).capflow.csv()) as string).trimEnd().split('\n');
      expectSameRuns(pageRows.slice(1).filter((l) => l.startsWith('short-japan,')), rows.slice(1));
    } finally {
      rmSync(join(ROOT, out), { recursive: true, force: true });
      rmSync(join(ROOT, written), { force: true });
    }
    expect(page.url()).toContain('b.file=short-japan.json');
    const other = await launch();
    try {
      const fresh = await newPage(other);
      await fresh.goto(page.url());
      await waitForRun(fresh);
      expect(await fresh.evaluate(() => (window as any).capflow.csv())).toBe(await page.evaluate(() => (window as any).capflow.csv()));
    } finally {
      await other.dispose();
    }
    const p2 = await runId(page);
    await page.selectOption('#pick-b', 'japan-regional');
    await waitForRun(page, p2);
  });
});

describe('downloads', () => {
  it('gives the edited scenario as a valid scenario JSON with the edit\'s provenance', async () => {
    const previous = await runId(page);
    await page.fill('#param-filter', 'cycle months');
    const box = page.locator('.param[data-path="funding.cycleMonths"] input[type=number]');
    await box.fill('36');
    await box.press('Enter');
    await waitForRun(page, previous);
    const file = await downloaded(page, () => page.click('#download-a'));
    expect(file.name).toBe('uk-2026-regional-edited.json');
    const input = JSON.parse(file.bytes.toString('utf8'));
    expect(input.extends).toBeUndefined();
    const resolved = validateScenario(file.name, input);
    expect(resolved.problems).toEqual([]);
    expect(resolved.scenario!.funding.cycleMonths).toMatchObject({
      value: 36,
      changes: [{ at: '2026-04', value: 36 }],
      assumption: 'set in the playground; dated changes kept (2026-04: 36)',
    });
  });

  it('gives the data as tidy CSV that parses and matches the kernel in Node', async () => {
    const file = await downloaded(page, () => page.click('#download-csv'));
    expect(file.name).toBe('capflow-uk-2026-regional-vs-japan-regional-seed1-reps2.csv');
    const lines = file.bytes.toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('scenario,replicate,seed,tick,date,metric,group,value');
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      expect(cells, line).toHaveLength(8);
      expect(Number.isFinite(Number(cells[7])), line).toBe(true);
    }
    expectSameRuns(lines.slice(1), [...nodeCsvLines('uk-2026-regional', ['funding.cycleMonths=36'], 1, 2), ...nodeCsvLines('japan-regional', [], 1, 2)]);
  });

  it('gives each chart as SVG and PNG', async () => {
    const svg = await downloaded(page, () => page.click('figure[data-chart=coordination] button[data-download=svg]'));
    expect(svg.name).toBe('capflow-coordination.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('<title');
    expect(text).not.toContain('data-hover');
    const parsed = await page.evaluate((t) => new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror') === null, text);
    expect(parsed).toBe(true);
    const png = await downloaded(page, () => page.click('figure[data-chart=flows-b] button[data-download=png]'));
    expect(png.name).toBe('capflow-flows-b.png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.bytes.length).toBeGreaterThan(5000);
  });

  it('"copy CLI command" gives a command whose metrics.csv reproduces the page\'s rows for A', async () => {
    const command = (await page.textContent('#cli'))!.split('\n').find((l) => l.startsWith('npx capflow run scenarios/uk-2026-regional.json'))!;
    expect(command).toBe('npx capflow run scenarios/uk-2026-regional.json --seed 1 --reps 2 --set funding.cycleMonths=36');
    const out = mkdtempSync(join(tmpdir(), 'capflow-cli-'));
    try {
      const args = command.split(' ').slice(2);
      execFileSync(process.execPath, [join(ROOT, 'cli', 'capflow.mjs'), ...args, '--out', join(out, 'run'), '--force'], { cwd: ROOT, stdio: 'pipe' });
      const cli = readFileSync(join(out, 'run', 'metrics.csv'), 'utf8').trimEnd().split('\n');
      const pageRows = (await page.evaluate(() => (window as any).capflow.csv()) as string).trimEnd().split('\n');
      expect(cli[0]).toBe(pageRows[0]);
      expectSameRuns(pageRows.slice(1).filter((l) => l.startsWith('uk-2026-regional,')), cli.slice(1));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(page.errors).toEqual([]);
  });
});
