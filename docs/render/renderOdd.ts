import { readFileSync } from 'node:fs';
import { fillTemplate } from './fillTemplate.ts';
import { metricTable } from './metricTable.ts';
import { parameterTables } from './parameterTables.ts';
import { phaseTable } from './phaseTable.ts';
import { scenarioRows } from './scenarioRows.ts';
import { settingsTable } from './settingsTable.ts';
import { streamList, vocabularyList } from './vocabularyList.ts';

export const ODD_TEMPLATE = 'docs/ODD.template.md';
export const ODD_OUTPUT = 'docs/ODD.md';

/** docs/ODD.md as the template and the code make it now; writes nothing. */
export function renderOdd(): string {
  const template = readFileSync(new URL('../ODD.template.md', import.meta.url), 'utf8');
  const rows = scenarioRows();
  return fillTemplate(
    template,
    {
      vocabulary: vocabularyList,
      phases: phaseTable,
      streams: streamList,
      metrics: metricTable,
      parameters: () => parameterTables(rows.parameters),
      settings: () => settingsTable(rows.settings),
    },
    ODD_TEMPLATE,
  );
}
