import './zodJitless.ts';
import { scenarioJsonSchema } from '../sim/scenario/schema.ts';
import type { Problem } from '../sim/scenario/problems.ts';
import { buildCatalogue, officialsOf, prepareSide, type Catalogue, type PreparedSide } from './catalogue.ts';
import { cliText } from './cliCommand.ts';
import { endValues } from './data/endValues.ts';
import type { ReplicateSeries } from './data/replicateSeries.ts';
import { tidyCsv } from './data/tidyCsv.ts';
import { download } from './exportImage.ts';
import { settingsOf, type SchemaNode, type Setting } from '../sim/scenario/settings.ts';
import { printable } from './printable.ts';
import { decodeSession, encodeSession, MAX_REPLICATES, type LinkProblem, type Session, type SideKey, type SideState } from './session.ts';
import { chartsView, type ChartsInput } from './ui/chartsView.ts';
import { paramPanel } from './ui/paramPanel.ts';
import { linkProblems, refusal, showLoadProblems, sourceName, type LoadProblems } from './ui/loadProblems.ts';
import { CAPFLOW_VERSION } from './chartLabel.ts';
import { collectReportParts } from './report/collectReport.ts';
import { reportEdits } from './report/reportEdits.ts';
import { reportHtml } from './report/reportHtml.ts';
import { reportManifest, sha256Hex, type ManifestSide } from './report/reportManifest.ts';
import { scenarioPickers } from './ui/scenarioPickers.ts';
import { WorkerPool } from './workerPool.ts';
import { plural } from './plural.ts';
import { compareLines } from './compareCommand.ts';
import { datedChanges } from './data/datedChanges.ts';
import { moneyNote } from './moneyNote.ts';
import { SessionStore, SIDES } from './app/sessionStore.ts';
import { RunController } from './app/runController.ts';

// Shipped scenarios are bundled: the playground makes no network request at run time.
const bundled = import.meta.glob(['/scenarios/**/*.json', '!/scenarios/schema/**'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const DEFAULT_IDS: Record<SideKey, string> = { a: 'uk-2026-regional', b: 'japan-regional' };
const STORAGE_KEY = 'capflow.playground.session';
/** Above this many officials a run takes long enough in a browser to ask first. */
const LARGE = 300_000;

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;

/** What happened when, in ms since the page started: for tests and for judging speed. */
const timeline: { at: number; event: string }[] = [];
const mark = (event: string) => timeline.push({ at: Math.round(performance.now()), event });

mark('script started');
/** Files now; the runnable entries for the menus once the first run is under way (ensureCatalogue). */
let catalogue: Catalogue = { files: bundled, entries: [] };
let catalogueBuilt = false;
const schema = scenarioJsonSchema() as SchemaNode;
mark('schema');

function ensureCatalogue(): void {
  if (catalogueBuilt) return;
  catalogueBuilt = true;
  catalogue = buildCatalogue(bundled);
  mark(`catalogue: ${catalogue.entries.length} runnable of ${Object.keys(bundled).length} files`);
  pickers.setEntries(catalogue.entries);
}

function defaultSession(): Session {
  const pick = (side: SideKey, fallback: number) => {
    const want = DEFAULT_IDS[side];
    if (bundled[`/scenarios/${want}.json`] !== undefined) return { source: { kind: 'shipped' as const, id: want }, sets: {} };
    ensureCatalogue();
    const e =
      catalogue.entries.find((x) => x.id === want || x.name === want) ??
      catalogue.entries.filter((x) => x.officials <= LARGE)[fallback] ??
      catalogue.entries[fallback] ??
      catalogue.entries[0];
    return { source: { kind: 'shipped' as const, id: e?.id ?? want }, sets: {} };
  };
  return { a: pick('a', 0), b: pick('b', 1), seed: 1, replicates: 5, view: 'compare', smoothing: 1, counterfactual: false };
}

const store = new SessionStore((side) => prepareSide(catalogue, side));
/** Scenarios whose size the user agreed to run (the large-scenario warning), by their sides. */
let allowLarge = '';
let firstChartMs: number | undefined;
/** When the last full pass of drawing ended: passes while replicates arrive are spaced (DRAW_GAP_MS). */
let lastDrawn = 0;
/** Drawing takes a core from the workers on a two-core machine: redraw at most this often while they run. */
const DRAW_GAP_MS = 1000;

const pool = new WorkerPool(
  Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2)),
  () => new Worker(new URL('./runWorker.ts', import.meta.url), { type: 'module', name: 'capflow-run' }),
  { onReply: (reply) => runs.reply(reply) },
);

