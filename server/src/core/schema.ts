// The zod schemas: card front matter, built from the vocabulary's key tables (the JSON Schema is generated
// from it), and the normalized card. zod/mini: the same schemas and JSON Schema as classic zod, built in a
// quarter of the time.
import * as z from 'zod/mini';
import { KNOWN_KEYS } from './vocabulary/keys';
import type { SchemaKit } from './vocabulary/schemaKit';
import { ACCESS, TIERS } from './vocabulary/words';

export { ACCESS, ARCHITECTURES, MONTHS } from './vocabulary/words';
export { COUNT_PATTERN, DATE_PATTERN, RELEASED_PATTERN } from './vocabulary/frontMatterKeys';

const described = <T extends z.ZodMiniType>(schema: T, text: string): T => schema.check(z.describe(text));

// The builders the tables use, named one by one so the bundle keeps only these of zod.
const kit: SchemaKit = {
  array: z.array, boolean: z.boolean, enum: z.enum, maximum: z.maximum, minLength: z.minLength, minimum: z.minimum, nonnegative: z.nonnegative, null: z.null,
  nullable: z.nullable, number: z.number, record: z.record, refine: z.refine, regex: z.regex, string: z.string, union: z.union, unknown: z.unknown,
};

// One schema per known key, described by its docs; built once, on the first card with front matter.
const keySchemas = new Map<string, z.ZodMiniType>(KNOWN_KEYS.map((k) => [k.key, described(k.schema(kit), k.docs.replace(/`/g, ''))]));

/** The schema of one known key's value (a Map lookup: `constructor` is not a key). */
export function keySchema(key: string): z.ZodMiniType {
  return keySchemas.get(key) ?? z.unknown();
}

/** Front matter of a card: the leaderboard's keys and Hugging Face model card metadata, all optional. */
export const FrontMatterSchema = described(z.partial(z.looseObject(Object.fromEntries(keySchemas))), 'Front matter of a model card (Model Card Studio): the leaderboard\'s keys and Hugging Face model card metadata.');

export type FrontMatterData = z.infer<typeof FrontMatterSchema>;

/** The card's facts after reading either format; the preview and the CLI show this. */
export const NormalizedCardSchema = z.object({
  modelName: z.nullable(z.string()),
  organization: z.nullable(z.string()),
  released: z.nullable(z.string()),
  access: z.nullable(z.enum(ACCESS)),
  architecture: z.nullable(z.string()),
  parametersB: z.nullable(z.number()),
  activeParametersB: z.nullable(z.number()),
  trainingTokensB: z.nullable(z.number()),
  datasetType: z.array(z.string()),
  benchmarks: z.array(z.object({ name: z.string(), score: z.nullable(z.number()) })),
  tags: z.array(z.string()),
  lastUpdated: z.nullable(z.string()),
  stated: z.object({
    alScore: z.nullable(z.number()),
    tier: z.nullable(z.enum(TIERS as [string, ...string[]])),
    ratio: z.nullable(z.number()),
    computeOptimal: z.nullable(z.boolean()),
  }),
});
export type NormalizedCard = z.infer<typeof NormalizedCardSchema>;
