// Every rule fires on a card that breaks it, at the offending value, and stays quiet on a consistent card.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard, applyEdits, ruleById, RULE_IDS, type Finding, type Range, type RuleId, type Severity } from '../../server/src/core';
import { at, byRule, fixture, insertAfter, loud, only, rangeIn, replaceLine, show, two } from './helpers/cards';

const SEED = fixture('seed.md');
const BOTH = fixture('seed-both.md');
const FM = fixture('seed-frontmatter.md');

const L = {
  title: '# Seedling 78B',
  tagLine: '> Reasoning',
  released: '**Released:** Dec/2024',
  access: '**Access:** 🟢 Public',
  type: '- **Type:** Dense',
  params: '- **Parameters:** 78.0B',
  tokens: '- **Training Tokens:** 18120.0B',
  ratio: '- **Token:Param Ratio:** 233:1 ✅ Compute-optimal',
  alScore: '- **ALScore:** 4.0 (Mid-tier)',
  formula: '- **Formula:** √(Parameters × Tokens) ÷ 300',
  dataset: '- **Dataset Type:** synthetic, web-scale',
  mmlu: '| **MMLU** | 86.1 | General knowledge |',
  hle: '| **HLE** | - | Hard expert questions |',
  tags: '`Reasoning`',
  notes: '## 📝 Additional Notes',
  resources: '## 🔗 Resources',
  tryLink: '- 🎮 [Try the Model](https://example.org/try)',
  updated: '**Last Updated:** 2025-10-02',
};

/** One broken variant: the rule it must fire, where, how loudly, and what the message says. */
interface Case {
  name: string;
  rule: RuleId;
  text: string;
  severity: Severity;
  /** The line (as it reads in the broken text) and the part of it that the finding must cover. */
  at: [line: string, part: string, occurrence?: number, from?: number];
  /** The exact message, or parts it must contain. */
  message: string | (string | RegExp)[];
  /** When the finding has a certain fix: the text of the line after applying it (or the whole text equals SEED when 'seed'). */
  fixed?: 'seed' | [line: string];
}

const v = (from: string, to: string | null, base = SEED): string => replaceLine(base, from, to);

