// Builds the bundles: the extension client, the language server, the CLI (with its lazily loaded parts)
// and the engine as a library.
import * as esbuild from 'esbuild';
import * as path from 'path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// js-yaml 3 (gray-matter's) builds its "full" schema on load, whose !!js/function type requires esprima at
// run time: 20 ms whenever node_modules is near the bundle. Only the core schema is ever used (gray-matter
// itself parses with safeLoad), so the full schema is the safe one in every bundle.
const yamlSafeOnly = {
  name: 'yaml-safe-only',
  setup(build) {
    build.onResolve({ filter: /\/schema\/default_full$/ }, (args) =>
      /[\\/]js-yaml[\\/]lib\b/.test(args.resolveDir) ? { path: path.join(args.resolveDir, `${args.path.slice(0, -'default_full'.length)}default_safe.js`) } : undefined,
    );
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
  plugins: [yamlSafeOnly],
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
  { ...common, minify: true, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [heavyApart, picomatchApart, yamlSafeOnly] },
  { ...common, minify: true, entryPoints: ['server/src/core/heavy.ts'], outfile: 'dist/cli-heavy.js' },
  { ...common, minify: true, entryPoints: ['server/src/node/picomatch.ts'], outfile: 'dist/cli-picomatch.js' },
  // The engine as a library (`require('model-card-studio')`), sharing the CLI's lazily loaded heavy file.
  { ...common, minify: true, entryPoints: ['server/src/core/index.ts'], outfile: 'dist/lib.js', plugins: [heavyApart, yamlSafeOnly] },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
