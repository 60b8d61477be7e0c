import type { Problem } from '../../sim/scenario/problems.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { PLAYGROUND_ORIGIN } from '../catalogue.ts';
import { formatValue } from '../charts/formatValue.ts';
import { currentValue, labelOf, valueAtPath, type ParamValue, type Setting } from '../../sim/scenario/settings.ts';
import type { SideKey } from '../session.ts';
import { problemList } from './problemList.ts';
import { showSettingProblems } from './settingProblems.ts';
import { sliderRange } from './sliderRange.ts';

export interface PanelModel {
  side: SideKey;
  labels: Record<SideKey, string>;
  settings: Setting[];
  /** This side's scenario as loaded (before edits) and as edited (absent while an edit is refused). */
  loaded: Scenario;
  edited?: Scenario;
  /** The other side's edited scenario, to show where it differs. */
  other?: Scenario;
  sets: Record<string, string>;
  /** The first problems with the edits (capProblems), and how many there are. */
  problems: Problem[];
  problemCount: number;
}

export interface PanelCallbacks {
  onEdit(side: SideKey, path: string, value: string | undefined): void;
  onResetAll(side: SideKey): void;
  onSide(side: SideKey): void;
}

/** Top-level sections first in this order (policy levers before context); others follow in schema order. */
const SECTION_ORDER = ['programme', 'funding', 'context', 'careers', 'learning', 'ties', 'outcomes', 'tiers', 'organisations'];

interface Row {
  setting: Setting;
  el: HTMLElement;
  update(model: PanelModel): void;
}

/**
 * The parameter panel for one side, generated from the schema's settings: every row shows the
 * value, unit, range, description and provenance, marks edits against the loaded scenario and
 * resets them in one click. `update` refreshes values and marks in place, keeping focus.
 */
export function paramPanel(root: HTMLElement, first: PanelModel, cb: PanelCallbacks): { update(model: PanelModel): void } {
  let model = first;
  let rows: Row[] = [];
  let signature = '';

  const head = document.createElement('div');
  head.className = 'params-head';
  head.innerHTML = `
    <fieldset class="side-switch"><legend>Edit scenario</legend>
      <label><input type="radio" name="param-side" value="a" /> <span data-side-label="a"></span></label>
      <label><input type="radio" name="param-side" value="b" /> <span data-side-label="b"></span></label>
    </fieldset>
    <label class="filter">Find a parameter <input type="search" id="param-filter" placeholder="e.g. renewal, secondment" /></label>
    <div class="params-tools">
      <label><input type="checkbox" id="param-changed" /> Only changed</label>
      <button type="button" id="param-reset-all">Reset all edits</button>
    </div>
    <p class="params-summary" id="params-summary" aria-live="polite"></p>
    <div class="params-problems problems" id="params-problems" role="alert" hidden></div>`;
  const body = document.createElement('div');
  body.className = 'params-body';
  root.replaceChildren(head, body);
  const filter = head.querySelector<HTMLInputElement>('#param-filter')!;
  const changedOnly = head.querySelector<HTMLInputElement>('#param-changed')!;
  head.querySelectorAll<HTMLInputElement>('input[name=param-side]').forEach((r) => r.addEventListener('change', () => cb.onSide(r.value as SideKey)));
  head.querySelector('#param-reset-all')!.addEventListener('click', () => cb.onResetAll(model.side));
  filter.addEventListener('input', applyFilter);
  changedOnly.addEventListener('change', applyFilter);

  function build(): void {
    const sections = new Map<string, HTMLElement>();
    const container = (section: string[]): HTMLElement => {
      if (section.length === 0) return sectionEl(['run'], body, sections, 'Run');
      let parent: HTMLElement = body;
      for (let i = 1; i <= section.length; i++) parent = sectionEl(section.slice(0, i), parent, sections);
      return parent;
    };
    body.replaceChildren();
    // Create top-level sections in the preferred order, so rows fill them in schema order.
    const tops = [...new Set(model.settings.map((s) => s.section[0] ?? 'run'))];
    tops.sort((x, y) => rank(x) - rank(y));
    for (const t of tops) container(t === 'run' ? [] : [t]);
    rows = model.settings.map((s) => {
      const row = s.kind === 'number' ? numberRow(s, cb, () => model) : choiceRow(s, cb, () => model);
      container(s.section).querySelector(':scope > .section-body')!.append(row.el);
      return row;
    });
  }

  function applyFilter(): void {
    const q = filter.value.trim().toLowerCase();
    const only = changedOnly.checked;
    let shown = 0;
    for (const r of rows) {
      const text = `${r.setting.path} ${labelOf(r.setting.key)} ${r.setting.description}`.toLowerCase();
      const visible = (!q || q.split(/\s+/).every((w) => text.includes(w))) && (!only || r.setting.path in model.sets);
      r.el.hidden = !visible;
      if (visible) shown++;
    }
    body.querySelectorAll<HTMLDetailsElement>('details').forEach((d) => {
      const any = d.querySelector('.param:not([hidden])') !== null;
      d.hidden = !any;
      if ((q || only) && any) d.open = true;
    });
    const edits = Object.keys(model.sets).length;
    head.querySelector('#params-summary')!.textContent =
      `${model.settings.length} settings of ${model.labels[model.side]}` + (q || only ? `, ${shown} shown` : '') + `; ${edits} edited.`;
  }

  function update(next: PanelModel): void {
    model = next;
    const sig = `${model.side}|${model.settings.map((s) => s.path).join(',')}`;
    if (sig !== signature) {
      signature = sig;
      build();
    }
    head.querySelectorAll<HTMLInputElement>('input[name=param-side]').forEach((r) => (r.checked = r.value === model.side));
    for (const k of ['a', 'b'] as const) head.querySelector(`[data-side-label=${k}]`)!.textContent = `${k.toUpperCase()}: ${model.labels[k]}`;
    for (const r of rows) r.update(model);
    const problems = head.querySelector<HTMLElement>('#params-problems')!;
    problems.hidden = model.problems.length === 0;
    problems.replaceChildren();
    if (model.problems.length > 0) {
      const title = document.createElement('p');
      title.textContent = `The edits to ${model.side.toUpperCase()} are not run until these are fixed:`;
      problems.append(title, problemList(model.problems, model.problemCount));
    }
    applyFilter();
  }

  update(first);
  return { update };
}

