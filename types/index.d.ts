// The engine as a library: `import { analyzeCard } from 'model-card-studio'` (the bundle dist/lib.js).
// Kept by hand so that it needs no other package's types; test/unit/library.test.ts holds it to the
// source: every declaration here must be met by server/src/core, so it can be narrower, never wrong.

/** 0-based line and UTF-16 character, as in the Language Server Protocol. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A rule's stable id, e.g. `alscore-mismatch` (the list is RULE_IDS). */
export type RuleId = string;
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export type CardFormat = 'leaderboard' | 'frontmatter' | 'both' | 'huggingface';
export type Tier = 'Extremely powerful' | 'Very powerful' | 'Powerful' | 'Mid-tier' | 'Lightweight';

/** A set of edits that resolves a finding. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  range: Range;
  message: string;
  /** Present only when the correction is certain. */
  fix?: Fix;
  /** Corrections that need a person's judgement. */
  suggestions?: Fix[];
}

/** Everything derived from parameters (P) and training tokens (T), in billions; null when unknown. */
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

/** A resolved configuration (what .modelcardrc.json sets, defaults filled in). */
export interface EngineConfig {
  computeOptimalRatio: number;
  tiers: { extremelyPowerful: number; veryPowerful: number; powerful: number; midTier: number };
  ratioRounding: 'ceil' | 'round' | 'floor';
  rules: Partial<Record<RuleId, SeveritySetting>>;
}

export type ConfigResult = { ok: true; config: EngineConfig } | { ok: false; error: string; errors: string[] };

export interface AnalyzeOptions {
  config?: EngineConfig;
  /** Check the text as a card even when its content does not look like one. */
  assumeCard?: boolean;
}

/** The card's facts, body first, front matter filling the gaps. */
export interface NormalizedCard {
  modelName: string | null;
  organization: string | null;
  released: string | null;
  parametersB: number | null;
  trainingTokensB: number | null;
  benchmarks: { name: string; score: number | null }[];
  tags: string[];
}

export interface CardAnalysis {
  /** False for Markdown that is not a model card. */
  isCard: boolean;
  format: CardFormat | null;
  card: NormalizedCard;
  metrics: Metrics;
  /** Sorted by position. */
  findings: Finding[];
}

/** Reads a card and runs every rule over it; never throws on any input text. */
export declare function analyzeCard(text: string, options?: AnalyzeOptions): CardAnalysis;
/** The text with every certain fix applied. */
export declare function fixAll(text: string, options?: AnalyzeOptions): string;
/** The edits of every certain fix, not overlapping. */
export declare function certainEdits(text: string, options?: AnalyzeOptions): TextEdit[];
/** Applies non-overlapping edits to a text. */
export declare function applyEdits(text: string, edits: TextEdit[]): string;
/** The metrics of P and T (billions) under a config. */
export declare function computeMetrics(parametersB: number | null, trainingTokensB: number | null, config: EngineConfig): Metrics;
/** Validates a config object (its `extends` and `overrides` are checked, not applied: that needs files). */
export declare function parseConfig(input: unknown): ConfigResult;
/** Parses the JSON text of a config file, as parseConfig. */
export declare function parseConfigText(text: string): ConfigResult;
/** Layers rule severities over a config. */
export declare function withRuleOverrides(config: EngineConfig, rules: Partial<Record<RuleId, SeveritySetting>>): EngineConfig;

export declare const DEFAULT_CONFIG: EngineConfig;
export declare const RULE_IDS: readonly RuleId[];
export declare const DEFAULT_SEVERITY: Readonly<Record<RuleId, Severity>>;
