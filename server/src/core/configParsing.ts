// Configuration entry points that load zod only when a config is actually parsed.
import type { ConfigFileResult, ConfigResult, EngineConfig } from './engineConfig';
import { lazyConfig } from './loadDeferred';
import { RULE_IDS } from './rules/registry';
import type { RuleId, SeveritySetting } from './types';

export { DEFAULT_CONFIG } from './constants';
export { mergeSettings, type ConfigSettings } from './merge';

/** Validates a config object, naming the offending key in the error. */
export function parseConfig(input: unknown): ConfigResult {
  return lazyConfig().parseConfig(input, RULE_IDS);
}

/** Parses the text of a .modelcardrc.json file. */
export function parseConfigText(text: string): ConfigResult {
  return lazyConfig().parseConfigText(text, RULE_IDS);
}

/** Parses the text of a config file with its `extends` and `overrides`, listing every problem. */
export function parseConfigFileText(text: string): ConfigFileResult {
  return lazyConfig().parseConfigFileText(text, RULE_IDS);
}

/** Layers rule severities (e.g. editor settings) over a config. */
export function withRuleOverrides(config: EngineConfig, rules: Partial<Record<RuleId, SeveritySetting>>): EngineConfig {
  return { ...config, rules: { ...config.rules, ...rules } };
}