function rank(top: string): number {
  const i = SECTION_ORDER.indexOf(top);
  return i < 0 ? SECTION_ORDER.length + (top === 'run' ? 1 : 0) : i;
}

function sectionEl(path: string[], parent: HTMLElement, sections: Map<string, HTMLElement>, title?: string): HTMLElement {
  const key = path.join('.');
  let el = sections.get(key);
  if (el) return el;
  el = document.createElement('details');
  el.className = `param-section depth-${path.length}`;
  el.dataset.section = key;
  const summary = document.createElement('summary');
  summary.textContent = title ?? labelOf(path[path.length - 1]);
  const inner = document.createElement('div');
  inner.className = 'section-body';
  el.append(summary, inner);
  (parent.classList.contains('params-body') ? parent : parent.querySelector(':scope > .section-body')!).append(el);
  sections.set(key, el);
  return el;
}

let nextId = 0;

function numberRow(s: Extract<Setting, { kind: 'number' }>, cb: PanelCallbacks, model: () => PanelModel): Row {
  const id = `param-${++nextId}`;
  const el = document.createElement('div');
  el.className = 'param';
  el.dataset.path = s.path;
  const label = labelOf(s.key);
  const range = Number.isFinite(s.min) && Number.isFinite(s.max) ? `${formatValue(s.min)} to ${formatValue(s.max)}` : '';
  el.innerHTML = `
    <div class="param-head">
      <label for="${id}">${escape(label)}</label>
      <span class="unit">${escape(s.unit)}</span>
      <span class="badge" hidden></span>
    </div>
    <div class="param-inputs">
      <input type="range" aria-label="${escape(label)} (slider)" aria-describedby="${id}-desc" />
      <input type="number" id="${id}" step="any" ${Number.isFinite(s.min) ? `min="${s.min}"` : ''} ${Number.isFinite(s.max) ? `max="${s.max}"` : ''} aria-describedby="${id}-desc ${id}-prov ${id}-problem" />
      <button type="button" class="reset" title="Reset to the scenario's value">Reset</button>
    </div>
    <p class="desc" id="${id}-desc">${escape(s.description)}${range ? ` <span class="range">Range ${escape(range)}.</span>` : ''}</p>
    <p class="prov" id="${id}-prov"></p>
    <div class="problem" id="${id}-problem" role="alert" hidden></div>`;
  const slider = el.querySelector<HTMLInputElement>('input[type=range]')!;
  const box = el.querySelector<HTMLInputElement>('input[type=number]')!;
  const reset = el.querySelector<HTMLButtonElement>('.reset')!;
  const badge = el.querySelector<HTMLElement>('.badge')!;
  const prov = el.querySelector<HTMLElement>('.prov')!;
  const problem = el.querySelector<HTMLElement>('.problem')!;
  const commit = (text: string) => {
    const v = Number(text);
    if (text.trim() === '' || !Number.isFinite(v)) return;
    const loaded = currentValue(model().loaded, s.path);
    const value = s.integer ? Math.round(v) : v;
    cb.onEdit(model().side, s.path, value === loaded ? undefined : String(value));
  };
  slider.addEventListener('input', () => {
    box.value = slider.value;
    commit(slider.value);
  });
  box.addEventListener('change', () => commit(box.value));
  reset.addEventListener('click', () => cb.onEdit(model().side, s.path, undefined));

  return {
    setting: s,
    el,
    update(m) {
      const loadedParam = valueAtPath(m.loaded, s.path) as ParamValue | undefined;
      const loaded = loadedParam?.value;
      const edited = s.path in m.sets;
      const value = edited ? Number(m.sets[s.path]) : loaded;
      const other = m.other ? currentValue(m.other, s.path) : undefined;
      const r = sliderRange(s, [value, loaded, typeof other === 'number' ? other : undefined].filter((x): x is number => Number.isFinite(x)));
      Object.assign(slider, { min: String(r.min), max: String(r.max), step: String(r.step) });
      if (document.activeElement !== slider) slider.value = String(value ?? '');
      if (document.activeElement !== box || !edited) box.value = value === undefined ? '' : String(value);
      el.classList.toggle('changed', edited);
      reset.disabled = !edited;
      reset.setAttribute('aria-label', `Reset ${label} to the scenario's value${loaded !== undefined ? ` ${formatValue(loaded)}` : ''}`);
      badge.hidden = !edited;
      badge.textContent = edited ? `edited; scenario: ${formatValue(loaded ?? NaN)}` : '';
      const otherSide = m.side === 'a' ? 'B' : 'A';
      const lines: string[] = [];
      if (edited) lines.push(`Provenance: ${PLAYGROUND_ORIGIN}.`);
      if (loadedParam?.source) lines.push(`${edited ? 'Scenario source' : 'Source'}: ${loadedParam.source}`);
      if (loadedParam?.assumption) lines.push(`${edited ? 'Scenario assumption' : 'Assumption'}: ${loadedParam.assumption}`);
      if (!loadedParam?.source && !loadedParam?.assumption) lines.push('No source or assumption given in the scenario.');
      if (loadedParam?.changes.length) {
        lines.push(`Changes during the run: ${loadedParam.changes.map((c) => `${c.at} → ${formatValue(c.value)}`).join(', ')}${edited ? ' (replaced by the edit)' : ''}.`);
      }
      if (typeof other === 'number' && other !== value) lines.push(`${otherSide}: ${formatValue(other)}.`);
      prov.textContent = lines.join(' ');
      showSettingProblems(problem, box, s.path, m.problems);
    },
  };
}

