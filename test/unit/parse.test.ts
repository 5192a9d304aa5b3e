// Parsing the leaderboard body: the conventions real cards follow validate clean, and every part is located.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard } from '../../server/src/core';
import { assertFindingsInside, fixture, insertAfter, rangeIn, replaceLine, show } from './helpers/cards';
import fc from 'fast-check';
import { parseBody, SECTIONS, SUBSECTIONS, sectionName } from '../../server/src/core/parseBody';
import { LineIndex } from '../../server/src/core/text';
import { LINE } from './helpers/markdownGen';

const SEED = fixture('seed.md');

/** Applies several whole-line replacements to the seed card. */
function edit(pairs: [string, string | null][], base = SEED): string {
  return pairs.reduce((text, [from, to]) => replaceLine(text, from, to), base);
}

const P = '- **Parameters:** 78.0B';
const T = '- **Training Tokens:** 18120.0B';
const RATIO = '- **Token:Param Ratio:** 233:1 ✅ Compute-optimal';
const AL = '- **ALScore:** 4.0 (Mid-tier)';

const CLEAN: [name: string, text: string][] = [
  ['unknown P and T written -, ratio - -, ALScore -', edit([[P, '- **Parameters:** -'], [T, '- **Training Tokens:** -'], [RATIO, '- **Token:Param Ratio:** - -'], [AL, '- **ALScore:** -']])],
  ['unknown P written -B (unit left behind)', edit([[P, '- **Parameters:** -B'], [RATIO, '- **Token:Param Ratio:** - -'], [AL, '- **ALScore:** -']])],
  ['unknown T written -B', edit([[T, '- **Training Tokens:** -B'], [RATIO, '- **Token:Param Ratio:** - -'], [AL, '- **ALScore:** -']])],
  ['release TBA', edit([['**Released:** Dec/2024', '**Released:** TBA']])],
  ['ratio with thousands separators 1,875:1', edit([[P, '- **Parameters:** 8.0B'], [T, '- **Training Tokens:** 15000.0B'], [RATIO, '- **Token:Param Ratio:** 1,875:1 ✅ Compute-optimal'], [AL, '- **ALScore:** 1.2 (Mid-tier)']])],
  ['bare 0.0 ALScore (0.135B, 670.0B, 4,963:1)', edit([[P, '- **Parameters:** 0.135B'], [T, '- **Training Tokens:** 670.0B'], [RATIO, '- **Token:Param Ratio:** 4,963:1 ✅ Compute-optimal'], [AL, '- **ALScore:** 0.0']])],
  ['ratio 19.4 written 20:1 ✅ Compute-optimal', edit([[P, '- **Parameters:** 10.0B'], [T, '- **Training Tokens:** 194.0B'], [RATIO, '- **Token:Param Ratio:** 20:1 ✅ Compute-optimal'], [AL, '- **ALScore:** 0.1 (Lightweight)']])],
  ['under-trained 15:1', edit([[P, '- **Parameters:** 100.0B'], [T, '- **Training Tokens:** 1500.0B'], [RATIO, '- **Token:Param Ratio:** 15:1 ⚠️ Under-trained'], [AL, '- **ALScore:** 1.3 (Mid-tier)']])],
  ['exactly 20:1 is compute-optimal', edit([[P, '- **Parameters:** 100.0B'], [T, '- **Training Tokens:** 2000.0B'], [RATIO, '- **Token:Param Ratio:** 20:1 ✅ Compute-optimal'], [AL, '- **ALScore:** 1.5 (Mid-tier)']])],
  ['large counts with separators and high tiers', edit([[P, '- **Parameters:** 1,800.0B'], [T, '- **Training Tokens:** 13,000.0B'], [RATIO, '- **Token:Param Ratio:** 8:1 ⚠️ Under-trained'], [AL, '- **ALScore:** 16.1 (Very powerful)']])],
  ['extremely powerful', edit([[P, '- **Parameters:** 3000.0B'], [T, '- **Training Tokens:** 40000.0B'], [RATIO, '- **Token:Param Ratio:** 14:1 ⚠️ Under-trained'], [AL, '- **ALScore:** 36.5 (Extremely powerful)']])],
  ['no tags: tag line Large Language Model, section _No specific tags_', edit([['> Reasoning', '> Large Language Model'], ['`Reasoning`', '_No specific tags_']])],
  ['several tags in another order', edit([['> Reasoning', '> Reasoning, SOTA, Multimodal'], ['`Reasoning`', '`Multimodal`, `Reasoning`, `SOTA`']])],
  ['Type -', edit([['- **Type:** Dense', '- **Type:** -']])],
  ['every body type', edit([['- **Type:** Dense', '- **Type:** MatFormer']])],
  ['other benchmark names and an unknown score', insertAfter(SEED, '| **HLE** | - | Hard expert questions |', '| **HumanEval** | 80.5 | Code |\n| **ARC-AGI** | - | Puzzles |')],
  ['free-text resource link', edit([['- 🎮 [Try the Model](https://example.org/try)', '- 🎮 [Try the Model](Hugging Face)']])],
  ['relative resource link', edit([['- 📄 [Technical Documentation](https://example.org/paper)', '- 📄 [Technical Documentation](../../docs/paper.md)']])],
  ['Private and Unknown access', edit([['**Access:** 🟢 Public', '**Access:** ❓ Unknown']])],
  ['a fenced code block that looks like fields', insertAfter(SEED, 'Nothing to add: this card exists to be edited by tests.', '```\n- **ALScore:** 9.9 (Powerful)\n## 📊 Overview\n```')],
  ['trailing whitespace after values', edit([[AL, '- **ALScore:** 4.0 (Mid-tier)  '], [P, '- **Parameters:** 78.0B ']])],
];

