// Eval results both ways: the benchmark table -> model-index (read back by the YAML parser and checked by the
// hf-model-index rule), model-index -> rows and table, round trips on the fixtures, and hostile model-index values.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { load as parseYaml } from 'js-yaml';
import { analyzeCard } from '../../server/src/core';
import {
  benchmarkDataset,
  benchmarkRowsOf,
  benchmarkTable,
  derivedDatasetType,
  MAX_ROWS,
  modelIndexFromRows,
  modelNameOf,
  rowsFromModelIndex,
  usualDescription,
  type EvalRow,
} from '../../server/src/core/evals';
import { fixture, markdownFiles, REPO_ROOT, show } from './helpers/cards';

const SEED = fixture('seed.md');
const row = (name: string, raw: string, description = ''): EvalRow => ({ name, raw, score: raw === '-' ? null : Number(raw.replace('%', '')), description });

/** The block's YAML read back as data. */
const data = (lines: string[]): Record<string, unknown> => (parseYaml(lines.join('\n')) as Record<string, unknown> | null) ?? {};

/** A card made of the seed with `lines` as its front matter: what an author gets after the code action. */
const withFrontMatter = (lines: string[], text = SEED): string => `---\n${lines.join('\n')}\n---\n${text}`;

void describe('benchmark table -> model-index', () => {
  void it('writes one result per scored row, with Hub dataset ids, values on the card scale and verified: false', () => {
    const a = analyzeCard(SEED);
    const block = modelIndexFromRows(modelNameOf(a), benchmarkRowsOf(a));
    assert.deepEqual(block.lines.slice(0, 14), [
      'model-index:',
      '- name: Seedling 78B',
      '  results:',
      '  - task:',
      '      type: text-generation',
      '    dataset:',
      '      name: MMLU',
      '      type: cais/mmlu',
      '    metrics:',
      '    - type: acc',
      '      value: 86.1',
      '      name: General knowledge',
      '      verified: false',
      '  - task:',
    ]);
    const index = data(block.lines)['model-index'] as { results: { dataset: { type: string; name: string }; metrics: { value: unknown }[] }[] }[];
    assert.deepEqual(index[0]?.results.map((r) => [r.dataset.name, r.dataset.type, r.metrics[0]?.value]), [
      ['MMLU', 'cais/mmlu', 86.1],
      ['MMLU-Pro', 'TIGER-Lab/MMLU-Pro', 71.1],
      ['GPQA', 'Idavidrein/gpqa', 49],
    ]);
    // GPQA's 49.0 keeps its digits; HLE's `-` has no value to give, so it is left out and said so.
    assert.ok(block.lines.includes('      value: 49.0'));
    assert.deepEqual(block.skipped.map((s) => [s.row.name, s.why]), [['HLE', 'unknown score']]);
  });

  void it('gives a card with the block in its front matter no finding (hf-model-index and the rest)', () => {
    for (const file of ['seed.md', 'seed-both.md']) {
      const text = fixture(file);
      const a = analyzeCard(text);
      const block = modelIndexFromRows(modelNameOf(a), benchmarkRowsOf(a));
      assert.ok(block.lines.length > 0, file);
      const after = file === 'seed.md' ? withFrontMatter(block.lines) : text.replace('\n---\n\n#', `\n${block.lines.join('\n')}\n---\n\n#`);
      assert.deepEqual(analyzeCard(after).findings.map(show), [], file);
    }
  });

  void it('names the usual benchmarks by their Hub ids and derives an id huggingface_hub accepts for others', () => {
    assert.equal(benchmarkDataset('HLE').type, 'cais/hle');
    assert.equal(benchmarkDataset('mmlu-pro').type, 'TIGER-Lab/MMLU-Pro');
    assert.equal(benchmarkDataset("Humanity's Last Exam").type, 'cais/hle');
    assert.deepEqual(benchmarkDataset('LiveCodeBench v5'), { type: 'livecodebench-v5', metricType: 'score', taskType: 'text-generation', known: null });
    // validate_repo_id: [\w.-]{1,96} between word characters, no `--` or `..`.
    const repoId = /^(?!.*--)(?!.*\.\.)[A-Za-z0-9](?:[\w.-]{0,94}[A-Za-z0-9])?$/;
    for (const name of ['τ²-bench', 'Arena: Hard -- v2', '  ', '🧪', 'x'.repeat(500), 'A..B', '__proto__', 'constructor']) {
      assert.match(derivedDatasetType(name), repoId, name);
    }
    assert.equal(derivedDatasetType('__proto__'), 'proto');
  });

  void it('quotes what YAML 1.1 or 1.2 would read otherwise, and reads back every name as written', () => {
    const names = ['No', 'on', 'Arena: Hard', '#1 bench', '2024 eval', 'say "hi"', 'line\nbreak', 'trailing ', '- dash', '{x}', 'a\u2028b'];
    const block = modelIndexFromRows('Yes', names.map((n, i) => row(n, String(i + 1))));
    const index = data(block.lines)['model-index'] as { name: unknown; results: { dataset: { name: unknown } }[] }[];
    assert.equal(index[0]?.name, 'Yes');
    assert.deepEqual(index[0]?.results.map((r) => r.dataset.name), names.map((n) => n.trim()));
    assert.ok(block.lines.includes('- name: "Yes"'), 'PyYAML would read a plain Yes as True');
  });

  void it('leaves out duplicate rows and scores that are not numbers', () => {
    const block = modelIndexFromRows('m', [row('MMLU', '80'), row('mmlu', '81'), { name: 'GPQA', raw: 'n/a', score: null, description: '' }]);
    assert.deepEqual(block.skipped.map((s) => [s.row.name, s.why]), [['mmlu', 'duplicate'], ['GPQA', 'not a number']]);
    assert.equal(block.written.length, 1);
    assert.deepEqual(modelIndexFromRows('m', [row('HLE', '-')]).lines, []);
  });
});