function choiceRow(s: Extract<Setting, { kind: 'boolean' | 'enum' }>, cb: PanelCallbacks, model: () => PanelModel): Row {
  const id = `param-${++nextId}`;
  const el = document.createElement('div');
  el.className = 'param';
  el.dataset.path = s.path;
  const label = labelOf(s.key);
  const control =
    s.kind === 'boolean'
      ? `<input type="checkbox" id="${id}" aria-describedby="${id}-desc ${id}-problem" />`
      : `<select id="${id}" aria-describedby="${id}-desc ${id}-problem">${s.options.map((o) => `<option value="${escape(String(o))}">${escape(String(o))}</option>`).join('')}</select>`;
  el.innerHTML = `
    <div class="param-head">
      ${s.kind === 'boolean' ? `${control}<label for="${id}">${escape(label)}</label>` : `<label for="${id}">${escape(label)}</label>`}
      <span class="badge" hidden></span>
    </div>
    ${s.kind === 'enum' ? `<div class="param-inputs">${control}<button type="button" class="reset">Reset</button></div>` : ''}
    <p class="desc" id="${id}-desc">${escape(s.description)}</p>
    <div class="problem" id="${id}-problem" role="alert" hidden></div>`;
  if (s.kind === 'boolean') {
    const reset = document.createElement('button');
    reset.type = 'button';
    reset.className = 'reset';
    reset.textContent = 'Reset';
    el.querySelector('.param-head')!.append(reset);
  }
  const input = el.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
  const reset = el.querySelector<HTMLButtonElement>('.reset')!;
  const badge = el.querySelector<HTMLElement>('.badge')!;
  const problem = el.querySelector<HTMLElement>('.problem')!;
  input.addEventListener('change', () => {
    const v = input instanceof HTMLInputElement ? input.checked : input.value;
    const loaded = currentValue(model().loaded, s.path);
    cb.onEdit(model().side, s.path, v === loaded ? undefined : String(v));
  });
  reset.addEventListener('click', () => cb.onEdit(model().side, s.path, undefined));
  return {
    setting: s,
    el,
    update(m) {
      const loaded = currentValue(m.loaded, s.path);
      const edited = s.path in m.sets;
      const raw = edited ? m.sets[s.path] : loaded;
      if (input instanceof HTMLInputElement) input.checked = raw === true || raw === 'true';
      else input.value = String(raw ?? '');
      el.classList.toggle('changed', edited);
      reset.disabled = !edited;
      reset.setAttribute('aria-label', `Reset ${label} to the scenario's value ${String(loaded)}`);
      badge.hidden = !edited;
      badge.textContent = edited ? `edited; scenario: ${String(loaded)}` : '';
      showSettingProblems(problem, input, s.path, m.problems);
    },
  };
}

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
