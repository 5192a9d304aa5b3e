// Writes schemas/*.schema.json from the zod sources (bundles server/src/cli/jsonSchema.ts on the fly).
// Usage: node scripts/gen-schema.mjs [--check]   (--check: exit 1 when a committed file is out of date)
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const built = await esbuild.build({
  entryPoints: [join(root, 'server/src/cli/jsonSchema.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  write: false,
  logLevel: 'warning',
});
// Evaluates the bundle as a CommonJS module without writing it to disk.
const module = { exports: {} };
new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, createRequire(join(root, 'package.json')));

let stale = 0;
for (const { file, json } of module.exports.generateSchemas()) {
  const target = join(root, file);
  let current = null;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // not generated yet
  }
  if (current === json) {
    console.log(`${file}: up to date`);
  } else if (check) {
    console.error(`${file}: out of date, run npm run schema`);
    stale++;
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, json);
    console.log(`${file}: written`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
