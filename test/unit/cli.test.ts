// The `modelcard` CLI end to end: runs the built dist/cli.js on temp folders of cards written here.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { RULE_IDS } from '../../server/src/core';
import { tuneForShortRun } from '../../server/src/cli/v8Tuning';
import { markdownFiles } from './helpers/cards';

import { REPO_ROOT as ROOT, SHARED_REPO as SHARED } from '../helpers/paths';
const CLI = path.join(ROOT, 'dist', 'cli.js');

// Cards written for these tests: P = 7B and T = 2,000B give ALScore 0.4 (Lightweight) and 286:1.
const CLEAN_CARD = `# Testmodel 7B

> Reasoning

**Organization:** [Acme AI](../../labs/acme-ai.md)
**Released:** Mar/2024
**Access:** 🟢 Public

---

## 📊 Overview

Testmodel 7B is a dense language model written for the CLI tests.

## 🔧 Technical Specifications

### Model Architecture
- **Type:** Dense
- **Parameters:** 7.0B
- **Training Tokens:** 2000.0B
- **Token:Param Ratio:** 286:1 ✅ Compute-optimal

### Training Efficiency
- **ALScore:** 0.4 (Lightweight)
- **Formula:** √(Parameters × Tokens) ÷ 300

### Training Data
- **Dataset Type:** web-scale, code

## 📈 Performance Benchmarks

| Benchmark | Score | Description |
|-----------|-------|-------------|
| **MMLU** | 61.2 | General knowledge across 57 subjects |
| **MMLU-Pro** | - | Advanced MMLU variant |
| **GPQA** | 28.9 | Graduate-level reasoning |
| **HLE** | - | High-level evaluation |

## 🏷️ Model Tags

\`Reasoning\`

## 📝 Additional Notes

Written for tests; not a real model.

## 🔗 Resources

- 📄 [Technical Documentation](https://example.com/testmodel)

## 🔍 Related Models

**From Acme AI:**
- See all models in [Acme AI profile](../../labs/acme-ai.md)

**Similar Architecture:**
- See all [Dense models](../../architectures/dense.md)

---

**Last Updated:** 2025-01-15

[← Back to Leaderboard](../../README.md) • [View All Acme AI Models](../../labs/acme-ai.md)
`;

/** The clean card with a stated ALScore that does not follow from P and T. */
const brokenCard = (): string => CLEAN_CARD.replace('**ALScore:** 0.4 (Lightweight)', '**ALScore:** 5.0 (Powerful)');

const UNKNOWN_TOKENS_CARD = CLEAN_CARD.replace('2000.0B', '-B').replace('286:1 ✅ Compute-optimal', '- -').replace('0.4 (Lightweight)', '-');

const FRONT_MATTER_CARD = `---
model_name: Frontmodel 3B
organization: Acme AI
released: 2024-06
access: public
architecture: dense
parameters: 3B
training_tokens: 1.5T
benchmarks:
  MMLU: 55.0
tags: [Coding]
last_updated: 2025-01-15
license: apache-2.0
---

# Frontmodel 3B

A card that keeps its facts in front matter.
`;

const NOT_A_CARD = '# Leaderboard\\n\\nA list of models: [Testmodel](models/clean.md).\\n';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonOut {
  files: { path: string; format: string; metrics: Record<string, unknown>; diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; fix?: { title: string; edits: unknown[] } }[] }[];
  summary: Record<string, number>;
}

let dir = '';
const write = (rel: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
// 0-based line of the first line containing `needle` in `text`.
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle));

