// One leaderboard row per card: the facts and metrics a table of cards shows, as numbers for sorting
// and export (null when unknown) and as display strings, the same for every face (CLI export, the view).
import type { CardAnalysis } from '../analyze';
import { billions, fixed, grouped, plain } from '../numbers';
import type { CardFormat, Tier } from '../types';
import { ACCESS_LABELS, type Access } from '../vocabulary/words';
import { normalizeReleased } from '../vocabulary/readers';
import { benchmarkScores } from './benchmarks';

export interface LeaderboardRow {
  /** The card's URI (editor) or path (CLI), as the caller names it. */
  uri: string;
  /** The model's name; the caller's fallback (the file name) when the card states none. */
  name: string;
  lab: string | null;
  format: CardFormat;
  parametersB: number | null;
  trainingTokensB: number | null;
  /** The computed ALScore, rounded to one decimal as cards write it. */
  alScore: number | null;
  tier: Tier | null;
  /** Tokens per parameter, rounded as cards write it (`233` for 233:1). */
  ratio: number | null;
  /** As the card writes it (`Mar/2025`, `2025-06`, `TBA`). */
  released: string | null;
  /** `YYYY-MM` for sorting; null for TBA, unknown or malformed. */
  releasedKey: string | null;
  access: Access | null;
  mmlu: number | null;
  gpqa: number | null;
  hle: number | null;
  findings: { errors: number; warnings: number };
  /** Display strings; `—` for unknown. */
  text: LeaderboardText;
}

export interface LeaderboardText {
  parameters: string;
  tokens: string;
  alScore: string;
  tier: string;
  ratio: string;
  released: string;
  access: string;
  mmlu: string;
  gpqa: string;
  hle: string;
}

export const UNKNOWN_TEXT = '—';

const show = <T>(v: T | null, f: (x: T) => string): string => (v === null ? UNKNOWN_TEXT : f(v));
const score = (n: number): string => fixed(n, 1).replace(/,/g, '');

/** The first model-index entry's name (a Hugging Face card's usual model name), or null. */
function modelIndexName(data: Readonly<Record<string, unknown>> | null): string | null {
  const index = data && Object.hasOwn(data, 'model-index') ? data['model-index'] : undefined;
  const first: unknown = Array.isArray(index) ? index[0] : undefined;
  if (first === null || typeof first !== 'object' || Array.isArray(first) || !Object.hasOwn(first, 'name')) return null;
  const name = (first as Record<string, unknown>).name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}

/** The row of a card's analysis; null for Markdown that is not a card. `fallbackName`: shown when the card names no model. */
export function leaderboardRow(uri: string, analysis: CardAnalysis, fallbackName: string): LeaderboardRow | null {
  if (!analysis.isCard || analysis.format === null) return null;
  const { card, metrics } = analysis;
  const data = analysis.frontMatter?.data ?? null;
  const bench = benchmarkScores(card, data);
  let errors = 0;
  let warnings = 0;
  for (const f of analysis.findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  const released = card.released?.trim() || null;
  const iso = released === null ? null : normalizeReleased(released);
  const row: Omit<LeaderboardRow, 'text'> = {
    uri,
    name: card.modelName?.trim() || modelIndexName(data) || fallbackName,
    lab: card.organization?.trim() || null,
    format: analysis.format,
    parametersB: metrics.parametersB,
    trainingTokensB: metrics.trainingTokensB,
    alScore: metrics.alScoreRounded,
    tier: metrics.tier,
    ratio: metrics.writtenRatio,
    released,
    releasedKey: iso === null || iso === 'TBA' ? null : iso,
    access: card.access,
    mmlu: bench.mmlu,
    gpqa: bench.gpqa,
    hle: bench.hle,
    findings: { errors, warnings },
  };
  return {
    ...row,
    text: {
      parameters: show(row.parametersB, billions),
      tokens: show(row.trainingTokensB, billions),
      alScore: show(row.alScore, score),
      tier: row.tier ?? UNKNOWN_TEXT,
      ratio: show(row.ratio, (r) => `${grouped(r)}:1`),
      released: released ?? UNKNOWN_TEXT,
      access: show(row.access, (a) => ACCESS_LABELS[a]),
      mmlu: show(row.mmlu, plain),
      gpqa: show(row.gpqa, plain),
      hle: show(row.hle, plain),
    },
  };
}
