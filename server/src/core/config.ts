// The engine configuration (.modelcardrc.json): thresholds, ratio rounding and rule severities.
import * as z from 'zod';
import { RULE_IDS } from './types';

const severitySetting = z.enum(['error', 'warning', 'information', 'hint', 'off']);

const ruleSettings = z.partialRecord(z.enum(RULE_IDS), severitySetting);

export const EngineConfigSchema = z
  .object({
    $schema: z.string().optional(),
    computeOptimalRatio: z.number().positive().default(20).describe('Tokens per parameter at or above which a model is compute-optimal (Chinchilla: 20).'),
    tiers: z
      .strictObject({
        extremelyPowerful: z.number().nonnegative().default(20),
        veryPowerful: z.number().nonnegative().default(10),
        powerful: z.number().nonnegative().default(5),
        midTier: z.number().nonnegative().default(1),
      })
      .default({ extremelyPowerful: 20, veryPowerful: 10, powerful: 5, midTier: 1 })
      .describe('Lowest rounded ALScore of each tier; below midTier is Lightweight.'),
    ratioRounding: z.enum(['ceil', 'round', 'floor']).default('ceil').describe('How the written Token:Param ratio is rounded to a whole number.'),
    rules: ruleSettings.default({}).describe('Severity per rule id, or "off".'),
  })
  .strict();

export type EngineConfig = z.output<typeof EngineConfigSchema>;
export type EngineConfigInput = z.input<typeof EngineConfigSchema>;

export { DEFAULT_CONFIG } from './constants';

export type ConfigResult = { ok: true; config: EngineConfig } | { ok: false; error: string };

/** Validates a config object, naming the offending key in the error. */
export function parseConfig(input: unknown): ConfigResult {
  const r = EngineConfigSchema.safeParse(input);
  if (r.success) return { ok: true, config: r.data };
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
