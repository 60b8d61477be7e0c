import { applySets } from '../sim/scenario/setPath.ts';
import { resolveScenario, validateScenario, type ScenarioLoader } from '../sim/scenario/resolve.ts';
import { capProblems } from '../sim/scenario/capProblems.ts';
import type { Problem } from '../sim/scenario/problems.ts';
import type { Scenario } from '../sim/scenario/schema.ts';
import { jsonShapeProblem } from './jsonShape.ts';
import { MAX_FILE_BYTES } from './linkData.ts';
import { joinScenarioPath, scenarioId } from './scenarioPath.ts';
import { setArgs, type SideState } from './session.ts';

/** Provenance the playground writes on edited parameters (the CLI writes "set on the command line"). */
export const PLAYGROUND_ORIGIN = 'set in the playground';

/** A shipped scenario the pickers offer. */
export interface CatalogueEntry {
  id: string;
  file: string;
  name: string;
  title: string;
  description: string;
  officials: number;
}

/**
 * The shipped scenario files (path → text, bundled by Vite) and the runnable ones among them.
 * Files that do not validate on their own (bases that others extend) are not offered.
 */
export interface Catalogue {
  files: Readonly<Record<string, string>>;
  entries: CatalogueEntry[];
}

export function buildCatalogue(files: Readonly<Record<string, string>>): Catalogue {
  const loader = loaderOver(files);
  const entries: CatalogueEntry[] = [];
  for (const file of Object.keys(files).sort()) {
    const r = resolveScenario(file, loader);
    if (!r.scenario) continue;
    const s = r.scenario;
    entries.push({ id: scenarioId(file), file, name: s.name, title: s.title ?? s.name, description: s.description ?? '', officials: officialsOf(s) });
  }
  return { files, entries };
}

/** A loader over bundled files: no file system, no network. */
export function loaderOver(files: Readonly<Record<string, string>>): ScenarioLoader {
  return { read: (file) => files[file], join: joinScenarioPath };
}

/** Total establishment, to warn before running a national-scale scenario in a browser. */
export function officialsOf(s: Scenario): number {
  const o = s.organisations;
  if (o.mode === 'list') return o.list.reduce((n, x) => n + x.establishment, 0);
  return o.central.totalStaff.value + o.combined.totalStaff.value + o.local.totalStaff.value;
}

/** One side (A or B) made ready to run: the scenario as loaded, and as edited. */
export interface PreparedSide {
  /** Where its file sits among the bundled files (uploads sit beside the shipped scenarios). */
  file: string;
  label: string;
  /** The loaded scenario before edits; absent when the file itself is refused. */
  loaded?: Scenario;
  /** The scenario with the edits applied; absent when an edit is refused. */
  scenario?: Scenario;
  /** The merged, edited input: what validates and what downloads (the worker gets `scenario`). */
  input?: Record<string, unknown>;
  /**
   * Problems of the file itself (refuse it) or of the edits (show beside the settings): the first
   * of each (capProblems), and how many there were.
   */
  fileProblems: Problem[];
  editProblems: Problem[];
  fileProblemCount: number;
  editProblemCount: number;
}

/**
 * Loads one side and applies its edits. A side comes from a share link as often as from the user,
 * so it is hostile input: oversized, over-deep or over-long files are refused before parsing
 * (applySets refuses edits outside the scenario, such as a list's length), problem lists are capped, and
 * anything that still throws is a problem of the file, never an exception out of here.
 */
export function prepareSide(catalogue: Catalogue, side: SideState): PreparedSide {
  const name = side.source.kind === 'file' ? side.source.name : side.source.id;
  try {
    return capped(prepareUncapped(catalogue, side));
  } catch (e) {
    const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return capped({ file: name, label: name, fileProblems: [{ file: name.slice(0, 80), path: '', message: `could not be read (${why})` }], editProblems: [] });
  }
}

function capped(p: Omit<PreparedSide, 'fileProblemCount' | 'editProblemCount'>): PreparedSide {
  return {
    ...p,
    fileProblems: capProblems(p.fileProblems).shown,
    editProblems: capProblems(p.editProblems).shown,
    fileProblemCount: p.fileProblems.length,
    editProblemCount: p.editProblems.length,
  };
}

function prepareUncapped(catalogue: Catalogue, side: SideState): Omit<PreparedSide, 'fileProblemCount' | 'editProblemCount'> {
  let file: string;
  let files = catalogue.files;
  if (side.source.kind === 'shipped') {
    file = `/scenarios/${side.source.id}.json`;
    if (!Object.hasOwn(files, file)) {
      return { file, label: side.source.id, fileProblems: [{ file: side.source.id.slice(0, 80), path: '', message: 'no shipped scenario by this name' }], editProblems: [] };
    }
  } else {
    const { name: fileName, text } = side.source;
    const refuse = (message: string) => ({ file: `/scenarios/${fileName}`, label: fileName, fileProblems: [{ file: fileName.slice(0, 80), path: '', message }], editProblems: [] });
    // In UTF-8 bytes, as a link inflates it: a file that loads must load again from its own link.
    // (A string has at least as many bytes as characters, so a long one is refused uncounted.)
    if (text.length > MAX_FILE_BYTES || new TextEncoder().encode(text).length > MAX_FILE_BYTES) {
      return refuse(`is more than ${MAX_FILE_BYTES.toLocaleString('en-GB')} bytes, the largest scenario file the playground takes`);
    }
    const shape = jsonShapeProblem(text);
    if (shape) return refuse(shape);
    // An uploaded file may `extends` a shipped one by a path relative to scenarios/.
    const name = fileName.replace(/[\\/]/g, '_');
    file = files[`/scenarios/${name}`] === undefined ? `/scenarios/${name}` : `/scenarios/uploaded-${name}`;
    files = { ...files, [file]: text };
  }
  const base = resolveScenario(file, loaderOver(files));
  const label = base.scenario?.title ?? base.scenario?.name ?? (side.source.kind === 'file' ? side.source.name : side.source.id);
  if (!base.scenario || !base.input) return { file, label, fileProblems: base.problems, editProblems: [] };
  const input = structuredClone(base.input);
  const editProblems = applySets(input, setArgs(side), PLAYGROUND_ORIGIN);
  if (editProblems.length > 0) return { file, label, loaded: base.scenario, fileProblems: [], editProblems };
  const edited = validateScenario(file, input, base.chain);
  return { file, label, loaded: base.scenario, scenario: edited.scenario, input, fileProblems: [], editProblems: edited.problems };
}