void describe('model-index -> benchmark rows', () => {
  void it('reads huggingface_hub\'s sample: one row per metric, a repeated dataset made unique, values as written', () => {
    const file = path.join(REPO_ROOT, 'test/fixtures/hf/cards/huggingface__huggingface_hub__tests__fixtures__cards__sample_simple_model_index.md');
    const a = analyzeCard(fs.readFileSync(file, 'utf8'));
    const read = rowsFromModelIndex(a.frontMatter?.data?.['model-index']);
    assert.equal(read.modelName, 'my-cool-model');
    assert.deepEqual(read.rows, [
      { name: 'Beans', raw: '0.9', score: 0.9, description: '' },
      { name: 'Beans (2)', raw: '0.66', score: 0.66, description: '' },
    ]);
    assert.deepEqual(benchmarkTable(read.rows), ['| Benchmark | Score | Description |', '|-----------|-------|-------------|', '| **Beans** | 0.9 |  |', '| **Beans (2)** | 0.66 |  |']);
  });

  void it('names a result by its dataset type when it has no name, and reads a text value\'s leading number', () => {
    const read = rowsFromModelIndex([
      {
        name: 'm',
        results: [
          { task: { type: 'text-generation' }, dataset: { type: 'cais/mmlu' }, metrics: [{ type: 'acc', value: '64.5 ± 1.2' }, { type: 'acc_norm', value: true }] },
          { task: { type: 'text-generation' }, dataset: { type: 'x|y', name: 'A | B' }, metrics: [{ type: 'f1', name: 'F1 on\nthe test split', value: 12 }] },
          { dataset: {}, metrics: [{ value: 1 }] },
          'not a result',
        ],
      },
    ]);
    assert.deepEqual(read.rows, [
      { name: 'MMLU', raw: '64.5', score: 64.5, description: 'General knowledge across 57 subjects' },
      { name: 'MMLU (acc_norm)', raw: '-', score: null, description: 'General knowledge across 57 subjects' },
      { name: 'A \\| B', raw: '12', score: 12, description: 'F1 on the test split' },
    ]);
    assert.equal(read.leftOut, 2);
  });

  void it('never throws and stays bounded on any value: garbage, 10,000 entries, shared lists, deep nesting', () => {
    const deep: unknown[] = [];
    let at: unknown[] = deep;
    for (let i = 0; i < 10_000; i++) at = (at[0] = []);
    const metric = { type: 'acc', value: 1 };
    const shared = { task: { type: 't' }, dataset: { type: 'd', name: 'D' }, metrics: Array.from({ length: 1000 }, () => metric) };
    const values: unknown[] = [null, 1, 'x', {}, [], deep, [deep], [{ results: deep }], [{ name: { x: 1 }, results: [{ dataset: [], metrics: {} }] }]];
    values.push(Array.from({ length: 10_000 }, (_, i) => ({ name: 'm', results: [{ task: { type: 't' }, dataset: { type: `d${i}`, name: `D${i}` }, metrics: [metric] }] })));
    values.push(Array.from({ length: 10_000 }, () => ({ name: 'm', results: Array.from({ length: 100 }, () => shared) })));
    const proto = JSON.parse('[{"name":"m","results":[{"__proto__":{"dataset":{"type":"d","name":"P"}},"metrics":[{"type":"a","value":1}]}]}]') as unknown;
    values.push(proto);
    for (const v of values) {
      const read = rowsFromModelIndex(v);
      assert.ok(read.rows.length <= MAX_ROWS);
      assert.ok(benchmarkTable(read.rows).length <= MAX_ROWS + 2);
    }
    assert.equal(rowsFromModelIndex(values[9]).rows.length, MAX_ROWS);
    assert.equal(rowsFromModelIndex(values[9]).truncated, true);
    assert.deepEqual(rowsFromModelIndex(proto).rows, [], 'a __proto__ key is no dataset');
  });

  void it('reads a model-index written with anchors and aliases as the YAML parse shares them', () => {
    const text = ['---', 'model-index:', '- name: m', '  results:', '  - &r', '    task: {type: text-generation}', '    dataset: {type: cais/mmlu, name: MMLU}', '    metrics: [{type: acc, value: 70}]', '  - *r', '  - *r', '---', '', '# m', ''].join('\n');
    const read = rowsFromModelIndex(analyzeCard(text).frontMatter?.data?.['model-index']);
    assert.deepEqual(read.rows.map((r) => r.name), ['MMLU', 'MMLU (2)', 'MMLU (3)']);
  });

  void it('reads a model-index in time linear in its size, and stops at its work bound', () => {
    const index = (n: number): unknown[] => Array.from({ length: n }, (_, i) => ({ name: 'm', results: [{ dataset: { name: `D${i}`, type: 'd' }, metrics: 'x' }] }));
    const time = (v: unknown[]): number => {
      let best = Infinity;
      for (let k = 0; k < 5; k++) {
        const t = performance.now();
        rowsFromModelIndex(v);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    const [small, large, huge] = [index(10_000), index(40_000), index(1_000_000)];
    time(small);
    const [s, l, h] = [time(small), time(large), time(huge)];
    // Generous: a shared VM's pauses are milliseconds; a quadratic read of 40,000 entries would take seconds.
    assert.ok(l < s * 12 + 25, `10,000 entries ${s.toFixed(1)} ms, 40,000 ${l.toFixed(1)} ms`);
    // 1,000,000 entries cost what MAX_VISITS allows: about as much as 50,000.
    assert.ok(h < l * 4 + 25, `1,000,000 entries ${h.toFixed(1)} ms, 40,000 ${l.toFixed(1)} ms`);
    assert.equal(rowsFromModelIndex(huge).truncated, true);
  });
});

void describe('round trips on the fixtures', () => {
  const cards = [path.join(REPO_ROOT, 'test/fixtures/seed.md'), path.join(REPO_ROOT, 'test/fixtures/seed-both.md'), path.join(REPO_ROOT, 'test/fixtures/seed-frontmatter.md'), ...markdownFiles(path.join(REPO_ROOT, 'examples'))];
  for (const file of cards) {
    void it(`table -> model-index -> table: ${path.relative(REPO_ROOT, file)}`, () => {
      const a = analyzeCard(fs.readFileSync(file, 'utf8'));
      const rows = benchmarkRowsOf(a);
      const block = modelIndexFromRows(modelNameOf(a), rows);
      const back = rowsFromModelIndex(data(block.lines)['model-index']);
      // A row without a description gets the usual benchmark's words back (the New Card template's).
      const kept = block.written.map((r) => [r.name, r.score, r.description || usualDescription(r.name)]);
      assert.deepEqual(back.rows.map((r) => [r.name, r.score, r.description]), kept);
      assert.equal(kept.length + block.skipped.length, rows.length);
      // And back again: the table's own YAML is the same block.
      assert.deepEqual(modelIndexFromRows(back.modelName ?? '', back.rows).lines.filter((l) => !l.includes('value:')), block.lines.filter((l) => !l.includes('value:')));
    });
  }
});
