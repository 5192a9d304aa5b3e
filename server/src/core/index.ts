// The card engine's public API. Pure: no editor API, no file system.
export { analyzeCard, type AnalyzeOptions, type CardAnalysis } from './analyze';
export { applyEdits, certainEdits, fixAll } from './fixes';
export { computeMetrics, roundScore, tierOf, writtenRatioOf } from './metrics';
export { DEFAULT_CONFIG, parseConfig, parseConfigText, withRuleOverrides } from './settings';
export type { ConfigResult, EngineConfig, EngineConfigInput } from './config';
export { lazySchemas } from './lazy';
export { DEFAULT_SEVERITY } from './context';
// The zod schemas themselves live in ./schema and ./config (or lazySchemas()): importing them loads zod.
export { FRONT_MATTER_KEYS, MONTHS, ARCHITECTURES, ACCESS, CARD_KEYS } from './constants';
export type { NormalizedCard, FrontMatterData } from './schema';
export { BULLET_FIELDS, HEADER_FIELDS, SECTIONS, SECTION_EMOJI, SUBSECTIONS, type BodyCard, type BodyFieldName } from './parseBody';
export type { FrontMatter, FrontMatterEntry } from './parseFrontMatter';
export { alScoreHint, ratioHint, trainingHint, frontMatterHint, HINT_TOOLTIPS } from './explain';
export { alScoreFormula, ratioText } from './rules/derived';
export { ACCESS_LABELS, BODY_TYPES, FORMULA_TEXT, OPTIMAL_LABEL, UNDER_LABEL, formatAlScore } from './values';
export { LineIndex } from './text';
export { parseCount, billions, fixed, plain, scientific } from './numbers';
export * from './types';