void describe('conventions of real cards validate clean', () => {
  for (const [name, text] of CLEAN) {
    void it(name, () => {
      const a = analyzeCard(text);
      assert.equal(a.isCard, true);
      assert.deepEqual(a.findings.map(show), []);
    });
  }

  void it('CRLF line ends give the same findings at the same positions', () => {
    const broken = replaceLine(SEED, AL, '- **ALScore:** 5.0 (Mid-tier)');
    const lf = analyzeCard(broken);
    const crlf = analyzeCard(broken.replace(/\n/g, '\r\n'));
    assert.deepEqual(crlf.findings.map(show), lf.findings.map(show));
    assert.deepEqual(crlf.findings.map((f) => f.range), lf.findings.map((f) => f.range));
    assert.deepEqual(analyzeCard(SEED.replace(/\n/g, '\r\n')).findings, []);
  });

  void it('a card without a final newline, and with a BOM-free leading blank line, still checks clean', () => {
    assert.deepEqual(analyzeCard(SEED.trimEnd()).findings.map(show), []);
  });
});

void describe('the parsed body', () => {
  const a = analyzeCard(SEED);
  const body = a.body;

  void it('reads the title, tag line, fields and their ranges', () => {
    assert.ok(body);
    assert.equal(body.titles.length, 1);
    assert.deepEqual(body.titles[0]?.range, rangeIn(SEED, '# Seedling 78B', 'Seedling 78B'));
    assert.deepEqual(body.tagLine?.tags, ['Reasoning']);
    assert.deepEqual(body.tagLine?.range, rangeIn(SEED, '> Reasoning', 'Reasoning'));
    const names = body.fields.map((f) => f.name);
    assert.deepEqual(names, ['Organization', 'Released', 'Access', 'Type', 'Parameters', 'Training Tokens', 'Token:Param Ratio', 'ALScore', 'Formula', 'Dataset Type', 'Last Updated']);
    const al = body.fields.find((f) => f.name === 'ALScore');
    assert.ok(al);
    assert.equal(al.raw, '4.0 (Mid-tier)');
    assert.deepEqual(al.valueRange, rangeIn(SEED, AL, '4.0 (Mid-tier)'));
    assert.deepEqual(al.keyRange, rangeIn(SEED, AL, 'ALScore'));
    const access = body.fields.find((f) => f.name === 'Access');
    assert.deepEqual(access?.valueRange, rangeIn(SEED, '**Access:** 🟢 Public', '🟢 Public'));
  });

  void it('reads the benchmark table with name and score ranges', () => {
    assert.ok(body);
    assert.deepEqual(body.benchmarks.map((b) => [b.name, b.raw]), [['MMLU', '86.1'], ['MMLU-Pro', '71.1'], ['GPQA', '49.0'], ['HLE', '-']]);
    const row = '| **MMLU-Pro** | 71.1 | Harder multiple choice |';
    assert.deepEqual(body.benchmarks[1]?.nameRange, rangeIn(SEED, row, 'MMLU-Pro'));
    assert.deepEqual(body.benchmarks[1]?.scoreRange, rangeIn(SEED, row, '71.1'));
  });

  void it('reads sections in order and the tags section', () => {
    assert.ok(body);
    assert.deepEqual(body.headings.filter((h) => h.level === 2).map((h) => h.name), ['Overview', 'Technical Specifications', 'Performance Benchmarks', 'Model Tags', 'Additional Notes', 'Resources', 'Related Models']);
    assert.deepEqual(body.headings.filter((h) => h.level === 3).map((h) => h.name), ['Model Architecture', 'Training Efficiency', 'Training Data']);
    assert.deepEqual(body.tagsSection?.tags, ['Reasoning']);
  });

  void it('normalizes the card facts', () => {
    assert.equal(a.card.modelName, 'Seedling 78B');
    assert.equal(a.card.organization, 'Seed Labs');
    assert.equal(a.card.released, 'Dec/2024');
    assert.equal(a.card.access, 'public');
    assert.equal(a.card.architecture, 'Dense');
    assert.equal(a.card.parametersB, 78);
    assert.equal(a.card.trainingTokensB, 18120);
    assert.deepEqual(a.card.datasetType, ['synthetic', 'web-scale']);
    assert.deepEqual(a.card.benchmarks, [
      { name: 'MMLU', score: 86.1 },
      { name: 'MMLU-Pro', score: 71.1 },
      { name: 'GPQA', score: 49 },
      { name: 'HLE', score: null },
    ]);
    assert.deepEqual(a.card.tags, ['Reasoning']);
    assert.equal(a.card.lastUpdated, '2025-10-02');
    assert.deepEqual(a.card.stated, { alScore: 4, tier: 'Mid-tier', ratio: 233, computeOptimal: true });
  });

  void it('unknowns normalize to null, not to zero', () => {
    const u = analyzeCard(edit([[P, '- **Parameters:** -B'], [T, '- **Training Tokens:** -'], [RATIO, '- **Token:Param Ratio:** - -'], [AL, '- **ALScore:** -']]));
    assert.equal(u.card.parametersB, null);
    assert.equal(u.card.trainingTokensB, null);
    assert.deepEqual(u.card.stated, { alScore: null, tier: null, ratio: null, computeOptimal: null });
    assert.equal(u.metrics.alScore, null);
  });
});

