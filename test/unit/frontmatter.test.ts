// Front matter: key paths and ranges, YAML errors at the YAML error's own position, keys and values.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard } from '../../server/src/core';
import { byRule, fixture, insertAfter, loud, only, rangeIn, replaceLine, show } from './helpers/cards';

const FM = fixture('seed-frontmatter.md');
const SEED = fixture('seed.md');

void describe('front matter entries', () => {
  const a = analyzeCard(FM);
  const fm = a.frontMatter;

  void it('maps every key to its path and ranges', () => {
    assert.ok(fm);
    assert.equal(fm.openLine, 0);
    assert.equal(fm.closeLine, 17);
    assert.equal(fm.error, null);
    const paths = fm.entries.map((e) => e.path.join('.'));
    // List items have entries of their own (the path ends in the index).
    assert.deepEqual(paths, ['model_name', 'organization', 'released', 'access', 'architecture', 'parameters', 'training_tokens', 'dataset_type', 'dataset_type.0', 'dataset_type.1', 'benchmarks', 'benchmarks.MMLU', 'benchmarks.MMLU-Pro', 'benchmarks.GPQA', 'benchmarks.HLE', 'tags', 'tags.0', 'last_updated', 'license']);
    const p = fm.entries.find((e) => e.key === 'parameters');
    assert.deepEqual(p?.keyRange, rangeIn(FM, 'parameters: 78B', 'parameters'));
    assert.deepEqual(p?.valueRange, rangeIn(FM, 'parameters: 78B', '78B'));
    const gpqa = fm.entries.find((e) => e.key === 'GPQA');
    assert.deepEqual(gpqa?.valueRange, rangeIn(FM, '  GPQA: 49.0', '49.0'));
  });

  void it('keeps dates as text and reads the facts', () => {
    assert.equal(fm?.data?.released, '2024-12');
    assert.equal(fm?.data?.last_updated, '2025-10-02');
    assert.equal(a.card.released, '2024-12');
    assert.equal(a.card.access, 'public');
    assert.deepEqual(a.card.tags, ['Reasoning']);
    assert.deepEqual(a.card.benchmarks.find((b) => b.name === 'HLE'), { name: 'HLE', score: null });
  });

  void it('quoted keys, comments and list items', () => {
    const text = '---\n# a comment\n"model_name": "Q"\norganization: Lab # trailing\nreleased: TBA\naccess: private\ntags:\n  - a\n  - b\n---\n';
    const b = analyzeCard(text);
    assert.deepEqual(b.findings.map(show), []);
    const org = b.frontMatter?.entries.find((e) => e.key === 'organization');
    assert.equal(org?.raw, 'Lab');
    assert.deepEqual(b.frontMatter?.entries.find((e) => e.key === 'model_name')?.keyRange, rangeIn(text, '"model_name": "Q"', 'model_name'));
    assert.deepEqual(b.card.tags, ['a', 'b']);
  });

  void it('a front matter closed by ... and front matter that is empty', () => {
    assert.deepEqual(analyzeCard(FM.replace(/^---\n\nNotes/m, '...\n\nNotes')).findings.map(show), []);
    const empty = `---\n---\n\n${SEED}`;
    const e = analyzeCard(empty);
    assert.deepEqual(e.findings.map(show), []);
    assert.equal(e.metrics.alScoreRounded, 4);
  });
});