before(() => {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build before the tests`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-cli-'));
  write('repo/models/clean.md', CLEAN_CARD);
  write('repo/models/sub/front.md', FRONT_MATTER_CARD);
  write('repo/README.md', NOT_A_CARD);
  write('repo/labs/acme.md', '# Acme\n\nA lab.\n');
  write('repo/node_modules/pkg/card.md', brokenCard());
  write('repo/.hidden/card.md', brokenCard());
  write('broken/broken.md', brokenCard());
  write('unknown/unknown.md', UNKNOWN_TOKENS_CARD);
  write('badcfg/.modelcardrc.json', JSON.stringify({ rules: { 'alscore-mismatch': 'loud' } }));
  write('badcfg/card.md', CLEAN_CARD);
  write('quiet/.modelcardrc.json', JSON.stringify({ rules: { 'alscore-mismatch': 'off' } }));
  write('quiet/card.md', brokenCard());
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

void describe('modelcard check', () => {
  void it('exits 0 on a folder of clean cards and reports only the cards', () => {
    // Card rules only: this folder is shaped like a leaderboard repository (cliRepository.test.ts checks that side).
    const r = run(path.join(dir, 'repo'), 'check', '--format', 'json', '--no-repository');
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as JsonOut;
    assert.deepEqual(out.files.map((f) => f.path), ['models/clean.md', 'models/sub/front.md']);
    assert.deepEqual(out.files.map((f) => f.format), ['leaderboard', 'frontmatter']);
    assert.equal(out.summary.errors, 0);
    assert.equal(out.summary.warnings, 0);
  });

  void it('reads counts out of any sane range as invalid values, never as metrics (JSON has no Infinity)', () => {
    const huge = path.join(dir, 'huge.md');
    fs.writeFileSync(huge, CLEAN_CARD.replace('- **Parameters:** 7.0B', '- **Parameters:** 1e-300B').replace('- **Training Tokens:** 2000.0B', '- **Training Tokens:** 1e300B'));
    const r = run(dir, 'check', 'huge.md', '--format', 'json');
    const metrics = (JSON.parse(r.stdout) as JsonOut).files[0]?.metrics;
    assert.ok(metrics, r.stdout);
    assert.equal(metrics.tokensPerParam, null);
    assert.equal(metrics.writtenRatio, null);
    assert.equal(metrics.parametersB, null);
    assert.equal(metrics.alScore, null);
    const rules = (JSON.parse(r.stdout) as JsonOut).files[0]?.diagnostics.map((d) => d.rule);
    assert.deepEqual(rules?.filter((x) => x === 'invalid-value').length, 2, r.stdout);
    fs.rmSync(huge);
  });

  void it('prints path:line:col severity rule message and a summary, exit 1 on errors', () => {
    const r = run(dir, 'check', 'broken');
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    const text = brokenCard();
    const line = lineOf(text, '**ALScore:**');
    const col = (text.split('\n')[line] ?? '').indexOf('5.0');
    const prefix = `broken/broken.md:${line + 1}:${col + 1} error alscore-mismatch ALScore 5.0 does not follow from`;
    assert.ok(lines.some((l) => l.startsWith(prefix)), r.stdout);
    for (const l of lines.slice(0, -1)) assert.match(l, /^broken\/broken\.md:\d+:\d+ (error|warning|information|hint) [a-z-]+ \S/);
    assert.match(lines[lines.length - 1] ?? '', /^1 file checked: [1-9]\d* errors?, \d+ warnings?, \d+ information in 1 file$/);
  });

  void it('gives 0-based UTF-16 ranges, relative paths, every metric and certain fixes in json', () => {
    const r = run(dir, 'check', './broken', 'unknown', '--format=json');
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as JsonOut;
    assert.deepEqual(out.files.map((f) => f.path), ['broken/broken.md', 'unknown/unknown.md']);
    const broken = out.files[0];
    const d = broken?.diagnostics.find((x) => x.rule === 'alscore-mismatch');
    assert.ok(d, JSON.stringify(broken));
    const text = brokenCard();
    const line = lineOf(text, '**ALScore:**');
    const col = (text.split('\n')[line] ?? '').indexOf('5.0');
    assert.deepEqual(d.range.start, { line, character: col });
    assert.equal(d.severity, 'error');
    assert.ok(d.fix && d.fix.edits.length > 0, 'the ALScore fix is certain');
    assert.deepEqual(Object.keys(broken?.metrics ?? {}), ['parametersB', 'trainingTokensB', 'alScore', 'alScoreRounded', 'tier', 'tokensPerParam', 'writtenRatio', 'computeOptimal', 'chinchillaTokensB', 'trainingFlops']);
    assert.equal(broken?.metrics.parametersB, 7);
    assert.equal(broken?.metrics.writtenRatio, 286);
    assert.equal(broken?.metrics.tier, 'Lightweight');
    const unknown = out.files[1]?.metrics ?? {};
    assert.equal(unknown.trainingTokensB, null);
    assert.equal(unknown.alScore, null);
    assert.equal(unknown.chinchillaTokensB, 140);
    assert.deepEqual(Object.keys(out.summary), ['files', 'errors', 'warnings', 'information', 'hints']);
    assert.equal(out.summary.files, 2);
    assert.equal(out.summary.errors, out.files.flatMap((f) => f.diagnostics).filter((x) => x.severity === 'error').length);
  });

  void it('writes SARIF 2.1.0 with rules, 1-based regions and relative URIs', () => {
    const r = run(dir, 'check', 'broken', '--format', 'sarif');
    assert.equal(r.code, 1);
    const json = (JSON.parse(run(dir, 'check', 'broken', '--format', 'json').stdout) as JsonOut).files[0];
    type Sarif = {
      $schema: string;
      version: string;
      runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[] } }; results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[] }[] }[];
    };
    const sarif = JSON.parse(r.stdout) as Sarif;
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    const run0 = sarif.runs[0];
    assert.ok(run0);
    const driver = run0.tool.driver;
    assert.equal(driver.name, 'modelcard');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(driver.rules.map((x) => x.id), [...RULE_IDS]);
    for (const rule of driver.rules) {
      assert.equal(rule.helpUri, `https://github.com/model-card-studio/model-card-studio#${rule.id}`);
      assert.ok(rule.shortDescription.text.length > 10);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    assert.equal(run0.results.length, json?.diagnostics.length);
    run0.results.forEach((res, i) => {
      const diag = json?.diagnostics[i];
      assert.equal(res.ruleId, diag?.rule);
      assert.equal(driver.rules[res.ruleIndex]?.id, res.ruleId);
      assert.equal(res.level, diag?.severity === 'error' ? 'error' : diag?.severity === 'warning' ? 'warning' : 'note');
      assert.equal(res.message.text, diag?.message);
      const loc = res.locations[0]?.physicalLocation;
      assert.deepEqual(loc?.artifactLocation, { uri: 'broken/broken.md', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(loc?.region, { startLine: (diag?.range.start.line ?? 0) + 1, startColumn: (diag?.range.start.character ?? 0) + 1, endLine: (diag?.range.end.line ?? 0) + 1, endColumn: (diag?.range.end.character ?? 0) + 1 });
    });
  });

  void it('checks files named explicitly as cards, even when their content is not a card', () => {
    const r = run(path.join(dir, 'repo'), 'check', 'README.md', '--format', 'json');
    const out = JSON.parse(r.stdout) as JsonOut;
    assert.deepEqual(out.files.map((f) => f.path), ['README.md']);
    assert.ok((out.files[0]?.diagnostics ?? []).some((x) => x.rule === 'missing-field' && x.severity === 'error'));
    assert.equal(r.code, 1);
  });

  void it('says why a file named explicitly is not checked: its front matter is a Space\'s or a dataset card\'s', () => {
    write('pages/space.md', '---\ntitle: Demo\nsdk: gradio\napp_file: app.py\nlicense: mit\n---\n# Demo\n');
    write('pages/dataset.md', '---\npretty_name: Reviews\ntask_categories: [text-classification]\nlicense: mit\n---\n# Reviews\n');
    const r = run(path.join(dir, 'pages'), 'check', 'space.md', 'dataset.md');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /no model cards found \(2 Markdown files looked at\)/);
    assert.match(r.stderr, /space\.md: not checked: its front matter is that of a Hugging Face Space's README \(sdk\), not a model card/);
    assert.match(r.stderr, /dataset\.md: not checked: its front matter is that of a Hugging Face dataset card \(pretty_name\), not a model card/);
    const stdin = spawnSync(process.execPath, [CLI, 'check', '--stdin', '--stdin-filename', 'README.md'], { cwd: dir, input: fs.readFileSync(path.join(dir, 'pages/space.md')), encoding: 'utf8' });
    assert.match(stdin.stderr, /README\.md: not checked: its front matter is that of a Hugging Face Space's README \(sdk\)/);
    // Walked, such a page is left out without a word (a folder holds many).
    assert.equal(run(dir, 'check', 'pages').stderr, '');
  });

  void it('skips node_modules and hidden folders when walking', () => {
    const r = run(dir, 'check', 'repo', '--format', 'json');
    const paths = (JSON.parse(r.stdout) as JsonOut).files.map((f) => f.path);
    assert.deepEqual(paths, ['repo/models/clean.md', 'repo/models/sub/front.md']);
  });

  void it('applies the nearest .modelcardrc.json, and --config over it', () => {
    assert.equal(run(dir, 'check', 'quiet').code, 0, 'alscore-mismatch is off in quiet/.modelcardrc.json');
    assert.equal(run(dir, 'check', 'quiet', '--config', path.join(dir, 'repo', 'nonexistent.json')).code, 2);
    write('loud.json', '{"rules":{"alscore-mismatch":"error"}}');
    assert.equal(run(dir, 'check', 'quiet', '--config', 'loud.json').code, 1);
  });

  void it('--quiet reports errors only; --max-warnings fails on too many warnings', () => {
    const quiet = JSON.parse(run(dir, 'check', 'broken', '-q', '-f', 'json').stdout) as JsonOut;
    assert.ok(quiet.files[0]?.diagnostics.every((x) => x.severity === 'error'));
    write('warn/.modelcardrc.json', '{"rules":{"alscore-mismatch":"warning"}}');
    write('warn/card.md', brokenCard());
    assert.equal(run(dir, 'check', 'warn').code, 0);
    const r = run(dir, 'check', 'warn', '--max-warnings', '0');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /too many warnings/);
  });
});

