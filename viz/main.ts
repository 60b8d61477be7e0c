import './zodJitless.ts';
import { scenarioJsonSchema } from '../sim/scenario/schema.ts';
import { formatProblem, type Problem } from '../sim/scenario/problems.ts';
import { buildCatalogue, officialsOf, prepareSide, type Catalogue, type PreparedSide } from './catalogue.ts';
import { cliText } from './cliCommand.ts';
import { endValues } from './data/endValues.ts';
import type { ReplicateSeries } from './data/replicateSeries.ts';
import { tidyCsv } from './data/tidyCsv.ts';
import { download } from './exportImage.ts';
import { settingsOf, type SchemaNode, type Setting } from '../sim/scenario/settings.ts';
import { printable } from './printable.ts';
import type { WorkerReply } from './runJob.ts';
import { decodeSession, encodeSession, MAX_REPLICATES, type LinkProblem, type Session, type SideKey, type SideState } from './session.ts';
import { chartsView, type ChartsInput } from './ui/chartsView.ts';
import { paramPanel } from './ui/paramPanel.ts';
import { problemList } from './ui/problemList.ts';
import { scenarioPickers } from './ui/scenarioPickers.ts';
import { WorkerPool } from './workerPool.ts';
import { plural } from './plural.ts';
import { compareLines } from './compareCommand.ts';
import { datedChanges, type DatedChange } from './data/datedChanges.ts';
import { counterfactualScenario } from './counterfactualScenario.ts';
import { moneyNote } from './moneyNote.ts';
import { ReplicateResults, streamOf } from './run/replicateResults.ts';

// Shipped scenarios are bundled: the playground makes no network request at run time.
const bundled = import.meta.glob(['/scenarios/**/*.json', '!/scenarios/schema/**'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const DEFAULT_IDS: Record<SideKey, string> = { a: 'uk-2026-regional', b: 'japan-regional' };
const STORAGE_KEY = 'capflow.playground.session';
/** Above this many officials a run takes long enough in a browser to ask first. */
const LARGE = 300_000;
const SIDES = ['a', 'b'] as const;

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

let session: Session;
let prepared: Record<SideKey, PreparedSide>;
let editSide: SideKey = 'a';
/** Replicates of the inputs run last, kept across a change of the replicate count. */
let results = new ReplicateResults('');
/** The results drawn, and how many replicates of them (the session's count when they ran). */
let shownResults = results;
let shownReplicates = 0;
let shown: Record<SideKey, ReplicateSeries[]> = { a: [], b: [] };
/** Labels of the scenarios behind `runs` and `shown`, fixed when their run started. */
let runLabels: Record<SideKey, string> = { a: '', b: '' };
let runMoney: Record<SideKey, string | undefined> = { a: undefined, b: undefined };
let shownMoney: Record<SideKey, string | undefined> = { a: undefined, b: undefined };
let runChanges: DatedChange[] = [];
let shownChanges: DatedChange[] = [];
let shownLabels: Record<SideKey, string> = { a: '', b: '' };
let allowLarge = '';
let runStarted = 0;
/** The session the run in flight is of, saved once it is done (saveRan). */
let runSession: Session | undefined;
let currentRun = -1;
const progress = new Map<string, number>();
let jobsTotal = 0;
let jobsKept = 0;
let jobsDone = 0;
let firstChartMs: number | undefined;
/** When the last full pass of drawing ended: passes while replicates arrive are spaced (DRAW_GAP_MS). */
let lastDrawn = 0;
/** Drawing takes a core from the workers on a two-core machine: redraw at most this often while they run. */
const DRAW_GAP_MS = 1000;

const pool = new WorkerPool(
  Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2)),
  () => new Worker(new URL('./runWorker.ts', import.meta.url), { type: 'module', name: 'capflow-run' }),
  { onReply },
);

