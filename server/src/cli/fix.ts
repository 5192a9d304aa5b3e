// `modelcard fix`: applies every certain fix in place (keeping a BOM), before the files are checked.
import * as fs from 'fs';
import { analyzeCard, fixAll } from '../core';
import type { ConfigResolver } from './configs';
import { readCardText } from './check';
import { errorCode, type InputFile } from './walk';

export interface FixResult {
  /** Display paths of the files that changed. */
  fixed: string[];
  ioErrors: string[];
}

/** Rewrites each card whose certain fixes change it; files that are not cards are left alone. */
export function fixFiles(files: readonly InputFile[], configs: ConfigResolver): FixResult {
  const fixed: string[] = [];
  const ioErrors: string[] = [];
  for (const file of files) {
    const lookup = configs.forFile(file.abs);
    if (!lookup.ok) continue; // reported by the check that follows
    let source: { text: string; bom: boolean };
    try {
      source = readCardText(file.abs);
    } catch (e) {
      ioErrors.push(`${file.display}: cannot be read (${errorCode(e)})`);
      continue;
    }
    const options = { config: lookup.config, assumeCard: file.explicit };
    if (!file.explicit && !analyzeCard(source.text, options).isCard) continue;
    const result = fixAll(source.text, options);
    if (result === source.text) continue;
    try {
      fs.writeFileSync(file.abs, (source.bom ? '\uFEFF' : '') + result);
      fixed.push(file.display);
    } catch (e) {
      ioErrors.push(`${file.display}: cannot be written (${errorCode(e)})`);
    }
  }
  return { fixed, ioErrors };
}
