// Fixes: each certain fix removes its finding; fix-all leaves no certain fix behind and is idempotent.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard, applyEdits, certainEdits, fixAll, type Finding, type TextEdit } from '../../server/src/core';
import { assertFindingsInside, replaceLine, show } from './helpers/cards';
import { SEED, SEED_BOTH, SEED_FM, VARIANTS } from './helpers/variants';

const key = (f: Finding): string => `${f.rule}|${f.message}`;

void describe('each certain fix removes its finding', () => {
  let fixesSeen = 0;
  for (const [name, text] of VARIANTS) {
    void it(name, () => {
      const findings = analyzeCard(text).findings;
      assertFindingsInside(text, findings);
      for (const f of findings) {
        if (!f.fix) continue;
        fixesSeen++;
        assert.ok(f.fix.edits.length > 0, `${show(f)}: a fix with no edits`);
        assert.ok(f.fix.title.length > 0);
        const after = applyEdits(text, f.fix.edits);
        assert.notEqual(after, text, `${show(f)}: the fix changes nothing`);
        const before = findings.filter((g) => key(g) === key(f)).length;
        const left = analyzeCard(after).findings.filter((g) => key(g) === key(f)).length;
        assert.ok(left < before, `${show(f)}: still reported after its fix`);
        assert.equal(analyzeCard(after).findings.filter((g) => g.rule === f.rule && g.range.start.line === f.range.start.line && g.range.start.character === f.range.start.character).length, 0, `${show(f)}: its rule still fires at the same place after the fix`);
      }
    });
  }
  void it('the variants exercise fixes', () => assert.ok(fixesSeen >= 20, `only ${fixesSeen} fixes`));
});

void describe('fixAll', () => {
  for (const [name, text] of VARIANTS) {
    void it(`${name}: no certain fix left, idempotent`, () => {
      const once = fixAll(text);
      const left = analyzeCard(once).findings.filter((f) => f.fix);
      assert.deepEqual(left.map(show), []);
      assert.equal(fixAll(once), once);
      assert.deepEqual(certainEdits(once), []);
    });
  }

  void it('the card with many certain faults is fixed back to the seed', () => {
    const many = VARIANTS.find(([n]) => n === 'body: many faults')?.[1] ?? '';
    assert.ok(analyzeCard(many).findings.length >= 6);
    assert.equal(fixAll(many), SEED);
  });

  void it('fixes that the seed card can be restored by', () => {
    const restorable = ['wrong ALScore', 'wrong tier', 'no tier', 'ALScore left -', 'wrong ratio', 'wrong ratio label', 'no ratio label', 'ratio left - -', 'access Public', 'released dec/2024', 'type dense', 'formula wrong', 'formula missing', 'duplicate type'];
    for (const n of restorable) {
      const text = VARIANTS.find(([name]) => name === `body: ${n}`)?.[1];
      assert.ok(text !== undefined, n);
      assert.equal(fixAll(text), SEED, n);
    }
  });

  void it('clean cards are left alone', () => {
    for (const t of [SEED, SEED_FM, SEED_BOTH]) assert.equal(fixAll(t), t);
  });

  void it('an empty ALScore is filled in where the value belongs', () => {
    const text = replaceLine(SEED, '- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:**');
    const fixed = fixAll(text);
    assert.ok(/^- \*\*ALScore:\*\* ?4\.0 \(Mid-tier\)$/m.test(fixed), fixed.split('\n').find((l) => l.includes('ALScore')));
    assert.deepEqual(analyzeCard(fixed).findings.filter((f) => f.severity !== 'hint').map(show), []);
  });

  void it('certain edits of one pass never overlap', () => {
    for (const [, text] of VARIANTS) {
      const edits = certainEdits(text);
      const lines = text.split('\n');
      const offset = (e: TextEdit['range']['start']): number => lines.slice(0, e.line).reduce((n, l) => n + l.length + 1, 0) + e.character;
      const spans = edits.map((e) => [offset(e.range.start), offset(e.range.end)] as const).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) assert.ok((spans[i - 1]?.[1] ?? 0) <= (spans[i]?.[0] ?? 0), `overlap in ${JSON.stringify(spans)}`);
    }
  });
});

void describe('fixes at the end of the document', () => {
  const header = '# X\n\n**Organization:** [L](../../labs/l.md)\n**Released:** TBA\n**Access:** 🟢 Public\n';

  void it('a duplicate last line (no final newline) is removed by an edit inside the document', () => {
    const text = `${header}**Last Updated:** 2025-10-02\n**Last Updated:** 2025-10-02`;
    const f = analyzeCard(text).findings.find((x) => x.rule === 'duplicate-field');
    assert.ok(f?.fix);
    assertFindingsInside(text, [f]);
    assert.equal(applyEdits(text, f.fix.edits), `${header}**Last Updated:** 2025-10-02`);
  });

  void it('the Formula line is added after a heading that ends the document', () => {
    const text = `${header}\n### Training Efficiency`;
    const f = analyzeCard(text).findings.find((x) => x.fix && x.message.includes('Formula'));
    assert.ok(f?.fix);
    assertFindingsInside(text, [f]);
    assert.equal(applyEdits(text, f.fix.edits), `${text}\n- **Formula:** √(Parameters × Tokens) ÷ 300`);
  });

  void it('the Formula line is added after the ALScore line, as the spec orders them', () => {
    const text = replaceLine(SEED, '- **Formula:** √(Parameters × Tokens) ÷ 300', null);
    assert.equal(fixAll(text), SEED);
  });
});

void describe('applyEdits', () => {
  const r = (sl: number, sc: number, el: number, ec: number): TextEdit['range'] => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

  void it('applies edits given in any order', () => {
    const text = 'abc\ndef\nghi';
    const out = applyEdits(text, [
      { range: r(2, 0, 2, 1), newText: 'G' },
      { range: r(0, 1, 0, 2), newText: 'B' },
      { range: r(1, 3, 1, 3), newText: '!' },
    ]);
    assert.equal(out, 'aBc\ndef!\nGhi');
  });

  void it('spans lines, and deletes whole lines', () => {
    assert.equal(applyEdits('a\nb\nc\n', [{ range: r(1, 0, 2, 0), newText: '' }]), 'a\nc\n');
    assert.equal(applyEdits('ab\ncd', [{ range: r(0, 1, 1, 1), newText: '-' }]), 'a-d');
  });

  void it('skips an edit that overlaps an earlier one', () => {
    assert.equal(applyEdits('abcdef', [{ range: r(0, 0, 0, 3), newText: 'X' }, { range: r(0, 2, 0, 4), newText: 'Y' }]), 'Xdef');
  });

  void it('clamps positions outside the text', () => {
    assert.equal(applyEdits('ab', [{ range: r(5, 9, 7, 0), newText: '!' }]), 'ab!');
  });

  void it('keeps CRLF line ends', () => {
    const text = SEED.replace(/\n/g, '\r\n');
    const broken = text.replace('4.0 (Mid-tier)', '5.0 (Mid-tier)');
    assert.equal(fixAll(broken), text);
  });
});
