// Property tests: random edits of real cards never throw and every range lies inside the document;
// random P and T give metrics that satisfy the definitions and cards that check clean.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeCard, applyEdits, computeMetrics, DEFAULT_CONFIG, fixAll, RULE_IDS, type CardAnalysis } from '../../server/src/core';
import { assertFindingsInside, markdownFiles, replaceLine, show, SHARED_CARDS } from './helpers/cards';
import { SEED, SEED_BOTH, SEED_FM, VARIANTS } from './helpers/variants';

/** Real cards when present, always the fixtures and a few broken variants. */
const CORPUS: string[] = [
  ...markdownFiles(SHARED_CARDS).map((f) => fs.readFileSync(f, 'utf8')),
  SEED,
  SEED_FM,
  SEED_BOTH,
  ...VARIANTS.filter((_, i) => i % 5 === 0).map(([, t]) => t),
];

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);
const RULES = new Set<string>(RULE_IDS);

/** Card-shaped and hostile fragments. */
const TOKENS = [
  '---', '\n---\n', '---\nparameters: 7B\n---\n', '...', '|', ' | ', '**', '- **', ':**', '- **ALScore:** ', '- **Parameters:** ', '- **Training Tokens:** ',
  '- **Token:Param Ratio:** ', '**Released:** ', '**Access:** ', '# ', '## ', '### ', '## 🔗 Resources', '## 🏷️ Model Tags', '## 📈 Performance Benchmarks',
  '| **MMLU** | 150 | x |', '| Benchmark | Score |', '|---|---|', '`Reasoning`', '_No specific tags_', '> ', '[x](htps://a)', '[x](', '](', '```', '~~~',
  '<!-- modelcard-disable -->', '<!-- modelcard-disable-next-line alscore-mismatch -->', '<!-- modelcard-enable', '-->', '# modelcard-disable-line',
  'key: [', 'benchmarks:\n  MMLU: ', 'parameters: ', 'training_tokens: 1e999', 'paramters: 7B', ': ', '  - ', '? ', '&a', '*a', '!!binary', '{', '}', '"', "'",
  '\n', '\r\n', '\r', '\t', ' ', '\u0000', '\uFEFF', '\u2028', '\uD800', '\uDFFF', '\uD83D', '😀', '👩‍👩‍👧', '🟢 Public', '✅', '⚠️', '√', '÷', '×',
  '1,875:1 ✅ Compute-optimal', '0.0', '4.0 (Mid-tier)', '9e999B', '-B', '- -', 'TBA', '78 bn', '1,00B', '-1', 'NaN', '13/2024', 'Dec/2024',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 4 }).map((xs) => xs.join('')) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

type Edit = { kind: 'insert' | 'delete' | 'replace' | 'line'; at: number; len: number; text: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace', 'line'),
  at: fc.nat(),
  len: fc.nat({ max: 40 }),
  text: fragment,
});

/** Applies a random edit; offsets are taken modulo the length, so they may split a surrogate pair. */
function mutate(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  switch (e.kind) {
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.len);
    case 'replace':
      return text.slice(0, at) + e.text + text.slice(at + e.len);
    case 'line': {
      const lines = text.split('\n');
      const i = e.at % lines.length;
      lines[i] = e.len % 3 === 0 ? e.text : (lines[i] ?? '').slice(0, e.len) + e.text;
      return lines.join('\n');
    }
  }
}

/** Everything an analysis must satisfy for any input. */
function assertWellFormed(text: string, a: CardAnalysis): void {
  assertFindingsInside(text, a.findings);
  for (const f of a.findings) {
    assert.ok(RULES.has(f.rule), f.rule);
    assert.ok(SEVERITIES.has(f.severity), f.severity);
    assert.equal(typeof f.message, 'string');
    assert.ok(f.message.length > 0);
  }
  for (let i = 1; i < a.findings.length; i++) {
    const p = a.findings[i - 1]?.range.start;
    const q = a.findings[i]?.range.start;
    assert.ok(p && q && (p.line < q.line || (p.line === q.line && p.character <= q.character)), 'findings are sorted by position');
  }
  if (!a.isCard) assert.deepEqual(a.findings, []);
}