void describe('telling cards from other Markdown', () => {
  void it('a README is not a card and gets no findings', () => {
    const a = analyzeCard('# My project\n\nSome text with **Bold:** words.\n\n## Usage\n\n- item\n');
    assert.equal(a.isCard, false);
    assert.equal(a.format, null);
    assert.deepEqual(a.findings, []);
  });

  void it('front matter without card keys (a blog post) is not a card', () => {
    const a = analyzeCard('---\ntitle: Hello\nlayout: post\n---\n\n# Hello\n');
    assert.equal(a.isCard, false);
  });

  void it('Hugging Face keys make a Hugging Face card, never asked for leaderboard fields', () => {
    const a = analyzeCard('---\nlicense: mit\nlanguage: en\n---\n\n# Model\n');
    assert.equal(a.isCard, true);
    assert.equal(a.format, 'huggingface');
    assert.deepEqual(a.findings, []);
  });

  void it('assumeCard checks any text as a card, with ranges inside the document', () => {
    const text = '# Notes\n\nnothing here\n';
    const a = analyzeCard(text, { assumeCard: true });
    assert.equal(a.isCard, true);
    assert.ok(a.findings.some((f) => f.rule === 'missing-field' && f.severity === 'error'));
    assertFindingsInside(text, a.findings);
  });

  void it('assumeCard on an empty document', () => {
    const a = analyzeCard('', { assumeCard: true });
    assert.equal(a.isCard, true);
    assertFindingsInside('', a.findings);
  });

  void it('two body labels make a card', () => {
    const a = analyzeCard('# X\n\n**Organization:** [Lab](../../labs/lab.md)\n**Released:** TBA\n');
    assert.equal(a.isCard, true);
    assert.equal(a.format, 'leaderboard');
  });
});

