// Finding and reading .modelcardrc.json on disk: shared by the CLI and the language server.
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CONFIG, parseConfigText, type EngineConfig } from '../core';

export const CONFIG_FILE_NAME = '.modelcardrc.json';

export type LoadedConfig = { config: EngineConfig; path: string | null; error?: string };

/** The nearest .modelcardrc.json at or above `dir`, stopping after `stopAt` (when given). */
export function findConfigFile(dir: string, stopAt?: string): string | null {
  let current = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : null;
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current || current === stop) return null;
    current = parent;
  }
}

/** Reads and validates a config file; on a problem, the defaults and an error naming file and key. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { config: DEFAULT_CONFIG, path: file, error: `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const r = parseConfigText(text);
  return r.ok ? { config: r.config, path: file } : { config: DEFAULT_CONFIG, path: file, error: `${file}: ${r.error}` };
}
