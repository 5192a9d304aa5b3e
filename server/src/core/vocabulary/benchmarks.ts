// The usual benchmark rows of a leaderboard card, with what each measures.

export interface BenchmarkSpec {
  name: string;
  description: string;
}

/** The rows a new card starts with, in their usual order. */
export const USUAL_BENCHMARKS: readonly BenchmarkSpec[] = [
  { name: 'MMLU', description: 'General knowledge across 57 subjects' },
  { name: 'MMLU-Pro', description: 'Advanced MMLU variant' },
  { name: 'GPQA', description: 'Graduate-level reasoning' },
  { name: 'HLE', description: 'High-level evaluation' },
];

const byName = new Map(USUAL_BENCHMARKS.map((b) => [b.name, b]));

/** A usual benchmark by name (a Map: a row named `constructor` is not one). */
export function usualBenchmark(name: string): BenchmarkSpec | undefined {
  return byName.get(name);
}
