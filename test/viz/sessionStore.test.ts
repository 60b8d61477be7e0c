import { describe, expect, it } from 'vitest';
import type { PreparedSide } from '../../viz/catalogue.ts';
import { needsRun, sameSide, SessionStore } from '../../viz/app/sessionStore.ts';
import type { Session, SideState } from '../../viz/session.ts';

const side = (id: string, sets: Record<string, string> = {}): SideState => ({ source: { kind: 'shipped', id }, sets });
const session = (a: SideState, b: SideState, more: Partial<Session> = {}): Session => ({ a, b, seed: 1, replicates: 5, view: 'compare', smoothing: 1, counterfactual: false, ...more });

/** A store whose preparation counts its calls and refuses the scenario called "broken". */
function store() {
  const prepared: string[] = [];
  const s = new SessionStore((state) => {
    const id = state.source.kind === 'shipped' ? state.source.id : state.source.name;
    prepared.push(id);
    return { file: id, label: id, fileProblems: id === 'broken' ? [{ file: id, path: '', message: 'no shipped scenario by this name' }] : [], editProblems: [], fileProblemCount: id === 'broken' ? 1 : 0, editProblemCount: 0 } as PreparedSide;
  });
  return { s, prepared };
}

describe('the session store', () => {
  it('prepares only the side that changed', () => {
    const { s, prepared } = store();
    expect(s.propose(session(side('x'), side('y')))).toEqual({ ok: true, sourceChanged: true, runChanged: true, redraw: true });
    expect(s.propose(session(side('x'), side('y', { years: '2' })))).toEqual({ ok: true, sourceChanged: false, runChanged: true, redraw: false });
    expect(s.propose(session(side('x'), side('y', { years: '2' }), { edit: 'b', metric: 'cost' }))).toEqual({ ok: true, sourceChanged: false, runChanged: false, redraw: false });
    expect(s.editSide).toBe('b');
    expect(prepared).toEqual(['x', 'y', 'y']);
  });

  it('keeps the current session when a side is refused, and says which', () => {
    const { s } = store();
    s.propose(session(side('x'), side('y')));
    const r = s.propose(session(side('broken'), side('y')));
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.refused.map((x) => x.side)).toEqual(['a']);
    expect(s.current.a).toEqual(side('x'));
  });

  it('needs no run for a change of view or smoothing, and one for the count, seed, toggle or an edit', () => {
    const base = session(side('x'), side('y'));
    expect(needsRun(base, { ...base, view: 'difference', smoothing: 12 })).toBe(false);
    expect(needsRun(base, { ...base, replicates: 6 })).toBe(true);
    expect(needsRun(base, { ...base, seed: 2 })).toBe(true);
    expect(needsRun(base, { ...base, counterfactual: true })).toBe(true);
    expect(needsRun(base, { ...base, a: side('x', { years: '1' }) })).toBe(true);
  });

  it('compares sides by file and edits in order, not by their JSON text', () => {
    expect(sameSide(side('x', { p: '1', q: '2' }), side('x', { p: '1', q: '2' }))).toBe(true);
    expect(sameSide(side('x', { p: '1', q: '2' }), side('x', { q: '2', p: '1' }))).toBe(false);
    expect(sameSide({ source: { kind: 'file', name: 'f.json', text: '{}' }, sets: {} }, { source: { kind: 'file', name: 'f.json', text: '{ }' }, sets: {} })).toBe(false);
    expect(sameSide(side('x'), { source: { kind: 'file', name: 'x', text: '' }, sets: {} })).toBe(false);
  });
});