void describe('YAML syntax errors', () => {
  // Where js-yaml reports each (document line and character, 0-based): the error's own place (a bad
  // indentation at the key, two colons at the second), or for a missing closing quote the opening one.
  const broken: [name: string, from: string, to: string, line: number, character: number][] = [
    ['unclosed flow sequence', 'tags: [Reasoning]', 'tags: [Reasoning', 15, 0],
    ['unclosed quote', 'model_name: Seedling 78B', 'model_name: "Seedling 78B', 1, 12],
    ['bad indentation', '  GPQA: 49.0', ' GPQA: 49.0', 12, 1],
    ['tab indentation', '  MMLU: 86.1', '\tMMLU: 86.1', 10, 0],
    ['a key with two colons in a flow map', 'dataset_type: [synthetic, web-scale]', 'dataset_type: {a: b: c}', 8, 19],
    ['a stray list item', 'license: mit', 'license: mit\n- stray', 17, 0],
    ['an unknown tag', 'license: mit', 'license: !!nope mit', 16, 9],
  ];
  for (const [name, from, to, line, character] of broken) {
    void it(`${name}: reported at the YAML error's line and column, with the card still checked`, () => {
      const text = replaceLine(FM, from, to);
      const a = analyzeCard(text);
      const f = byRule(a, 'frontmatter-syntax')[0];
      assert.ok(f);
      assert.equal(f.severity, 'error');
      assert.deepEqual(f.range.start, { line, character }, show(f));
      const lineText = text.split('\n')[line] ?? '';
      assert.ok(f.range.end.line === line && f.range.end.character <= lineText.length, show(f));
      assert.match(f.message, new RegExp(`\\(line ${line + 1}, column ${character + 1}\\)\\.$`));
      assert.equal(a.isCard, true);
      assert.equal(a.format, 'frontmatter');
    });
  }

  void it('with a body, the body is still checked in full', () => {
    const both = fixture('seed-both.md');
    const text = replaceLine(replaceLine(both, 'tags: [Reasoning]', 'tags: [Reasoning'), '- **Token:Param Ratio:** 233:1 ✅ Compute-optimal', '- **Token:Param Ratio:** 232:1 ✅ Compute-optimal');
    const a = analyzeCard(text);
    assert.deepEqual(a.findings.map((f) => f.rule).sort(), ['frontmatter-syntax', 'ratio-mismatch']);
    assert.deepEqual(byRule(a, 'ratio-mismatch')[0]?.range, rangeIn(text, '- **Token:Param Ratio:** 232:1 ✅ Compute-optimal', '232'));
  });

  void it('front matter that is a list, not a mapping', () => {
    const text = `---\n- a\n- b\n---\n\n${SEED}`;
    const f = only(text, 'frontmatter-syntax');
    assert.equal(f.range.start.line, 1);
    assert.match(f.message, /mapping/);
  });

  void it('an unclosed front matter of a front-matter-only card', () => {
    const text = FM.replace(/^---\n\nNotes/m, '\nNotes');
    const a = analyzeCard(text);
    assert.equal(a.isCard, true);
    assert.deepEqual(a.findings.map((f) => f.rule), ['frontmatter-syntax']);
    assert.match(a.findings[0]?.message ?? '', /never closed/);
  });
});