void describe('modelcard check on worker threads', () => {
  void it('gives the same output with --jobs 2 as with --jobs 1', () => {
    for (let i = 0; i < 320; i++) write(`many/m${String(i).padStart(3, '0')}.md`, i % 7 === 0 ? brokenCard() : CLEAN_CARD);
    const one = run(dir, 'check', 'many', '--format', 'json', '--jobs', '1');
    const two = run(dir, 'check', 'many', '--format', 'json', '--jobs', '2');
    assert.equal(one.code, 1);
    assert.equal(two.code, 1);
    assert.equal(two.stdout, one.stdout);
    assert.equal((JSON.parse(two.stdout) as JsonOut).files.length, 320);
  });
});

void describe('modelcard exit code 2', () => {
  void it('names the config file and the key of a bad config', () => {
    const r = run(dir, 'check', 'badcfg');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /badcfg[\\/]\.modelcardrc\.json/);
    assert.match(r.stderr, /alscore-mismatch/);
    assert.equal(r.stdout, '');
  });

  void it('on a missing path, an unknown option, format or command', () => {
    const missing = run(dir, 'check', 'nope.md');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.md: no such file or directory/);
    for (const args of [['check', '--colour'], ['check', '--format', 'xml'], ['lint'], [], ['check', '--config']]) {
      const r = run(dir, ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^modelcard: \S/, args.join(' '));
      assert.equal(r.stdout, '');
    }
  });

  void it('still reports the readable files when one path is missing', () => {
    const r = run(dir, 'check', 'broken', 'nope', '--format', 'json');
    assert.equal(r.code, 2);
    assert.equal((JSON.parse(r.stdout) as JsonOut).files.length, 1);
  });
});

