// Regenerates docs/ODD.md and docs/evidence.md from their templates (docs/*.template.md) and the
// code: parameter tables from the scenario JSON Schema, the phase order from PHASES, metrics from
// METRICS. `npx tsx scripts/writeDocs.ts`; test/docs fails when a committed document is stale.
// It also lists `source` strings in the shipped scenarios that docs/evidence.md does not yet quote,
// so the evidence tables can be brought up to date by hand (a reminder, not a failure).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVIDENCE_OUTPUT, renderEvidence } from '../docs/render/renderEvidence.ts';
import { ODD_OUTPUT, renderOdd } from '../docs/render/renderOdd.ts';
import { scenarioSources } from '../docs/render/scenarioSources.ts';

const odd = renderOdd();
const evidence = renderEvidence();
writeFileSync(ODD_OUTPUT, odd);
writeFileSync(EVIDENCE_OUTPUT, evidence);
console.log(`wrote ${ODD_OUTPUT} and ${EVIDENCE_OUTPUT}`);

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'schema' ? [] : jsonFiles(path);
      return name.endsWith('.json') ? [path] : [];
    });
}

const files = jsonFiles('scenarios').map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const { sources, illustrative } = scenarioSources(files);
const missing = [...sources.entries()].filter(([source]) => !evidence.includes(source));
if (missing.length > 0) {
  console.warn(`\n${missing.length} source(s) in scenarios/ not yet quoted in ${EVIDENCE_OUTPUT} (add them to docs/evidence.template.md):`);
  for (const [source, where] of missing) console.warn(`  "${source}"\n      in ${where.join(', ')}`);
}
if (illustrative > 0) console.warn(`\n${illustrative} organisation figure(s) in scenarios/ have an "illustrative" source: assumptions, not evidence.`);
