// Builds the bundles: the extension client, the language server, the CLI (with its lazily loaded parts)
// and the engine as a library.
import * as esbuild from 'esbuild';

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

// In the CLI bundle the engine's heavy dependencies (zod, gray-matter, js-yaml) stay in a file of their
// own, loaded on first use: a run over leaderboard cards never parses them.
const heavyApart = {
  name: 'heavy-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/heavy$/ }, (args) => (args.importer.endsWith('lazy.ts') ? { path: './cli-heavy.js', external: true } : undefined));
  },
};

// picomatch too: only a run with globs (arguments, --ignore, config overrides) needs it.
const picomatchApart = {
  name: 'picomatch-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/picomatch$/ }, (args) => (args.importer.endsWith('globs.ts') ? { path: './cli-picomatch.js', external: true } : undefined));
  },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  // The CLI is always minified: parsing the bundle is a visible share of a short CLI run.
  { ...common, minify: true, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [heavyApart, picomatchApart, jsYamlStub] },
  { ...common, minify: true, entryPoints: ['server/src/core/heavy.ts'], outfile: 'dist/cli-heavy.js' },
  { ...common, minify: true, entryPoints: ['server/src/node/picomatch.ts'], outfile: 'dist/cli-picomatch.js' },
  // The engine as a library (`require('model-card-studio')`), sharing the CLI's lazily loaded heavy file.
  { ...common, minify: true, entryPoints: ['server/src/core/index.ts'], outfile: 'dist/lib.js', plugins: [heavyApart, jsYamlStub] },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