void describe('random edits of cards', () => {
  void it('never throw, and every finding and fix range lies inside the document', () => {
    fc.assert(
      fc.property(fc.nat({ max: CORPUS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (which, edits) => {
        const text = edits.reduce(mutate, CORPUS[which] ?? '');
        const a = analyzeCard(text);
        assertWellFormed(text, a);
        for (const f of a.findings) {
          for (const fix of [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])]) applyEdits(text, fix.edits);
        }
      }),
      { numRuns: 500 },
    );
  });

  void it('with assumeCard too', () => {
    fc.assert(
      fc.property(fc.nat({ max: CORPUS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
        const text = edits.reduce(mutate, CORPUS[which] ?? '');
        assertWellFormed(text, analyzeCard(text, { assumeCard: true }));
      }),
      { numRuns: 300 },
    );
  });

  void it('fixAll never throws, reaches a fixed point for the certain fixes, and its result is well formed', () => {
    fc.assert(
      fc.property(fc.nat({ max: CORPUS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
        const text = edits.reduce(mutate, CORPUS[which] ?? '');
        const fixed = fixAll(text);
        const a = analyzeCard(fixed);
        assertWellFormed(fixed, a);
      }),
      { numRuns: 200 },
    );
  });

  void it('CRLF and LF give the same findings', () => {
    fc.assert(
      fc.property(fc.nat({ max: CORPUS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
        const text = edits.reduce(mutate, CORPUS[which] ?? '').replace(/\r/g, '');
        const lf = analyzeCard(text).findings.map(show);
        const crlf = analyzeCard(text.replace(/\n/g, '\r\n')).findings.map(show);
        assert.deepEqual(crlf, lf);
      }),
      { numRuns: 200 },
    );
  });
});

void describe('analyzeCard on random strings', () => {
  void it('never throws and keeps ranges inside', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fragment, { maxLength: 30 }).map((xs) => xs.join('')),
      fc.array(fragment, { maxLength: 30 }).map((xs) => `---\n${xs.join('\n')}\n---\n${xs.join('')}`),
    );
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, assumeCard) => {
        assertWellFormed(text, analyzeCard(text, { assumeCard }));
      }),
      { numRuns: 500 },
    );
  });
});

void describe('analyzeCard on a front matter opener alone', () => {
  // Found by the property above: with nothing after `---`, the body starts past the last line, and the
  // missing-field and missing-section findings were anchored there, outside the document.
  void it('anchors every finding inside the document', () => {
    for (const text of ['---', '---\n', '---\nx: 1', '\n---']) assertWellFormed(text, analyzeCard(text, { assumeCard: true }));
  });
});