void describe('section headings', () => {
  // The reference: strip leading non-letters and non-digits with the Unicode-aware regex, then compare.
  const reference = (text: string, level: number): string | null => {
    const words = text.replace(/^[^\p{L}\p{N}]+/u, '').trim().toLowerCase();
    const list: readonly string[] = level === 2 ? SECTIONS : level === 3 ? SUBSECTIONS : [];
    return list.find((s) => s.toLowerCase() === words) ?? null;
  };

  void it('names a section whatever emoji, symbols or punctuation come first, and only then', () => {
    const cases: [string, number, string | null][] = [
      ['📊 Overview', 2, 'Overview'],
      ['🏷️ Model Tags', 2, 'Model Tags'],
      ['🔧  technical specifications ', 2, 'Technical Specifications'],
      ['Model Architecture', 3, 'Model Architecture'],
      ['1 Overview', 2, null],
      ['É Overview', 2, null],
      ['① Overview', 2, null],
      ['Überblick', 2, null],
      ['📊 Overview', 3, null],
    ];
    for (const [text, level, want] of cases) assert.equal(sectionName(text, level), want, text);
  });

  void it('agrees with the Unicode-aware reference on random prefixes', () => {
    const piece = fc.constantFrom('📊', '🏷️', '🔍', '✅', '⚠️', '→', '#', '-', ' ', '*', '1', 'É', 'ß', '①', '²', '🄀', '𝐀', '\u00a0', '\u200d', '\ufe0f', 'x');
    const name = fc.constantFrom(...SECTIONS, ...SUBSECTIONS, 'Overview ', 'resources');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 4 }), name, fc.constantFrom(2, 3), (prefix, n, level) => {
        const text = prefix.join('') + n;
        assert.equal(sectionName(text, level), reference(text, level), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });
});

void describe('links read a section at a time', () => {
  // The reader keeps the blocks a section's read covered and reuses them when every link is asked for next.
  const whole = (text: string): string => {
    const body = parseBody(new LineIndex(text), 0);
    return JSON.stringify([body.links, body.tables, body.htmlComments]);
  };

  void it('give the same links, tables and comments as reading the whole body', () => {
    const doc = fc.array(fc.oneof(LINE, fc.constantFrom('## 🔗 Resources', 'Heading', '---', '===', '- [a](b)', '[x]: /y', '| a | b |', '|---|---|', '| [c](d) | e |', '<!-- c -->', '')), { maxLength: 30 });
    fc.assert(
      fc.property(doc, fc.nat(32), fc.nat(32), (lines, a, b) => {
        const text = lines.join('\n');
        const body = parseBody(new LineIndex(text), 0);
        body.linksIn(a, b);
        assert.equal(JSON.stringify([body.links, body.tables, body.htmlComments]), whole(text));
      }),
      { numRuns: 3000 },
    );
  });
});