void describe('modelcard metrics, fix, --help, --version', () => {
  void it('prints every metric with units, and — for unknown values', () => {
    const r = run(dir, 'metrics', 'repo/models/clean.md');
    assert.equal(r.code, 0, r.stderr);
    const row = (key: string): string => (r.stdout.split('\n').find((l) => l.includes(` ${key} `)) ?? '').trim();
    assert.match(r.stdout, /^Testmodel 7B \(repo\/models\/clean\.md, leaderboard card\)/);
    assert.match(row('parametersB'), /7B$/);
    assert.match(row('trainingTokensB'), /2,000B$/);
    assert.match(row('alScore'), /0\.3944$/);
    assert.match(row('alScoreRounded'), /0\.4$/);
    assert.match(row('tier'), /Lightweight$/);
    assert.match(row('tokensPerParam'), /285\.71 tokens\/param$/);
    assert.match(row('writtenRatio'), /286:1$/);
    assert.match(row('computeOptimal'), /yes/);
    assert.match(row('chinchillaTokensB'), /140B/);
    assert.match(row('trainingFlops'), /8\.40 × 10²² FLOPs/);
    const unknown = run(dir, 'metrics', 'unknown/unknown.md').stdout;
    assert.match(unknown, /alScore\s+—/);
    assert.match(unknown, /trainingFlops\s+—/);
    assert.equal(run(dir, 'metrics', 'nope.md').code, 2);
  });

  void it('fix applies the certain fixes in place and reports what is left', () => {
    write('tofix/card.md', brokenCard());
    const r = run(dir, 'fix', 'tofix');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^fixed tofix\/card\.md$/m);
    assert.match(fs.readFileSync(path.join(dir, 'tofix/card.md'), 'utf8'), /\*\*ALScore:\*\* 0\.4 \(Lightweight\)/);
    assert.equal(run(dir, 'check', 'tofix').code, 0);
  });

  void it('--help and --version', () => {
    const help = run(dir, '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /modelcard <command>/);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(run(dir, '--version').stdout.trim(), pkg.version);
  });
});