const CASES: Case[] = [
  {
    name: 'ALScore that does not follow from P and T (the spec example)',
    rule: 'alscore-mismatch',
    text: v(L.alScore, '- **ALScore:** 5.0 (Mid-tier)'),
    severity: 'error',
    at: ['- **ALScore:** 5.0 (Mid-tier)', '5.0'],
    message: 'ALScore 5.0 does not follow from 78.0B parameters and 18120.0B tokens: √(78 × 18120) ÷ 300 = 3.96, written 4.0',
    fixed: 'seed',
  },
  {
    name: 'ALScore off by one tenth',
    rule: 'alscore-mismatch',
    text: v(L.alScore, '- **ALScore:** 3.9 (Mid-tier)'),
    severity: 'error',
    at: ['- **ALScore:** 3.9 (Mid-tier)', '3.9'],
    message: ['ALScore 3.9 does not follow from 78.0B parameters and 18120.0B tokens', '= 3.96', 'written 4.0'],
    fixed: 'seed',
  },
  {
    name: 'ALScore stated for a score that rounds to 0.0',
    rule: 'alscore-mismatch',
    text: v(L.ratio, '- **Token:Param Ratio:** 4,963:1 ✅ Compute-optimal', v(L.tokens, '- **Training Tokens:** 670.0B', v(L.params, '- **Parameters:** 0.135B', v(L.alScore, '- **ALScore:** 0.1 (Lightweight)')))),
    severity: 'error',
    at: ['- **ALScore:** 0.1 (Lightweight)', '0.1'],
    message: ['ALScore 0.1 does not follow from 0.135B parameters and 670.0B tokens', '√(0.135 × 670) ÷ 300 = 0.03', 'written 0.0'],
    fixed: ['- **ALScore:** 0.0'],
  },
  {
    name: 'tier that does not follow from the score',
    rule: 'alscore-tier-mismatch',
    text: v(L.alScore, '- **ALScore:** 4.0 (Powerful)'),
    severity: 'warning',
    at: ['- **ALScore:** 4.0 (Powerful)', 'Powerful'],
    message: ['ALScore 4.0 is Mid-tier, not Powerful'],
    fixed: 'seed',
  },
  {
    name: 'tier missing after a non-zero score',
    rule: 'alscore-tier-mismatch',
    text: v(L.alScore, '- **ALScore:** 4.0'),
    severity: 'warning',
    at: ['- **ALScore:** 4.0', '4.0'],
    message: ['ALScore 4.0 has no tier', '4.0 (Mid-tier)'],
    fixed: 'seed',
  },
  {
    name: 'ratio that is not T ÷ P rounded up',
    rule: 'ratio-mismatch',
    text: v(L.ratio, '- **Token:Param Ratio:** 232:1 ✅ Compute-optimal'),
    severity: 'error',
    at: ['- **Token:Param Ratio:** 232:1 ✅ Compute-optimal', '232'],
    message: ['Token:Param ratio 232:1 does not follow from 78.0B parameters and 18120.0B tokens', '18120 ÷ 78 = 232.3', 'rounded up 233:1 ✅ Compute-optimal'],
    fixed: 'seed',
  },
  {
    name: 'ratio with thousands separators that is wrong',
    rule: 'ratio-mismatch',
    text: v(L.ratio, '- **Token:Param Ratio:** 1,233:1 ✅ Compute-optimal'),
    severity: 'error',
    at: ['- **Token:Param Ratio:** 1,233:1 ✅ Compute-optimal', '1,233'],
    message: ['1,233:1 does not follow', '233:1 ✅ Compute-optimal'],
    fixed: 'seed',
  },
  {
    name: 'ratio label that does not follow from the ratio',
    rule: 'ratio-label-mismatch',
    text: v(L.ratio, '- **Token:Param Ratio:** 233:1 ⚠️ Under-trained'),
    severity: 'warning',
    at: ['- **Token:Param Ratio:** 233:1 ⚠️ Under-trained', '⚠️ Under-trained'],
    message: ['233:1 is at or above 20:1', '✅ Compute-optimal', 'not Under-trained'],
    fixed: 'seed',
  },
  {
    name: 'under-trained ratio labelled compute-optimal',
    rule: 'ratio-label-mismatch',
    text: v(L.ratio, '- **Token:Param Ratio:** 19:1 ✅ Compute-optimal', v(L.tokens, '- **Training Tokens:** 1482.0B', v(L.alScore, '- **ALScore:** 1.1 (Mid-tier)'))),
    severity: 'warning',
    at: ['- **Token:Param Ratio:** 19:1 ✅ Compute-optimal', '✅ Compute-optimal'],
    message: ['19:1 is below 20:1, so it is ⚠️ Under-trained, not Compute-optimal'],
    fixed: ['- **Token:Param Ratio:** 19:1 ⚠️ Under-trained'],
  },
  {
    name: 'ALScore stated while Parameters is unknown',
    rule: 'derived-without-inputs',
    text: v(L.ratio, '- **Token:Param Ratio:** - -', v(L.params, '- **Parameters:** -')),
    severity: 'warning',
    at: [L.alScore, '4.0'],
    message: ['ALScore 4.0 is stated but Parameters is unknown', 'cannot have been derived'],
  },
  {
    name: 'ratio stated while Training Tokens is unknown (-B)',
    rule: 'derived-without-inputs',
    text: v(L.alScore, '- **ALScore:** -', v(L.tokens, '- **Training Tokens:** -B')),
    severity: 'warning',
    at: [L.ratio, '233'],
    message: ['Token:Param ratio 233:1 is stated but Training Tokens is unknown'],
  },
  {
    name: 'ALScore left - though P and T are known',
    rule: 'computable-value-missing',
    text: v(L.alScore, '- **ALScore:** -'),
    severity: 'information',
    at: ['- **ALScore:** -', '-', 0, 14],
    message: 'ALScore can be computed from 78.0B parameters and 18120.0B tokens: √(78 × 18120) ÷ 300 = 3.96, written 4.0 (Mid-tier)',
    fixed: 'seed',
  },
  {
    name: 'ratio left - - though P and T are known',
    rule: 'computable-value-missing',
    text: v(L.ratio, '- **Token:Param Ratio:** - -'),
    severity: 'information',
    at: ['- **Token:Param Ratio:** - -', '- -', 0, 2],
    message: ['Token:Param ratio can be computed', '18120 ÷ 78 = 232.3', 'written 233:1 ✅ Compute-optimal'],
    fixed: 'seed',
  },
  {
    name: 'required field Access missing',
    rule: 'missing-field',
    text: v(L.access, null),
    severity: 'error',
    at: [L.title, 'Seedling 78B'],
    message: ['Required field Access is missing', '**Access:**'],
  },
  {
    name: 'recommended field Dataset Type missing',
    rule: 'missing-field',
    text: v(L.dataset, null),
    severity: 'information',
    at: ['### Training Data', '### Training Data'],
    message: ['Recommended field Dataset Type is missing', 'Training Data'],
  },
  {
    name: 'Formula line missing (certain fix)',
    rule: 'missing-field',
    text: v(L.formula, null),
    severity: 'information',
    at: ['### Training Efficiency', '### Training Efficiency'],
    message: ['Formula is missing'],
  },
  {
    name: 'release 13/2024',
    rule: 'invalid-value',
    text: v(L.released, '**Released:** 13/2024'),
    severity: 'error',
    at: ['**Released:** 13/2024', '13/2024'],
    message: ['Release "13/2024" is not a valid date', 'Mon/YYYY', 'TBA'],
  },
  {
    name: 'release month in lower case (certain fix)',
    rule: 'invalid-value',
    text: v(L.released, '**Released:** dec/2024'),
    severity: 'error',
    at: ['**Released:** dec/2024', 'dec/2024'],
    message: ['Dec/2024'],
    fixed: 'seed',
  },
  {
    name: 'access Open',
    rule: 'invalid-value',
    text: v(L.access, '**Access:** Open'),
    severity: 'error',
    at: ['**Access:** Open', 'Open'],
    message: ['Access "Open" is not one of', '🟢 Public', '🔴 Private', '❓ Unknown'],
  },
  {
    name: 'access without its emoji (certain fix)',
    rule: 'invalid-value',
    text: v(L.access, '**Access:** Public'),
    severity: 'error',
    at: ['**Access:** Public', 'Public'],
    message: ['🟢 Public'],
    fixed: 'seed',
  },
  {
    name: 'parameters 78 bn',
    rule: 'invalid-value',
    text: v(L.params, '- **Parameters:** 78 bn'),
    severity: 'error',
    at: ['- **Parameters:** 78 bn', '78 bn'],
    message: ['Parameters "78 bn" is not a count', '78.0B'],
  },
  {
    name: 'training tokens lots',
    rule: 'invalid-value',
    text: v(L.tokens, '- **Training Tokens:** lots'),
    severity: 'error',
    at: ['- **Training Tokens:** lots', 'lots'],
    message: ['Training Tokens "lots" is not a count'],
  },
  {
    name: 'type Transformer',
    rule: 'invalid-value',
    text: v(L.type, '- **Type:** Transformer'),
    severity: 'error',
    at: ['- **Type:** Transformer', 'Transformer'],
    message: ['Type "Transformer" is not one of', 'Dense', 'MoE'],
  },
  {
    name: 'type in the wrong case (certain fix)',
    rule: 'invalid-value',
    text: v(L.type, '- **Type:** dense'),
    severity: 'error',
    at: ['- **Type:** dense', 'dense'],
    message: ['Type is written Dense'],
    fixed: 'seed',
  },
  {
    name: 'Last Updated 2025-02-30',
    rule: 'invalid-value',
    text: v(L.updated, '**Last Updated:** 2025-02-30'),
    severity: 'error',
    at: ['**Last Updated:** 2025-02-30', '2025-02-30'],
    message: ['Last Updated "2025-02-30" is not a valid date', 'YYYY-MM-DD'],
  },
  {
    name: 'Formula with other words (certain fix)',
    rule: 'invalid-value',
    text: v(L.formula, '- **Formula:** √(P × T) ÷ 300'),
    severity: 'error',
    at: ['- **Formula:** √(P × T) ÷ 300', '√(P × T) ÷ 300'],
    message: ['√(Parameters × Tokens) ÷ 300'],
    fixed: 'seed',
  },
  {
    name: 'ALScore that is not a score',
    rule: 'invalid-value',
    text: v(L.alScore, '- **ALScore:** high'),
    severity: 'error',
    at: ['- **ALScore:** high', 'high'],
    message: ['ALScore "high" is not a score'],
  },
  {
    name: 'ratio that is not a ratio',
    rule: 'invalid-value',
    text: v(L.ratio, '- **Token:Param Ratio:** about 233'),
    severity: 'error',
    at: ['- **Token:Param Ratio:** about 233', 'about 233'],
    message: ['Token:Param Ratio "about 233" is not a ratio'],
  },
  {
    name: 'malformed resource URL',
    rule: 'invalid-value',
    text: v(L.tryLink, '- 🎮 [Try the Model](htps://example.org/try)'),
    severity: 'error',
    at: ['- 🎮 [Try the Model](htps://example.org/try)', 'htps://example.org/try'],
    message: ['Link "htps://example.org/try"', 'https://'],
  },
  {
    name: 'field given twice with the same value (certain fix)',
    rule: 'duplicate-field',
    text: insertAfter(SEED, L.type, L.type),
    severity: 'warning',
    at: [L.type, 'Type', 1],
    message: ['Type is given twice', 'line 18', 'same value'],
    fixed: 'seed',
  },
  {
    name: 'field given twice with different values',
    rule: 'duplicate-field',
    text: insertAfter(SEED, L.params, '- **Parameters:** 80.0B'),
    severity: 'warning',
    at: ['- **Parameters:** 80.0B', 'Parameters'],
    message: ['Parameters is given twice', 'line 19', '78.0B'],
  },
  {
    name: 'second title',
    rule: 'duplicate-field',
    text: insertAfter(SEED, L.notes, '# Another Title'),
    severity: 'warning',
    at: ['# Another Title', 'Another Title'],
    message: ['exactly one title', 'Seedling 78B'],
  },
  {
    name: 'benchmark score 150',
    rule: 'benchmark-out-of-range',
    text: v(L.mmlu, '| **MMLU** | 150 | General knowledge |'),
    severity: 'error',
    at: ['| **MMLU** | 150 | General knowledge |', '150'],
    message: ['MMLU score 150 is outside 0–100'],
  },
  {
    name: 'benchmark score n/a',
    rule: 'benchmark-out-of-range',
    text: v(L.mmlu, '| **MMLU** | n/a | General knowledge |'),
    severity: 'error',
    at: ['| **MMLU** | n/a | General knowledge |', 'n/a'],
    message: ['MMLU score "n/a" is not a number'],
  },
  {
    name: 'benchmark row given twice',
    rule: 'duplicate-benchmark',
    text: insertAfter(SEED, L.hle, '| **MMLU** | 80.0 | Again |'),
    severity: 'warning',
    at: ['| **MMLU** | 80.0 | Again |', 'MMLU'],
    message: ['Benchmark MMLU is listed twice', 'line 34'],
  },
  {
    name: 'tags section with a tag the tag line lacks',
    rule: 'tags-mismatch',
    text: v(L.tags, '`Reasoning`, `SOTA`'),
    severity: 'warning',
    at: ['`Reasoning`, `SOTA`', '`Reasoning`, `SOTA`'],
    message: ['Model Tags lists Reasoning, SOTA but the tag line (line 3) lists Reasoning'],
  },
  {
    name: 'no-tags placeholder against a tag line with tags',
    rule: 'tags-mismatch',
    text: v(L.tags, '_No specific tags_'),
    severity: 'warning',
    at: ['_No specific tags_', '_No specific tags_'],
    message: ['Model Tags lists no tags', 'lists Reasoning'],
  },
  {
    name: 'section missing',
    rule: 'missing-section',
    text: v(L.notes, null),
    severity: 'information',
    at: [L.title, 'Seedling 78B'],
    message: ['Section "## 📝 Additional Notes" is missing'],
  },
  {
    name: 'sub-section missing',
    rule: 'missing-section',
    text: v('### Training Data', null),
    severity: 'information',
    at: ['## 🔧 Technical Specifications', '## 🔧 Technical Specifications'],
    message: ['Sub-section "### Training Data" is missing'],
  },
  {
    name: 'sections out of order',
    rule: 'section-order',
    text: v('## SWAP', L.notes, v(L.notes, L.resources, v(L.resources, '## SWAP'))),
    severity: 'warning',
    at: [L.notes, L.notes],
    message: ['Section "Additional Notes" belongs before "Resources"'],
  },
];

