// `modelcard export --format model-index`: the built dist/cli.js on temp folders of cards written here, and the
// formatter in-process.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { loadAll } from 'js-yaml';
import { analyzeCard } from '../../server/src/core';
import { exportModelIndex } from '../../server/src/cli/exportModelIndex';
import { REPO_ROOT } from '../helpers/paths';
import { fixture } from './helpers/cards';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const SEED = fixture('seed.md');
const OTHER = SEED.replace('# Seedling 78B', '# Sapling 7B').replace('| 86.1 |', '| 60.0 |');
const NO_SCORES = SEED.replace('# Seedling 78B', '# Bud 1B').replace(/\| (86\.1|71\.1|49\.0) \|/g, '| - |');

let dir = '';
const write = (rel: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
const run = (...args: string[]): { code: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

before(() => {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build before the tests`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-export-'));
  write('models/seed.md', SEED);
  write('models/sapling.md', OTHER);
  write('models/bud.md', NO_SCORES);
  write('notes.md', '# Notes\n\nNot a card.\n');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

void describe('modelcard export --format model-index', () => {
  void it('prints one card\'s block alone, exit 0', () => {
    const r = run('export', '--format', 'model-index', 'models/seed.md');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.ok(r.stdout.startsWith('model-index:\n- name: Seedling 78B\n  results:\n  - task:\n      type: text-generation\n    dataset:\n      name: MMLU\n      type: cais/mmlu\n'));
    assert.ok(r.stdout.endsWith('      verified: false\n'));
    assert.ok(!r.stdout.includes('#'), 'no path comment for one card');
  });

  void it('prints a YAML document per card after a comment naming it; cards without scores are named on stderr', () => {
    const r = run('export', '--format', 'model-index', 'models');
    assert.equal(r.code, 0, r.stderr);
    // loadAll throws on any YAML error, so two documents back means two well-formed blocks.
    const docs = loadAll(r.stdout) as { 'model-index': { name: string }[] }[];
    assert.equal(docs.length, 2);
    const names = docs.map((d) => d['model-index'][0]?.name);
    assert.deepEqual(names, ['Sapling 7B', 'Seedling 78B']);
    assert.deepEqual(r.stdout.split('\n').filter((l) => l.startsWith('#') || l === '---'), ['# models/sapling.md', '---', '# models/seed.md']);
    assert.equal(r.stderr, 'modelcard: models/bud.md: no benchmark scores to export\n');
  });

  void it('writes the blocks to --output, atomically, and says so on stderr', () => {
    const r = run('export', '--format', 'model-index', '--output', 'meta.yaml', 'models/seed.md');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /wrote the output to meta\.yaml/);
    assert.ok(fs.readFileSync(path.join(dir, 'meta.yaml'), 'utf8').startsWith('model-index:\n- name: Seedling 78B\n'));
  });

  void it('exits 1 when no card has a score, 2 on a missing file or an unknown format', () => {
    assert.equal(run('export', '--format', 'model-index', 'models/bud.md').code, 1);
    const missing = run('export', '--format', 'model-index', 'models/nope.md');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.md/);
    const yaml = run('export', '--format', 'yaml', 'models');
    assert.equal(yaml.code, 2);
    assert.match(yaml.stderr, /unknown format "yaml" for export: use csv, json, model-index/);
    assert.match(run('export', '--format', 'model-index', '--quiet', 'models').stderr, /export takes no --quiet/);
  });

  void it('formats in-process: control characters in a path or name never reach the terminal raw', () => {
    const evil = SEED.replace('| **MMLU** |', '| **MM\u001b[2JLU\u202e** |').replace('| **GPQA** | 49.0 |', '| **GPQA** | n/a |');
    const out = exportModelIndex([
      { path: 'a\nb.md', analysis: analyzeCard(evil) },
      { path: 'c.md', analysis: analyzeCard(SEED) },
    ]);
    assert.equal(out.exported, 2);
    assert.ok(out.stdout.startsWith('# a\\nb.md\nmodel-index:\n'));
    assert.ok(out.stdout.includes('      name: "MM\\u001b[2JLU\\u202e"\n'));
    assert.ok(!out.stdout.includes('\u001b') && !out.stdout.includes('\u202e'));
    assert.deepEqual(out.notes, ['a\\nb.md: GPQA left out (not a number)']);
  });
});