void describe('front matter keys and values', () => {
  const nearest: [string, string][] = [
    ['paramters', 'parameters'],
    ['Model_Name', 'model_name'],
    ['model-name', 'model_name'],
    ['trainig_tokens', 'training_tokens'],
    ['licence', 'license'],
    ['tag', 'tags'],
    ['paramters_active', 'active_parameters'],
    ['tokens_training', 'training_tokens'],
  ];
  for (const [typo, key] of nearest) {
    void it(`unknown key ${typo} suggests ${key}`, () => {
      const text = insertAfter(FM, 'license: mit', `${typo}: x`);
      const f = only(text, 'unknown-key');
      assert.deepEqual(f.range, rangeIn(text, `${typo}: x`, typo));
      assert.match(f.message, new RegExp(`did you mean "${key}"\\?`));
      assert.equal(f.suggestions?.[0]?.edits[0]?.newText, key);
    });
  }

  void it('nested keys are not unknown keys, and Hugging Face keys are known', () => {
    const text = insertAfter(FM, 'license: mit', 'base_model: [a/b, c/d]\ndatasets: x/y\nlanguage: [en, fr]\npipeline_tag: text-generation\nlibrary_name: transformers\nmetrics: accuracy\nmodel-index:\n  - name: m\n    results: []');
    assert.deepEqual(analyzeCard(text).findings.map(show), []);
  });

  void it('Hugging Face keys are checked for type', () => {
    const text = insertAfter(FM, 'license: mit', 'pipeline_tag: [a, b]');
    const f = only(text, 'invalid-value');
    assert.deepEqual(f.range, rangeIn(text, 'pipeline_tag: [a, b]', '[a, b]'));
  });

  void it("keys named like Object.prototype's members are unknown keys, not a crash", () => {
    const text = insertAfter(FM, 'license: mit', 'constructor: x\ntoString: 1\nhasOwnProperty: [a]\n__proto__: z');
    const a = analyzeCard(text);
    assert.deepEqual(
      a.findings.map((f) => f.rule),
      ['unknown-key', 'unknown-key', 'unknown-key', 'unknown-key'],
      a.findings.map(show).join('\n'),
    );
    assert.equal(a.metrics.parametersB, 78);
  });

  void it('each invalid key is named once with what it expects, the others stay quiet', () => {
    const withList = ['  MMLU: 86.1', '  MMLU-Pro: 71.1', '  GPQA: 49.0', '  HLE: null'].reduce((t, line) => replaceLine(t, line, null), replaceLine(FM, 'benchmarks:', 'benchmarks: [MMLU]'));
    const text = insertAfter(withList, 'license: mit', 'library_name: [a]');
    const found = analyzeCard(text).findings.filter((f) => f.rule === 'invalid-value');
    const messages = found.map((f) => f.message);
    assert.equal(found.length, 2, messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('benchmarks: a list of 1 item is not valid: expected a mapping of benchmark names to scores')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('library_name: a list of 1 item is not valid: expected text')), messages.join('\n'));
  });

  void it('counts as YAML numbers, scientific notation and suffixes', () => {
    for (const [p, t] of [['78', '18120'], ['78e9', '18.12e12'], ['78.0B', '18120B'], ['0.078T', '18.12T']]) {
      const text = replaceLine(replaceLine(FM, 'parameters: 78B', `parameters: ${p}`), 'training_tokens: 18.12T', `training_tokens: ${t}`);
      const a = analyzeCard(text);
      assert.deepEqual(loud(a), [], `${p} ${t}`);
      assert.equal(a.metrics.parametersB, 78, p);
      assert.equal(a.metrics.trainingTokensB, 18120, t);
    }
  });

  void it('released in every allowed form', () => {
    for (const r of ['2024-12', '2024-12-05', 'Dec/2024', 'TBA']) {
      assert.deepEqual(analyzeCard(replaceLine(FM, 'released: 2024-12', `released: ${r}`)).findings.map(show), [], r);
    }
  });

  void it('released in each form agrees with the body Dec/2024', () => {
    const both = fixture('seed-both.md');
    for (const r of ['2024-12', '2024-12-31', 'Dec/2024']) {
      assert.deepEqual(analyzeCard(replaceLine(both, 'released: 2024-12', `released: ${r}`)).findings.map(show), [], r);
    }
  });

  void it('an empty value points at the key', () => {
    const text = replaceLine(FM, 'access: public', 'access:');
    const f = only(text, 'missing-field');
    assert.match(f.message, /Required key access is missing/);
  });

  void it('an active parameter count is read', () => {
    const text = insertAfter(FM, 'parameters: 78B', 'active_parameters: 12B');
    const a = analyzeCard(text);
    assert.deepEqual(a.findings, []);
    assert.equal(a.card.activeParametersB, 12);
    const bad = insertAfter(FM, 'parameters: 78B', 'active_parameters: lots');
    assert.deepEqual(only(bad, 'invalid-value').range, rangeIn(bad, 'active_parameters: lots', 'lots'));
  });
});
