// Value readers: a body value or front matter value as written -> a typed reading, computed once per field.
// Each scan is linear in the value: hand-written where a regex could backtrack over a long run.
import { ACCESS, ACCESS_LABELS, BODY_TYPES, MONTHS, TIERS, type Access, type Tier } from './words';

/** Where, inside a value, a part starts and ends (character offsets into the raw value). */
export interface Part {
  start: number;
  end: number;
}

/** What a value reads as: unknown (`-`), malformed, or a value (possibly written in a non-canonical way). */
export type Reading<T> = { kind: 'unknown' } | { kind: 'invalid' } | { kind: 'value'; value: T };

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 9;

/** Values that mean "unknown" in a card: `-`, `-B`, `- -`, `TBA`, `TBD`, `unknown`, `?`, or nothing. */
export function isUnknownText(raw: string): boolean {
  const t = raw.trim();
  if (t === '' || t === '- -' || t === '?') return true;
  const lower = t.toLowerCase();
  if (lower === 'tba' || lower === 'tbd' || lower === 'unknown') return true;
  // A run of dashes, optionally followed by spaces and one unit letter (`-`, `--`, `-B`, `- B`).
  let i = 0;
  while (i < t.length && t.charCodeAt(i) === 45) i++;
  if (i === 0) return false;
  while (i < t.length && isSpace(t.charCodeAt(i))) i++;
  return i === t.length || (i === t.length - 1 && 'kmbt'.includes(lower[i] ?? ''));
}

/** The counts the engine accepts, in billions: from one (10⁰) to 10¹⁵; anything else is a typo, not a model. */
export const MIN_COUNT_B = 1e-9;
export const MAX_COUNT_B = 1e6;
const SUFFIX: Readonly<Record<string, number>> = { k: 1e-6, m: 1e-3, b: 1, t: 1e3 };
/** The unit letters a count may end with (read in either case). */
export const COUNT_UNITS: readonly string[] = Object.keys(SUFFIX).map((u) => u.toUpperCase());

/** A count in billions, or why it is not one. */
export type CountReading = { kind: 'unknown' } | { kind: 'invalid'; outOfRange: boolean } | { kind: 'value'; value: number };

/**
 * Reads a parameter or token count in billions: `78.0B`, `1,800B`, `135M`, `1.8T`, `7e9`, a plain number
 * (billions, unless it is at least a million: then an absolute count such as 7e9). Zero, negative,
 * fractional (below one) and absurdly large counts are invalid, so no metric is ever infinite.
 */
export function readCount(input: unknown): CountReading {
  if (input === null || input === undefined) return { kind: 'unknown' };
  let billions: number;
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) return { kind: 'invalid', outOfRange: Number.isFinite(input) || input === Infinity };
    billions = input >= 1e6 ? input / 1e9 : input;
  } else if (typeof input === 'string') {
    if (isUnknownText(input)) return { kind: 'unknown' };
    const parsed = parseCountText(input.trim());
    if (parsed === null) return { kind: 'invalid', outOfRange: false };
    billions = parsed;
  } else {
    return { kind: 'invalid', outOfRange: false };
  }
  if (!(billions >= MIN_COUNT_B) || billions > MAX_COUNT_B) return { kind: 'invalid', outOfRange: true };
  return { kind: 'value', value: billions };
}

/** `1,800.5e3 B` -> billions; null when the text is not a count. */
function parseCountText(t: string): number | null {
  let i = 0;
  const n = t.length;
  // Integer part: plain digits, or groups of three after a comma (`1,800`).
  const intStart = i;
  while (i < n && (isDigit(t.charCodeAt(i)) || t.charCodeAt(i) === 44)) i++;
  const intPart = t.slice(intStart, i);
  if (intPart.includes(',')) {
    const groups = intPart.split(',');
    const [head = '', ...rest] = groups;
    if (head.length < 1 || head.length > 3 || rest.some((g) => g.length !== 3)) return null;
  }
  let digits = intPart.replace(/,/g, '');
  if (t.charCodeAt(i) === 46) {
    const fracStart = ++i;
    while (i < n && isDigit(t.charCodeAt(i))) i++;
    if (i === fracStart) return null;
    digits += `.${t.slice(fracStart, i)}`;
  }
  if (digits === '') return null;
  let exponent = 0;
  const e = t.charCodeAt(i);
  if (e === 101 || e === 69) {
    let j = i + 1;
    let sign = 1;
    if (t[j] === '+' || t[j] === '-') sign = t[j++] === '-' ? -1 : 1;
    const expStart = j;
    while (j < n && isDigit(t.charCodeAt(j))) j++;
    if (j === expStart || j - expStart > 4) return null;
    exponent = sign * Number(t.slice(expStart, j));
    i = j;
  }
  while (i < n && isSpace(t.charCodeAt(i))) i++;
  let scale: number | null = null;
  if (i < n) {
    const unit = SUFFIX[(t[i] ?? '').toLowerCase()];
    if (unit === undefined || i !== n - 1) return null;
    scale = unit;
  }
  const value = Number(digits) * 10 ** exponent;
  if (!Number.isFinite(value)) return Infinity;
  if (scale !== null) return value * scale;
  return value >= 1e6 ? value / 1e9 : value;
}

