// The zod schemas: card front matter (the JSON Schema is generated from it) and the normalized card.
// zod/mini: the same schemas and JSON Schema as classic zod, built in a quarter of the time (a CLI run
// over cards with front matter paid ~30 ms just to construct the classic ones).
import * as z from 'zod/mini';
import { ACCESS, ARCHITECTURES, MONTHS } from './constants';
import { TIERS } from './types';

export { ACCESS, ARCHITECTURES, CARD_KEYS, FRONT_MATTER_KEYS, MONTHS } from './constants';

/** A count: `78B`, `78.0B`, `135M`, `1.8T`, `7e9`, `1,000B`, or a plain number read as billions. */
export const COUNT_PATTERN = '^\\s*(\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+)([eE][+-]?\\d+)?\\s*[KMBTkmbt]?\\s*$';
export const RELEASED_PATTERN = `^(\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?|(${MONTHS.join('|')})/\\d{4}|TBA)$`;
export const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

const count = z
  .union([z.number().check(z.nonnegative()), z.string().check(z.regex(new RegExp(COUNT_PATTERN), 'a count such as 78B, 135M, 1.8T or 7e9')), z.null()])
  .check(z.describe('A count: 78B, 135M, 1.8T, 7e9, or a plain number read as billions.'));
const stringOrList = z.union([z.string(), z.array(z.string())]);
const described = <T extends z.ZodMiniType>(schema: T, text: string): T => schema.check(z.describe(text));

/** Front matter keys of a card, with Hugging Face model card metadata keys. */
export const FrontMatterSchema = described(
  z.partial(
    z.object({
      model_name: described(z.string().check(z.minLength(1)), 'Model name, as in the card title.'),
      organization: described(z.string().check(z.minLength(1)), 'Lab name.'),
      released: described(z.string().check(z.regex(new RegExp(RELEASED_PATTERN), 'YYYY-MM, YYYY-MM-DD, Mon/YYYY or TBA')), 'Release: YYYY-MM, YYYY-MM-DD, Mon/YYYY or TBA.'),
      access: described(z.enum(ACCESS), 'public, private or unknown.'),
      architecture: described(z.enum(ARCHITECTURES), 'Architecture type.'),
      parameters: described(count, 'Parameter count.'),
      active_parameters: described(count, 'Active parameters per token (MoE).'),
      training_tokens: described(count, 'Training tokens.'),
      dataset_type: described(z.array(z.string()), 'Kinds of training data, e.g. [synthetic, web-scale].'),
      benchmarks: described(z.record(z.string(), z.nullable(z.number().check(z.minimum(0), z.maximum(100)))), 'Benchmark name to score (0–100), or null when unknown.'),
      tags: described(z.array(z.string()), 'Tags, e.g. [Reasoning, SOTA].'),
      last_updated: described(z.string().check(z.regex(new RegExp(DATE_PATTERN), 'YYYY-MM-DD')), 'Date of the last update, YYYY-MM-DD.'),
      license: described(z.string(), 'License id (Hugging Face); "other" needs license_name and license_link.'),
      license_name: z.string(),
      license_link: z.string(),
      base_model: stringOrList,
      datasets: stringOrList,
      language: stringOrList,
      pipeline_tag: z.string(),
      library_name: z.string(),
      metrics: stringOrList,
      'model-index': z.array(z.unknown()),
    }),
  ),
  'Front matter of a model card (Model Card Studio).',
);

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
