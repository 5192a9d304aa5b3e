// The zod schemas: card front matter (the JSON Schema is generated from it) and the normalized card.
import * as z from 'zod';
import { ACCESS, ARCHITECTURES, MONTHS } from './constants';
import { TIERS } from './types';

export { ACCESS, ARCHITECTURES, CARD_KEYS, FRONT_MATTER_KEYS, MONTHS } from './constants';

/** A count: `78B`, `78.0B`, `135M`, `1.8T`, `7e9`, `1,000B`, or a plain number read as billions. */
export const COUNT_PATTERN = '^\\s*(\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+)([eE][+-]?\\d+)?\\s*[KMBTkmbt]?\\s*$';
export const RELEASED_PATTERN = `^(\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?|(${MONTHS.join('|')})/\\d{4}|TBA)$`;
export const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

const count = z
  .union([z.number().nonnegative(), z.string().regex(new RegExp(COUNT_PATTERN), 'a count such as 78B, 135M, 1.8T or 7e9'), z.null()])
  .describe('A count: 78B, 135M, 1.8T, 7e9, or a plain number read as billions.');
const stringOrList = z.union([z.string(), z.array(z.string())]);

/** Front matter keys of a card, with Hugging Face model card metadata keys. */
export const FrontMatterSchema = z
  .object({
    model_name: z.string().min(1).describe('Model name, as in the card title.'),
    organization: z.string().min(1).describe('Lab name.'),
    released: z.string().regex(new RegExp(RELEASED_PATTERN), 'YYYY-MM, YYYY-MM-DD, Mon/YYYY or TBA').describe('Release: YYYY-MM, YYYY-MM-DD, Mon/YYYY or TBA.'),
    access: z.enum(ACCESS).describe('public, private or unknown.'),
    architecture: z.enum(ARCHITECTURES).describe('Architecture type.'),
    parameters: count.describe('Parameter count.'),
    active_parameters: count.describe('Active parameters per token (MoE).'),
    training_tokens: count.describe('Training tokens.'),
    dataset_type: z.array(z.string()).describe('Kinds of training data, e.g. [synthetic, web-scale].'),
    benchmarks: z.record(z.string(), z.number().min(0).max(100).nullable()).describe('Benchmark name to score (0–100), or null when unknown.'),
    tags: z.array(z.string()).describe('Tags, e.g. [Reasoning, SOTA].'),
    last_updated: z.string().regex(new RegExp(DATE_PATTERN), 'YYYY-MM-DD').describe('Date of the last update, YYYY-MM-DD.'),
    license: z.string().describe('License id (Hugging Face); "other" needs license_name and license_link.'),
    license_name: z.string(),
    license_link: z.string(),
    base_model: stringOrList,
    datasets: stringOrList,
    language: stringOrList,
    pipeline_tag: z.string(),
    library_name: z.string(),
    metrics: stringOrList,
    'model-index': z.array(z.unknown()),
  })
  .partial()
  .describe('Front matter of a model card (Model Card Studio).');

export type FrontMatterData = z.infer<typeof FrontMatterSchema>;

/** The card's facts after reading either format; the preview and the CLI show this. */
export const NormalizedCardSchema = z.object({
  modelName: z.string().nullable(),
  organization: z.string().nullable(),
  released: z.string().nullable(),
  access: z.enum(ACCESS).nullable(),
  architecture: z.string().nullable(),
  parametersB: z.number().nullable(),
  activeParametersB: z.number().nullable(),
  trainingTokensB: z.number().nullable(),
  datasetType: z.array(z.string()),
  benchmarks: z.array(z.object({ name: z.string(), score: z.number().nullable() })),
  tags: z.array(z.string()),
  lastUpdated: z.string().nullable(),
  stated: z.object({
    alScore: z.number().nullable(),
    tier: z.enum(TIERS as [string, ...string[]]).nullable(),
    ratio: z.number().nullable(),
    computeOptimal: z.boolean().nullable(),
  }),
});
export type NormalizedCard = z.infer<typeof NormalizedCardSchema>;
