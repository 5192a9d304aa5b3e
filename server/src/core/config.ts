// The engine configuration (.modelcardrc.json): thresholds, ratio rounding and rule severities.
// zod/mini, like the card schemas (./schema): the same checks and JSON Schema, built much faster.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { RULE_IDS } from './rules/registry';

const severitySetting = z.enum(['error', 'warning', 'information', 'hint', 'off']);

const ruleSettings = z.partialRecord(z.enum(RULE_IDS), severitySetting);
const described = <T extends z.ZodMiniType>(schema: T, text: string): T => schema.check(z.describe(text));
const bound = (value: number): z.ZodMiniDefault<z.ZodMiniNumber> => z._default(z.number().check(z.nonnegative()), value);

export const EngineConfigSchema = z.strictObject({
  $schema: z.optional(z.string()),
  computeOptimalRatio: described(z._default(z.number().check(z.positive()), 20), 'Tokens per parameter at or above which a model is compute-optimal (Chinchilla: 20).'),
  tiers: described(
    z._default(z.strictObject({ extremelyPowerful: bound(20), veryPowerful: bound(10), powerful: bound(5), midTier: bound(1) }), { extremelyPowerful: 20, veryPowerful: 10, powerful: 5, midTier: 1 }),
    'Lowest rounded ALScore of each tier; below midTier is Lightweight.',
  ),
  ratioRounding: described(z._default(z.enum(['ceil', 'round', 'floor']), 'ceil'), 'How the written Token:Param ratio is rounded to a whole number.'),
  rules: described(z._default(ruleSettings, {}), 'Severity per rule id, or "off".'),
});

export type EngineConfig = z.output<typeof EngineConfigSchema>;
export type EngineConfigInput = z.input<typeof EngineConfigSchema>;

export { DEFAULT_CONFIG } from './constants';

let localeSet = false;

export type ConfigResult = { ok: true; config: EngineConfig } | { ok: false; error: string };

/** Validates a config object, naming the offending key in the error. */
export function parseConfig(input: unknown): ConfigResult {
  let r = EngineConfigSchema.safeParse(input);
  if (r.success) return { ok: true, config: r.data };
  // zod/mini has no messages until a locale is set: English is set on the first bad config only.
  if (!localeSet) {
    z.config(en());
    localeSet = true;
    r = EngineConfigSchema.safeParse(input);
    if (r.success) return { ok: true, config: r.data };
  }
  const issue = r.error.issues[0];
  if (!issue) return { ok: false, error: 'invalid configuration' };
  let path = issue.path.map(String).join('.');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    path = [...issue.path.map(String), ...issue.keys].join('.');
    message = issue.path[0] === 'rules'
      ? `unknown rule id${issue.keys.length > 1 ? 's' : ''} (known: ${RULE_IDS.join(', ')})`
      : `unknown key${issue.keys.length > 1 ? 's' : ''} (known: ${knownKeysAt(issue.path.map(String)).join(', ')})`;
  } else if (issue.code === 'invalid_value' && issue.path[0] === 'rules') {
    message = `must be one of ${severitySetting.options.join(', ')}`;
  } else if (issue.code === 'invalid_key' && issue.path[0] === 'rules') {
    message = `unknown rule id (known: ${RULE_IDS.join(', ')})`;
  }
  return { ok: false, error: path ? `"${path}": ${message}` : message };
}

function knownKeysAt(path: string[]): string[] {
  if (path[0] === 'tiers') return ['extremelyPowerful', 'veryPowerful', 'powerful', 'midTier'];
  return ['computeOptimalRatio', 'tiers', 'ratioRounding', 'rules'];
}

/** Parses the text of a .modelcardrc.json file. */
export function parseConfigText(text: string): ConfigResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${(e as Error).message}` };
  }
  return parseConfig(json);
}
