// The card's vocabulary as data: words, sections, fields, front matter keys, benchmarks, value readers.
export * from './words';
export * from './sections';
export * from './bodyFields';
export * from './frontMatterKeys';
export * from './keys';
export * from './benchmarks';
export * from './pages';
export * from './slug';
export * from './template';
export { HUGGING_FACE_KEYS } from './huggingface/keys';
export { hfCardLines, hfCardSnippet, hfCardText, HF_TEMPLATE_SECTIONS } from './huggingface/template';
export {
  canonicalReleased, isValidDate, normalizeReleased, organizationName, parseDecimal, readAccess, readAlScore, readCount, readList, readRatio, readReleased, readType, tagLineTags,
  COUNT_UNITS, MAX_COUNT_B, MIN_COUNT_B, type AlScoreReading, type CountReading, type Part, type RatioReading, type Reading,
} from './readers';