void describe('the shared real cards', () => {
  void it('every card is reported with no errors and no warnings', { skip: !fs.existsSync(SHARED) && 'no ../shared/cards' }, () => {
    // The cards' own rules; the sample's real broken links are asserted in sharedRepository.test.ts.
    const r = run(SHARED, 'check', '--format', 'json', '--no-repository');
    const out = JSON.parse(r.stdout) as JsonOut;
    const cards = markdownFiles(path.join(SHARED, 'models')).length;
    assert.equal(out.files.length, cards, 'every card under models/ is reported');
    const bad = out.files.flatMap((f) => f.diagnostics.filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => `${f.path}: ${x.rule} ${x.message}`));
    assert.deepEqual(bad, []);
    assert.equal(r.code, 0);
  });
});

void describe('V8 tiering for a short run', () => {
  void it('is tuned only on V8 versions known to have the flag, so nothing is printed elsewhere', () => {
    assert.equal(tuneForShortRun('10.2.154.26-node.26'), false);
    assert.equal(tuneForShortRun('13.6.233.10-node.18'), false);
    assert.equal(tuneForShortRun(process.versions.v8), /^1[12]\./.test(process.versions.v8));
  });

  void it('holds the young generation at 8 MB once it has grown there (in a process of its own: the flag is global)', () => {
    const tuning = require.resolve('../../server/src/cli/v8Tuning');
    // Garbage in young objects, a card's worth at a time, as a run makes it; the cap is asked after each "card".
    const script = `
      const v8 = require('v8'); const t = require(${JSON.stringify(tuning)});
      const young = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
      const tune = process.argv[1] === 'tune';
      if (tune) t.tuneForShortRun();
      let keep = [], capped = false, most = 0;
      for (let card = 0; card < 400; card++) {
        const entries = []; for (let i = 0; i < 20000; i++) entries.push({ key: 'k' + i, value: i });
        keep.push(entries); if (keep.length > 3) keep.shift();
        capped = t.capYoungGeneration() || capped; most = Math.max(most, young());
      }
      process.stdout.write(JSON.stringify({ capped, most }));`;
    const run = (mode: string): { capped: boolean; most: number } => JSON.parse(spawnSync(process.execPath, ['-e', script, mode], { encoding: 'utf8' }).stdout) as { capped: boolean; most: number };
    const untuned = run('plain');
    assert.equal(untuned.capped, false);
    assert.ok(untuned.most > 8 * 1024 * 1024, `without the cap it grows past 8 MB (${untuned.most})`);
    if (!/^1[12]\./.test(process.versions.v8)) return;
    const tuned = run('tune');
    assert.equal(tuned.capped, true);
    assert.ok(tuned.most <= 8 * 1024 * 1024, `held at 8 MB (${tuned.most})`);
  });

  void it('leaves stdout and stderr clean', () => {
    const r = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/);
    assert.equal(r.stderr, '');
  });
});
