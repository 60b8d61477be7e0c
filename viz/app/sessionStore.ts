import type { PreparedSide } from '../catalogue.ts';
import type { Session, SideKey, SideState } from '../session.ts';

export const SIDES = ['a', 'b'] as const;

/** Same file and the same edits in the same order (edit order is what the link and the CLI repeat). */
export function sameSide(x: SideState, y: SideState): boolean {
  return sameSource(x, y) && sameSets(x.sets, y.sets);
}

export function sameSource(x: SideState, y: SideState): boolean {
  const [s, t] = [x.source, y.source];
  if (s.kind === 'shipped') return t.kind === 'shipped' && s.id === t.id;
  return t.kind === 'file' && s.name === t.name && s.text === t.text;
}

function sameSets(x: Record<string, string>, y: Record<string, string>): boolean {
  const [kx, ky] = [Object.keys(x), Object.keys(y)];
  return kx.length === ky.length && kx.every((k, i) => k === ky[i] && x[k] === y[k]);
}

/** Whether going from `before` to `next` needs new runs: anything but the view and smoothing. */
export function needsRun(before: Session | undefined, next: Session): boolean {
  if (!before) return true;
  return SIDES.some((s) => !sameSide(before[s], next[s])) || before.seed !== next.seed || before.replicates !== next.replicates || before.counterfactual !== next.counterfactual;
}

export type Proposal =
  /** `redraw`: the charts must be drawn again without a run (the view or the smoothing changed). */
  | { ok: true; sourceChanged: boolean; runChanged: boolean; redraw: boolean }
  | { ok: false; refused: { side: SideKey; state: SideState; prepared: PreparedSide }[] };

/**
 * The session shown, its two sides prepared (loaded and edited), and which side the panel edits.
 * A proposed session replaces it only when both its scenarios load; a side that did not change is
 * not prepared again. No DOM here: the page (viz/main.ts) draws what it holds.
 */
export class SessionStore {
  session: Session | undefined;
  prepared: Record<SideKey, PreparedSide> | undefined;

  constructor(private readonly prepare: (side: SideState) => PreparedSide) {}

  /** Makes `next` the session, or says which of its sides were refused and keeps the current one. */
  propose(next: Session, ready: Partial<Record<SideKey, PreparedSide>> = {}): Proposal {
    const before = this.session;
    const nextPrepared = { ...this.prepared } as Record<SideKey, PreparedSide>;
    for (const side of SIDES) {
      if (!before || !sameSide(next[side], before[side])) nextPrepared[side] = ready[side] ?? this.prepare(next[side]);
    }
    const refused = SIDES.filter((s) => nextPrepared[s].fileProblems.length > 0).map((side) => ({ side, state: next[side], prepared: nextPrepared[side] }));
    if (refused.length > 0) return { ok: false, refused };
    const sourceChanged = !before || SIDES.some((s) => !sameSource(next[s], before[s]));
    const runChanged = needsRun(before, next);
    const redraw = !before || before.view !== next.view || before.smoothing !== next.smoothing;
    this.session = next;
    this.prepared = nextPrepared;
    return { ok: true, sourceChanged, runChanged, redraw };
  }

  /** The prepared sides, once a session has been accepted. */
  get sides(): Record<SideKey, PreparedSide> {
    if (!this.prepared) throw new Error('no session yet');
    return this.prepared;
  }

  get current(): Session {
    if (!this.session) throw new Error('no session yet');
    return this.session;
  }

  /** The side the parameter panel edits: the session's, A unless it says B. */
  get editSide(): SideKey {
    return this.session?.edit ?? 'a';
  }

  labels(): Record<SideKey, string> {
    return { a: this.sides.a.label, b: this.sides.b.label };
  }
}
