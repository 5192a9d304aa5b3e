// The web extension's bundles (dist/browserClient.js, dist/browserServer.js) hold no Node built-in: read from
// the metafiles esbuild.mjs keeps in dist/meta (npm test builds first).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/paths';

interface Metafile {
  inputs: Record<string, { bytes: number; imports: { path: string; kind: string; external?: boolean; original?: string }[] }>;
  outputs: Record<string, { bytes: number; entryPoint?: string; imports: { path: string; kind: string; external?: boolean }[] }>;
}

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isBuiltin = (p: string): boolean => BUILTINS.has(p) || BUILTINS.has(p.split('/')[0] ?? '') || p.startsWith('node:');
/** The one import of a built-in name allowed: gray-matter's `fs`, answered by the build's refusing module. */
const STUB = 'gray-matter-no-fs:fs';

function meta(name: string): Metafile {
  const file = path.join(REPO_ROOT, 'dist', 'meta', `${name}.json`);
  assert.ok(fs.existsSync(file), `${file} is missing: run npm run build`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Metafile;
}

for (const [name, externals] of [['browserServer', []], ['browserClient', ['vscode']]] as const) {
  void describe(`dist/${name}.js`, () => {
    const m = meta(name);

    void it('bundles no Node built-in and imports nothing at run time but the editor API', () => {
      const inputs = Object.keys(m.inputs);
      assert.deepEqual(inputs.filter((p) => isBuiltin(p)), []);
      const imports = Object.entries(m.inputs).flatMap(([from, i]) => i.imports.map((imp) => ({ from, ...imp })));
      const builtinImports = imports.filter((imp) => isBuiltin(imp.original ?? imp.path) && imp.path !== STUB);
      assert.deepEqual(builtinImports, [], 'a Node built-in is imported');
      for (const imp of imports.filter((i) => i.path === STUB)) assert.match(imp.from, /node_modules\/gray-matter\/index\.js$/);
      const outputs = Object.values(m.outputs).filter((o) => o.entryPoint);
      assert.equal(outputs.length, 1);
      assert.deepEqual([...new Set(outputs.flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)))], [...externals]);
    });

    void it('takes each package from one folder: nothing bundled twice', () => {
      const folders = new Map<string, Set<string>>();
      for (const p of Object.keys(m.inputs)) {
        const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(p);
        if (!match?.[1] || !match[2]) continue;
        folders.set(match[2], (folders.get(match[2]) ?? new Set()).add(match[1]));
      }
      assert.deepEqual([...folders].filter(([, dirs]) => dirs.size > 1).map(([pkg]) => pkg), []);
    });
  });
}

void describe('the browser bundles at run time', () => {
  void it('leave no require() of anything but vscode in the code', () => {
    for (const name of ['browserServer', 'browserClient']) {
      const text = fs.readFileSync(path.join(REPO_ROOT, 'dist', `${name}.js`), 'utf8');
      const required = [...new Set([...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))];
      assert.deepEqual(required.filter((r) => r !== 'vscode'), [], `${name}.js requires ${required.join(', ')}`);
    }
  });

  void it('keep the server one file with the YAML parser and zod inside, each once', () => {
    const inputs = Object.keys(meta('browserServer').inputs);
    for (const pkg of ['js-yaml', 'zod', 'gray-matter']) assert.ok(inputs.some((p) => p.startsWith(`node_modules/${pkg}/`)), `${pkg} is bundled`);
    assert.ok(!inputs.some((p) => p.includes('gray-matter/node_modules/js-yaml/')), "gray-matter's js-yaml 3 is stubbed out, as in the Node bundles");
    assert.ok(!inputs.some((p) => p.startsWith('node_modules/yaml/')), 'the yaml package is not the parser any more');
    const client = Object.keys(meta('browserClient').inputs);
    assert.ok(!client.some((p) => /node_modules\/(js-yaml|yaml|zod|gray-matter)\//.test(p)), 'the client needs no parser');
  });
});
