// The Leaderboard's script, run inside the webview; html.ts inlines its source, so it is self-contained.
// Sorting and filtering work on the rows' keys in the page, with no round trip to the extension; only the
// rows in view are in the document (a row's element is built on first show, card text only through
// textContent), so opening, sorting and scrolling cost the same for 100 cards or 10,000.
import type { LeaderboardRow } from '../../../server/src/protocol';
import type { LeaderboardMessage, LeaderboardUpdate } from './messages';

interface ViewState {
  sort: string;
  descending: boolean;
  filter: string;
  access: string;
  tier: string;
}
interface VsCodeApi {
  postMessage(message: LeaderboardMessage): void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

export function leaderboardMain(): void {
  const vscode = acquireVsCodeApi();
  type Sort = number | string | null;
  interface Column {
    id: string;
    label: string;
    numeric: boolean;
    title: string;
    /** CSS width (null: a share of what is left): the layout is fixed, so drawing other rows never moves the columns. */
    width: string | null;
  }
  interface Entry {
    row: LeaderboardRow;
    /** Built when the row first comes into view. */
    tr: HTMLTableRowElement | null;
    keys: Map<string, Sort>;
    /** Name and lab in lower case, for the filter. */
    haystack: string;
  }
  const COLUMNS: Column[] = [
    { id: 'name', label: 'Model', numeric: false, title: 'Model name', width: null },
    { id: 'lab', label: 'Lab', numeric: false, title: 'Organization', width: null },
    { id: 'parameters', label: 'Params', numeric: true, title: 'Parameters (billions)', width: '5.5em' },
    { id: 'tokens', label: 'Tokens', numeric: true, title: 'Training tokens (billions)', width: '6.5em' },
    { id: 'alScore', label: 'ALScore', numeric: true, title: 'ALScore computed from parameters and tokens', width: '6.5em' },
    { id: 'tier', label: 'Tier', numeric: true, title: 'Tier of the ALScore', width: '9em' },
    { id: 'ratio', label: 'Ratio', numeric: true, title: 'Training tokens per parameter', width: '6.5em' },
    { id: 'released', label: 'Released', numeric: false, title: 'Release date', width: '6.5em' },
    { id: 'access', label: 'Access', numeric: false, title: 'Access', width: '8em' },
    { id: 'mmlu', label: 'MMLU', numeric: true, title: 'MMLU score', width: '5.5em' },
    { id: 'gpqa', label: 'GPQA', numeric: true, title: 'GPQA score', width: '5.5em' },
    { id: 'hle', label: 'HLE', numeric: true, title: "HLE (Humanity's Last Exam) score", width: '5em' },
    { id: 'findings', label: 'Findings', numeric: true, title: 'Errors and warnings in the card', width: '9em' },
  ];
  const byId = new Map(COLUMNS.map((c) => [c.id, c]));
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const saved = vscode.getState();
  const state: ViewState = { sort: 'alScore', descending: true, filter: '', access: '', tier: '', ...saved };
  if (!byId.has(state.sort)) state.sort = 'alScore';
  let tiers: readonly string[] = [];
  let accessLabels: Readonly<Record<string, string>> = {};
  const entries = new Map<string, Entry>();

  const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
  const table = $<HTMLTableElement>('board');
  const tbody = table.querySelector('tbody') as HTMLTableSectionElement;
  const filter = $<HTMLInputElement>('filter');
  const accessSelect = $<HTMLSelectElement>('access');
  const tierSelect = $<HTMLSelectElement>('tier');
  const count = $<HTMLElement>('count');
  const note = $<HTMLElement>('note');
  const empty = $<HTMLElement>('empty');

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

  /** A row's cell text and sort key per column. */
  function cell(row: LeaderboardRow, id: string): { text: string; key: Sort; cls?: string } {
    const t = row.text;
    switch (id) {
      case 'name': return { text: row.name, key: row.name };
      case 'lab': return { text: row.lab ?? '—', key: row.lab };
      case 'parameters': return { text: t.parameters, key: row.parametersB };
      case 'tokens': return { text: t.tokens, key: row.trainingTokensB };
      case 'alScore': return { text: t.alScore, key: row.alScore };
      case 'tier': {
        const rank = row.tier === null ? -1 : tiers.length - 1 - tiers.indexOf(row.tier);
        return { text: t.tier, key: rank < 0 ? null : rank, cls: rank < 0 ? undefined : `tier tier-${rank}` };
      }
      case 'ratio': return { text: t.ratio, key: row.ratio };
      case 'released': return { text: t.released, key: row.releasedKey };
      case 'access': return { text: row.access === null ? '—' : (accessLabels[row.access] ?? row.access), key: row.access };
      case 'mmlu': return { text: t.mmlu, key: row.mmlu };
      case 'gpqa': return { text: t.gpqa, key: row.gpqa };
      case 'hle': return { text: t.hle, key: row.hle };
      default: {
        const { errors, warnings } = row.findings;
        const parts = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter((p) => p);
        return { text: parts.join(', ') || '0', key: errors * 1e6 + warnings, cls: errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'ok' };
      }
    }
  }

  /** A row's sort keys and filter text; its element comes later. */
  function entry(row: LeaderboardRow): Entry {
    const keys = new Map<string, Sort>();
    for (const c of COLUMNS) keys.set(c.id, cell(row, c.id).key);
    return { row, tr: null, keys, haystack: `${row.name}\n${row.lab ?? ''}`.toLowerCase() };
  }

  /** A row's element, built once: text through textContent only. */
  function rowElement(e: Entry): HTMLTableRowElement {
    if (e.tr) return e.tr;
    const row = e.row;
    const tr = el('tr', 'row');
    tr.tabIndex = 0;
    tr.dataset.uri = row.uri;
    tr.title = `Open ${decodeURIComponentSafe(row.uri)}`;
    for (const c of COLUMNS) {
      const v = cell(row, c.id);
      const td = el('td', `col-${c.id}${c.numeric ? ' num' : ''}${v.key === null ? ' unknown' : ''}`);
      if (c.id === 'tier' && v.cls) td.appendChild(el('span', v.cls, v.text));
      else {
        if (v.cls) td.classList.add(v.cls);
        td.textContent = v.text;
      }
      if (c.id === 'name' || c.id === 'lab') td.title = v.text;
      tr.appendChild(td);
    }
    e.tr = tr;
    return tr;
  }

  function decodeURIComponentSafe(uri: string): string {
    try {
      return decodeURIComponent(uri);
    } catch {
      return uri;
    }
  }

  /** Unknown values last in both directions; ties by name, then by URI, so the order is stable. */
  function compare(a: Entry, b: Entry): number {
    const ka = a.keys.get(state.sort) ?? null;
    const kb = b.keys.get(state.sort) ?? null;
    if (ka !== null || kb !== null) {
      if (ka === null) return 1;
      if (kb === null) return -1;
      const d = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb));
      if (d !== 0) return state.descending ? -d : d;
    }
    return collator.compare(a.row.name, b.row.name) || (a.row.uri < b.row.uri ? -1 : a.row.uri > b.row.uri ? 1 : 0);
  }

  function visible(e: Entry): boolean {
    const q = state.filter.trim().toLowerCase();
    if (q && !e.haystack.includes(q)) return false;
    if (state.access && (e.row.access ?? 'none') !== state.access) return false;
    if (state.tier && (e.row.tier ?? 'none') !== state.tier) return false;
    return true;
  }

  let shown: Entry[] = [];
  let rowHeight = 0;
  let painted: [number, number] = [-1, -1];
  /** Rows above and below the window, as two spacer rows of the right height. */
  const spacers = [el('tr', 'spacer'), el('tr', 'spacer')].map((tr) => {
    const td = el('td');
    td.colSpan = COLUMNS.length;
    tr.appendChild(td);
    tr.setAttribute('aria-hidden', 'true');
    return td;
  });
  /** Rows drawn above and below the visible ones, so a scroll of a few rows draws nothing new. */
  const OVERSCAN = 20;

  /** Puts the rows in view (and a margin) into the table: one DOM operation, whatever the number of cards. */
  function paint(force = false): void {
    if (shown.length === 0) {
      tbody.replaceChildren();
      painted = [-1, -1];
      return;
    }
    const head = shown.at(0);
    if (rowHeight === 0 && head) {
      const probe = rowElement(head);
      tbody.replaceChildren(probe);
      rowHeight = probe.getBoundingClientRect().height || 24;
    }
    const top = tbody.getBoundingClientRect().top + window.scrollY;
    const first = Math.max(0, Math.min(shown.length - 1, Math.floor((window.scrollY - top) / rowHeight) - OVERSCAN));
    const last = Math.min(shown.length, first + Math.ceil(window.innerHeight / rowHeight) + 2 * OVERSCAN);
    if (!force && first === painted[0] && last === painted[1]) return;
    painted = [first, last];
    const [above, below] = spacers as [HTMLTableCellElement, HTMLTableCellElement];
    above.style.height = `${first * rowHeight}px`;
    below.style.height = `${(shown.length - last) * rowHeight}px`;
    const rows = shown.slice(first, last).map((e, i) => {
      const tr = rowElement(e);
      tr.setAttribute('aria-rowindex', String(first + i + 2));
      return tr;
    });
    tbody.replaceChildren(above.parentElement as HTMLElement, ...rows, below.parentElement as HTMLElement);
  }

  let paintQueued = false;
  const paintSoon = (): void => {
    if (paintQueued) return;
    paintQueued = true;
    requestAnimationFrame(() => {
      paintQueued = false;
      paint();
    });
  };
  window.addEventListener('scroll', paintSoon, { passive: true });
  window.addEventListener('resize', paintSoon);

  /** Filters and sorts the rows' keys, then draws the ones in view. */
  function render(): void {
    const all = [...entries.values()];
    shown = all.filter(visible).sort(compare);
    table.setAttribute('aria-rowcount', String(shown.length + 1));
    paint(true);
    count.textContent = shown.length === all.length ? plural(all.length, 'card') : `${shown.length} of ${plural(all.length, 'card')}`;
    empty.hidden = shown.length > 0;
    empty.textContent = all.length === 0 ? 'No model cards in this workspace.' : 'No card matches the filter.';
    for (const th of Array.from(table.tHead?.rows[0]?.cells ?? [])) {
      const id = th.dataset.column ?? '';
      const sorted = id === state.sort;
      th.setAttribute('aria-sort', sorted ? (state.descending ? 'descending' : 'ascending') : 'none');
      const arrow = th.querySelector('.arrow');
      if (arrow) arrow.textContent = sorted ? (state.descending ? '▼' : '▲') : '';
    }
    vscode.setState(state);
  }

  function header(): void {
    const tr = el('tr');
    for (const c of COLUMNS) {
      const th = el('th', c.numeric ? 'num' : undefined);
      th.dataset.column = c.id;
      if (c.width !== null) th.style.width = c.width;
      th.scope = 'col';
      const button = el('button');
      button.type = 'button';
      button.id = `sort-${c.id}`;
      button.title = `Sort by ${c.title}`;
      button.append(el('span', undefined, c.label), el('span', 'arrow'));
      button.addEventListener('click', () => {
        if (state.sort === c.id) state.descending = !state.descending;
        else {
          state.sort = c.id;
          state.descending = c.numeric;
        }
        render();
      });
      th.appendChild(button);
      tr.appendChild(th);
    }
    table.tHead?.replaceChildren(tr);
  }

  function options(select: HTMLSelectElement, all: string, values: readonly [string, string][]): void {
    const current = select === accessSelect ? state.access : state.tier;
    select.replaceChildren(...[['', all] as [string, string], ...values, ['none', 'Unknown / not stated'] as [string, string]].map(([value, label]) => {
      const o = el('option', undefined, label);
      o.value = value;
      return o;
    }));
    select.value = current;
  }

  function open(tr: Element | null): void {
    const uri = tr instanceof HTMLElement ? tr.dataset.uri : undefined;
    if (uri) vscode.postMessage({ type: 'open', uri });
  }

  tbody.addEventListener('click', (e) => open((e.target as Element).closest('tr')));
  tbody.addEventListener('keydown', (e) => {
    const tr = (e.target as Element).closest('tr');
    if (!tr) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(tr);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const at = shown.findIndex((x) => x.tr === tr);
      const next = shown[at + (e.key === 'ArrowDown' ? 1 : -1)];
      if (at < 0 || !next) return;
      const target = rowElement(next);
      // The next row may be outside the drawn window: scroll it into view first, then draw and focus it.
      if (!target.isConnected) {
        window.scrollBy(0, e.key === 'ArrowDown' ? rowHeight : -rowHeight);
        paint();
      }
      target.focus();
    }
  });
  filter.value = state.filter;
  filter.addEventListener('input', () => {
    state.filter = filter.value;
    render();
  });
  accessSelect.addEventListener('change', () => {
    state.access = accessSelect.value;
    render();
  });
  tierSelect.addEventListener('change', () => {
    state.tier = tierSelect.value;
    render();
  });

  window.addEventListener('message', (event: MessageEvent<LeaderboardUpdate>) => {
    const m = event.data;
    if (m?.type === 'rows') {
      tiers = m.tiers;
      accessLabels = m.accessLabels;
      options(accessSelect, 'All access', Object.keys(accessLabels).map((k) => [k, accessLabels[k] ?? k]));
      options(tierSelect, 'All tiers', tiers.map((t) => [t, t]));
      entries.clear();
      for (const row of m.rows) entries.set(row.uri, entry(row));
      note.textContent = m.truncated ? `Only the first ${m.files.toLocaleString('en-US')} Markdown files of the workspace were read.` : '';
      render();
      document.body.dataset.loaded = 'true';
    } else if (m?.type === 'patch') {
      for (const uri of m.removed) entries.delete(uri);
      for (const row of m.changed) entries.set(row.uri, entry(row));
      render();
    } else if (m?.type === 'error') {
      note.textContent = m.message;
    }
  });
  header();
  render();
  // Keeps the column headers below the sticky filter bar, whatever its height.
  const bar = document.querySelector('header');
  if (bar) new ResizeObserver(() => document.body.style.setProperty('--header-height', `${bar.getBoundingClientRect().height}px`)).observe(bar);
  vscode.postMessage({ type: 'ready' });
}
