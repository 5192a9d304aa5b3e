// Reads the values of body fields (ALScore, ratio, access, release, type) into typed facts.
import { MONTHS } from './constants';
import { parseDecimal } from './numbers';
import { TIERS, type Tier } from './types';

export const FORMULA_TEXT = '√(Parameters × Tokens) ÷ 300';
export const OPTIMAL_LABEL = '✅ Compute-optimal';
export const UNDER_LABEL = '⚠️ Under-trained';
export const BODY_TYPES = ['Dense', 'MoE', 'Hybrid', 'MatFormer', 'Compound', 'CoE'] as const;
export const ACCESS_LABELS = { public: '🟢 Public', private: '🔴 Private', unknown: '❓ Unknown' } as const;

/** Where, inside a value, a part starts and ends (character offsets into the raw value). */
export interface Part {
  start: number;
  end: number;
}

export type AlScoreValue =
  | { kind: 'unknown' }
  | { kind: 'invalid' }
  | { kind: 'value'; score: number; scorePart: Part; tier: Tier | null; tierText: string | null; tierPart: Part | null };

/** `4.0 (Mid-tier)`, `0.0`, or `-`. A tier text that is not a tier is kept for the message. */
export function readAlScore(raw: string): AlScoreValue {
  const t = raw.trim();
  if (t === '-' || t === '' || t === '- -') return { kind: 'unknown' };
  const m = /^(\d+(?:\.\d+)?)(?:\s*\(([^)]*)\))?$/.exec(t);
  if (!m) return { kind: 'invalid' };
  const num = m[1] ?? '';
  const tierText = m[2] ?? null;
  const tier = tierText === null ? null : (TIERS.find((x) => x.toLowerCase() === tierText.trim().toLowerCase()) ?? null);
  const tierStart = tierText === null ? -1 : t.indexOf('(', num.length) + 1;
  return {
    kind: 'value',
    score: Number(num),
    scorePart: { start: 0, end: num.length },
    tier,
    tierText,
    tierPart: tierText === null ? null : { start: tierStart, end: tierStart + tierText.length },
  };
}

export type RatioValue =
  | { kind: 'unknown' }
  | { kind: 'invalid' }
  | { kind: 'value'; ratio: number; numberPart: Part; label: 'optimal' | 'under' | null; labelPart: Part | null };

/** `1,875:1 ✅ Compute-optimal`, `15:1 ⚠️ Under-trained`, or `- -`. */
export function readRatio(raw: string): RatioValue {
  const t = raw.trim();
  if (/^-(\s*-)?$/.test(t) || t === '') return { kind: 'unknown' };
  const m = /^([\d,]+(?:\.\d+)?)\s*:\s*1(?:\s+(.*))?$/.exec(t);
  if (!m) return { kind: 'invalid' };
  const ratio = parseDecimal(m[1] ?? '');
  if (Number.isNaN(ratio)) return { kind: 'invalid' };
  const labelText = (m[2] ?? '').trim();
  let label: 'optimal' | 'under' | null = null;
  if (/compute[- ]optimal/i.test(labelText)) label = 'optimal';
  else if (/under[- ]trained/i.test(labelText)) label = 'under';
  else if (labelText) return { kind: 'invalid' };
  const labelStart = labelText ? t.lastIndexOf(labelText) : -1;
  return {
    kind: 'value',
    ratio,
    numberPart: { start: 0, end: (m[1] ?? '').length },
    label,
    labelPart: labelText ? { start: labelStart, end: labelStart + labelText.length } : null,
  };
}

/** The label a written ratio should carry. */
export function ratioLabelText(optimal: boolean): string {
  return optimal ? OPTIMAL_LABEL : UNDER_LABEL;
}

/** `🟢 Public` -> public; null when it is not one of the three. */
export function readAccess(raw: string): { access: keyof typeof ACCESS_LABELS; exact: boolean } | null {
  const t = raw.trim();
  const entries = Object.entries(ACCESS_LABELS) as [keyof typeof ACCESS_LABELS, string][];
  for (const [key, label] of entries) if (t === label) return { access: key, exact: true };
  for (const [key, label] of entries) {
    const word = label.split(' ')[1] ?? '';
    if (t.replace(/^[^\p{L}]+/u, '').toLowerCase() === word.toLowerCase()) return { access: key, exact: false };
  }
  return null;
}

/** `Dec/2024` -> "2024-12", `TBA` -> "TBA"; null when malformed. */
export function readReleased(raw: string): string | null {
  const t = raw.trim();
  if (/^TBA$/i.test(t)) return 'TBA';
  const m = /^([A-Za-z]{3})\/(\d{4})$/.exec(t);
  if (!m) return null;
  const month = MONTHS.findIndex((x) => x.toLowerCase() === (m[1] ?? '').toLowerCase());
  if (month < 0) return null;
  return `${m[2]}-${String(month + 1).padStart(2, '0')}`;
}

/** Front matter release (YYYY-MM, YYYY-MM-DD, Mon/YYYY, TBA) -> "YYYY-MM" or "TBA". */
export function normalizeReleased(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}`;
  return readReleased(value);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isValidDate(raw: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Formats a score with one decimal and its tier: `4.0 (Mid-tier)`, or a bare `0.0`. */
export function formatAlScore(rounded: number, tier: Tier): string {
  const s = rounded.toFixed(1);
  return rounded === 0 ? s : `${s} (${tier})`;
}
