// The engine configuration (.modelcardrc.json): thresholds, ratio rounding and rule severities, plus the
// file's own keys (`extends`, `overrides`) that the Node layer resolves into one EngineConfig per card.
// zod/mini, like the card schemas (./schema): the same checks and JSON Schema, built much faster.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { DEFAULT_CONFIG } from './constants';
import { mergeSettings, type ConfigSettings } from './merge';

// The rule ids come from the registry at run time: this module is bundled apart (it loads zod), and
// importing the registry here would copy every rule into that bundle.

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
const severitySetting = z.enum(SEVERITIES);
const described = <T extends z.ZodMiniType>(schema: T, text: string): T => schema.check(z.describe(text));
const bound = (value: number): z.ZodMiniDefault<z.ZodMiniNumber> => z._default(z.number().check(z.nonnegative()), value);

const TEXT = {
  computeOptimalRatio: 'Tokens per parameter at or above which a model is compute-optimal (Chinchilla: 20).',
  tiers: 'Lowest rounded ALScore of each tier; below midTier is Lightweight.',
  ratioRounding: 'How the written Token:Param ratio is rounded to a whole number.',
  rules: 'Severity per rule id, or "off".',
  extends: 'Configs to start from, merged in order (later wins) before this file: a path relative to this file, or a package name.',
  overrides: 'Settings for some cards only: each entry applies to the cards its `files` globs match (relative to this file\'s folder); later entries win.',
  files: 'Globs (picomatch) of the cards this entry applies to, relative to the folder of the config file.',
};

/** The config schemas for a list of rule ids (built once per list; defaults written here, DEFAULT_CONFIG is held to them by a test). */
function build(ruleIds: readonly string[]) {
  const ruleSettings = z.partialRecord(z.enum(ruleIds as [string, ...string[]]), severitySetting);
  /** The resolved configuration the engine reads: every setting present (defaults filled in). */
  const EngineConfigSchema = z.strictObject({
    $schema: z.optional(z.string()),
    computeOptimalRatio: described(z._default(z.number().check(z.positive()), 20), TEXT.computeOptimalRatio),
    tiers: described(
      z._default(z.strictObject({ extremelyPowerful: bound(20), veryPowerful: bound(10), powerful: bound(5), midTier: bound(1) }), { extremelyPowerful: 20, veryPowerful: 10, powerful: 5, midTier: 1 }),
      TEXT.tiers,
    ),
    ratioRounding: described(z._default(z.enum(['ceil', 'round', 'floor']), 'ceil'), TEXT.ratioRounding),
    rules: described(z._default(ruleSettings, {}), TEXT.rules),
  });


  // A layer sets only what it names: an unset key falls through to the config it extends (defaults shown for editors).
  const documented = <T extends z.ZodMiniType>(schema: T, description: string, value?: unknown): z.ZodMiniOptional<T> =>
    z.optional(schema.check(z.meta(value === undefined ? { description } : { description, default: value })));
  const tierBound = (value: number): z.ZodMiniOptional<z.ZodMiniNumber> => z.optional(z.number().check(z.nonnegative(), z.meta({ default: value })));

  const settingsShape = {
    computeOptimalRatio: documented(z.number().check(z.positive()), TEXT.computeOptimalRatio, 20),
    tiers: documented(
      z.strictObject({ extremelyPowerful: tierBound(20), veryPowerful: tierBound(10), powerful: tierBound(5), midTier: tierBound(1) }),
      TEXT.tiers,
      { extremelyPowerful: 20, veryPowerful: 10, powerful: 5, midTier: 1 },
    ),
    ratioRounding: documented(z.enum(['ceil', 'round', 'floor']), TEXT.ratioRounding, 'ceil'),
    rules: documented(ruleSettings, TEXT.rules, {}),
  };

  const glob = z.string().check(z.minLength(1));

  /** One entry of `overrides`: the cards it applies to and the settings it changes for them. */
  const ConfigOverrideSchema = z.strictObject({
    files: z.union([glob, z.array(glob).check(z.minLength(1))]).check(z.meta({ description: TEXT.files })),
    ...settingsShape,
  });

  /** What a .modelcardrc.json file may hold (the JSON Schema is generated from this). */
  const ConfigFileSchema = z.strictObject({
    $schema: z.optional(z.string()),
    extends: documented(z.union([z.string().check(z.minLength(1)), z.array(z.string().check(z.minLength(1)))]), TEXT.extends),
    ...settingsShape,
    overrides: documented(z.array(ConfigOverrideSchema), TEXT.overrides),
  });
  return { EngineConfigSchema, ConfigOverrideSchema, ConfigFileSchema };
}

