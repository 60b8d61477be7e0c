import { parseArgs } from 'node:util';
import { csvNumber, csvText } from '../../sim/output/tidyCsv.ts';
import { formatProblemList, PROBLEMS_PRINTED_PER_FILE } from '../../sim/scenario/capProblems.ts';
import { scenarioJsonSchema } from '../../sim/scenario/schema.ts';
import { currentValue, settingsOf, valueAtPath, type ParamValue, type SchemaNode, type Setting } from '../../sim/scenario/settings.ts';
import { parseOrUsage } from '../args.ts';
import { EXIT, EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { loadScenario } from '../scenarioLoader.ts';
import { WIDTH, wrapLines } from '../wrap.ts';

export const usage = 'Usage: capflow params [scenario.json] [--filter TEXT] [--csv]';

export const help = `${usage}

Lists every parameter and switch that --set and --vary take: its path, its value in the scenario
(with any dated changes), unit, range and where the value comes from (a source, or that it is an
assumption). Without a scenario, lists the schema's defaults instead.

Options:
  --filter TEXT   only paths containing TEXT (case ignored), e.g. --filter funding
  --csv           one row per setting as CSV (path,kind,value,changes,unit,min,max,integer,provenance,description)
  -h, --help      show this help

${EXIT_CODES_HELP}`;

export async function execute(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOrUsage(
    () => parseArgs({ args: argv, options: { filter: { type: 'string' }, csv: { type: 'boolean' } }, allowPositionals: true, strict: true }),
    usage,
  );
  let scenario: Record<string, unknown> | undefined;
  if (positionals.length > 0) {
    const loaded = loadScenario(positionals[0]);
    if (!loaded.scenario) {
      io.err(formatProblemList(loaded.problems, PROBLEMS_PRINTED_PER_FILE).map((line) => line + '\n').join(''));
      return EXIT.invalid;
    }
    scenario = loaded.scenario as unknown as Record<string, unknown>;
  }
  const filter = values.filter?.toLowerCase();
  const settings = settingsOf(scenarioJsonSchema() as SchemaNode, scenario ?? {}).filter((s) => !filter || s.path.toLowerCase().includes(filter));
  const rows = settings.map((s) => describe(s, scenario));
  io.out(values.csv ? csvOf(rows) : textOf(rows, scenario ? positionals[0] : undefined));
  return EXIT.ok;
}

interface Row {
  setting: Setting;
  value: string;
  changes: string;
  provenance: string;
}

/** A setting's value and provenance in the scenario, or its schema default without one. */
function describe(s: Setting, scenario: Record<string, unknown> | undefined): Row {
  if (s.kind !== 'number') {
    const v = scenario ? currentValue(scenario, s.path) : s.default;
    return { setting: s, value: v === undefined ? '' : String(v), changes: '', provenance: '' };
  }
  const p = scenario ? (valueAtPath(scenario, s.path) as ParamValue | undefined) : undefined;
  if (!p) {
    const provenance = s.defaultSource ? `source: ${s.defaultSource}` : s.defaultAssumption ? `assumption: ${s.defaultAssumption}` : '';
    return { setting: s, value: s.default === undefined ? '(required)' : String(s.default), changes: '', provenance };
  }
  const changes = p.changes.map((c) => `${c.value} from ${c.at}`).join('; ');
  const provenance = p.source ? `source: ${p.source}` : p.assumption ? `assumption: ${p.assumption}` : 'no provenance given';
  return { setting: s, value: String(p.value), changes, provenance };
}

function rangeOf(s: Setting): string {
  if (s.kind !== 'number') return s.options.map(String).join(' | ');
  return `${s.unit}, ${s.min} to ${s.max}${s.integer ? ', whole' : ''}`;
}

/** Blocks of at most WIDTH columns: "path = value (changes)  [unit, range]", then the provenance, indented. */
function textOf(rows: Row[], file: string | undefined): string {
  const n = `${rows.length} setting${rows.length === 1 ? '' : 's'}`;
  const head = file ? `${n} of ${file} (value as the scenario resolves it):` : `${n} and their schema defaults:`;
  const blocks = rows.map((r) => {
    const value = r.changes ? `${r.value} (then ${r.changes})` : r.value;
    const lines = wrapLines(`${r.setting.path} = ${value}   [${rangeOf(r.setting)}]`, WIDTH, '    ');
    if (r.provenance) lines.push(...wrapLines(r.provenance, WIDTH, '    ', '    '));
    return lines.join('\n');
  });
  return `${head}\n\n${blocks.join('\n')}\n`;
}

function csvOf(rows: Row[]): string {
  const header = 'path,kind,value,changes,unit,min,max,integer,provenance,description\n';
  return (
    header +
    rows
      .map((r) => {
        const s = r.setting;
        const numeric = s.kind === 'number';
        const value = numeric && r.value !== '' && r.value !== '(required)' ? csvNumber(Number(r.value)) : csvText(r.value);
        return [csvText(s.path), s.kind, value, csvText(r.changes), csvText(numeric ? s.unit : ''), numeric ? csvNumber(s.min) : '', numeric ? csvNumber(s.max) : '',
          numeric ? String(s.integer) : '', csvText(r.provenance), csvText(s.description)].join(',');
      })
      .join('\n') +
    '\n'
  );
}
