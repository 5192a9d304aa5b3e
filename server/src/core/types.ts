// The engine's public data shapes: what a card is, what it derives, what it finds.
import type { Range, TextEdit } from 'vscode-languageserver-types';

export type { Range, TextEdit, Position } from 'vscode-languageserver-types';

import type { RuleId } from './rules/registry';

export type { RuleId };

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A set of edits that resolves a finding. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** A file rename the fix also makes (repository-relative paths; `renameEdits` gives the link rewrites it needs). */
  rename?: { from: string; to: string };
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  range: Range;
  message: string;
  /** Present only when the correction is certain; safe to apply in "fix all". */
  fix?: Fix;
  /** Plausible corrections that need a person's judgement (e.g. renaming an unknown key). */
  suggestions?: Fix[];
}

/**
 * What kind of model card a document is: a leaderboard body, the leaderboard's keys in front matter, both,
 * or Hugging Face model card metadata without the leaderboard's keys.
 */
export type CardFormat = 'leaderboard' | 'frontmatter' | 'both' | 'huggingface';

import type { Tier } from './vocabulary/words';

export type { Tier };
export { TIERS } from './vocabulary/words';

/** Everything derived from P and T; null when an input is unknown. */
export interface Metrics {
  parametersB: number | null;
  trainingTokensB: number | null;
  alScore: number | null;
  alScoreRounded: number | null;
  tier: Tier | null;
  tokensPerParam: number | null;
  writtenRatio: number | null;
  computeOptimal: boolean | null;
  chinchillaTokensB: number | null;
  trainingFlops: number | null;
}

/** A piece of source text with its range. */
export interface Located<T = string> {
  value: T;
  range: Range;
}

/** One `**Label:** value` field in the body, or one key of the front matter. */
export interface SourceField {
  /** Label as written (`Parameters`) or front matter key (`parameters`). */
  key: string;
  keyRange: Range;
  /** Value text as written, trimmed. */
  raw: string;
  valueRange: Range;
  line: number;
}

export interface Heading {
  level: 1 | 2 | 3;
  text: string;
  /** Canonical section name when recognised (`Overview`), else null. */
  name: string | null;
  range: Range;
  line: number;
}

export interface BenchmarkRow {
  name: string;
  nameRange: Range;
  raw: string;
  score: number | null;
  scoreRange: Range;
  line: number;
}