const runs = new RunController(pool, {
  state: setRunState,
  progress: (fraction, total) => {
    const bar = $<HTMLProgressElement>('#progress');
    bar.value = fraction;
    bar.setAttribute('aria-valuetext', `${Math.round(100 * fraction)}% of ${total} runs`);
  },
  stale: (text) => charts.setStale(text),
  show: (now) => scheduleRender(now),
  ran: (s) => void saveRan(s),
  mark,
  now: () => performance.now(),
});

const pickers = scenarioPickers($('#pickers'), {
  onPick: (side, id) => commit({ ...store.current, [side]: { source: { kind: 'shipped', id }, sets: {} } }),
  onFile: (side, name, text) => loadFile(side, name, text),
});
const charts = chartsView($('#charts'), { onDrawn, onMetric: (metric) => commit({ ...store.current, metric }) });
let panel: ReturnType<typeof paramPanel> | undefined;
const settingsCache = new WeakMap<object, Setting[]>();

function settingsFor(p: PreparedSide): Setting[] {
  const s = p.loaded!;
  let out = settingsCache.get(s);
  if (!out) settingsCache.set(s, (out = settingsOf(schema, s)));
  return out;
}

/** Makes `next` the session when both its scenarios load; otherwise lists why and keeps the old one. */
function commit(next: Session, options: { rerun?: boolean; prepared?: Partial<Record<SideKey, PreparedSide>> } = {}): boolean {
  const result = store.propose(next, options.prepared);
  if (!result.ok) {
    showLoadProblems($('#load-problems'), result.refused.map((r) => refusal(r.side, r.state, r.prepared, 'The current scenarios are kept.')));
    if (store.session) pickers.update(pickerState());
    return false;
  }
  if (result.sourceChanged) $('#load-problems').hidden = true;
  showInUrl();
  // The first run starts before the panel is built, so the workers are busy while it is.
  const run = result.runChanged || options.rerun;
  const first = runs.runId < 0;
  if (run && first) startRun();
  refreshControls();
  if (run && !first) scheduleRun();
  else if (!run && result.redraw) renderCharts();
  return true;
}

function loadFile(side: SideKey, name: string, text: string): void {
  const ok = commit({ ...store.current, [side]: { source: { kind: 'file', name, text }, sets: {} } });
  if (ok) setStatusNote(`Loaded ${name} as scenario ${side.toUpperCase()}.`);
}

function pickerState() {
  return Object.fromEntries(
    SIDES.map((s) => [s, { source: store.current[s].source, label: store.sides[s].label, description: store.sides[s].loaded?.description ?? '' }]),
  ) as Record<SideKey, { source: Session['a']['source']; label: string; description: string }>;
}

