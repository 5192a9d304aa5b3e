// The leaderboard's own front matter keys as data: docs, example, what a valid value looks like, and the
// zod schema of the value (built only when a card has front matter: zod is loaded lazily).
import { normalizeReleased, readCount } from './readers';
import type { SchemaKit, ValueSchema } from './schemaKit';
import { ACCESS, ARCHITECTURES, MONTHS } from './words';

/** What a leaderboard key's value is: the grammar scopes values and the template writes unknowns by it. */
export type FrontMatterValueKind = 'text' | 'release' | 'date' | 'choice' | 'count' | 'list' | 'scores';

export interface FrontMatterKeySpec {
  key: string;
  /** The value's kind (the leaderboard's keys; Hugging Face keys have none). */
  kind?: FrontMatterValueKind;
  /** False for a key only some models need (`active_parameters`): new cards leave it out. */
  template?: false;
  docs: string;
  /** A YAML value for the docs and completion. */
  example: string;
  /** What a valid value looks like, completing "expected …" in a message. */
  expect: string;
  /** The value's schema; `z` is zod/mini, passed in so this table never loads it. */
  schema: (z: SchemaKit) => ValueSchema;
  /** Values offered by completion. */
  choices?: readonly string[];
  /**
   * True when the key makes front matter a leaderboard card's. `model_name` and `tags` do not (Hugging Face
   * uses both), nor a `parameters` mapping (Hugging Face's generation settings).
   */
  marksCard: boolean;
}

/** A count: `78B`, `78.0B`, `135M`, `1.8T`, `7e9`, `1,800B` (the JSON Schema pattern; the engine reads with readCount). */
export const COUNT_PATTERN = '^\\s*(\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+)([eE][+-]?\\d+)?( *[KMBTkmbt])?\\s*$';
export const RELEASED_PATTERN = `^(\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?|(${MONTHS.join('|')})/\\d{4}|TBA)$`;
export const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

/** A count as a number or text, or null (unknown); out-of-range counts fail. */
export function countSchema(z: SchemaKit): ValueSchema {
  const inRange = (v: unknown): boolean => readCount(v).kind !== 'invalid';
  return z.union([z.number().check(z.nonnegative(), z.refine(inRange, 'at least 1 and at most 10¹⁵')), z.string().check(z.regex(new RegExp(COUNT_PATTERN), 'a count such as 78B, 135M, 1.8T or 7e9'), z.refine(inRange, 'at least 0.000000001B and at most 1,000,000B')), z.null()]);
}

export const LEADERBOARD_KEYS: readonly FrontMatterKeySpec[] = [
  { key: 'model_name', kind: 'text', docs: 'Model name, as in the card title.', example: 'Heron 8B', expect: 'the model name as text', schema: (z) => z.string().check(z.minLength(1)), marksCard: false },
  { key: 'organization', kind: 'text', docs: 'Lab name.', example: 'Example Labs', expect: 'the lab name as text', schema: (z) => z.string().check(z.minLength(1)), marksCard: true },
  {
    key: 'released',
    kind: 'release',
    docs: 'Release: `YYYY-MM`, `YYYY-MM-DD`, `Mon/YYYY` or `TBA`.',
    example: '2024-12',
    expect: 'YYYY-MM, YYYY-MM-DD, Mon/YYYY (e.g. Dec/2024) or TBA',
    schema: (z) => z.string().check(z.regex(new RegExp(RELEASED_PATTERN), 'YYYY-MM, YYYY-MM-DD, Mon/YYYY or TBA'), z.refine((v) => normalizeReleased(v) !== null)),
    marksCard: true,
  },
  { key: 'access', kind: 'choice', docs: '`public`, `private` or `unknown`.', example: 'public', expect: 'public, private or unknown', schema: (z) => z.enum(ACCESS), choices: ACCESS, marksCard: true },
  { key: 'architecture', kind: 'choice', docs: '`dense`, `moe`, `hybrid`, `matformer`, `compound` or `coe`.', example: 'dense', expect: `${ARCHITECTURES.slice(0, -1).join(', ')} or ${ARCHITECTURES[ARCHITECTURES.length - 1] ?? ''}`, schema: (z) => z.enum(ARCHITECTURES), choices: ARCHITECTURES, marksCard: true },
  { key: 'parameters', kind: 'count', docs: 'Parameter count: `78B`, `78.0B`, `135M`, `1.8T`, `7e9`, or a plain number read as billions.', example: '78B', expect: 'a count such as 78B, 78.0B, 135M, 1.8T or 7e9', schema: countSchema, marksCard: true },
  { key: 'active_parameters', kind: 'count', template: false, docs: 'Parameters active per token (MoE), a count like `parameters`.', example: '37B', expect: 'a count such as 37B', schema: countSchema, marksCard: true },
  { key: 'training_tokens', kind: 'count', docs: 'Training tokens, a count like `parameters` (`18.1T`, `18120B`).', example: '18.1T', expect: 'a count such as 18120B, 1.8T or 15e12', schema: countSchema, marksCard: true },
  { key: 'dataset_type', kind: 'list', docs: 'List of kinds of training data, e.g. `[synthetic, web-scale]`.', example: '[synthetic, web-scale]', expect: 'a list of strings, e.g. [synthetic, web-scale]', schema: (z) => z.array(z.string()), marksCard: true },
  {
    key: 'benchmarks',
    kind: 'scores',
    docs: 'Map of benchmark name to score (0–100), or `null` when unknown.',
    example: '{ MMLU: 86.1, GPQA: null }',
    expect: 'a mapping of benchmark names to scores from 0 to 100 (or null), e.g. MMLU: 80.1',
    schema: (z) => z.record(z.string(), z.nullable(z.number().check(z.minimum(0), z.maximum(100)))),
    marksCard: true,
  },
  { key: 'tags', kind: 'list', docs: 'List of tags, e.g. `[Reasoning, SOTA]` (also a Hugging Face key).', example: '[Reasoning, SOTA]', expect: 'a list of strings, e.g. [Reasoning, SOTA]', schema: (z) => z.union([z.array(z.nullable(z.union([z.string(), z.number()]))), z.string()]), marksCard: false },
  { key: 'last_updated', kind: 'date', docs: 'Date of the last update, `YYYY-MM-DD`.', example: '2025-10-02', expect: 'a date YYYY-MM-DD', schema: (z) => z.string().check(z.regex(new RegExp(DATE_PATTERN), 'YYYY-MM-DD')), marksCard: true },
];

export const LEADERBOARD_KEY: ReadonlyMap<string, FrontMatterKeySpec> = new Map(LEADERBOARD_KEYS.map((k) => [k.key, k]));
