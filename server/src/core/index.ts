// The card engine's public API. Pure: no editor API, no file system.
export { analyzeCard, type AnalyzeOptions, type CardAnalysis } from './analyze';
export { applyEdits, certainEdits, fixAll } from './fixes';
export { computeMetrics, roundScore, tierOf, writtenRatioOf } from './metrics';
export { DEFAULT_CONFIG, EngineConfigSchema, parseConfig, parseConfigText, withRuleOverrides, type ConfigResult, type EngineConfig, type EngineConfigInput } from './config';
export { DEFAULT_SEVERITY } from './context';
export { FrontMatterSchema, NormalizedCardSchema, FRONT_MATTER_KEYS, MONTHS, ARCHITECTURES, ACCESS, type NormalizedCard, type FrontMatterData } from './schema';
export { BULLET_FIELDS, HEADER_FIELDS, SECTIONS, SECTION_EMOJI, SUBSECTIONS, type BodyCard, type BodyFieldName } from './parseBody';
export type { FrontMatter, FrontMatterEntry } from './parseFrontMatter';
export { alScoreHint, ratioHint, trainingHint, frontMatterHint, HINT_TOOLTIPS } from './explain';
export { alScoreFormula, ratioText } from './rules/derived';
export { ACCESS_LABELS, BODY_TYPES, FORMULA_TEXT, OPTIMAL_LABEL, UNDER_LABEL, formatAlScore } from './values';
export { LineIndex } from './text';
export { parseCount, billions, fixed, plain, scientific } from './numbers';
export * from './types';
