// Drives the playground in Debian's Chromium (playwright-core, no downloaded browsers) against a
// Vite server started here. Missing Chromium is a failure that says what to install, never a skip.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, createServer, preview } from 'vite';
import { runReplicate } from '../../sim/model/run.ts';
import { resolveScenario, validateScenario } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { applySets } from '../../sim/scenario/setPath.ts';
import { isoDate } from '../../sim/output/tidyCsv.ts';
import { SeriesCollector, type ReplicateSeries } from '../../viz/data/replicateSeries.ts';
import { joinScenarioPath } from '../../viz/scenarioPath.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
// One definition of where Chromium is, shared with the test set-up that installs it.
export { CHROMIUM } from '../setup/debianTools.ts';
import { CHROMIUM } from '../setup/debianTools.ts';
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The playground's browser tests need Chromium at ${CHROMIUM}. Install it with: sudo apt-get install chromium (Debian/Ubuntu), or set CAPFLOW_CHROMIUM to a Chromium binary.`);
  }
}

export interface Server {
  url: string;
  close(): Promise<void>;
}

/** The production build, served by `vite preview` on a free port: what `npm run build` ships. */
export async function startPreview(): Promise<Server> {
  const outDir = mkdtempSync(join(tmpdir(), 'capflow-dist-'));
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  return {
    url: server.resolvedUrls!.local[0],
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The dev server, as `npm start` runs it. */
export async function startDev(): Promise<Server> {
  const server = await createServer({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', server: { port: 0, host: '127.0.0.1', strictPort: false } });
  await server.listen();
  return { url: server.resolvedUrls!.local[0], close: () => server.close() };
}

/** A fresh browser profile: no localStorage or cache from other tests. */
export async function launch(viewport = { width: 1440, height: 900 }): Promise<BrowserContext & { dispose(): Promise<void> }> {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'capflow-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport, acceptDownloads: true });
  context.setDefaultTimeout(120_000);
  // The page runs under a Content-Security-Policy (index.html): report every violation as a console
  // error, which newPage records, so a test that expects no errors also expects no violations.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content-Security-Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`)),
  );
  return Object.assign(context, {
    dispose: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  });
}

/** A page that records console errors and uncaught exceptions. */
export async function newPage(context: BrowserContext): Promise<Page & { errors: string[] }> {
  const page = context.pages()[0] && context.pages()[0].url() === 'about:blank' ? context.pages()[0] : await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return Object.assign(page, { errors });
}

/**
 * Waits until a run later than `after` has finished and every one of its replicates is drawn
 * (charts are drawn a few per frame, so "done" alone can precede the last draw).
 */
export async function waitForRun(page: Page, after = -1): Promise<number> {
  await page.waitForFunction(
    (n) => document.body.dataset.runState === 'done' && Number(document.body.dataset.runId) > n && document.body.dataset.drawnRun === document.body.dataset.runId,
    after,
    { timeout: 150_000, polling: 50 },
  );
  return Number(await page.evaluate(() => document.body.dataset.runId));
}

/** The built playground open in a fresh browser at `hash`, its first run drawn; `close` undoes it all. */
export interface Playground {
  server: Server;
  context: Awaited<ReturnType<typeof launch>>;
  page: Awaited<ReturnType<typeof newPage>>;
  close(): Promise<void>;
}

export async function openPlayground(hash = ''): Promise<Playground> {
  const server = await startPreview();
  const context = await launch();
  const page = await newPage(context);
  await page.goto(`${server.url}${hash}`);
  await waitForRun(page);
  return {
    server, context, page,
    close: async () => {
      await context.dispose();
      await server.close();
    },
  };
}

export async function runId(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.body.dataset.runId ?? -1));
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** A shipped scenario with edits applied, resolved in Node as the playground resolves it. */
function nodeScenario(id: string, sets: string[]): Scenario {
  const loader = { read: (f: string) => (existsSync(join(ROOT, f)) ? readFileSync(join(ROOT, f), 'utf8') : undefined), join: joinScenarioPath };
  const file = `/scenarios/${id}.json`;
  const base = resolveScenario(file, loader);
  const input = structuredClone(base.input!);
  applySets(input, sets, 'node reference');
  const { scenario } = validateScenario(file, input);
  if (!scenario) throw new Error(`reference scenario ${id} does not validate`);
  return scenario;
}

/**
 * The tidy CSV the kernel gives in Node for a shipped scenario, edits, seed and replicates: the
 * reference the browser's numbers must equal.
 */
export function nodeCsvLines(id: string, sets: string[], seed: number, replicates: number): string[] {
  const scenario = nodeScenario(id, sets);
  const lines: string[] = [];
  for (let replicate = 0; replicate < replicates; replicate++) {
    runReplicate(scenario, {
      seed,
      replicate,
      onRows: (rows) => {
        for (const r of rows) lines.push([scenario.name, replicate, seed, r.tick, isoDate(r.date), r.metric, r.group, String(r.value)].join(','));
      },
    });
  }
  return lines;
}

/**
 * The replicates' columns the playground's workers would send for the same runs, computed in Node;
 * `transform` changes the resolved scenario first (the counterfactual).
 */
export function nodeSeries(id: string, sets: string[], seed: number, replicates: number, transform: (s: Scenario) => Scenario = (s) => s): ReplicateSeries[] {
  const scenario = transform(nodeScenario(id, sets));
  return Array.from({ length: replicates }, (_, replicate) => {
    const collector = new SeriesCollector({ scenario: scenario.name, replicate, seed, start: scenario.start, ticks: scenario.years.value * 12 });
    runReplicate(scenario, { seed, replicate, onRows: collector.add });
    return collector.finish();
  });
}

/**
 * The browser's rows against Node's: byte for byte. The kernel's transcendental functions are
 * stdlib's plain-arithmetic ones (sim/math/portable.ts), not the engine's Math.pow/exp/log, which
 * differ in the last bit between Node and Chromium; so the same scenario and seed give the same
 * bytes in both. The first rows that differ are listed.
 */
export function expectSameRuns(actual: string[], expected: string[]): void {
  if (actual.length !== expected.length) throw new Error(`browser gave ${actual.length} rows, Node ${expected.length}`);
  const mismatches: string[] = [];
  for (let i = 0; i < actual.length && mismatches.length < 20; i++) {
    if (actual[i] !== expected[i]) mismatches.push(`row ${i + 1}: browser ${actual[i]} | node ${expected[i]}`);
  }
  if (mismatches.length > 0) throw new Error(`browser and Node runs differ:\n${mismatches.join('\n')}`);
}
