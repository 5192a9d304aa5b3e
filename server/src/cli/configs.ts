// Which config applies to each file: --config, else the nearest .modelcardrc.json (cached per directory).
import * as path from 'path';
import { DEFAULT_CONFIG, type EngineConfig } from '../core';
import { findConfigFile, loadConfigFile } from '../node/configFile';

export type ConfigLookup = { ok: true; config: EngineConfig } | { ok: false; error: string };

export class ConfigResolver {
  private readonly fileOfDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, ConfigLookup>();
  private readonly fixed: ConfigLookup | null;

  /** `explicit`: the --config file, which then applies to every card; `listed`: what the walk saw in each directory. */
  constructor(explicit: string | null, cwd: string, private readonly listed: ReadonlyMap<string, boolean> = new Map()) {
    this.fixed = explicit === null ? null : this.load(path.resolve(cwd, explicit));
  }

  /** The config for a card at `file`, or the error of its config file. */
  forFile(file: string): ConfigLookup {
    if (this.fixed) return this.fixed;
    const rc = this.nearest(path.dirname(file));
    return rc === null ? { ok: true, config: DEFAULT_CONFIG } : this.load(rc);
  }

  private nearest(dir: string): string | null {
    return findConfigFile(dir, { memo: this.fileOfDir, listed: this.listed });
  }

  private load(file: string): ConfigLookup {
    let result = this.loaded.get(file);
    if (!result) {
      const r = loadConfigFile(file);
      result = r.error === undefined ? { ok: true, config: r.config } : { ok: false, error: r.error };
      this.loaded.set(file, result);
    }
    return result;
  }
}