/** A plain decimal with optional thousands separators (`1,875`, `86.1`); NaN when it is not one. */
export function parseDecimal(raw: string): number {
  const t = raw.trim();
  if (t === '' || t.length > 40) return NaN;
  let i = 0;
  while (i < t.length && (isDigit(t.charCodeAt(i)) || t.charCodeAt(i) === 44)) i++;
  const intPart = t.slice(0, i);
  if (intPart.includes(',')) {
    const [head = '', ...rest] = intPart.split(',');
    if (head.length < 1 || head.length > 3 || rest.some((g) => g.length !== 3)) return NaN;
  }
  let frac = '';
  if (t.charCodeAt(i) === 46) {
    const s = ++i;
    while (i < t.length && isDigit(t.charCodeAt(i))) i++;
    if (i === s) return NaN;
    frac = t.slice(s, i);
  }
  if (i !== t.length || (intPart === '' && frac === '')) return NaN;
  return Number(`${intPart.replace(/,/g, '') || '0'}.${frac || '0'}`);
}

export type AlScoreReading =
  | { kind: 'unknown' }
  | { kind: 'invalid' }
  | { kind: 'value'; score: number; scorePart: Part; tier: Tier | null; tierText: string | null; tierPart: Part | null };

/** `4.0 (Mid-tier)`, a bare `0.0`, or `-`. A tier text that is not a tier is kept for the message. */
export function readAlScore(raw: string): AlScoreReading {
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  if (t === '-' || t === '' || t === '- -') return { kind: 'unknown' };
  let i = 0;
  while (i < t.length && isDigit(t.charCodeAt(i))) i++;
  if (i === 0) return { kind: 'invalid' };
  if (t.charCodeAt(i) === 46) {
    const s = ++i;
    while (i < t.length && isDigit(t.charCodeAt(i))) i++;
    if (i === s) return { kind: 'invalid' };
  }
  const numEnd = i;
  const score = Number(t.slice(0, numEnd));
  if (!Number.isFinite(score) || numEnd > 20) return { kind: 'invalid' };
  while (i < t.length && isSpace(t.charCodeAt(i))) i++;
  const scorePart = { start: lead, end: lead + numEnd };
  if (i === t.length) {
    if (i !== numEnd) return { kind: 'invalid' };
    return { kind: 'value', score, scorePart, tier: null, tierText: null, tierPart: null };
  }
  if (t[i] !== '(' || t[t.length - 1] !== ')') return { kind: 'invalid' };
  const tierText = t.slice(i + 1, t.length - 1);
  if (tierText.includes(')') || tierText.includes('(')) return { kind: 'invalid' };
  const wanted = tierText.trim().toLowerCase();
  const tier = TIERS.find((x) => x.toLowerCase() === wanted) ?? null;
  return { kind: 'value', score, scorePart, tier, tierText, tierPart: { start: lead + i + 1, end: lead + i + 1 + tierText.length } };
}

export type RatioReading =
  | { kind: 'unknown' }
  | { kind: 'invalid' }
  | { kind: 'value'; ratio: number; numberPart: Part; label: 'optimal' | 'under' | null; labelPart: Part | null };

