// Finding and reading .modelcardrc.json on disk: shared by the CLI and the language server.
import { dirname, join, resolve } from 'path';
import { statSync } from 'fs';
import { DEFAULT_CONFIG, type EngineConfig } from '../core';
import { ConfigResolver } from './configResolver';

export const CONFIG_FILE_NAME = '.modelcardrc.json';

export type LoadedConfig = { config: EngineConfig; path: string | null; error?: string };

export interface FindOptions {
  /** The last directory to look in (the language server stops at the workspace folder). */
  stopAt?: string;
  /** Answers already found, by directory (valid for one `stopAt`): siblings and parents reuse them. */
  memo?: Map<string, string | null>;
  /** For directories a walk has listed, whether the listing holds the file (spares a stat). */
  listed?: ReadonlyMap<string, boolean>;
}

/** The nearest .modelcardrc.json file at or above `dir`; shared by the CLI and the language server. */
export function findConfigFile(dir: string, options: FindOptions = {}): string | null {
  const { memo, listed } = options;
  const stop = options.stopAt ? resolve(options.stopAt) : null;
  const visited: string[] = [];
  let current = resolve(dir);
  let found: string | null = null;
  for (;;) {
    const known = memo?.get(current);
    if (known !== undefined) {
      found = known;
      break;
    }
    visited.push(current);
    const candidate = join(current, CONFIG_FILE_NAME);
    if (listed?.get(current) ?? isFile(candidate)) {
      found = candidate;
      break;
    }
    const parent = dirname(current);
    if (parent === current || current === stop) break;
    current = parent;
  }
  if (memo) for (const d of visited) memo.set(d, found);
  return found;
}

// throwIfNoEntry: a missing file is the common case, and an exception per directory is measurable.
function isFile(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** Reads and validates one config file with what it extends; on a problem, the defaults and every error, one per line. */
export function loadConfigFile(file: string): LoadedConfig {
  const r = new ConfigResolver({ explicit: file }).forFile(file);
  return r.ok ? { config: r.config, path: file } : { config: DEFAULT_CONFIG, path: file, error: r.errors.join('\n') };
}
