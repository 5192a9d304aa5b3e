// Configuration entry points that load zod only when a config is actually parsed.
import type { ConfigResult, EngineConfig } from './config';
import { lazyConfig } from './lazy';
import type { RuleId, SeveritySetting } from './types';

export { DEFAULT_CONFIG } from './constants';

/** Validates a config object, naming the offending key in the error. */
export function parseConfig(input: unknown): ConfigResult {
  return lazyConfig().parseConfig(input);
}

/** Parses the text of a .modelcardrc.json file. */
export function parseConfigText(text: string): ConfigResult {
  return lazyConfig().parseConfigText(text);
}

/** Layers rule severities (e.g. editor settings) over a config. */
export function withRuleOverrides(config: EngineConfig, rules: Partial<Record<RuleId, SeveritySetting>>): EngineConfig {
  return { ...config, rules: { ...config.rules, ...rules } };
}
