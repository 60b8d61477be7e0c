import { readFileSync } from 'node:fs';
import { assumedDefaultsTable, requiredTable, sourcedDefaultsTable } from './evidenceTables.ts';
import { fillTemplate } from './fillTemplate.ts';
import { scenarioRows } from './scenarioRows.ts';

export const EVIDENCE_TEMPLATE = 'docs/evidence.template.md';
export const EVIDENCE_OUTPUT = 'docs/evidence.md';

/** docs/evidence.md as the template and the schema make it now; writes nothing. */
export function renderEvidence(): string {
  const template = readFileSync(new URL('../evidence.template.md', import.meta.url), 'utf8');
  const { parameters } = scenarioRows();
  return fillTemplate(
    template,
    {
      'assumed-defaults': () => assumedDefaultsTable(parameters),
      'sourced-defaults': () => sourcedDefaultsTable(parameters),
      'required-parameters': () => requiredTable(parameters),
    },
    EVIDENCE_TEMPLATE,
  );
}