const pickers = scenarioPickers($('#pickers'), {
  onPick: (side, id) => commit({ ...session, [side]: { source: { kind: 'shipped', id }, sets: {} } }),
  onFile: (side, name, text) => loadFile(side, name, text),
});
const charts = chartsView($('#charts'), { onDrawn });
let panel: ReturnType<typeof paramPanel> | undefined;
const settingsCache = new WeakMap<object, Setting[]>();

function settingsFor(p: PreparedSide): Setting[] {
  const s = p.loaded!;
  let out = settingsCache.get(s);
  if (!out) settingsCache.set(s, (out = settingsOf(schema, s)));
  return out;
}

function labels(): Record<SideKey, string> {
  return { a: prepared.a.label, b: prepared.b.label };
}

/** Makes `next` the session when both its scenarios load; otherwise lists why and keeps the old one. */
function commit(next: Session, options: { rerun?: boolean; prepared?: Partial<Record<SideKey, PreparedSide>> } = {}): boolean {
  const nextPrepared = { ...prepared };
  for (const side of SIDES) {
    if (!session || JSON.stringify(next[side]) !== JSON.stringify(session[side])) nextPrepared[side] = options.prepared?.[side] ?? prepareSide(catalogue, next[side]);
  }
  const refused = SIDES.filter((s) => nextPrepared[s].fileProblems.length > 0);
  if (refused.length > 0) {
    showLoadProblems(refused.map((s) => refusal(s, next[s], nextPrepared[s], 'The current scenarios are kept.')));
    if (session) pickers.update(pickerState());
    return false;
  }
  const sourceChanged = !session || SIDES.some((s) => JSON.stringify(next[s].source) !== JSON.stringify(session[s].source));
  const runChanged = !session || SIDES.some((s) => JSON.stringify(next[s]) !== JSON.stringify(session[s])) || next.seed !== session.seed || next.replicates !== session.replicates || next.counterfactual !== session.counterfactual;
  session = next;
  prepared = nextPrepared;
  if (sourceChanged) $('#load-problems').hidden = true;
  showInUrl();
  // The first run starts before the panel is built, so the workers are busy while it is.
  const run = runChanged || options.rerun;
  const first = currentRun < 0;
  if (run && first) startRun();
  refreshControls();
  if (run && !first) scheduleRun();
  else if (!run) renderCharts();
  return true;
}

function sourceName(side: SideState): string {
  return side.source.kind === 'file' ? side.source.name : side.source.id;
}

function loadFile(side: SideKey, name: string, text: string): void {
  const ok = commit({ ...session, [side]: { source: { kind: 'file', name, text }, sets: {} } });
  if (ok) setStatusNote(`Loaded ${name} as scenario ${side.toUpperCase()}.`);
}

/** One box in the load-problems list: what was not opened, why, and what the page did instead. */
interface LoadProblems {
  heading: string;
  problems: Problem[];
  total: number;
}

function refusal(side: SideKey, state: SideState, p: PreparedSide, outcome: string, from = ''): LoadProblems {
  const n = p.fileProblemCount;
  return {
    heading: `“${printable(sourceName(state), ' ').slice(0, 80)}”${from} was not loaded as scenario ${side.toUpperCase()}: ${n.toLocaleString('en-GB')} problem${n === 1 ? '' : 's'}. ${outcome}`,
    problems: p.fileProblems,
    total: n,
  };
}

function showLoadProblems(items: LoadProblems[]): void {
  const box = $('#load-problems');
  box.replaceChildren();
  for (const item of items) {
    const h = document.createElement('h3');
    h.textContent = item.heading;
    box.append(h, problemList(item.problems, item.total));
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => (box.hidden = true));
  box.append(close);
  box.hidden = false;
}

/** What of a link (or saved session) was not used, as a load-problems box. */
function linkProblems(problems: LinkProblem[], where: string): LoadProblems {
  return {
    heading: `Part of the ${where} was not used, and the defaults were opened in its place:`,
    problems: problems.map((p) => ({ file: where, path: p.part, message: p.message })),
    total: problems.length,
  };
}