/** `1,875:1 ✅ Compute-optimal`, `15:1 ⚠️ Under-trained`, `233:1`, or `- -`. */
export function readRatio(raw: string): RatioReading {
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  if (t === '' || isUnknownText(t)) return { kind: 'unknown' };
  let i = 0;
  while (i < t.length && (isDigit(t.charCodeAt(i)) || t.charCodeAt(i) === 44 || t.charCodeAt(i) === 46)) i++;
  const numText = t.slice(0, i);
  const ratio = parseDecimal(numText);
  if (Number.isNaN(ratio)) return { kind: 'invalid' };
  let j = i;
  while (j < t.length && isSpace(t.charCodeAt(j))) j++;
  if (t[j] !== ':') return { kind: 'invalid' };
  j++;
  while (j < t.length && isSpace(t.charCodeAt(j))) j++;
  if (t[j] !== '1') return { kind: 'invalid' };
  j++;
  const numberPart = { start: lead, end: lead + i };
  if (j === t.length) return { kind: 'value', ratio, numberPart, label: null, labelPart: null };
  if (!isSpace(t.charCodeAt(j))) return { kind: 'invalid' };
  const labelText = t.slice(j).trim();
  const lower = labelText.toLowerCase();
  let label: 'optimal' | 'under';
  if (lower.includes('compute-optimal') || lower.includes('compute optimal')) label = 'optimal';
  else if (lower.includes('under-trained') || lower.includes('under trained')) label = 'under';
  else return { kind: 'invalid' };
  const labelStart = t.length - labelText.length;
  return { kind: 'value', ratio, numberPart, label, labelPart: { start: lead + labelStart, end: lead + t.length } };
}

/** `🟢 Public` -> public (exact); `public`, `Public` -> public (written another way); null when none of the three. */
export function readAccess(raw: string): { access: Access; exact: boolean } | null {
  const t = raw.trim();
  for (const key of ACCESS) if (t === ACCESS_LABELS[key]) return { access: key, exact: true };
  // Without its mark: the word alone, in any case (`Public`, `🟢public`).
  let i = 0;
  while (i < t.length && !/[A-Za-z]/.test(t[i] ?? '')) i++;
  const word = t.slice(i).toLowerCase();
  for (const key of ACCESS) if (word === key) return { access: key, exact: false };
  return null;
}

/** `Dec/2024` -> "2024-12" (month case-insensitive), `TBA` -> "TBA"; null when malformed. */
export function readReleased(raw: string): string | null {
  const t = raw.trim();
  if (t.toLowerCase() === 'tba') return 'TBA';
  if (t.length !== 8 || t[3] !== '/') return null;
  const month = MONTHS.findIndex((x) => x.toLowerCase() === t.slice(0, 3).toLowerCase());
  const year = t.slice(4);
  if (month < 0 || !/^\d{4}$/.test(year)) return null;
  return `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** The canonical spelling of a body release: `dec/2024` -> `Dec/2024`, `tba` -> `TBA`. */
export function canonicalReleased(raw: string): string | null {
  const iso = readReleased(raw);
  if (iso === null) return null;
  if (iso === 'TBA') return 'TBA';
  return `${MONTHS[Number(iso.slice(5)) - 1] ?? ''}/${iso.slice(0, 4)}`;
}

/** Front matter release (YYYY-MM, YYYY-MM-DD, Mon/YYYY, TBA) -> "YYYY-MM" or "TBA"; null when malformed. */
export function normalizeReleased(value: string): string | null {
  const t = value.trim();
  if (/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/.test(t)) return t.slice(0, 7);
  return readReleased(t);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isValidDate(raw: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** `dense` -> Dense (not exact), `Dense` -> Dense (exact); null when not a type. `-` is unknown, not a type. */
export function readType(raw: string): { type: (typeof BODY_TYPES)[number]; exact: boolean } | null {
  const t = raw.trim();
  const type = BODY_TYPES.find((x) => x.toLowerCase() === t.toLowerCase());
  return type ? { type, exact: type === t } : null;
}

/** Lab name of `[Lab](../../labs/lab.md)`, or the text itself. */
export function organizationName(raw: string): string {
  const t = raw.trim();
  if (!t.startsWith('[')) return t;
  const close = t.indexOf(']');
  return close < 0 ? t : t.slice(1, close).trim();
}

/** `synthetic, web-scale` -> [synthetic, web-scale]; `-` -> []. */
export function readList(raw: string): string[] {
  const t = raw.trim();
  if (t === '-' || t === '') return [];
  return t.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Splits a tag line (`Reasoning, SOTA`) into tags; the no-tags placeholder gives none. */
export function tagLineTags(raw: string): string[] {
  const tags = readList(raw);
  return tags.length === 1 && tags[0]?.toLowerCase() === 'large language model' ? [] : tags;
}
