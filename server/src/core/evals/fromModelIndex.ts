// A card's `model-index` -> benchmark rows and the leaderboard's Markdown table. Any value is read without
// throwing, in time linear in what it holds, and the rows it gives are bounded.
import { benchmarkOfDatasetType, usualDescription } from './datasets';
import type { EvalRow } from './rows';

/** Rows read at most; a model-index with more is cut (`truncated`). */
export const MAX_ROWS = 1000;
/** Entries, results and metrics looked at, at most: aliases may share one long list many times. */
export const MAX_VISITS = 100_000;
/** A cell's text at most, in characters. */
const MAX_CELL = 200;

export interface ModelIndexRows {
  /** The first entry's `name`, when it is text. */
  modelName: string | null;
  rows: EvalRow[];
  /** Results and metrics that could not become a row (no dataset name or type, not a mapping). */
  leftOut: number;
  /** True when MAX_ROWS or MAX_VISITS was reached. */
  truncated: boolean;
}

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
// Own keys only: a model-index key named `constructor` is nobody's.
const own = (m: Record<string, unknown>, key: string): unknown => (Object.hasOwn(m, key) ? m[key] : undefined);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The rows of a `model-index` value (front matter data): one per metric, named by the result's dataset. */
export function rowsFromModelIndex(value: unknown): ModelIndexRows {
  const out: ModelIndexRows = { modelName: null, rows: [], leftOut: 0, truncated: false };
  if (!Array.isArray(value)) return out;
  const names = new Names();
  let visits = 0;
  const budget = (): boolean => {
    if (++visits <= MAX_VISITS && out.rows.length < MAX_ROWS) return true;
    out.truncated = true;
    return false;
  };
  for (const entry of value as unknown[]) {
    if (!budget()) break;
    if (!isMapping(entry)) continue;
    out.modelName ??= text(own(entry, 'name'));
    const results = own(entry, 'results');
    if (!Array.isArray(results)) continue;
    for (const result of results as unknown[]) {
      if (!budget()) break;
      const dataset = isMapping(result) ? own(result, 'dataset') : undefined;
      const metrics = isMapping(result) ? own(result, 'metrics') : undefined;
      const type = isMapping(dataset) ? text(own(dataset, 'type')) : null;
      const known = type !== null ? benchmarkOfDatasetType(type) : null;
      const datasetName = (isMapping(dataset) ? text(own(dataset, 'name')) : null) ?? known?.benchmark ?? type;
      if (datasetName === null || !Array.isArray(metrics)) {
        out.leftOut++;
        continue;
      }
      let k = 0;
      for (const metric of metrics as unknown[]) {
        if (!budget()) break;
        if (!isMapping(metric)) {
          out.leftOut++;
          continue;
        }
        const metricLabel = text(own(metric, 'name')) ?? text(own(metric, 'type')) ?? `metric ${k + 1}`;
        const name = names.unique(cell(k === 0 ? datasetName : `${datasetName} (${metricLabel})`) || 'benchmark');
        const { score, raw } = scoreOfValue(own(metric, 'value'));
        const description = cell(text(own(metric, 'name')) ?? (usualDescription(datasetName) || (known ? usualDescription(known.benchmark) : '')));
        out.rows.push({ name, raw, score, description });
        k++;
      }
    }
    if (out.truncated) break;
  }
  return out;
}

// A leading decimal of a text value (`"20.0 ± 1.2"` → 20.0); bounded, no backtracking.
const LEADING_DECIMAL = /^-?\d{1,15}(?:\.\d{1,15})?/;

/** A metric value as a score: a finite number, or the number a text value starts with; else unknown (`-`). */
function scoreOfValue(value: unknown): { score: number | null; raw: string } {
  if (typeof value === 'number' && Number.isFinite(value)) return { score: value, raw: String(value) };
  if (typeof value === 'string') {
    const m = LEADING_DECIMAL.exec(value.trim().slice(0, 40));
    if (m) return { score: Number(m[0]), raw: m[0] };
  }
  return { score: null, raw: '-' };
}

/** Text for one table cell: one line, pipes escaped, at most MAX_CELL characters. */
function cell(s: string): string {
  // eslint-disable-next-line no-control-regex
  let t = s.slice(0, MAX_CELL * 2).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  if (t.length > MAX_CELL) t = `${t.slice(0, MAX_CELL - 1)}…`;
  return t.replace(/\|/g, '\\|');
}

/** Row names made unique: a second `MMLU` becomes `MMLU (2)`, so the table has no duplicate rows. */
class Names {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  unique(name: string): string {
    let candidate = name;
    let n = this.next.get(name) ?? 2;
    while (this.used.has(candidate.toLowerCase())) candidate = `${name} (${n++})`;
    this.next.set(name, n);
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}

/** The leaderboard's benchmark table for `rows`, as lines without line ends (header, delimiter, one line a row). */
export function benchmarkTable(rows: readonly EvalRow[]): string[] {
  const lines = ['| Benchmark | Score | Description |', '|-----------|-------|-------------|'];
  for (const r of rows) lines.push(`| **${r.name}** | ${r.score === null ? '-' : r.raw} | ${r.description} |`);
  return lines;
}