/** Where a case's finding must be. */
function expectedRange(c: Case): Range {
  const [line, part, occurrence, from] = c.at;
  return rangeIn(c.text, line, part, occurrence, from);
}

function assertMessage(f: Finding, expected: Case['message']): void {
  if (typeof expected === 'string') {
    assert.equal(f.message, expected);
    return;
  }
  for (const part of expected) {
    if (typeof part === 'string') assert.ok(f.message.includes(part), `message ${JSON.stringify(f.message)} lacks ${JSON.stringify(part)}`);
    else assert.match(f.message, part);
  }
}

void describe('rules on the leaderboard body', () => {
  void it('the consistent seed card has no findings at all', () => {
    const a = analyzeCard(SEED);
    assert.equal(a.isCard, true);
    assert.equal(a.format, 'leaderboard');
    assert.deepEqual(a.findings.map(show), []);
  });

  for (const c of CASES) {
    void it(`${c.rule}: ${c.name}`, () => {
      assert.notEqual(c.text, SEED);
      const a = analyzeCard(c.text);
      const hits = byRule(a, c.rule);
      const range = expectedRange(c);
      const f = hits.find((x) => x.range.start.line === range.start.line);
      assert.ok(f, `no ${c.rule} on line ${range.start.line + 1}; findings: ${JSON.stringify(a.findings.map(show), null, 1)}`);
      assert.equal(f.severity, c.severity);
      assert.deepEqual(f.range, range, `range of ${show(f)}`);
      assertMessage(f, c.message);
      if (c.fixed) {
        assert.ok(f.fix, `${c.rule} should carry a certain fix`);
        const after = applyEdits(c.text, f.fix.edits);
        if (c.fixed === 'seed') assert.equal(after, SEED);
        else assert.ok(after.split('\n').includes(c.fixed[0]), `after the fix the card lacks ${JSON.stringify(c.fixed[0])}`);
        assert.equal(byRule(analyzeCard(after), c.rule).filter((x) => x.range.start.line === range.start.line).length, 0, 'the fix removes the finding');
      }
    });
  }

  void it('every rule id has at least one case here or in the front matter cases', () => {
    // The Hugging Face rules have their cases in huggingface.test.ts.
    const covered = new Set<RuleId>([...CASES.map((c) => c.rule), 'frontmatter-syntax', 'unknown-key', 'frontmatter-body-mismatch']);
    const huggingFace = (r: RuleId): boolean => r.startsWith('hf-') || r === 'yaml-portability';
    // Repository rules have their cases in repository.test.ts.
    const repository = (r: string): boolean => ruleById(r)?.scope === 'repository';
    assert.deepEqual(RULE_IDS.filter((r) => !covered.has(r) && !huggingFace(r) && !repository(r)), []);
  });

  void it('a missing ratio label is reported on the value and fixed by adding the label', () => {
    const text = v(L.ratio, '- **Token:Param Ratio:** 233:1');
    const f = only(text, 'ratio-label-mismatch');
    assert.equal(f.severity, 'warning');
    const value = rangeIn(text, '- **Token:Param Ratio:** 233:1', '233:1');
    assert.equal(f.range.start.line, value.start.line);
    assert.ok(f.range.start.character >= value.start.character && f.range.end.character <= value.end.character, show(f));
    assert.match(f.message, /233:1 has no label: write ✅ Compute-optimal/);
    assert.ok(f.fix);
    assert.equal(applyEdits(text, f.fix.edits), SEED);
  });

  void it('a derived value without inputs offers the unknown form as a suggestion, not a certain fix', () => {
    const text = v(L.params, '- **Parameters:** -');
    const found = byRule(analyzeCard(text), 'derived-without-inputs');
    assert.equal(found.length, 2, found.map(show).join('\n'));
    for (const f of found) {
      assert.equal(f.fix, undefined);
      assert.ok((f.suggestions ?? []).length > 0);
    }
    const al = found.find((f) => f.message.startsWith('ALScore'));
    assert.ok(al?.suggestions?.[0]);
    assert.ok(applyEdits(text, al.suggestions[0].edits).includes('- **ALScore:** -\n'));
  });

  void it('a tags mismatch suggests (not fixes) the tag line tags', () => {
    const [line, section] = two(byRule(analyzeCard(v(L.tags, '`Reasoning`, `SOTA`')), 'tags-mismatch'));
    assert.equal(section.fix, undefined);
    assert.equal(section.suggestions?.[0]?.edits[0]?.newText, '`Reasoning`');
    assert.equal(line.fix, undefined, 'the tag line side is a suggestion too');
    assert.equal(line.suggestions?.[0]?.edits[0]?.newText, 'Reasoning, SOTA');
  });

  void it('a card without a title reports the missing title', () => {
    const f = byRule(analyzeCard(v(L.title, null)), 'missing-field').find((x) => x.message.includes('title'));
    assert.ok(f, 'missing title reported');
    assert.equal(f.severity, 'error');
  });

  void it('a mismatch makes no noise from other rules', () => {
    const a = analyzeCard(v(L.alScore, '- **ALScore:** 3.9 (Mid-tier)'));
    assert.deepEqual(a.findings.map((f) => f.rule), ['alscore-mismatch']);
  });
});

