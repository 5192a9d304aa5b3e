// The columns of a derived table that name a card fact: how a cell reads as a value, and how the page
// writes the card's value (spec §5, REPORT §8). A header the engine does not know is left alone.
import type { CardFacts } from './facts';

export type Column =
  | { kind: 'title' | 'lab' | 'params' | 'tokens' | 'alscore' | 'ratio' | 'released' | 'status' | 'type' | 'tags' | 'links' }
  | { kind: 'bench'; name: string };

const HEADERS: ReadonlyMap<string, Column> = new Map<string, Column>([
  ['model', { kind: 'title' }], ['name', { kind: 'title' }], ['title', { kind: 'title' }],
  ['lab', { kind: 'lab' }], ['organization', { kind: 'lab' }],
  ['params', { kind: 'params' }], ['parameters', { kind: 'params' }], ['total params', { kind: 'params' }],
  ['tokens', { kind: 'tokens' }], ['training tokens', { kind: 'tokens' }],
  ['alscore', { kind: 'alscore' }], ['ratio', { kind: 'ratio' }], ['token:param ratio', { kind: 'ratio' }],
  ['mmlu', { kind: 'bench', name: 'mmlu' }], ['mmlu-pro', { kind: 'bench', name: 'mmlu-pro' }],
  ['gpqa', { kind: 'bench', name: 'gpqa' }], ['hle', { kind: 'bench', name: 'hle' }],
  ['released', { kind: 'released' }], ['release', { kind: 'released' }], ['date', { kind: 'released' }],
  ['status', { kind: 'status' }], ['access', { kind: 'status' }],
  ['architecture', { kind: 'type' }], ['type', { kind: 'type' }],
  ['tags', { kind: 'tags' }], ['links', { kind: 'links' }],
]);

/** The card fact a header names (`Params`, `**MMLU**`), or null. */
export function columnOf(header: string): Column | null {
  return HEADERS.get(stripEmphasis(header).toLowerCase()) ?? null;
}

/** A column's display name for messages. */
export function columnName(c: Column): string {
  return c.kind === 'bench' ? c.name.toUpperCase().replace('-PRO', '-Pro') : c.kind;
}

function stripEmphasis(text: string): string {
  let t = text.trim();
  while (t.length > 1 && (t.startsWith('*') || t.startsWith('_')) && t.endsWith(t[0] ?? '')) t = t.slice(1, -1).trim();
  return t;
}

const UNKNOWN: ReadonlySet<string> = new Set(['', '-', '-b', '- -', '—', 'n/a', '?']);

/** A cell's link `[text](destination)`, or null when the cell is not one link. */
export function cellLink(cell: string): { text: string; destination: string } | null {
  const t = cell.trim();
  if (!t.startsWith('[') || !t.endsWith(')')) return null;
  const mid = t.indexOf('](');
  if (mid < 0) return null;
  return { text: t.slice(1, mid), destination: t.slice(mid + 2, -1) };
}

/** A number as a table or card writes it (`35.0B`, `1,875:1`, `84.72`), or null; NaN when it is not a number. */
function numberOf(text: string | null, suffix: string): number | null {
  if (text === null) return null;
  let t = stripEmphasis(text).toLowerCase();
  if (UNKNOWN.has(t)) return null;
  if (suffix && t.endsWith(suffix)) t = t.slice(0, -suffix.length).trim();
  t = t.split(',').join('');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : NaN;
}

type Access = 'public' | 'private' | 'unknown';

function accessOf(cell: string): Access | null | undefined {
  const t = cell.trim();
  if (t.startsWith('🟢') || /^public$/i.test(t)) return 'public';
  if (t.startsWith('🔴') || /^private$/i.test(t)) return 'private';
  if (t.startsWith('🟡') || t.startsWith('❓') || t === '-' || t === '' || /^unknown$/i.test(t)) return 'unknown';
  return undefined;
}

const text = (v: string | null): string => (v === null || UNKNOWN.has(v.trim().toLowerCase()) ? '' : v.trim());
const tagSet = (tags: readonly string[]): string => tags.map((t) => t.trim().toLowerCase()).filter((t) => t !== '').sort().join('\n');

/** True when the cell states the same value as the card (formatting alone never differs). */
export function cellAgrees(c: Column, cell: string, f: CardFacts): boolean {
  switch (c.kind) {
    case 'title':
      return stripEmphasis(cellLink(cell)?.text ?? cell) === (f.title ?? '').trim();
    case 'lab':
      return text(cellLink(cell)?.text ?? cell) === text(f.organization);
    case 'params':
      return sameNumber(numberOf(cell, 'b'), numberOf(f.parameters, 'b'));
    case 'tokens':
      return sameNumber(numberOf(cell, 'b'), numberOf(f.trainingTokens, 'b'));
    case 'alscore':
      return sameNumber(numberOf(cell, ''), numberOf(f.alScore, ''));
    case 'ratio':
      return sameNumber(numberOf(cell, ':1'), numberOf(f.ratio, ':1'));
    case 'bench':
      return sameNumber(numberOf(cell, '%'), numberOf(f.benchmarks.get(c.name) ?? null, '%'));
    case 'released':
      return text(cell).toLowerCase() === text(f.released).toLowerCase();
    case 'status':
      return accessOf(cell) === (f.access ?? 'unknown');
    case 'type':
      return text(cell).toLowerCase() === text(f.type).toLowerCase();
    case 'tags':
      return tagSet(text(cell).split(',')) === tagSet(f.tags);
    case 'links':
      return squash(cell) === squash(expectedCell(c, cell, f));
  }
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));
}

const squash = (t: string): string => t.trim().split(/\s+/).join(' ');

/** The cell as the page writes the card's value (the card's own text; `-` when unknown). */
export function expectedCell(c: Column, cell: string, f: CardFacts): string {
  const or = (v: string | null): string => (v === null || v.trim() === '' ? '-' : v.trim());
  switch (c.kind) {
    case 'title': {
      const link = cellLink(cell);
      return link ? `[${f.title ?? ''}](${link.destination})` : (f.title ?? '-');
    }
    case 'lab': {
      const link = cellLink(cell);
      return link ? `[${f.organization ?? ''}](${link.destination})` : or(f.organization);
    }
    case 'params':
      return or(f.parameters);
    case 'tokens':
      return or(f.trainingTokens);
    case 'alscore':
      return or(f.alScore);
    case 'ratio':
      return or(f.ratio);
    case 'bench':
      return or(f.benchmarks.get(c.name) ?? null);
    case 'released':
      return or(f.released);
    case 'status':
      return f.access === 'public' ? '🟢' : f.access === 'private' ? '🔴' : text(f.type) === '' ? '-' : '🟡';
    case 'type':
      return or(f.type);
    case 'tags':
      return f.tags.length === 0 ? '-' : (f.tagLine ?? f.tags.join(', ')).trim();
    case 'links':
      return f.tryLink === null ? '-' : `[🔗](${f.tryLink})`;
  }
}

/** A cell's text escaped for a table row (a `|` inside a cell ends it). */
export function tableText(t: string): string {
  return t.includes('|') ? t.replace(/(?<!\\)\|/g, '\\|') : t;
}
