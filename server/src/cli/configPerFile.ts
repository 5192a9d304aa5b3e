// Which config applies to each file: --config, else the nearest .modelcardrc.json, resolved by the
// shared resolver (extends, overrides) that the language server uses too.
import { resolve } from 'path';
import type { EngineConfig } from '../core';
import { ConfigResolver as SharedResolver } from '../node/configResolver';

/** `error` holds one line per problem of the config chain. */
export type ConfigLookup = { ok: true; config: EngineConfig } | { ok: false; error: string };

export class ConfigResolver {
  private readonly shared: SharedResolver;

  /** `explicit`: the --config file, which then applies to every card; `listed`: what the walk saw in each directory. */
  constructor(explicit: string | null, cwd: string, listed: ReadonlyMap<string, boolean> = new Map()) {
    this.shared = new SharedResolver({ explicit: explicit === null ? null : resolve(cwd, explicit), listed });
  }

  /** The config for a card at `file`, or the errors of its config files. */
  forFile(file: string): ConfigLookup {
    const r = this.shared.forFile(file);
    return r.ok ? { ok: true, config: r.config } : { ok: false, error: r.errors.join('\n') };
  }
}
