// One benchmark result as both directions read it: a row of the leaderboard's table, a metric of a model-index.

export interface EvalRow {
  /** The benchmark as the card names it (`MMLU`): the row's first cell, or model-index `dataset.name`. */
  name: string;
  /** The score as written (`86.1`, `-`). */
  raw: string;
  /** The score as a number on the card's own scale (0–100 on the leaderboard), or null when unknown or not a number. */
  score: number | null;
  /** The row's Description cell, or a metric's `name`; '' when there is none. */
  description: string;
}

/** Why a table row is not written into model-index (a metric needs a value). */
export type SkipReason = 'unknown score' | 'not a number' | 'duplicate';

export interface SkippedRow {
  row: EvalRow;
  why: SkipReason;
}
