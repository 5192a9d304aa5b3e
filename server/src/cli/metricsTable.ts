// `modelcard metrics FILE`: every derived metric as an aligned table, with units; — when unknown.
import { billions, fixed, scientific, type CardFormat, type EngineConfig, type Metrics } from '../core';
import { escapeControl } from './terminal';

const UNKNOWN = '—';

const ROUNDING: Record<EngineConfig['ratioRounding'], string> = { ceil: 'computed, rounded up', round: 'computed, rounded', floor: 'computed, rounded down' };

type Row = [label: string, key: keyof Metrics | 'Key', value: string];

/** The metric rows in display order, values formatted for people. */
export function metricRows(m: Metrics, config: EngineConfig): Row[] {
  const show = <T>(v: T | null, f: (x: T) => string): string => (v === null ? UNKNOWN : f(v));
  return [
    ['Parameters', 'parametersB', show(m.parametersB, billions)],
    ['Training tokens', 'trainingTokensB', show(m.trainingTokensB, billions)],
    ['ALScore (exact)', 'alScore', show(m.alScore, (x) => x.toFixed(4))],
    ['ALScore (rounded)', 'alScoreRounded', show(m.alScoreRounded, (x) => x.toFixed(1))],
    ['Tier', 'tier', show(m.tier, (x) => x)],
    ['Tokens per parameter', 'tokensPerParam', show(m.tokensPerParam, (x) => `${fixed(x, 2)} tokens/param`)],
    // The ratio as it should be written: computed from P and T with the configured rounding, not read from the card.
    [`Token:Param ratio (${ROUNDING[config.ratioRounding]})`, 'writtenRatio', show(m.writtenRatio, (x) => `${fixed(x, 0)}:1`)],
    ['Compute-optimal', 'computeOptimal', show(m.computeOptimal, (x) => `${x ? 'yes' : 'no'} (ratio ${x ? '≥' : '<'} ${config.computeOptimalRatio}:1)`)],
    ['Chinchilla-optimal tokens', 'chinchillaTokensB', show(m.chinchillaTokensB, (x) => `${billions(x)} (${config.computeOptimalRatio} × parameters)`)],
    ['Training compute', 'trainingFlops', show(m.trainingFlops, (x) => `${scientific(x)} FLOPs (≈ 6 × P × T)`)],
  ];
}

/** The table with a title line naming the card (the card's name and path escaped for the terminal). */
export function formatMetricsTable(title: string, path: string, format: CardFormat | null, m: Metrics, config: EngineConfig): string {
  const header: Row = ['Metric', 'Key', 'Value'];
  const rows = [header, ...metricRows(m, config)];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const lines = [`${escapeControl(title)} (${escapeControl(path)}${format ? `, ${format} card` : ''})`, ''];
  for (const [label, key, value] of rows) lines.push(`${label.padEnd(w0)}  ${key.padEnd(w1)}  ${escapeControl(value)}`);
  return lines.join('\n') + '\n';
}
