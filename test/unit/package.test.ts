// The npm tarball: only what runs, under 600 KB (700 KB unpacked), and working once installed into an empty folder: the
// CLI through npx, the engine through require, import and TypeScript.
import { strict as assert } from 'assert';
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from './helpers/cards';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// The bar: the tarball under 600 KB (it is about 210 KB). Unpacked, 700 KB: the repository
// rules and index (broken links, derived tables) and the Hub's vocabulary ship in the CLI and the library.
const MAX_TARBALL = 600 * 1024;
const MAX_UNPACKED = 700 * 1024;

interface PackEntry {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

let tmp = '';
let pack: PackEntry | undefined;
let consumer = '';

function sh(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  // No npm_config_* of the test run itself (npm test sets some), and no network: everything is local.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}: ${r.stderr}${r.stdout}`);
  return r;
}

before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-pack-'));
  // --ignore-scripts: the bundles npm test just built, not a production rebuild in the middle of the run.
  const out = sh(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], REPO_ROOT).stdout;
  pack = (JSON.parse(out.slice(out.indexOf('['))) as PackEntry[])[0];
  consumer = path.join(tmp, 'consumer');
  fs.mkdirSync(consumer);
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  sh(NPM, ['install', '--no-save', '--ignore-scripts', path.join(tmp, pack?.filename ?? '')], consumer);
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

void describe('the npm package', () => {
  void it('holds the CLI, the library and its types, schemas and the docs npm always ships, nothing else', () => {
    const files = (pack?.files ?? []).map((f) => f.path).sort();
    assert.deepEqual(files, [
      'CHANGELOG.md', 'LICENSE', 'README.md',
      'dist/cli-picomatch.js', 'dist/cli-schema.js', 'dist/cli-yaml.js', 'dist/cli.js', 'dist/lib.js',
      'package.json',
      'schemas/modelcard-frontmatter.schema.json', 'schemas/modelcardrc.schema.json',
      'types/index.d.ts',
    ]);
    assert.ok((pack?.size ?? Infinity) < MAX_TARBALL, `tarball ${pack?.size} bytes`);
    assert.ok((pack?.unpackedSize ?? Infinity) < MAX_UNPACKED, `unpacked ${pack?.unpackedSize} bytes`);
  });

  void it('runs the CLI from the installed tarball with npx --no-install', () => {
    const version = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.equal(sh(NPX, ['--no-install', 'modelcard', '--version'], consumer).stdout.trim(), version);
    fs.writeFileSync(path.join(consumer, 'card.md'), '---\nmodel_name: X\norganization: Y\nreleased: 2024-01\naccess: public\nparameters: 7B\ntraining_tokens: 2T\n---\n# X\n');
    const check = spawnSync(process.execPath, [path.join(consumer, 'node_modules', 'model-card-studio', 'dist', 'cli.js'), 'check', '*.md', '-f', 'json'], { cwd: consumer, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    assert.equal((JSON.parse(check.stdout) as { files: unknown[] }).files.length, 1, 'front matter and globs load their lazy parts');
  });

  void it('imports the engine with require, import and TypeScript', () => {
    const card = JSON.stringify('# X\\n\\n**Organization:** Y\\n');
    sh(process.execPath, ['-e', `const { analyzeCard, RULE_IDS } = require('model-card-studio'); if (typeof analyzeCard(${card}).isCard !== 'boolean' || RULE_IDS.length < 10) process.exit(1);`], consumer);
    sh(process.execPath, ['--input-type=module', '-e', `import { analyzeCard, fixAll } from 'model-card-studio'; if (typeof fixAll(${card}) !== 'string' || !Array.isArray(analyzeCard(${card}).findings)) process.exit(1);`], consumer);
    fs.writeFileSync(path.join(consumer, 'use.ts'), [
      "import { analyzeCard, parseConfig, type Finding } from 'model-card-studio';",
      "const config = parseConfig({ rules: { 'section-order': 'off' } });",
      "const findings: Finding[] = analyzeCard('# X', config.ok ? { config: config.config } : {}).findings;",
      'export const lines: number[] = findings.map((f) => f.range.start.line + 1);',
      '',
    ].join('\n'));
    const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    // Both the `exports` map (nodenext) and the top-level `types` (node10) lead to the declarations; no lib check skipped.
    for (const [module, moduleResolution] of [['nodenext', 'nodenext'], ['commonjs', 'node10']]) {
      const compilerOptions = { strict: true, noEmit: true, skipLibCheck: false, types: [], module, moduleResolution, ignoreDeprecations: '5.0' };
      fs.writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['use.ts'] }));
      sh(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer);
    }
  });
});