void describe('analyzeCard on random front matter mappings', () => {
  // Keys: the schema's, Hugging Face's, misspellings, and names Object.prototype already has.
  const key = fc.oneof(
    fc.constantFrom('model_name', 'organization', 'released', 'access', 'architecture', 'parameters', 'active_parameters', 'training_tokens', 'dataset_type', 'benchmarks', 'tags', 'last_updated', 'license', 'license_name', 'license_link', 'base_model', 'model-index'),
    fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype', 'paramters', 'Model_Name'),
    fc.stringMatching(/^[a-z_][a-z0-9_-]{0,12}$/),
  );
  const scalar = fc.oneof(
    fc.constantFrom('null', '~', 'true', '7B', '1.8T', '7e9', '-1', '.inf', '.nan', '0x1F', '2024-12', 'Dec/2024', 'TBA', '"quoted"', "'it''s'", 'https://x.org', '[a, b]', '{a: 1}', '[]', '{}', '', '- x'),
    fc.double({ noNaN: false }).map(String),
    fc.string({ maxLength: 10 }).map((x) => JSON.stringify(x)),
  );
  const entry = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`) },
    { weight: 1, arbitrary: fc.tuple(key, fc.array(fc.tuple(key, scalar), { maxLength: 3 })).map(([k, kids]) => `${k}:\n${kids.map(([c, v]) => `  ${c}: ${v}`).join('\n')}`) },
  );
  void it('never throw and keep every range inside, with or without a body', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), fc.boolean(), (entries, withBody) => {
        const text = `---\n${entries.join('\n')}\n---\n${withBody ? SEED : ''}`;
        assertWellFormed(text, analyzeCard(text));
      }),
      { numRuns: 400 },
    );
  });
});

/** P with up to three decimals (0.001B–5000B) and T with one decimal (0.1B–200000B), as cards write them. */
const pAndT = fc.record({
  p: fc.oneof(fc.integer({ min: 1, max: 5_000_000 }).map((k) => k / 1000), fc.integer({ min: 1, max: 50_000 }).map((k) => k / 10)),
  t: fc.integer({ min: 1, max: 2_000_000 }).map((k) => k / 10),
});

const round1 = (x: number): number => Math.round(x * 10 + 1e-9) / 10;
const tierFor = (s: number): string => (s >= 20 ? 'Extremely powerful' : s >= 10 ? 'Very powerful' : s >= 5 ? 'Powerful' : s >= 1 ? 'Mid-tier' : 'Lightweight');

void describe('random P and T', () => {
  void it('metrics satisfy the definitions', () => {
    fc.assert(
      fc.property(pAndT, ({ p, t }) => {
        const m = computeMetrics(p, t, DEFAULT_CONFIG);
        const score = Math.sqrt(p * t) / 300;
        assert.ok(Math.abs((m.alScore ?? NaN) - score) <= 1e-12 * Math.max(1, score));
        assert.ok(m.alScoreRounded !== null && Math.abs(m.alScoreRounded - score) <= 0.05 + 1e-9);
        assert.equal(m.alScoreRounded, round1(score));
        assert.equal(m.tier, tierFor(m.alScoreRounded));
        const exact = t / p;
        assert.ok(Math.abs((m.tokensPerParam ?? NaN) - exact) <= 1e-12 * exact);
        assert.ok(m.writtenRatio !== null && Number.isInteger(m.writtenRatio));
        assert.equal(m.writtenRatio, Math.ceil(exact - 1e-9 * Math.max(1, exact)));
        assert.equal(m.computeOptimal, m.writtenRatio >= 20);
        assert.ok(Math.abs((m.chinchillaTokensB ?? NaN) - 20 * p) <= 1e-12 * 20 * p);
        assert.ok(Math.abs((m.trainingFlops ?? NaN) - 6 * p * 1e9 * t * 1e9) <= 1e-12 * 6 * p * t * 1e18);
      }),
      { numRuns: 500 },
    );
  });

  void it('a card written from P and T with the spec arithmetic checks clean, and the same card with a wrong score does not', () => {
    fc.assert(
      fc.property(pAndT, fc.integer({ min: 1, max: 30 }), ({ p, t }, off) => {
        const score = round1(Math.sqrt(p * t) / 300);
        const ratio = Math.ceil(t / p - 1e-9 * Math.max(1, t / p));
        const alText = score === 0 ? '0.0' : `${score.toFixed(1)} (${tierFor(score)})`;
        const ratioText = `${ratio.toLocaleString('en-US')}:1 ${ratio >= 20 ? '✅ Compute-optimal' : '⚠️ Under-trained'}`;
        const card = [
          ['- **Parameters:** 78.0B', `- **Parameters:** ${p}B`],
          ['- **Training Tokens:** 18120.0B', `- **Training Tokens:** ${t.toFixed(1)}B`],
          ['- **Token:Param Ratio:** 233:1 ✅ Compute-optimal', `- **Token:Param Ratio:** ${ratioText}`],
          ['- **ALScore:** 4.0 (Mid-tier)', `- **ALScore:** ${alText}`],
        ].reduce((text, [a, b]) => replaceLine(text, a ?? '', b ?? ''), SEED);
        const a = analyzeCard(card);
        assert.deepEqual(a.findings.map(show), []);
        assert.equal(a.metrics.alScoreRounded, score);
        assert.equal(a.metrics.writtenRatio, ratio);

        const wrong = (score * 10 + off) / 10;
        const broken = replaceLine(card, `- **ALScore:** ${alText}`, `- **ALScore:** ${wrong.toFixed(1)} (${tierFor(wrong)})`);
        assert.deepEqual(analyzeCard(broken).findings.map((f) => f.rule), ['alscore-mismatch']);
        assert.equal(fixAll(broken), card);
      }),
      { numRuns: 300 },
    );
  });
});
