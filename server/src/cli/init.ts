// `modelcard init`: writes a starting .modelcardrc.json (every setting at its default) and says what each does.
import { join } from 'path';
import { existsSync, statSync, writeFileSync } from 'fs';
import { DEFAULT_CONFIG, RULE_IDS } from '../core';
import { CONFIG_FILE_NAME } from '../node/configFile';

export const SCHEMA_URL = 'https://github.com/model-card-studio/model-card-studio/raw/main/schemas/modelcardrc.schema.json';

/** The file's text: JSON has no comments, so the explanation is printed instead. */
export function initialConfigText(): string {
  const config = {
    $schema: SCHEMA_URL,
    computeOptimalRatio: DEFAULT_CONFIG.computeOptimalRatio,
    tiers: DEFAULT_CONFIG.tiers,
    ratioRounding: DEFAULT_CONFIG.ratioRounding,
    rules: DEFAULT_CONFIG.rules,
    overrides: [],
  };
  return JSON.stringify(config, null, 2) + '\n';
}

/** What init prints after writing the file. */
export function explanation(shown: string): string {
  return [
    `wrote ${shown}, every setting at its default:`,
    '  computeOptimalRatio  tokens per parameter at which a model is compute-optimal (Chinchilla: 20)',
    '  tiers                lowest rounded ALScore of each tier (below midTier: Lightweight)',
    '  ratioRounding        how the Token:Param ratio is rounded: ceil, round or floor',
    '  rules                severity per rule id: error, warning, information, hint or off',
    `                       (${RULE_IDS.join(', ')})`,
    '  overrides            [{ "files": ["drafts/**"], "rules": { ... } }] for some cards only',
    '  extends              (not set) configs to start from: "./base.json" or a package name',
    '$schema lets editors complete and check the file; `modelcard check` picks it up for every card below it.',
    '',
  ].join('\n');
}

export type InitOutcome = { ok: true; file: string } | { ok: false; error: string };

/** Writes `dir`/.modelcardrc.json unless it exists (then only with `force`). */
export function writeInitialConfig(dir: string, force: boolean): InitOutcome {
  const file = join(dir, CONFIG_FILE_NAME);
  if (!force && existsSync(file)) return { ok: false, error: `${file} already exists: pass --force to overwrite it` };
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return { ok: false, error: `${dir}: no such folder` };
  writeFileSync(file, initialConfigText());
  return { ok: true, file };
}
