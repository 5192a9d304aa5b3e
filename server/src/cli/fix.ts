// `modelcard fix`: applies every certain fix before the files are checked. Only the fixed spans change:
// bytes that are not UTF-8, a BOM and each line's own line break are kept, and the card is replaced
// atomically (a temporary file renamed over it), never written outside the folders given.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeCard, fixAll } from '../core';
import { readFailure, readRegularFile } from '../node/read';
import { decodeCard, encodeCard, looksBinary } from '../node/utf8';
import { replaceFile } from '../node/write';
import type { ConfigResolver } from './configPerFile';
import { escapeControl } from './terminal';
import type { InputFile } from './walk';

export interface FixResult {
  /** Display paths of the files that changed (escaped for a terminal). */
  fixed: string[];
  /** Files that could not be read, fixed or written, one line each. */
  ioErrors: string[];
  /** The files that changed (walk paths) with the text written, for whoever holds their old text. */
  written: { abs: string; text: string }[];
}

/** Where `fix` may write: the paths given on the command line, resolved against `cwd`. */
export interface FixScope {
  paths: readonly string[];
  cwd: string;
}

/** Rewrites each card whose certain fixes change it; files that are not cards are left alone. */
export function fixFiles(files: readonly InputFile[], configs: ConfigResolver, scope: FixScope): FixResult {
  const fixed: string[] = [];
  const ioErrors: string[] = [];
  const written: { abs: string; text: string }[] = [];
  const roots = allowedRoots(scope);
  for (const file of files) {
    const shown = escapeControl(file.display);
    const lookup = configs.forFile(file.abs);
    if (!lookup.ok) continue; // reported by the check that follows
    let real: string;
    let bytes: Buffer;
    try {
      // The real path is read and written: a symlinked card is written through, and the link stays.
      real = fs.realpathSync.native(file.abs);
      if (!roots.some((root) => isInside(real, root))) {
        ioErrors.push(`${shown}: not fixed: it links to ${escapeControl(real)}, outside the paths given`);
        continue;
      }
      bytes = readRegularFile(real);
    } catch (e) {
      ioErrors.push(`${shown}: cannot be read (${readFailure(e)})`);
      continue;
    }
    if (looksBinary(bytes)) {
      ioErrors.push(`${shown}: not fixed: not UTF-8 text (a NUL byte or a UTF-16 byte order mark)`);
      continue;
    }
    const source = decodeCard(bytes, true);
    const options = { config: lookup.config, assumeCard: file.explicit };
    if (!file.explicit && !analyzeCard(source.text, options).isCard) continue;
    const result = fixAll(source.text, options);
    if (result === source.text) continue;
    try {
      replaceFile(real, encodeCard(result, source.bom));
      fixed.push(shown);
      written.push({ abs: file.abs, text: result });
    } catch (e) {
      ioErrors.push(`${shown}: cannot be written (${readFailure(e)}); the file is unchanged`);
    }
  }
  return { fixed, ioErrors, written };
}

/** Real paths of the folders given (for a file, its folder): `fix` writes nowhere else. */
export function allowedRoots(scope: FixScope): string[] {
  const roots: string[] = [];
  for (const given of scope.paths) {
    try {
      const abs = path.resolve(scope.cwd, given);
      const real = fs.realpathSync.native(abs);
      roots.push(fs.statSync(real).isDirectory() ? real : fs.realpathSync.native(path.dirname(abs)));
    } catch {
      // a missing path: the walk has reported it
    }
  }
  return roots;
}

export function isInside(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel);
}
