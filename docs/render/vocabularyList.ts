import { STREAMS } from '../../sim/model/world.ts';
import { DIRECTIONS, DOMAINS, GRADES, INSTRUMENTS, SENIOR_GRADE, TIERS } from '../../sim/scenario/vocabulary.ts';
import { code } from './format.ts';

const list = (values: readonly string[]) => values.map(code).join(', ');

/** The fixed vocabulary of the model (sim/scenario/vocabulary.ts), as a Markdown list. */
export function vocabularyList(): string {
  return [
    `- Tiers: ${list(TIERS)}.`,
    `- Grades, junior to executive: ${list(GRADES)}; grades from ${code(GRADES[SENIOR_GRADE])} up hold senior posts (safeguards, local autonomy).`,
    `- Knowledge domains: ${list(DOMAINS)}.`,
    `- Instruments: ${list(INSTRUMENTS)}.`,
    `- Directions (from tier to tier): ${list(DIRECTIONS)}.`,
  ].join('\n');
}

/** The named random streams of a run (`STREAMS` in sim/model/world.ts). */
export function streamList(): string {
  return `${list(STREAMS)}.`;
}