function pickerState() {
  return Object.fromEntries(
    SIDES.map((s) => [s, { source: session[s].source, label: prepared[s].label, description: prepared[s].loaded?.description ?? '' }]),
  ) as Record<SideKey, { source: Session['a']['source']; label: string; description: string }>;
}

function refreshControls(): void {
  pickers.update(pickerState());
  $<HTMLInputElement>('#replicates').value = String(session.replicates);
  $<HTMLInputElement>('#seed').value = String(session.seed);
  document.querySelectorAll<HTMLInputElement>('input[name=view]').forEach((r) => (r.checked = r.value === session.view));
  $<HTMLInputElement>('#smooth').checked = session.smoothing > 1;
  $<HTMLInputElement>('#counterfactual').checked = session.counterfactual;
  const compare = prepared.a.input && prepared.b.input
    ? compareLines([{ key: 'a', side: session.a, input: prepared.a.input }, { key: 'b', side: session.b, input: prepared.b.input }], session.seed, session.replicates, session.counterfactual)
    : undefined;
  $('#cli').textContent = cliText(SIDES.map((s) => ({ key: s, label: prepared[s].label, side: session[s] })), session.seed, session.replicates, compare);
  for (const s of SIDES) {
    const b = $<HTMLButtonElement>(`#download-${s}`);
    b.disabled = !prepared[s].scenario;
    b.title = prepared[s].scenario ? '' : 'Fix the problems with the edits first';
  }
  const p = prepared[editSide];
  const model = {
    side: editSide,
    labels: labels(),
    settings: settingsFor(p),
    loaded: p.loaded!,
    edited: p.scenario,
    other: prepared[editSide === 'a' ? 'b' : 'a'].scenario,
    sets: session[editSide].sets,
    problems: p.editProblems,
    problemCount: p.editProblemCount,
  };
  if (!panel) {
    panel = paramPanel($('#params'), model, {
      onEdit: (side, path, value) => {
        const sets = { ...session[side].sets };
        if (value === undefined) delete sets[path];
        else sets[path] = value;
        commit({ ...session, [side]: { ...session[side], sets } });
      },
      onResetAll: (side) => commit({ ...session, [side]: { ...session[side], sets: {} } }),
      onSide: (side) => {
        editSide = side;
        refreshControls();
      },
    });
  } else panel.update(model);
}

