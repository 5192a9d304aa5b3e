// The leaderboard's benchmark columns (MMLU, GPQA, HLE) read from a card: its benchmark rows or front
// matter `benchmarks`, else a Hugging Face model-index result whose dataset is that benchmark.
import type { NormalizedCard } from '../schema';

export type BenchmarkColumn = 'mmlu' | 'gpqa' | 'hle';

export const BENCHMARK_COLUMNS: readonly BenchmarkColumn[] = ['mmlu', 'gpqa', 'hle'];

/** The card's own row names for each column (as the template writes them). */
const ROW_NAMES: Readonly<Record<BenchmarkColumn, string>> = { mmlu: 'MMLU', gpqa: 'GPQA', hle: 'HLE' };

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** Lower-case words of a dataset id or name: `cais/mmlu` -> [mmlu], `MMLU-Pro (5-shot)` -> [mmlu, pro, 5, shot]. */
function words(text: string): string[] {
  const last = text.slice(text.lastIndexOf('/') + 1);
  return last.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
}

/** Which column a dataset id or name stands for: MMLU but not MMLU-Pro, GPQA (any subset), HLE or Humanity's Last Exam. */
export function benchmarkColumnOf(text: string): BenchmarkColumn | null {
  const w = words(text);
  if (w[0] === 'mmlu') return w[1] === 'pro' || w[1] === 'redux' ? null : 'mmlu';
  if (w[0] === 'gpqa') return 'gpqa';
  if (w[0] === 'hle' || (w.includes('last') && w.includes('exam') && (w[0] === 'humanity' || w[0] === 'humanitys'))) return 'hle';
  return null;
}

/** The first score of each column in the card's benchmark rows (a row without a score is skipped). */
function fromCard(card: NormalizedCard): Map<BenchmarkColumn, number> {
  const found = new Map<BenchmarkColumn, number>();
  for (const column of BENCHMARK_COLUMNS) {
    const row = card.benchmarks.find((b) => b.name === ROW_NAMES[column] && b.score !== null);
    if (row?.score != null) found.set(column, row.score);
  }
  return found;
}

/** The first numeric metric of each column in a Hugging Face `model-index`, matched by its dataset's type or name. */
function fromModelIndex(data: Readonly<Record<string, unknown>> | null): Map<BenchmarkColumn, number> {
  const found = new Map<BenchmarkColumn, number>();
  const index = data ? own(data, 'model-index') : undefined;
  if (!Array.isArray(index)) return found;
  for (const entry of index) {
    const results = isMapping(entry) ? own(entry, 'results') : undefined;
    if (!Array.isArray(results)) continue;
    for (const result of results) {
      if (!isMapping(result)) continue;
      const dataset = own(result, 'dataset');
      if (!isMapping(dataset)) continue;
      const type = own(dataset, 'type');
      const name = own(dataset, 'name');
      const column = (typeof type === 'string' ? benchmarkColumnOf(type) : null) ?? (typeof name === 'string' ? benchmarkColumnOf(name) : null);
      if (column === null || found.has(column)) continue;
      const metrics = own(result, 'metrics');
      if (!Array.isArray(metrics)) continue;
      for (const metric of metrics) {
        const value = isMapping(metric) ? own(metric, 'value') : undefined;
        if (typeof value === 'number' && Number.isFinite(value)) {
          found.set(column, value);
          break;
        }
      }
    }
  }
  return found;
}

/** MMLU, GPQA and HLE of a card: its own rows first, the model-index for what they leave unknown. */
export function benchmarkScores(card: NormalizedCard, frontMatterData: Readonly<Record<string, unknown>> | null): Record<BenchmarkColumn, number | null> {
  const own = fromCard(card);
  const hub = fromModelIndex(frontMatterData);
  const pick = (c: BenchmarkColumn): number | null => own.get(c) ?? hub.get(c) ?? null;
  return { mmlu: pick('mmlu'), gpqa: pick('gpqa'), hle: pick('hle') };
}