function refreshControls(): void {
  pickers.update(pickerState());
  $<HTMLInputElement>('#replicates').value = String(store.current.replicates);
  $<HTMLInputElement>('#seed').value = String(store.current.seed);
  document.querySelectorAll<HTMLInputElement>('input[name=view]').forEach((r) => (r.checked = r.value === store.current.view));
  $<HTMLInputElement>('#smooth').checked = store.current.smoothing > 1;
  $<HTMLInputElement>('#counterfactual').checked = store.current.counterfactual;
  const compare = store.sides.a.input && store.sides.b.input
    ? compareLines([{ key: 'a', side: store.current.a, input: store.sides.a.input }, { key: 'b', side: store.current.b, input: store.sides.b.input }], store.current.seed, store.current.replicates, store.current.counterfactual)
    : undefined;
  $('#cli').textContent = cliText(SIDES.map((s) => ({ key: s, label: store.sides[s].label, side: store.current[s], input: store.sides[s].input })), store.current.seed, store.current.replicates, compare);
  for (const s of SIDES) {
    const b = $<HTMLButtonElement>(`#download-${s}`);
    b.disabled = !store.sides[s].scenario;
    b.title = store.sides[s].scenario ? '' : 'Fix the problems with the edits first';
  }
  const p = store.sides[store.editSide];
  const model = {
    side: store.editSide,
    labels: store.labels(),
    settings: settingsFor(p),
    loaded: p.loaded!,
    edited: p.scenario,
    other: store.sides[store.editSide === 'a' ? 'b' : 'a'].scenario,
    sets: store.current[store.editSide].sets,
    problems: p.editProblems,
    problemCount: p.editProblemCount,
  };
  if (!panel) {
    panel = paramPanel($('#params'), model, {
      onEdit: (side, path, value) => {
        const sets = { ...store.current[side].sets };
        if (value === undefined) delete sets[path];
        else sets[path] = value;
        commit({ ...store.current, [side]: { ...store.current[side], sets } });
      },
      onResetAll: (side) => commit({ ...store.current, [side]: { ...store.current[side], sets: {} } }),
      onSide: (side) => commit({ ...store.current, edit: side }),
    });
  } else panel.update(model);
}

let urlTimer = 0;
/** Puts the session in the URL at once, so the address bar always shares what is shown. */
function showInUrl(): void {
  clearTimeout(urlTimer);
  const s = store.current;
  urlTimer = window.setTimeout(async () => {
    const hash = await encodeSession(s);
    if (s === store.current) history.replaceState(null, '', `#${hash}`);
  }, 0);
}

/**
 * Saves a session for the next plain visit only once it has run and been drawn: a link that
 * fails, freezes or crashes the page is never saved, so it cannot break the next visit.
 */
async function saveRan(s: Session): Promise<void> {
  const hash = await encodeSession(s);
  try {
    localStorage.setItem(STORAGE_KEY, hash);
  } catch {
    // Storage full or disabled: the URL still holds the session.
  }
}

let runTimer = 0;
/** Re-runs once edits settle (a slider drag sends many), cancelling the run in flight now. */
function scheduleRun(): void {
  clearTimeout(runTimer);
  pool.cancel();
  runTimer = window.setTimeout(startRun, 120);
}

function startRun(): void {
  const problems = SIDES.flatMap((s) => store.sides[s].editProblems.map((p) => `${s.toUpperCase()}: ${p.path.slice(0, 120)} ${p.message.slice(0, 200)}`));
  const count = store.sides.a.editProblemCount + store.sides.b.editProblemCount;
  if (count > 0) {
    setRunState('blocked', `Not re-run: ${count.toLocaleString('en-GB')} problem${count === 1 ? '' : 's'} with the edits (${problems.slice(0, 3).join('; ')}${count > 3 ? '; …' : ''}). Charts show the last valid run.`);
    return;
  }
  const officials = Math.max(...SIDES.map((s) => officialsOf(store.sides[s].scenario!)));
  const key = JSON.stringify([store.current.a, store.current.b]);
  const warning = $('#scale-warning');
  if (officials > LARGE && allowLarge !== key) {
    warning.replaceChildren(
      `These scenarios have up to ${officials.toLocaleString('en-GB')} officials: ${store.current.replicates * 2} runs may take minutes in a browser (the CLI runs them in parallel). `,
    );
    const go = document.createElement('button');
    go.type = 'button';
    go.textContent = 'Run anyway';
    go.addEventListener('click', () => {
      allowLarge = key;
      warning.hidden = true;
      startRun();
    });
    warning.append(go);
    warning.hidden = false;
    setRunState('blocked', 'Waiting: large scenarios need your go-ahead.');
    return;
  }
  warning.hidden = true;
  const runId = runs.start({
    session: store.current,
    scenarios: { a: store.sides.a.scenario!, b: store.sides.b.scenario! },
    labels: store.labels(),
    money: { a: store.sides.a.scenario?.money, b: store.sides.b.scenario?.money },
    changes: SIDES.flatMap((s) => datedChanges(s, store.sides[s].input)),
  });
  document.body.dataset.runId = String(runId);
}

