// The layers of a resolved config chain and the config one card gets from them: shared by the Node
// resolver (configResolver.ts) and its browser twin (browser/configResolver.ts). No Node built-ins here.
import type { EngineConfig } from '../core/engineConfig';
import { DEFAULT_CONFIG, mergeSettings, type ConfigSettings } from '../core/configParsing';

/** One step of a resolved chain: settings, and for an override the test of the card's path. */
export interface Layer {
  settings: ConfigSettings;
  /** Null: applies to every card. */
  applies: ((card: string) => boolean) | null;
}

/** A chain's layers in the order they apply, with the configs already merged from them. */
export interface Layers {
  layers: Layer[];
  /** The config of a card no override applies to. */
  base: EngineConfig;
  /** Configs by the set of overrides that apply, so cards with the same set share one object. */
  bySet: Map<string, EngineConfig>;
}

/** The merged layers of a chain. */
export function layered(layers: Layer[]): Layers {
  const base = layers.filter((l) => l.applies === null).reduce((c, l) => mergeSettings(c, l.settings), DEFAULT_CONFIG);
  return { layers, base, bySet: new Map() };
}

/** With no override in the chain every card gets the base; otherwise the layers that apply, in order. */
export function configOf(chain: Layers, card: string): EngineConfig {
  if (chain.layers.every((l) => l.applies === null)) return chain.base;
  let key = '';
  for (const l of chain.layers) key += l.applies === null || l.applies(card) ? '1' : '0';
  let config = chain.bySet.get(key);
  if (!config) {
    config = chain.layers.reduce((c, l, i) => (key[i] === '1' ? mergeSettings(c, l.settings) : c), DEFAULT_CONFIG);
    chain.bySet.set(key, config);
  }
  return config;
}
