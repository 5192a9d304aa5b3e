// Words for the faces: the inlay hint texts and their tooltips, built from the metrics.
import type { EngineConfig } from './engineConfig';
import { billions, fixed, grouped, plain, scientific } from './numbers';
import type { Metrics } from './types';

/** `= √(78 × 18120) ÷ 300 = 3.96`, or null when P or T is unknown. */
export function alScoreHint(m: Metrics): string | null {
  if (m.parametersB === null || m.trainingTokensB === null || m.alScore === null) return null;
  return `= √(${plain(m.parametersB)} × ${plain(m.trainingTokensB)}) ÷ 300 = ${fixed(m.alScore, 2)}`;
}

/** `= 232.3 tokens/param`. */
export function ratioHint(m: Metrics): string | null {
  return m.tokensPerParam === null ? null : `= ${fixed(m.tokensPerParam, 1)} tokens/param`;
}

// Hint texts stay within VS Code's default editor.inlayHints.maximumLength (43), past which it elides them.

/** `Chinchilla 1,560B · ≈ 8.48 × 10²⁴ FLOPs`: compute-optimal tokens and training compute. */
export function trainingHint(m: Metrics): string | null {
  const parts: string[] = [];
  if (m.chinchillaTokensB !== null) parts.push(`Chinchilla ${billions(m.chinchillaTokensB)}`);
  if (m.trainingFlops !== null) parts.push(`≈ ${scientific(m.trainingFlops)} FLOPs`);
  return parts.length ? parts.join(' · ') : null;
}

/** `ALScore 4.0 Mid-tier · 233:1 ✅`, for front matter. */
export function frontMatterHint(m: Metrics, config: EngineConfig): string | null {
  if (m.alScoreRounded === null || m.tier === null) return null;
  const parts = [`ALScore ${m.alScoreRounded.toFixed(1)} ${m.tier}`];
  if (m.writtenRatio !== null) parts.push(`${grouped(m.writtenRatio)}:1 ${m.writtenRatio >= config.computeOptimalRatio ? '✅' : '⚠️'}`);
  return parts.join(' · ');
}

/** Markdown tooltips that say where each hint comes from. */
export const HINT_TOOLTIPS = {
  alScore: (m: Metrics): string =>
    `**ALScore** = √(Parameters × Tokens) ÷ 300, with both in billions.\n\nUnrounded: ${m.alScore === null ? '—' : fixed(m.alScore, 4)}; the card writes it to one decimal${m.tier ? `, tier **${m.tier}**` : ''}.`,
  ratio: (m: Metrics, config: EngineConfig): string =>
    `**Tokens per parameter** = Training Tokens ÷ Parameters = ${m.tokensPerParam === null ? '—' : fixed(m.tokensPerParam, 3)}.\n\nThe card writes it ${config.ratioRounding === 'ceil' ? 'rounded up' : config.ratioRounding === 'floor' ? 'rounded down' : 'rounded'}; at or above ${config.computeOptimalRatio}:1 it is compute-optimal (Chinchilla).`,
  training: (m: Metrics, config: EngineConfig): string =>
    `**Chinchilla-optimal tokens** = ${config.computeOptimalRatio} × Parameters${m.chinchillaTokensB === null ? '' : ` = ${billions(m.chinchillaTokensB)}`}.\n\n**Training compute** ≈ 6 × P × T FLOPs${m.trainingFlops === null ? '' : ` = ${scientific(m.trainingFlops)}`} (P and T as absolute counts).`,
};