let urlTimer = 0;
/** Puts the session in the URL at once, so the address bar always shares what is shown. */
function showInUrl(): void {
  clearTimeout(urlTimer);
  const s = session;
  urlTimer = window.setTimeout(async () => {
    const hash = await encodeSession(s);
    if (s === session) history.replaceState(null, '', `#${hash}`);
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
  const problems = SIDES.flatMap((s) => prepared[s].editProblems.map((p) => `${s.toUpperCase()}: ${p.path.slice(0, 120)} ${p.message.slice(0, 200)}`));
  const count = prepared.a.editProblemCount + prepared.b.editProblemCount;
  if (count > 0) {
    setRunState('blocked', `Not re-run: ${count.toLocaleString('en-GB')} problem${count === 1 ? '' : 's'} with the edits (${problems.slice(0, 3).join('; ')}${count > 3 ? '; …' : ''}). Charts show the last valid run.`);
    return;
  }
  const officials = Math.max(...SIDES.map((s) => officialsOf(prepared[s].scenario!)));
  const key = JSON.stringify([session.a, session.b]);
  const warning = $('#scale-warning');
  if (officials > LARGE && allowLarge !== key) {
    warning.replaceChildren(
      `These scenarios have up to ${officials.toLocaleString('en-GB')} officials: ${session.replicates * 2} runs may take minutes in a browser (the CLI runs them in parallel). `,
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
  // The replicates already computed for these inputs are kept; only the missing ones are run.
  const inputs = JSON.stringify([session.a, session.b, session.seed, session.counterfactual]);
  if (results.key !== inputs) results = new ReplicateResults(inputs);
  const jobs = [];
  let kept = 0;
  for (let replicate = 0; replicate < session.replicates; replicate++) {
    for (const counterfactual of session.counterfactual ? [false, true] : [false]) {
      for (const side of SIDES) {
        if (results.has(streamOf(side, counterfactual), replicate)) kept++;
        else jobs.push({ side, scenario: counterfactual ? counterfactualScenario(prepared[side].scenario!) : prepared[side].scenario!, seed: session.seed, replicate, counterfactual });
      }
    }
  }
  runSession = session;
  runLabels = labels();
  runMoney = { a: prepared.a.scenario?.money, b: prepared.b.scenario?.money };
  runChanges = SIDES.flatMap((s) => datedChanges(s, prepared[s].input));
  progress.clear();
  jobsTotal = jobs.length;
  jobsKept = kept;
  jobsDone = 0;
  runStarted = performance.now();
  currentRun = pool.run(jobs);
  mark(`run ${currentRun} started: ${jobs.length} jobs, ${kept} kept`);
  document.body.dataset.runId = String(currentRun);
  if (shownResults !== results) charts.setStale('Out of date: these charts are of the previous settings; the new run is under way.');
  setRunState('running', `Running ${plural(session.replicates, 'replicate')} of A and B${kept > 0 ? ` (${kept} runs kept from before)` : ''}…`);
  updateProgress();
  if (jobs.length === 0) finishRun();
  else if (kept > 0) showResults(true);
}

/** Draws what `results` holds for the session's replicate count; `now` skips the spacing of passes. */
function showResults(now: boolean): void {
  const n = runSession?.replicates ?? session.replicates;
  const next = { a: results.prefix('a', n), b: results.prefix('b', n) };
  if (next.a.length === 0 || next.b.length === 0) return;
  const first = shownResults !== results;
  shownResults = results;
  shownReplicates = n;
  shown = next;
  shownLabels = runLabels;
  shownMoney = runMoney;
  shownChanges = runChanges;
  scheduleRender(now || first);
}

function finishRun(): void {
  const seconds = ((performance.now() - runStarted) / 1000).toFixed(2);
  if (runSession) void saveRan(runSession);
  showResults(true);
  const total = jobsTotal + jobsKept;
  setRunState('done', `Done: ${plural(total, 'run')} (${plural(session.replicates, 'replicate')} of A and B, seed ${session.seed}${jobsKept > 0 ? `; ${jobsKept} kept from before, ${jobsTotal} run now` : ''}) in ${seconds} s.`);
}

function onReply(reply: WorkerReply): void {
  if (reply.runId !== currentRun) return;
  if (reply.type === 'progress') {
    progress.set(`${reply.side}${reply.counterfactual ? '0' : ''}${reply.replicate}`, reply.tick / reply.ticks);
    updateProgress();
    return;
  }
  if (reply.type === 'error') {
    pool.cancel();
    const detail = reply.problems.length ? reply.problems.map(formatProblem).join('; ') : reply.message;
    setRunState('error', `Run failed for scenario ${reply.side.toUpperCase()}: ${detail}`);
    return;
  }
  mark(`result ${reply.side}${reply.series.replicate} (${Math.round(reply.ms)} ms in worker)`);
  results.put(streamOf(reply.side, reply.counterfactual), reply.series);
  progress.set(`${reply.side}${reply.counterfactual ? '0' : ''}${reply.series.replicate}`, 1);
  updateProgress();
  if (++jobsDone === jobsTotal) finishRun();
  else showResults(false);
}

function updateProgress(): void {
  let sum = 0;
  for (const v of progress.values()) sum += v;
  const bar = $<HTMLProgressElement>('#progress');
  bar.value = jobsTotal ? sum / jobsTotal : 0;
  bar.setAttribute('aria-valuetext', `${Math.round(100 * bar.value)}% of ${jobsTotal} runs`);
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
  if (shown.a.length === 0 || shown.b.length === 0) return;
  const n = shownReplicates;
  const baselines = { a: shownResults.prefix('a0', n), b: shownResults.prefix('b0', n) };
  charts.render({
    runs: shown, baselines, stats: shownResults.statistics(session.smoothing, n),
    seed: runSession?.seed ?? session.seed, labels: shownLabels, changes: shownChanges, money: moneyNote(shownLabels, shownMoney), view: session.view, smoothing: session.smoothing,
  });
}

/** Every chart and the table now show `input`: the figures tests and the timeline read. */
function onDrawn(input: ChartsInput): void {
  lastDrawn = performance.now();
  mark(`all charts drawn: ${input.runs.a.length}+${input.runs.b.length} replicates`);
  document.body.dataset.rendered = String(Number(document.body.dataset.rendered ?? 0) + 1);
  if (shownResults === results) charts.setStale(undefined);
  if (firstChartMs === undefined) {
    firstChartMs = performance.now();
    performance.mark('capflow-first-chart');
  }
}

function csvRuns(): ReplicateSeries[] {
  const same = shown.a[0]?.scenario === shown.b[0]?.scenario;
  return SIDES.flatMap((s) => shown[s].map((r) => (same ? { ...r, scenario: `${r.scenario} (${s.toUpperCase()})` } : r)));
}

function scenarioJson(side: SideKey): string {
  const input = structuredClone(prepared[side].input!);
  // A relative $schema would point nowhere once the file is saved elsewhere.
  delete input.$schema;
  return JSON.stringify(input, null, 2) + '\n';
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
  if (v >= 1 && v <= MAX_REPLICATES) commit({ ...session, replicates: v });
  else refreshControls();
});
$<HTMLInputElement>('#seed').addEventListener('change', (e) => {
  const v = Math.round(Number((e.target as HTMLInputElement).value));
  if (v >= 0 && v <= 2 ** 32 - 1) commit({ ...session, seed: v });
  else refreshControls();
});
document.querySelectorAll<HTMLInputElement>('input[name=view]').forEach((r) =>
  r.addEventListener('change', () => commit({ ...session, view: r.value === 'difference' ? 'difference' : 'compare' })),
);
$<HTMLInputElement>('#counterfactual').addEventListener('change', (e) => commit({ ...session, counterfactual: (e.target as HTMLInputElement).checked }));
$<HTMLInputElement>('#smooth').addEventListener('change', (e) => commit({ ...session, smoothing: (e.target as HTMLInputElement).checked ? 12 : 1 }));
$('#copy-link').addEventListener('click', async () => copy(`${location.origin}${location.pathname}#${await encodeSession(session)}`, 'Link'));
$('#copy-cli').addEventListener('click', () => copy($('#cli').textContent ?? '', 'CLI command'));
$('#download-csv').addEventListener('click', () => {
  const name = `capflow-${prepared.a.scenario?.name ?? 'a'}-vs-${prepared.b.scenario?.name ?? 'b'}-seed${session.seed}-reps${shown.a.length}.csv`;
  download(name, tidyCsv(csvRuns()), 'text/csv');
});
for (const side of SIDES) {
  $(`#download-${side}`).addEventListener('click', () => {
    const p = prepared[side];
    if (!p.scenario) return;
    const edited = Object.keys(session[side].sets).length > 0;
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
    return session;
  },
  get runs() {
    return shown;
  },
  csv: () => tidyCsv(csvRuns()),
  /** The summary table's statistics (t intervals, paired B − A, p-values), for the Node-vs-browser byte test. */
  endValues: () => endValues(shown.a, shown.b),
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
    showLoadProblems(notes);
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
  if (hash === (await encodeSession(session))) return;
  try {
    const decoded = await decodeSession(hash, defaultSession());
    if (commit(decoded.session) && decoded.problems.length > 0) showLoadProblems([linkProblems(decoded.problems, 'link')]);
  } catch (e) {
    showLoadProblems([{ heading: `The link could not be opened (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}); the current scenarios are kept.`, problems: [], total: 0 }]);
  }
});

start().catch((e: unknown) => {
  // Nothing above should throw; if something does, say so rather than stay at "loading".
  setRunState('error', `The playground could not start: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}. Open it without a link (remove everything after # in the address).`);
});
