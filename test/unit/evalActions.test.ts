// The benchmark table <-> model-index refactorings, called in-process: where they are offered, what bytes they
// touch, the line ends they write, and that the card they leave checks clean.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import type { CodeAction, Range, TextEdit } from 'vscode-languageserver-types';
import { analyzeCard, applyEdits, DEFAULT_CONFIG } from '../../server/src/core';
import { ADD_MODEL_INDEX, createCardService, INSERT_TABLE, REPLACE_MODEL_INDEX, REPLACE_TABLE, type CardDocument } from '../../server/src/core/service';
import { fixture, REPO_ROOT, show } from './helpers/cards';

const SEED = fixture('seed.md');
const SEED_BOTH = fixture('seed-both.md');
const service = createCardService();
const URI = 'file:///cards/seed.md';

const doc = (text: string): CardDocument => ({ uri: URI, analysis: analyzeCard(text), config: DEFAULT_CONFIG, assumeCard: false });
const lineOf = (text: string, prefix: string): number => text.split(/\r?\n/).findIndex((l) => l.startsWith(prefix));
const at = (line: number): Range => ({ start: { line, character: 0 }, end: { line, character: 0 } });
/** The refactorings offered at a line (the cursor's). */
const refactors = (text: string, line: number, only?: string[]): CodeAction[] =>
  service.codeActions(doc(text), at(line), { diagnostics: [], ...(only ? { only } : {}) }).filter((a) => a.kind === 'refactor.rewrite');
const edits = (a: CodeAction | undefined): TextEdit[] => a?.edit?.changes?.[URI] ?? [];
const apply = (text: string, a: CodeAction | undefined): string => {
  assert.equal(edits(a).length, 1, 'one edit');
  return applyEdits(text, edits(a));
};
const titled = (list: CodeAction[], title: string): CodeAction | undefined => list.find((a) => a.title === title);
const MODEL_INDEX = ['model-index:', '- name: m', '  results:', '  - task:', '      type: text-generation', '    dataset:', '      name: MMLU', '      type: cais/mmlu', '    metrics:', '    - type: acc', '      value: 90.5', '      verified: false'];

