// Writes (or, with --check, compares) files derived from TypeScript sources: bundles `entry` on the fly,
// evaluates it as CommonJS without writing it to disk, and asks it for `{ file, text }` pairs.
// Shared by gen-schema.mjs (the JSON Schemas) and generate.mjs (README rule reference, snippets, grammar).
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A file's text (path relative to the root), or null when it does not exist. */
export function read(file) {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    return null;
  }
}

/**
 * Bundles `entry` (relative to the root), passes its exports to `derive`, and writes each `{ file, text }` it
 * returns that differs from the file on disk; with --check in argv writes nothing and sets exit code 1 when any
 * differs, naming `rerun` (the npm script that writes them).
 */
export async function writeDerived(entry, derive, rerun) {
  const check = process.argv.includes('--check');
  const built = await esbuild.build({ entryPoints: [join(root, entry)], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, createRequire(join(root, 'package.json')));
  let stale = 0;
  for (const { file, text } of derive(module.exports)) {
    if (read(file) === text) {
      console.log(`${file}: up to date`);
    } else if (check) {
      console.error(`${file}: out of date, run ${rerun}`);
      stale++;
    } else {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
      console.log(`${file}: written`);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}
