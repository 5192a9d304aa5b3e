// Which config applies to each file: --config, else the nearest .modelcardrc.json (cached per directory).
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CONFIG, type EngineConfig } from '../core';
import { CONFIG_FILE_NAME, loadConfigFile } from '../node/configFile';

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

  // Walks up once per directory; siblings and parents reuse the answer.
  private nearest(dir: string): string | null {
    const known = this.fileOfDir.get(dir);
    if (known !== undefined) return known;
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    const parent = path.dirname(dir);
    const found = (this.listed.get(dir) ?? isFile(candidate)) ? candidate : parent === dir ? null : this.nearest(parent);
    this.fileOfDir.set(dir, found);
    return found;
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

// throwIfNoEntry: a missing file is the common case, and an exception per directory is measurable.
function isFile(p: string): boolean {
  try {
    return fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}