function setRunState(state: string, text: string): void {
  document.body.dataset.runState = state;
  $('#charts').setAttribute('aria-busy', String(state === 'running'));
  $('#status').textContent = text;
}

let statusNoteTimer = 0;
function setStatusNote(text: string): void {
  const el = $('#share-status');
  el.textContent = text;
  clearTimeout(statusNoteTimer);
  statusNoteTimer = window.setTimeout(() => (el.textContent = ''), 6000);
}

let renderTimer = 0;
/** Queues a redraw (the charts draw it a few per frame); while replicates arrive, passes are spaced. */
function scheduleRender(now = false): void {
  clearTimeout(renderTimer);
  const wait = now ? 0 : Math.max(0, lastDrawn + DRAW_GAP_MS - performance.now());
  renderTimer = window.setTimeout(renderCharts, wait);
}

function renderCharts(): void {
  const shown = runs.shown();
  const of = runs.shownOf;
  if (!of || shown.a.length === 0 || shown.b.length === 0) return;
  const session = store.session;
  charts.render({
    runs: shown, baselines: runs.baselines(), stats: runs.statistics(session!.smoothing),
    seed: of.session.seed, labels: of.labels, changes: of.changes, money: moneyNote(of.labels, of.money), view: session!.view, smoothing: session!.smoothing, metric: session!.metric,
  });
}

/** Every chart and the table now show `input`: the figures tests and the timeline read. */
function onDrawn(input: ChartsInput): void {
  lastDrawn = performance.now();
  mark(`all charts drawn: ${input.runs.a.length}+${input.runs.b.length} replicates`);
  document.body.dataset.rendered = String(Number(document.body.dataset.rendered ?? 0) + 1);
  if (runs.current) charts.setStale(undefined);
  // Every replicate of the finished run is drawn: what tests wait for and what the report needs.
  const want = runs.shownOf?.session.replicates;
  if (runs.current && document.body.dataset.runState === 'done' && input.runs.a.length === want && input.runs.b.length === want) {
    document.body.dataset.drawnRun = String(runs.runId);
  }
  if (firstChartMs === undefined) {
    firstChartMs = performance.now();
    performance.mark('capflow-first-chart');
  }
}

function csvRuns(): ReplicateSeries[] {
  const shown = runs.shown();
  const same = shown.a[0]?.scenario === shown.b[0]?.scenario;
  return SIDES.flatMap((s) => shown[s].map((r) => (same ? { ...r, scenario: `${r.scenario} (${s.toUpperCase()})` } : r)));
}

function scenarioJson(side: SideKey): string {
  const input = structuredClone(store.sides[side].input!);
  // A relative $schema would point nowhere once the file is saved elsewhere.
  delete input.$schema;
  return JSON.stringify(input, null, 2) + '\n';
}

/**
 * The one-click report of the charts as drawn: one HTML file with the charts, sentences, table,
 * edits with provenance and a manifest (viz/report). Made from finished runs only, so it never
 * mixes charts of two runs.
 */
