import { describe, expect, it } from 'vitest';
import { decodeSession, encodeSession, type Session } from '../../viz/session.ts';

const defaults: Session = {
  a: { source: { kind: 'shipped', id: 'uk-2026-regional' }, sets: {} },
  b: { source: { kind: 'shipped', id: 'japan-regional' }, sets: {} },
  seed: 1,
  replicates: 5,
  view: 'compare',
  smoothing: 1,
};

describe('session in the URL hash', () => {
  it('round-trips scenarios, edits in order, seed, replicates and view', async () => {
    const s: Session = {
      a: { source: { kind: 'shipped', id: 'uk-1992-regional' }, sets: { 'funding.cycleMonths': '36', 'programme.instruments.secondment.selection': 'orchestrated' } },
      b: { source: { kind: 'file', name: 'my scenario.json', text: '{"name":"mine","extends":"japan-regional.json"}' }, sets: { years: '3' } },
      seed: 42,
      replicates: 7,
      view: 'difference',
      smoothing: 12,
    };
    const hash = await encodeSession(s);
    expect(hash).toContain('a=uk-1992-regional');
    expect(hash).toContain('a.set=funding.cycleMonths%3D36');
    const back = await decodeSession(`#${hash}`, defaults);
    expect(back).toEqual(s);
    expect(Object.keys(back.a.sets)).toEqual(['funding.cycleMonths', 'programme.instruments.secondment.selection']);
  });

  it('falls back to the defaults for what is missing or malformed', async () => {
    expect(await decodeSession('', defaults)).toEqual(defaults);
    const back = await decodeSession('#seed=-3&reps=1000&view=sideways&b=uk-2026-regional&a.data=@@@&a.file=x.json', defaults);
    expect(back).toEqual({ ...defaults, b: { source: { kind: 'shipped', id: 'uk-2026-regional' }, sets: {} } });
  });
});