void describe('rules on front matter', () => {
  void it('the front matter seed and the two-format seed have no findings', () => {
    const fm = analyzeCard(FM);
    assert.equal(fm.format, 'frontmatter');
    assert.deepEqual(fm.findings.map(show), []);
    const both = analyzeCard(BOTH);
    assert.equal(both.format, 'both');
    assert.deepEqual(both.findings.map(show), []);
  });

  void it('frontmatter-syntax: reported at the YAML error line and column, and the body is still checked', () => {
    const text = v('access: public', 'access: [public', v(L.alScore, '- **ALScore:** 5.0 (Mid-tier)', BOTH));
    const a = analyzeCard(text);
    const syntax = byRule(a, 'frontmatter-syntax');
    assert.equal(syntax.length, 1, a.findings.map(show).join('\n'));
    const f = at(syntax, 0);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /^YAML syntax error: /);
    // js-yaml stops at the next line, where the flow sequence meets `architecture: dense`.
    const errLine = text.split('\n').indexOf('architecture: dense');
    assert.equal(f.range.start.line, errLine, show(f));
    assert.match(f.message, new RegExp(`\\(line ${errLine + 1}, column ${f.range.start.character + 1}\\)`));
    assert.equal(byRule(a, 'alscore-mismatch').length, 1, 'the body is still checked');
    assert.equal(a.format, 'both');
  });

  void it('frontmatter-syntax: a bad indentation points at the key that breaks', () => {
    const text = v('  GPQA: 49.0', ' GPQA: 49.0', FM);
    // js-yaml points at the key, after the one space that puts it out of line.
    const found = byRule(analyzeCard(text), 'frontmatter-syntax');
    const line = text.split('\n').indexOf(' GPQA: 49.0');
    assert.deepEqual(found.map((f) => f.range.start), [{ line, character: 1 }], found.map(show).join('\n'));
    assert.match(found[0]?.message ?? '', /^YAML syntax error: Bad indentation of a mapping entry \(line \d+, column 2\)\.$/);
  });

  void it('frontmatter-syntax: front matter never closed', () => {
    const text = FM.replace(/^---\n\nNotes/m, '\nNotes');
    const f = only(text, 'frontmatter-syntax');
    assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.match(f.message, /never closed/);
  });

  void it('unknown-key: suggests the nearest known key', () => {
    const text = v('parameters: 78B', 'paramters: 78B', FM);
    const f = only(text, 'unknown-key');
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.range, rangeIn(text, 'paramters: 78B', 'paramters'));
    assert.equal(f.message, 'Unknown front matter key "paramters": did you mean "parameters"?');
    assert.equal(f.fix, undefined, 'renaming a key needs judgement');
    const s = f.suggestions?.[0];
    assert.ok(s);
    assert.equal(applyEdits(text, s.edits), FM);
  });

  void it('unknown-key: far from any key is only a hint (Hugging Face keeps any key)', () => {
    const text = insertAfter(FM, 'license: mit', 'favourite_colour: blue');
    const f = only(text, 'unknown-key');
    assert.equal(f.severity, 'hint');
    assert.match(f.message, /"favourite_colour" is neither a leaderboard key nor a Hugging Face model card key/);
    assert.equal(f.suggestions, undefined);
  });

  const invalid: [name: string, from: string, to: string, part: string, message: string[]][] = [
    ['access Open', 'access: public', 'access: Open', 'Open', ['access: "Open" is not valid', 'public, private or unknown']],
    ['released 13/2024', 'released: 2024-12', 'released: 13/2024', '13/2024', ['released: "13/2024" is not valid', 'Mon/YYYY']],
    ['released 2024-13', 'released: 2024-12', 'released: 2024-13', '2024-13', ['released: "2024-13" is not valid']],
    ['architecture transformer', 'architecture: dense', 'architecture: transformer', 'transformer', ['architecture', 'dense, moe']],
    ['parameters 78 bn', 'parameters: 78B', 'parameters: 78 bn', '78 bn', ['parameters: "78 bn" is not valid', '78B']],
    ['training tokens as a list', 'training_tokens: 18.12T', 'training_tokens: [18.12T]', '[18.12T]', ['training_tokens: a list of 1 item is not valid']],
    ['tags as a string', 'tags: [Reasoning]', 'tags: 7', '7', ['tags', 'list of strings']],
    ['last_updated 2025-13-01', 'last_updated: 2025-10-02', 'last_updated: 2025-13-01', '2025-13-01', ['last_updated', 'YYYY-MM-DD']],
  ];
  for (const [name, from, to, part, message] of invalid) {
    void it(`invalid-value: ${name}`, () => {
      const text = v(from, to, FM);
      const f = only(text, 'invalid-value');
      assert.equal(f.severity, 'error');
      assert.deepEqual(f.range, rangeIn(text, to, part, 0, to.indexOf(':') + 1), show(f));
      for (const m of message) assert.ok(f.message.includes(m), `${f.message} lacks ${m}`);
    });
  }

  void it('benchmark-out-of-range in front matter points at the score', () => {
    const text = v('  MMLU: 86.1', '  MMLU: 186.1', FM);
    const f = only(text, 'benchmark-out-of-range');
    assert.deepEqual(f.range, rangeIn(text, '  MMLU: 186.1', '186.1'));
    assert.match(f.message, /MMLU score 186.1 is outside 0–100/);
    const g = only(v('  MMLU: 86.1', '  MMLU: n/a', FM), 'benchmark-out-of-range');
    assert.match(g.message, /not a number/);
  });

  void it('missing-field: a front-matter-only card needs model_name, organization, released, access', () => {
    let text = FM;
    for (const key of ['model_name: Seedling 78B', 'organization: Seed Labs', 'released: 2024-12', 'access: public']) text = v(key, null, text);
    const found = byRule(analyzeCard(text), 'missing-field');
    assert.equal(found.length, 4, found.map(show).join('\n'));
    for (const key of ['model_name', 'organization', 'released', 'access']) {
      const f = found.find((x) => x.message.startsWith(`Required key ${key} is missing`));
      assert.ok(f, `no finding for ${key}`);
      assert.equal(f.severity, 'error');
      assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    }
  });

  void it('missing-field: front matter keys are optional beside a leaderboard body', () => {
    const text = v('access: public', null, v('model_name: Seedling 78B', null, BOTH));
    assert.deepEqual(byRule(analyzeCard(text), 'missing-field'), []);
  });

  void it('missing-field: license other without license_name and license_link', () => {
    const text = v('license: mit', 'license: other', FM);
    const found = byRule(analyzeCard(text), 'missing-field');
    assert.deepEqual(found.map((f) => f.message).sort(), ['license: other needs license_link', 'license: other needs license_name']);
    for (const f of found) assert.deepEqual(f.range, rangeIn(text, 'license: other', 'other'));
    const complete = insertAfter(insertAfter(text, 'license: other', 'license_name: fixture-license'), 'license_name: fixture-license', 'license_link: https://example.org/LICENSE');
    assert.deepEqual(analyzeCard(complete).findings.map(show), []);
  });

  void it('invalid-value: license_link that is not a URL', () => {
    const text = insertAfter(insertAfter(v('license: mit', 'license: other', FM), 'license: other', 'license_name: x'), 'license_name: x', 'license_link: htps://example.org/L');
    const f = only(text, 'invalid-value');
    assert.deepEqual(f.range, rangeIn(text, 'license_link: htps://example.org/L', 'htps://example.org/L'));
  });

  void it('duplicate-field: a key given twice (and the card is still read)', () => {
    const text = insertAfter(FM, 'license: mit', 'access: private');
    const a = analyzeCard(text);
    const f = byRule(a, 'duplicate-field')[0];
    assert.ok(f, a.findings.map(show).join('\n'));
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.range, rangeIn(text, 'access: private', 'access'));
    assert.match(f.message, /Key access is given twice \(first on line 5\)/);
    assert.equal(byRule(a, 'frontmatter-syntax').length, 0, 'a duplicate key is a finding, not a syntax error');
  });

  const mismatches: [name: string, from: string, to: string, part: string, message: string[]][] = [
    ['parameters 7B vs body 78.0B', 'parameters: 78B', 'parameters: 7B', '7B', ['Front matter parameters is 7B but the body\'s Parameters (line 38) is 78B']],
    ['training tokens', 'training_tokens: 18.12T', 'training_tokens: 18.2T', '18.2T', ['training_tokens', '18,200B', '18,120B']],
    ['model name', 'model_name: Seedling 78B', 'model_name: Seedling 80B', 'Seedling 80B', ['model_name is "Seedling 80B"', '"Seedling 78B"']],
    ['organization', 'organization: Seed Labs', 'organization: Other Labs', 'Other Labs', ['organization is "Other Labs"']],
    ['released', 'released: 2024-12', 'released: 2024-11', '2024-11', ['released is 2024-11', 'Dec/2024']],
    ['access', 'access: public', 'access: private', 'private', ['access is private', 'public']],
    ['architecture', 'architecture: dense', 'architecture: moe', 'moe', ['architecture is moe', 'Dense']],
    ['tags', 'tags: [Reasoning]', 'tags: [Reasoning, SOTA]', '[Reasoning, SOTA]', ['tags']],
    ['dataset type', 'dataset_type: [synthetic, web-scale]', 'dataset_type: [synthetic]', '[synthetic]', ['dataset_type']],
    ['last updated', 'last_updated: 2025-10-02', 'last_updated: 2025-10-03', '2025-10-03', ['last_updated is 2025-10-03']],
    ['benchmark score', '  MMLU: 86.1', '  MMLU: 85.0', '85.0', ['benchmark MMLU is 85', '86.1']],
  ];
  for (const [name, from, to, part, message] of mismatches) {
    void it(`frontmatter-body-mismatch: ${name}`, () => {
      const text = v(from, to, BOTH);
      const found = byRule(analyzeCard(text), 'frontmatter-body-mismatch');
      const [f, body] = two(found, 'one finding on each side of the contradiction');
      assert.equal(f.severity, 'error');
      assert.deepEqual(f.range, rangeIn(text, to, part, 0, to.indexOf(':') + 1), show(f));
      for (const m of message) assert.ok(f.message.includes(m), `${f.message} lacks ${m}`);
      assert.ok(body.range.start.line > f.range.start.line, 'the second finding is in the body');
      assert.match(body.message, new RegExp(`front matter .*\\(line ${f.range.start.line + 1}\\)`));
      assert.deepEqual(loud(analyzeCard(text)).length, 2, 'only the mismatch is reported');
    });
  }

  void it('frontmatter-body-mismatch: equal counts in other units agree', () => {
    for (const [p, t] of [['78.0B', '18120B'], ['78000M', '18.12T'], ['7.8e10', '1.812e13'], ['78', '18,120B']]) {
      const text = v('training_tokens: 18.12T', `training_tokens: ${t}`, v('parameters: 78B', `parameters: ${p}`, BOTH));
      assert.deepEqual(loud(analyzeCard(text)), [], `${p} / ${t}`);
    }
  });

  void it('a body count left unknown is taken from the front matter for the derived values', () => {
    const text = v(L.params, '- **Parameters:** -', BOTH);
    assert.deepEqual(analyzeCard(text).findings.map(show), [], 'the card knows P from its front matter');
    const wrong = v(L.alScore, '- **ALScore:** 5.0 (Mid-tier)', text);
    const f = only(wrong, 'alscore-mismatch');
    assert.deepEqual(f.range, rangeIn(wrong, '- **ALScore:** 5.0 (Mid-tier)', '5.0'));
    assert.match(f.message, /from 78B \(front matter\) parameters and 18120\.0B tokens/);
    assert.deepEqual(byRule(analyzeCard(v(L.params, '- **Parameters:** -')), 'derived-without-inputs').length, 2, 'without front matter it is still unknown');
  });

  void it('the spec example: front matter 7B beside body 8.0B', () => {
    const text = v('training_tokens: 18.12T', 'training_tokens: 15000B', v('parameters: 78B', 'parameters: 7B', v(L.params, '- **Parameters:** 8.0B', v(L.tokens, '- **Training Tokens:** 15000.0B', v(L.ratio, '- **Token:Param Ratio:** 1,875:1 ✅ Compute-optimal', v(L.alScore, '- **ALScore:** 1.2 (Mid-tier)', BOTH))))));
    const a = analyzeCard(text);
    assert.deepEqual(a.findings.map((f) => f.rule), ['frontmatter-body-mismatch', 'frontmatter-body-mismatch'], a.findings.map(show).join('\n'));
    const f = at(a.findings, 0);
    assert.deepEqual(f.range, rangeIn(text, 'parameters: 7B', '7B'));
    assert.match(f.message, /parameters is 7B but the body's Parameters \(line \d+\) is 8B/);
  });
});