async function downloadReport(): Promise<void> {
  const of = runs.shownOf;
  if (!of || document.body.dataset.drawnRun !== String(runs.runId)) {
    setStatusNote('The report is made from finished runs: wait for the run to finish.');
    return;
  }
  const generated = new Date().toISOString();
  const { session } = of;
  const shown = runs.shown();
  const sides = {} as Record<SideKey, ManifestSide>;
  for (const s of SIDES) {
    const p = store.sides[s];
    sides[s] = {
      label: of.labels[s], name: p.scenario?.name ?? '', source: sourceName(session[s]), inputSha256: await sha256Hex(scenarioJson(s)),
      start: p.scenario?.start ?? '', months: (p.scenario?.years.value ?? 0) * 12, replicatesShown: shown[s].length,
    };
  }
  const html = reportHtml({
    title: `capflow: ${of.labels.b} (B) against ${of.labels.a} (A)`,
    generated,
    version: CAPFLOW_VERSION,
    ...collectReportParts($('#charts'), generated.slice(0, 10)),
    edits: reportEdits(Object.fromEntries(SIDES.map((s) => [s, { state: session[s], label: of.labels[s], loaded: store.sides[s].loaded }])) as Parameters<typeof reportEdits>[0]),
    manifest: reportManifest({ version: CAPFLOW_VERSION, generated, link: `${location.origin}${location.pathname}#${await encodeSession(session)}`, session, sides, cli: $('#cli').textContent ?? '' }),
  });
  download(`capflow-report-${sides.a.name || 'a'}-vs-${sides.b.name || 'b'}-seed${session.seed}-reps${shown.a.length}.html`, html, 'text/html');
  setStatusNote('Report downloaded: one HTML file that opens offline.');
}

async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    setStatusNote(`${what} copied.`);
  } catch {
    setStatusNote(`${what} could not be copied here; select it and copy by hand.`);
  }
}

// Controls outside the generated parts.
$<HTMLInputElement>('#replicates').max = String(MAX_REPLICATES);
$<HTMLInputElement>('#replicates').addEventListener('change', (e) => {
  const v = Math.round(Number((e.target as HTMLInputElement).value));
  if (v >= 1 && v <= MAX_REPLICATES) commit({ ...store.current, replicates: v });
  else refreshControls();
});
$<HTMLInputElement>('#seed').addEventListener('change', (e) => {
  const v = Math.round(Number((e.target as HTMLInputElement).value));
  if (v >= 0 && v <= 2 ** 32 - 1) commit({ ...store.current, seed: v });
  else refreshControls();
});
document.querySelectorAll<HTMLInputElement>('input[name=view]').forEach((r) =>
  r.addEventListener('change', () => commit({ ...store.current, view: r.value === 'difference' ? 'difference' : 'compare' })),
);
$<HTMLInputElement>('#counterfactual').addEventListener('change', (e) => commit({ ...store.current, counterfactual: (e.target as HTMLInputElement).checked }));
$<HTMLInputElement>('#smooth').addEventListener('change', (e) => commit({ ...store.current, smoothing: (e.target as HTMLInputElement).checked ? 12 : 1 }));
$('#copy-link').addEventListener('click', async () => copy(`${location.origin}${location.pathname}#${await encodeSession(store.current)}`, 'Link'));
$('#copy-cli').addEventListener('click', () => copy($('#cli').textContent ?? '', 'CLI command'));
$('#download-report').addEventListener('click', () => void downloadReport());
$('#download-csv').addEventListener('click', () => {
  const name = `capflow-${store.sides.a.scenario?.name ?? 'a'}-vs-${store.sides.b.scenario?.name ?? 'b'}-seed${store.current.seed}-reps${runs.shown().a.length}.csv`;
  download(name, tidyCsv(csvRuns()), 'text/csv');
});
for (const side of SIDES) {
  $(`#download-${side}`).addEventListener('click', () => {
    const p = store.sides[side];
    if (!p.scenario) return;
    const edited = Object.keys(store.current[side].sets).length > 0;
    download(`${p.scenario.name}${edited ? '-edited' : ''}.json`, scenarioJson(side), 'application/json');
  });
}
let lastWidth = 0;
new ResizeObserver((entries) => {
  const w = Math.round(entries[0].contentRect.width);
  if (Math.abs(w - lastWidth) < 8) return;
  lastWidth = w;
  scheduleRender();
}).observe($('#charts'));

