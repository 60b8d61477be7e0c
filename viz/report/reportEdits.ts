import type { Scenario } from '../../sim/scenario/schema.ts';
import { currentValue, valueAtPath, type ParamValue } from '../../sim/scenario/settings.ts';
import { PLAYGROUND_ORIGIN } from '../catalogue.ts';
import type { SideKey, SideState } from '../session.ts';
import type { ReportEdit } from './reportHtml.ts';

/**
 * Every edited parameter of both sides, in edit order, with what the scenario said before the edit
 * and where that came from (its `source` or `assumption`), so a reader can see what was changed
 * from which evidence.
 */
export function reportEdits(sides: Record<SideKey, { state: SideState; label: string; loaded?: Scenario }>): ReportEdit[] {
  const out: ReportEdit[] = [];
  for (const key of ['a', 'b'] as const) {
    const { state, label, loaded } = sides[key];
    for (const [path, value] of Object.entries(state.sets)) {
      const param = valueAtPath(loaded, path) as ParamValue | undefined;
      const before = currentValue(loaded, path);
      const origin = param?.source ? `source: ${param.source}` : param?.assumption ? `assumption: ${param.assumption}` : 'no source or assumption given in the scenario';
      out.push({
        side: key === 'a' ? 'A' : 'B',
        scenario: label,
        path,
        value,
        scenarioValue: before === undefined ? '(not set)' : String(before),
        provenance: `${PLAYGROUND_ORIGIN}; the scenario's value: ${origin}`,
      });
    }
  }
  return out;
}