export type ConfigSchemas = ReturnType<typeof build>;
let built: { ids: readonly string[]; schemas: ConfigSchemas } | null = null;

/** The config schemas knowing these rule ids: the resolved config, one override, and a whole config file. */
export function configSchemas(ruleIds: readonly string[]): ConfigSchemas {
  if (built?.ids !== ruleIds) built = { ids: ruleIds, schemas: build(ruleIds) };
  return built.schemas;
}

export type EngineConfig = z.output<ConfigSchemas['EngineConfigSchema']>;
export type EngineConfigInput = z.input<ConfigSchemas['EngineConfigSchema']>;

export type ConfigFile = z.output<ConfigSchemas['ConfigFileSchema']>;
export type ConfigOverride = z.output<ConfigSchemas['ConfigOverrideSchema']>;
export type { ConfigSettings };

export type ConfigResult = { ok: true; config: EngineConfig } | { ok: false; error: string; errors: string[] };
export type ConfigFileResult = { ok: true; file: ConfigFile } | { ok: false; errors: string[] };

let localeSet = false;

/** Validates the content of a config file, listing every problem, each naming its key path. */
export function parseConfigFile(input: unknown, ruleIds: readonly string[]): ConfigFileResult {
  const { ConfigFileSchema } = configSchemas(ruleIds);
  let r = ConfigFileSchema.safeParse(input);
  if (r.success) return { ok: true, file: r.data };
  // zod/mini has no messages until a locale is set: English is set on the first bad config only.
  if (!localeSet) {
    z.config(en());
    localeSet = true;
    r = ConfigFileSchema.safeParse(input);
    if (r.success) return { ok: true, file: r.data };
  }
  const errors = r.error.issues.flatMap((issue) => describeIssue(issue, ruleIds));
  return { ok: false, errors: errors.length > 0 ? errors : ['invalid configuration'] };
}

/** Parses the text of a config file (JSON), listing every problem. */
export function parseConfigFileText(text: string, ruleIds: readonly string[]): ConfigFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  return parseConfigFile(json, ruleIds);
}

/** Validates a config object on its own (its `extends` and `overrides` are checked, not applied). */
export function parseConfig(input: unknown, ruleIds: readonly string[]): ConfigResult {
  return ownSettings(parseConfigFile(input, ruleIds));
}

/** Parses the text of a .modelcardrc.json file on its own. */
export function parseConfigText(text: string, ruleIds: readonly string[]): ConfigResult {
  return ownSettings(parseConfigFileText(text, ruleIds));
}

// The file's own settings over the defaults.
function ownSettings(r: ConfigFileResult): ConfigResult {
  if (!r.ok) return { ok: false, error: r.errors.join('; '), errors: r.errors };
  const config = mergeSettings(DEFAULT_CONFIG, r.file);
  return { ok: true, config: r.file.$schema === undefined ? config : { ...config, $schema: r.file.$schema } };
}

type Issue = z.core.$ZodIssue;

// One message per problem: `"path.to.key": what is wrong`.
function describeIssue(issue: Issue, ruleIds: readonly string[]): string[] {
  const at = issue.path.map(String);
  const inRules = at[at.length - 2] === 'rules';
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const known = at[at.length - 1] === 'rules' ? `unknown rule id (known: ${ruleIds.join(', ')})` : `unknown key (known: ${knownKeysAt(at).join(', ')})`;
      return quoted([...at, key], known);
    });
  } else if (issue.code === 'invalid_value' && inRules) {
    message = `must be one of ${SEVERITIES.join(', ')}`;
  } else if (issue.code === 'invalid_key' && at[at.length - 1] === 'rules') {
    message = `unknown rule id (known: ${ruleIds.join(', ')})`;
  } else if (issue.code === 'invalid_union') {
    message = at[at.length - 1] === 'extends' ? 'must be a path or package name, or a list of them' : at.includes('files') ? 'must be a glob or a non-empty list of globs' : 'has the wrong type';
  } else if (issue.code === 'too_small' && at.includes('files')) {
    message = 'must not be empty';
  }
  return [quoted(at, message)];
}

const quoted = (path: readonly string[], message: string): string => (path.length > 0 ? `"${path.join('.')}": ${message}` : message);

function knownKeysAt(path: readonly string[]): string[] {
  const last = path[path.length - 1];
  if (last === 'tiers') return ['extremelyPowerful', 'veryPowerful', 'powerful', 'midTier'];
  if (path[0] === 'overrides' && path.length === 2) return ['files', 'computeOptimalRatio', 'tiers', 'ratioRounding', 'rules'];
  return ['computeOptimalRatio', 'tiers', 'ratioRounding', 'rules', 'extends', 'overrides'];
}