/** Test and console access: the session, the rows behind the charts, and timings. */
const api = {
  get session() {
    return store.current;
  },
  get runs() {
    return runs.shown();
  },
  csv: () => tidyCsv(csvRuns()),
  /** The summary table's statistics (t intervals, paired B − A, p-values), for the Node-vs-browser byte test. */
  endValues: () => endValues(runs.shown().a, runs.shown().b),
  scenarioJson,
  timeline,
  get firstChartMs() {
    return firstChartMs;
  },
};
(window as unknown as { capflow: typeof api }).capflow = api;

/**
 * Opens the link, else the saved session, else the defaults. Whatever a link holds, the page opens:
 * each part that cannot be used is replaced by its default and listed, and a saved session that
 * fails is forgotten.
 */
async function start(): Promise<void> {
  const defaults = defaultSession();
  const fromLink = location.hash.length > 1;
  const where = fromLink ? 'link' : 'saved session';
  const stored = fromLink ? location.hash : (safeStorage() ?? '');
  const notes: LoadProblems[] = [];
  const ready: Partial<Record<SideKey, PreparedSide>> = {};
  let wanted = defaults;
  try {
    const decoded = await decodeSession(stored, defaults);
    mark(`${where} read: ${stored.length} characters, ${decoded.problems.length} parts not used`);
    wanted = decoded.session;
    if (decoded.problems.length > 0) notes.push(linkProblems(decoded.problems, where));
    for (const side of SIDES) {
      // One task per step, so a slow link never holds the page for the whole of its opening.
      await nextTask();
      const p = prepareSide(catalogue, wanted[side]);
      if (p.editProblemCount === 0 && p.fileProblems.length === 0) ready[side] = p;
      if (p.fileProblems.length > 0) {
        notes.push(refusal(side, wanted[side], p, `The default scenario, ${defaults[side].source.kind === 'shipped' ? defaults[side].source.id : ''}, was opened instead.`, ` from the ${where}`));
        wanted = { ...wanted, [side]: defaults[side] };
      } else if (p.editProblemCount > 0) {
        // Open the scenario the link names, without edits it cannot apply: something runs and is drawn.
        const n = p.editProblemCount;
        notes.push({ heading: `The edits to scenario ${side.toUpperCase()} in the ${where} were not applied: ${n.toLocaleString('en-GB')} problem${n === 1 ? '' : 's'}. It was opened without them.`, problems: p.editProblems, total: n });
        wanted = { ...wanted, [side]: { ...wanted[side], sets: {} } };
      }
    }
  } catch (e) {
    wanted = defaults;
    for (const side of SIDES) delete ready[side];
    notes.push({ heading: `The ${where} could not be opened (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}), so the default scenarios were opened instead.`, problems: [], total: 0 });
  }
  await nextTask();
  if (!commit(wanted, { prepared: ready })) commit(defaults);
  mark('session opened');
  if (notes.length > 0) {
    showLoadProblems($('#load-problems'), notes);
    if (!fromLink) forgetSaved();
  }
  setTimeout(ensureCatalogue, 0);
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function forgetSaved(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage disabled: nothing was saved.
  }
}

function safeStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

window.addEventListener('hashchange', async () => {
  const hash = location.hash.replace(/^#/, '');
  if (hash === (await encodeSession(store.current))) return;
  try {
    const decoded = await decodeSession(hash, defaultSession());
    if (commit(decoded.session) && decoded.problems.length > 0) showLoadProblems($('#load-problems'), [linkProblems(decoded.problems, 'link')]);
  } catch (e) {
    showLoadProblems($('#load-problems'), [{ heading: `The link could not be opened (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}); the current scenarios are kept.`, problems: [], total: 0 }]);
  }
});

start().catch((e: unknown) => {
  // Nothing above should throw; if something does, say so rather than stay at "loading".
  setRunState('error', `The playground could not start: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}. Open it without a link (remove everything after # in the address).`);
});
