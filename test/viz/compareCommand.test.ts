import { describe, expect, it } from 'vitest';
import { asciiJson, compareLines } from '../../viz/compareCommand.ts';

describe('the copied compare command', () => {
  const shipped = (id: string) => ({ source: { kind: 'shipped' as const, id }, sets: {} });

  it('names shipped, unedited scenarios by their path and the folder by both names, seed and replicates', () => {
    const lines = compareLines([{ key: 'a', side: shipped('uk-2026-regional'), input: { name: 'uk-2026-regional' } }, { key: 'b', side: shipped('japan-regional'), input: { name: 'japan-regional' } }], 1, 5, false);
    expect(lines).toEqual([
      '# The paired B − A view (capflow compare), from the repository root:',
      'npx capflow compare scenarios/uk-2026-regional.json scenarios/japan-regional.json --seed 1 --reps 5 --out runs/playground-uk-2026-regional-vs-japan-regional-seed1-5reps',
    ]);
  });

  it('writes an uploaded or edited side as its merged input through a quoted here-document, and adds --counterfactual', () => {
    const lines = compareLines(
      [
        { key: 'a', side: { source: { kind: 'file', name: "my gm's.json", text: '{}' }, sets: { 'funding.cycleMonths': '36' } }, input: { name: 'my-gm', title: 'Manchester \u202e' } },
        { key: 'b', side: shipped('japan-regional'), input: { name: 'japan-regional' } },
      ],
      2, 3, true,
    );
    expect(lines[1]).toBe('mkdir -p runs/playground');
    expect(lines[2]).toMatch(/^cat > runs\/playground\/a-my-gm-file_cycleMonths36-[0-9a-f]{8}\.json <<'CAPFLOW_JSON'$/);
    expect(lines[3]).toBe('{"name":"my-gm","title":"Manchester \\u202e"}');
    expect(lines[4]).toBe('CAPFLOW_JSON');
    expect(lines[5]).toMatch(/^npx capflow compare runs\/playground\/a-my-gm-file_cycleMonths36-[0-9a-f]{8}\.json scenarios\/japan-regional\.json --seed 2 --reps 3 --counterfactual --out runs\/playground-my-gm-file_cycleMonths36-[0-9a-f]{8}-vs-japan-regional-seed2-3reps-counterfactual$/);
  });

  it('escapes every character outside printable ASCII, so the JSON reads back the same', () => {
    const value = { t: 'é – \u202e 😀\n' };
    expect(asciiJson(value)).toMatch(/^[\x20-\x7e]+$/);
    expect(JSON.parse(asciiJson(value))).toEqual(value);
  });
});
