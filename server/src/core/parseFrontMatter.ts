// Front matter: the reader lives in parse/frontMatter.ts (positions from the YAML parse itself).
export { entryAt, FrontMatterIndex, locateFrontMatter, parseFrontMatter, pathKey, MAX_FRONT_MATTER_CHARS } from './parse/frontMatter';
export type { FrontMatter, FrontMatterEntry, FrontMatterPath, FrontMatterProblem, ScalarStyle, ValueKind } from './parse/frontMatter';
