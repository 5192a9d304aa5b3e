// Layering configs (`extends`, `overrides`, editor settings): no dependencies, so merging never loads zod.
import type { EngineConfig } from './engineConfig';
import type { RuleId, SeveritySetting } from './types';

/** What one layer may set; an unset key keeps the value of the layer below. */
export interface ConfigSettings {
  computeOptimalRatio?: number | undefined;
  tiers?: Partial<EngineConfig['tiers']> | undefined;
  ratioRounding?: EngineConfig['ratioRounding'] | undefined;
  rules?: Partial<Record<RuleId, SeveritySetting>> | undefined;
}

/** `layer` over `base`: scalars replace, tiers and rules merge key by key; `base` is not changed. */
export function mergeSettings(base: EngineConfig, layer: ConfigSettings): EngineConfig {
  const merged: EngineConfig = { ...base };
  if (layer.computeOptimalRatio !== undefined) merged.computeOptimalRatio = layer.computeOptimalRatio;
  if (layer.ratioRounding !== undefined) merged.ratioRounding = layer.ratioRounding;
  if (layer.tiers !== undefined) merged.tiers = { ...base.tiers, ...definedOnly(layer.tiers) };
  if (layer.rules !== undefined) merged.rules = { ...base.rules, ...layer.rules };
  return merged;
}

// Spreading `{ powerful: undefined }` would erase the base's value.
function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
