// The derived metrics: ALScore and tier, tokens per parameter, compute-optimal, Chinchilla tokens, FLOPs.
import type { EngineConfig } from './engineConfig';
import type { Metrics, Tier } from './types';

/** Rounds to one decimal, half away from zero, immune to float noise (0.05 -> 0.1). */
export function roundScore(x: number): number {
  return Math.round(Number((x * 10).toPrecision(12))) / 10;
}

/** The tier a rounded ALScore falls in. */
export function tierOf(score: number, config: EngineConfig): Tier {
  const t = config.tiers;
  if (score >= t.extremelyPowerful) return 'Extremely powerful';
  if (score >= t.veryPowerful) return 'Very powerful';
  if (score >= t.powerful) return 'Powerful';
  if (score >= t.midTier) return 'Mid-tier';
  return 'Lightweight';
}

/** T ÷ P rounded to a whole number as the config says (ceil by default), immune to float noise. */
export function writtenRatioOf(tokensPerParam: number, config: EngineConfig): number {
  const x = Number(tokensPerParam.toPrecision(12));
  if (config.ratioRounding === 'round') return Math.round(x);
  if (config.ratioRounding === 'floor') return Math.floor(x);
  return Math.ceil(x);
}

/** Derives every metric from P and T in billions; each is null when it needs an unknown input. */
export function computeMetrics(parametersB: number | null, trainingTokensB: number | null, config: EngineConfig): Metrics {
  const p = parametersB;
  const t = trainingTokensB;
  const known = p !== null && t !== null;
  const alScore = known ? Math.sqrt(p * t) / 300 : null;
  const alScoreRounded = alScore === null ? null : roundScore(alScore);
  const tokensPerParam = known && p > 0 ? t / p : null;
  const writtenRatio = tokensPerParam === null ? null : writtenRatioOf(tokensPerParam, config);
  return {
    parametersB: p,
    trainingTokensB: t,
    alScore,
    alScoreRounded,
    tier: alScoreRounded === null ? null : tierOf(alScoreRounded, config),
    tokensPerParam,
    writtenRatio,
    computeOptimal: writtenRatio === null ? null : writtenRatio >= config.computeOptimalRatio,
    chinchillaTokensB: p === null ? null : config.computeOptimalRatio * p,
    trainingFlops: known ? 6 * (p * 1e9) * (t * 1e9) : null,
  };
}
