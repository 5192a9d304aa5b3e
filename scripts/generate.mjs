// Writes every file derived from the vocabulary and the rule registry: the README's rule reference, the
// snippets and the grammar (bundles server/src/generate/index.ts on the fly, as gen-schema.mjs does).
// Usage: node scripts/generate.mjs [--check]   (--check: write nothing, exit 1 when a file is out of date)
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const built = await esbuild.build({
  entryPoints: [join(root, 'server/src/generate/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  write: false,
  logLevel: 'warning',
});
// Evaluates the bundle as a CommonJS module without writing it to disk.
const module = { exports: {} };
new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, createRequire(join(root, 'package.json')));

/** A file's text, or null when it does not exist. */
function read(file) {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    return null;
  }
}

let stale = 0;
for (const { file, text } of module.exports.generateAll(read)) {
  if (read(file) === text) {
    console.log(`${file}: up to date`);
  } else if (check) {
    console.error(`${file}: out of date, run npm run generate`);
    stale++;
  } else {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
    console.log(`${file}: written`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
