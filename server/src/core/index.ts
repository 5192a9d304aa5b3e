// The card engine's public API. Pure: no editor API, no file system.
export { analyzeCard, isCardUnassumed, type AnalyzeOptions, type CardAnalysis } from './analyze';
export { applyEdits, certainEdits, fixAll } from './fixes';
export { computeMetrics, roundScore, tierOf, writtenRatioOf } from './metrics';
export { DEFAULT_CONFIG, parseConfig, parseConfigText, withRuleOverrides } from './configParsing';
export type { ConfigResult, EngineConfig, EngineConfigInput } from './engineConfig';
export { lazySchemas } from './loadDeferred';
// The zod schemas themselves live in ./schema and ./config (or lazySchemas()): importing them loads zod.
export type { NormalizedCard, FrontMatterData } from './schema';
export { RULES, RULE_IDS, DEFAULT_SEVERITY, ruleById, isRuleId } from './rules/registry';
export type { RuleSpec, RuleDocs, Fixable } from './rules/types';
export { labPageText, planNewCard, LAB_TABLE_HEAD, type NewCardPlan } from './newCard';
export { cardKind, frontMatterKind, type CardKind, type FrontMatterKind } from './kind';
export * from './vocabulary';
export type { BodyCard, BodyField, BodyLink } from './parseBody';
export type { FrontMatter, FrontMatterEntry } from './parseFrontMatter';
export { alScoreHint, ratioHint, trainingHint, frontMatterHint, HINT_TOOLTIPS } from './explain';
export { alScoreFormula, formatAlScore, ratioText, ratioLabelText } from './rules/derivation';
export { LineIndex } from './text';
export { billions, fixed, grouped, plain, scientific } from './numbers';
export { describeKey, describeValue, shortText } from './parse/describe';
export * from './types';
