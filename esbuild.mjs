// Builds the bundles: the extension client, the language server, the CLI (with its lazily loaded parts),
// the engine as a library, and the web extension (client and server for the browser).
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// gray-matter requires js-yaml 3 for its default engine; we always pass our own (js-yaml 4, which the
// engine imports itself), so gray-matter's require gets a stub that refuses and js-yaml 3 is never bundled.
const jsYamlStub = {
  name: 'js-yaml-stub',
  setup(build) {
    build.onResolve({ filter: /^js-yaml$/ }, (args) => (/[\\/]gray-matter[\\/]/.test(args.resolveDir) ? { path: 'js-yaml', namespace: 'js-yaml-stub' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'js-yaml-stub' }, () => ({
      contents: "const no = () => { throw new Error('js-yaml 3 is not bundled: pass gray-matter an engine'); };\nmodule.exports = { safeLoad: no, safeDump: no };\n",
      loader: 'js',
    }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [jsYamlStub],
};

// In the CLI bundle the engine's heavy dependencies stay in files of their own, loaded on first use: zod and
// the schemas (only a .modelcardrc.json needs them) in cli-schema.js, gray-matter and js-yaml (only front
// matter needs them) in cli-yaml.js. A run over leaderboard cards parses neither, one over Hugging Face cards
// only the second.
const HEAVY_FILES = { './deferredSchemas': './cli-schema.js', './deferredYaml': './cli-yaml.js' };
const heavyApart = {
  name: 'heavy-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/deferred(Schemas|Yaml)$/ }, (args) => (args.importer.endsWith('loadDeferred.ts') ? { path: HEAVY_FILES[args.path], external: true } : undefined));
  },
};

// picomatch too: only a run with globs (arguments, --ignore, config overrides) needs it.
const picomatchApart = {
  name: 'picomatch-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/picomatch$/ }, (args) => (args.importer.endsWith('globs.ts') ? { path: './cli-picomatch.js', external: true } : undefined));
  },
};

// gray-matter requires fs for matter.read(file), which the engine never calls: in the browser bundles
// that one import gets a module that refuses. Any other Node built-in still fails the build.
const grayMatterWithoutFs = {
  name: 'gray-matter-without-fs',
  setup(build) {
    build.onResolve({ filter: /^fs$/ }, (args) => (/[\\/]gray-matter[\\/]index\.js$/.test(args.importer) ? { path: 'fs', namespace: 'gray-matter-no-fs' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'gray-matter-no-fs' }, () => ({
      contents: "module.exports = { readFileSync() { throw new Error('no file system in the browser'); } };\n",
      loader: 'js',
    }));
  },
};

// The web extension: `platform: 'browser'` and no `external` but vscode, so a Node built-in that sneaks in
// fails the build ("could not resolve"). node/globs.ts asks process.platform for Windows separators: none here.
const browser = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  define: { 'process.platform': '"browser"' },
  metafile: true,
  plugins: [jsYamlStub, grayMatterWithoutFs],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  // The CLI is always minified: parsing the bundle is a visible share of a short CLI run.
  { ...common, minify: true, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [heavyApart, picomatchApart, jsYamlStub] },
  { ...common, minify: true, entryPoints: ['server/src/core/deferredSchemas.ts'], outfile: 'dist/cli-schema.js' },
  { ...common, minify: true, entryPoints: ['server/src/core/deferredYaml.ts'], outfile: 'dist/cli-yaml.js' },
  { ...common, minify: true, entryPoints: ['server/src/node/picomatch.ts'], outfile: 'dist/cli-picomatch.js' },
  // The engine as a library (`require('model-card-studio')`), sharing the CLI's lazily loaded heavy file.
  { ...common, minify: true, entryPoints: ['server/src/core/index.ts'], outfile: 'dist/lib.js', plugins: [heavyApart, jsYamlStub] },
  // The web extension's client, loaded by VS Code's web worker extension host as CommonJS.
  { ...browser, format: 'cjs', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browserClient.js', external: ['vscode'] },
  // Its server, a classic worker script: one file (a blob-wrapped worker has no URL to load a second one
  // from), with zod and the YAML parser evaluated on first use as in dist/server.js.
  { ...browser, format: 'iife', entryPoints: ['server/src/lsp/browserMain.ts'], outfile: 'dist/browserServer.js' },
];

/** Keeps what each browser bundle is made of (dist/meta/*.json), for the test that no Node built-in is in it. */
function writeMeta(options, result) {
  if (!options.metafile || !result.metafile) return;
  fs.mkdirSync('dist/meta', { recursive: true });
  fs.writeFileSync(path.join('dist/meta', `${path.basename(options.outfile, '.js')}.json`), JSON.stringify(result.metafile));
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map(async (options) => writeMeta(options, await esbuild.build(options))));
}
