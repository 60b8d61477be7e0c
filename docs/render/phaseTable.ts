import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PHASES } from '../../sim/model/schedule.ts';
import { code } from './format.ts';
import { markdownTable } from './markdownTable.ts';
import { docCommentOf, firstSentence } from './docComment.ts';

const ROOT = new URL('../../', import.meta.url);
/** Where phase functions live, searched in this order. */
const FOLDERS = ['sim/model/phases', 'sim/model'];

/** The source file (repository-relative) and doc comment of an exported phase function. */
export function findPhaseSource(functionName: string): { file: string; comment: string } {
  for (const folder of FOLDERS) {
    const dir = fileURLToPath(new URL(`${folder}/`, ROOT));
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
      const text = readFileSync(`${dir}${name}`, 'utf8');
      if (!new RegExp(`^export function ${functionName}\\b`, 'm').test(text)) continue;
      const comment = docCommentOf(text, functionName);
      if (!comment) throw new Error(`docs: ${folder}/${name} exports ${functionName} without a doc comment to summarise`);
      return { file: `${folder}/${name}`, comment };
    }
  }
  throw new Error(`docs: no exported function ${functionName} found in ${FOLDERS.join(' or ')}`);
}

/** The month's phases in the order `PHASES` (sim/model/schedule.ts) runs them, each with its summary. */
export function phaseTable(): string {
  const rows = PHASES.map((phase, i) => {
    const fn = phase.run.name;
    if (!fn || fn === 'run') throw new Error(`docs: phase "${phase.name}" is not a named function; cannot find its source`);
    const { file, comment } = findPhaseSource(fn);
    return [String(i + 1), code(phase.name), `[${code(fn)}](../${file})`, firstSentence(comment)];
  });
  return markdownTable(['#', 'Phase', 'Function', 'What it does (first sentence of its doc comment)'], rows);
}