void describe('Add model-index from the benchmark table', () => {
  void it('creates front matter on a card without any: only inserted bytes, and the card stays clean', () => {
    const list = refactors(SEED, lineOf(SEED, '| **MMLU**'));
    const add = titled(list, ADD_MODEL_INDEX);
    assert.ok(add, list.map((a) => a.title).join(', '));
    assert.deepEqual(edits(add)[0]?.range, at(0));
    const after = apply(SEED, add);
    assert.ok(after.startsWith('---\nmodel-index:\n- name: Seedling 78B\n  results:\n'));
    assert.equal(after.slice(after.indexOf('\n---\n') + 5), SEED, 'the card below is untouched');
    assert.deepEqual(analyzeCard(after).findings.map(show), []);
    // Done once, it is not offered again: the model-index is the table's.
    assert.equal(titled(refactors(after, 1), ADD_MODEL_INDEX), undefined);
    assert.equal(titled(refactors(after, 1), REPLACE_MODEL_INDEX), undefined);
  });

  void it('keeps CRLF line ends', () => {
    const crlf = SEED.replace(/\n/g, '\r\n');
    const after = apply(crlf, titled(refactors(crlf, lineOf(crlf, '| **GPQA**')), ADD_MODEL_INDEX));
    assert.ok(!/[^\r]\n/.test(after), 'every line break is CRLF');
    assert.equal(after.slice(after.indexOf('\r\n---\r\n') + 7), crlf);
    assert.deepEqual(analyzeCard(after).findings.map(show), []);
  });

  void it('adds the key before the closing --- of existing front matter, touching nothing else', () => {
    const add = titled(refactors(SEED_BOTH, 2), ADD_MODEL_INDEX);
    const close = SEED_BOTH.split('\n').indexOf('---', 1);
    assert.deepEqual(edits(add)[0]?.range, at(close));
    const after = apply(SEED_BOTH, add);
    const lines = after.split('\n');
    assert.equal(lines[close], 'model-index:');
    assert.equal([...lines.slice(0, close), ...lines.slice(lines.indexOf('---', close))].join('\n'), SEED_BOTH);
    assert.deepEqual(analyzeCard(after).findings.map(show), []);
  });

  void it('adds to front matter the analysis does not check (a site page\'s keys), never a second block', () => {
    const page = `---\nlayout: model\npermalink: /seed/\n---\n${SEED}`;
    const add = titled(refactors(page, lineOf(page, '| **MMLU**')), ADD_MODEL_INDEX);
    assert.deepEqual(edits(add)[0]?.range, at(3));
    assert.ok(apply(page, add).startsWith('---\nlayout: model\npermalink: /seed/\nmodel-index:\n- name: Seedling 78B\n'));
  });

  void it('replaces a stale model-index, and only its lines', () => {
    const stale = SEED_BOTH.replace('license: mit\n', `license: mit\n${MODEL_INDEX.join('\n')}\n# kept\n`);
    const list = refactors(stale, lineOf(stale, 'model-index:'));
    assert.equal(titled(list, ADD_MODEL_INDEX), undefined);
    const replace = titled(list, REPLACE_MODEL_INDEX);
    const start = lineOf(stale, 'model-index:');
    assert.deepEqual(edits(replace)[0]?.range, { start: { line: start, character: 0 }, end: { line: start + MODEL_INDEX.length, character: 0 } });
    const after = apply(stale, replace);
    assert.ok(after.includes('      value: 86.1\n') && !after.includes('90.5'));
    assert.ok(after.includes('      verified: false\n# kept\n---\n'), 'the comment after the value stays');
    assert.deepEqual(analyzeCard(after).findings.map(show), []);
  });

  void it('is not offered away from the table and front matter, when only quick fixes are asked, or on front matter with a YAML error', () => {
    assert.deepEqual(refactors(SEED, lineOf(SEED, '## 🔗 Resources')), []);
    assert.deepEqual(refactors(SEED, lineOf(SEED, '| **MMLU**'), ['quickfix']), []);
    assert.equal(refactors(SEED, lineOf(SEED, '| **MMLU**'), ['refactor']).length, 1);
    const broken = `---\nlicense: [mit\n---\n${SEED}`;
    assert.equal(titled(refactors(broken, lineOf(broken, '| **MMLU**')), ADD_MODEL_INDEX), undefined);
    const noScores = SEED.replace(/\| (86\.1|71\.1|49\.0) \|/g, '| - |');
    assert.deepEqual(refactors(noScores, lineOf(noScores, '| **MMLU**')), []);
    // An inverted range is no request.
    assert.deepEqual(service.codeActions(doc(SEED), { start: { line: 40, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [] }), []);
  });
});

void describe('Insert the benchmark table from model-index', () => {
  void it('replaces the table of a leaderboard card with the model-index results', () => {
    const text = `---\n${MODEL_INDEX.join('\n')}\n---\n${SEED}`;
    const replace = titled(refactors(text, 2), REPLACE_TABLE);
    const after = apply(text, replace);
    const header = lineOf(text, '| Benchmark |');
    assert.deepEqual(edits(replace)[0]?.range, { start: { line: header, character: 0 }, end: { line: header + 5, character: '| **HLE** | - | Hard expert questions |'.length } });
    assert.ok(after.includes('|-------------|\n| **MMLU** | 90.5 | General knowledge across 57 subjects |\n\n**Analysis:**'));
    assert.equal(titled(refactors(after, 2), REPLACE_TABLE), undefined, 'not offered once the table is the model-index');
  });

  void it('puts the table under the Performance Benchmarks heading, or a new section where the layout puts it', () => {
    const table = ['| Benchmark | Score | Description |', '|-----------|-------|-------------|', '| **MMLU** | 86.1 | General knowledge |'];
    const withHeading = SEED.replace(`${table.join('\n')}\n| **MMLU-Pro** | 71.1 | Harder multiple choice |\n| **GPQA** | 49.0 | Graduate-level questions |\n| **HLE** | - | Hard expert questions |\n\n`, '');
    const text = `---\n${MODEL_INDEX.join('\n')}\n---\n${withHeading}`;
    const after = apply(text, titled(refactors(text, 2), INSERT_TABLE));
    assert.ok(after.includes('## 📈 Performance Benchmarks\n\n| Benchmark | Score | Description |\n|-----------|-------|-------------|\n| **MMLU** | 90.5 | General knowledge across 57 subjects |\n\n**Analysis:**'), after);
    assert.deepEqual(analyzeCard(after).findings.map(show), []);

    const noSection = text.replace(/## 📈 Performance Benchmarks\n\n\*\*Analysis:\*\*[^\n]*\n\n/, '');
    const placed = apply(noSection, titled(refactors(noSection, 2), INSERT_TABLE));
    assert.ok(placed.includes('| **MMLU** | 90.5 | General knowledge across 57 subjects |\n\n## 🏷️ Model Tags'), placed);
    assert.deepEqual(analyzeCard(placed).findings.map(show), []);
  });

  void it('appends the section to a Hugging Face card, in its CRLF line ends', () => {
    const file = path.join(REPO_ROOT, 'test/fixtures/hf/cards/huggingface__huggingface_hub__tests__fixtures__cards__sample_simple_model_index.md');
    const text = fs.readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n');
    const list = refactors(text, lineOf(text, 'model-index:'));
    assert.deepEqual(list.map((a) => a.title), [INSERT_TABLE]);
    const after = apply(text, list[0]);
    assert.ok(after.startsWith(text));
    assert.equal(after.slice(text.length), '\r\n## 📈 Performance Benchmarks\r\n\r\n| Benchmark | Score | Description |\r\n|-----------|-------|-------------|\r\n| **Beans** | 0.9 |  |\r\n| **Beans (2)** | 0.66 |  |\r\n');
  });
});
