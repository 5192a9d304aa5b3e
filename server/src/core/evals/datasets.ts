// Which Hub dataset a benchmark's results point at: the usual ones from HF_BENCHMARKS, others by a derived id.
import { USUAL_BENCHMARKS } from '../vocabulary/benchmarks';
import { HF_BENCHMARKS, type HfBenchmark } from '../vocabulary/huggingface/keyDocs';

/** What a result's `task`, `dataset` and metric type are for one benchmark row. */
export interface BenchmarkDataset {
  /** `dataset.type`: a Hub dataset id (`cais/mmlu`), or one derived from the name for an unknown benchmark. */
  type: string;
  /** `metrics[].type`. */
  metricType: string;
  /** `task.type`. */
  taskType: string;
  /** The HF_BENCHMARKS row, when the benchmark is a usual one. */
  known: HfBenchmark | null;
}

/** Task of every result the leaderboard's table gives: its benchmarks score a text model's answers. */
export const TASK_TYPE = 'text-generation';
/** Metric type of an unknown benchmark: the leaderboard's column says only "Score". */
export const UNKNOWN_METRIC_TYPE = 'score';

let byName: Map<string, HfBenchmark> | null = null;
let byType: Map<string, HfBenchmark> | null = null;

function names(): Map<string, HfBenchmark> {
  if (byName) return byName;
  byName = new Map();
  for (const b of HF_BENCHMARKS) for (const n of [b.benchmark, ...b.aliases]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), b);
  return byName;
}

function types(): Map<string, HfBenchmark> {
  if (byType) return byType;
  byType = new Map();
  for (const b of HF_BENCHMARKS) for (const t of [b.datasetId, ...b.otherDatasetTypes]) if (!byType.has(t.toLowerCase())) byType.set(t.toLowerCase(), b);
  return byType;
}

/** The usual benchmark a row name stands for (`MMLU`, `mmlu`, `MMLU (5-Shot)`), or null. */
export function knownBenchmark(name: string): HfBenchmark | null {
  return names().get(name.trim().toLowerCase()) ?? null;
}

/** The usual benchmark a model-index `dataset.type` points at (`cais/mmlu`, `hendrycks_test`), or null. */
export function benchmarkOfDatasetType(type: string): HfBenchmark | null {
  return types().get(type.trim().toLowerCase()) ?? null;
}

/** The dataset, task and metric type of a benchmark row. */
export function benchmarkDataset(name: string): BenchmarkDataset {
  const known = knownBenchmark(name);
  if (known) return { type: known.datasetId, metricType: known.metricType, taskType: TASK_TYPE, known };
  return { type: derivedDatasetType(name), metricType: UNKNOWN_METRIC_TYPE, taskType: TASK_TYPE, known: null };
}

/**
 * A dataset id for a benchmark with no known one, in the form huggingface_hub's `validate_repo_id` accepts
 * (`[\w.-]{1,96}` between word characters, no `--` or `..`): `LiveCodeBench v5` → `livecodebench-v5`.
 */
export function derivedDatasetType(name: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < name.length && out.length < 96; i++) {
    const c = name.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!alnum) {
      gap = out.length > 0;
      continue;
    }
    if (gap && out.length < 95) out += '-';
    gap = false;
    out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return out.length > 0 ? out.slice(0, 96) : 'benchmark';
}

const usualDescriptions = new Map(USUAL_BENCHMARKS.map((b) => [b.name, b.description]));

/** What a usual benchmark measures, in the words of the New Card template (`Graduate-level reasoning`), or ''. */
export function usualDescription(name: string): string {
  const direct = usualDescriptions.get(name);
  if (direct !== undefined) return direct;
  const known = knownBenchmark(name);
  return (known && usualDescriptions.get(known.benchmark)) ?? '';
}
