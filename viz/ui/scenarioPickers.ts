import type { CatalogueEntry } from '../catalogue.ts';
import { formatValue } from '../charts/formatValue.ts';
import { MAX_FILE_BYTES } from '../linkData.ts';
import { printable } from '../printable.ts';
import type { ScenarioSource, SideKey } from '../session.ts';

export interface PickerCallbacks {
  onPick(side: SideKey, id: string): void;
  onFile(side: SideKey, name: string, text: string): void;
}

export interface PickerState {
  source: ScenarioSource;
  label: string;
  description: string;
}

/**
 * A card per side: a menu of shipped scenarios, a file picker, and the card itself as a drop
 * target for a scenario file.
 */
export function scenarioPickers(root: HTMLElement, cb: PickerCallbacks): { setEntries(entries: CatalogueEntry[]): void; update(state: Record<SideKey, PickerState>): void } {
  let last: Record<SideKey, PickerState> | undefined;
  const cards = (['a', 'b'] as const).map((side) => {
    const card = document.createElement('div');
    card.className = `picker picker-${side}`;
    card.dataset.side = side;
    const Side = side.toUpperCase();
    card.innerHTML = `
      <label class="picker-label" for="pick-${side}"><span class="swatch swatch-${side}" aria-hidden="true"></span>Scenario ${Side}</label>
      <select id="pick-${side}"></select>
      <div class="file-load">
        <label class="file-button">Load a file…<input type="file" id="file-${side}" accept=".json,application/json" aria-label="Load a scenario file as ${Side}" /></label>
        <span class="drop-hint">or drop a JSON file on this box</span>
      </div>
      <p class="picker-desc"></p>`;
    const select = card.querySelector<HTMLSelectElement>('select')!;
    select.addEventListener('change', () => {
      if (!select.value.startsWith('file:')) cb.onPick(side, select.value);
    });
    const input = card.querySelector<HTMLInputElement>('input[type=file]')!;
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (file) cb.onFile(side, file.name, await headOf(file));
      input.value = '';
    });
    card.addEventListener('dragover', (e) => {
      e.preventDefault();
      card.classList.add('dragging');
    });
    card.addEventListener('dragleave', () => card.classList.remove('dragging'));
    card.addEventListener('drop', async (e) => {
      e.preventDefault();
      card.classList.remove('dragging');
      const file = e.dataTransfer?.files[0];
      if (file) cb.onFile(side, file.name, await headOf(file));
    });
    root.append(card);
    return { side, card, select };
  });

  return {
    /** The menu of shipped scenarios (built after the first run starts: resolving them all takes a moment). */
    setEntries(entries) {
      for (const { select } of cards) {
        select.querySelectorAll('option:not([data-file])').forEach((o) => o.remove());
        for (const e of entries) {
          const scale = e.officials > 300_000 ? `, national: ${formatValue(e.officials)} officials, slow` : '';
          select.append(new Option(`${e.title} (${e.id}${scale})`, e.id));
        }
      }
      if (last) this.update(last);
    },
    update(state) {
      last = state;
      for (const { side, card, select } of cards) {
        const s = state[side];
        select.querySelectorAll('option[data-file]').forEach((o) => o.remove());
        if (s.source.kind === 'file') {
          // The name may come from a link: shown without controls or bidi overrides, which could make
          // "evil\u202Enosj.exe" read as "evilexe.json".
          const o = new Option(`File: ${printable(s.source.name, ' ')}`, `file:${s.source.name}`);
          o.dataset.file = '';
          select.prepend(o);
          select.value = o.value;
        } else {
          const id = s.source.id;
          if (![...select.options].some((o) => o.value === id)) select.append(new Option(`${s.label} (${id})`, id));
          select.value = id;
        }
        card.querySelector('.picker-desc')!.textContent = s.description;
        card.querySelector('.picker-desc')!.setAttribute('title', s.description);
      }
    },
  };
}

/**
 * A file's text, read no further than one byte past the largest file the playground takes, so a
 * huge file is refused for its size (catalogue.ts) without being read whole.
 */
function headOf(file: File): Promise<string> {
  return file.slice(0, MAX_FILE_BYTES + 1).text();
}
