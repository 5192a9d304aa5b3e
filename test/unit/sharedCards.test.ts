// Every real card in ../shared/cards/models checks clean, and its metrics equal an independent computation.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeCard, fixAll, type RuleId } from '../../server/src/core';
import { loud, markdownFiles, SHARED_CARDS } from './helpers/cards';

const FILES = markdownFiles(SHARED_CARDS);
const skip = FILES.length === 0 ? `no shared cards at ${SHARED_CARDS}` : false;

/** A body count as the leaderboard writes it (`78.0B`, `1,800.0B`), or null for `-`, `-B` or no line. */
function bodyCount(text: string, label: string): number | null {
  const m = new RegExp(`^- \\*\\*${label}:\\*\\*[ \\t]*(.*?)[ \\t]*$`, 'm').exec(text);
  const raw = m?.[1]?.trim() ?? '-';
  if (/^-+ *B?$/.test(raw)) return null;
  const n = /^([\d,]*\.?\d+) *B$/.exec(raw);
  assert.ok(n, `${label} "${raw}" is not written as <n>B`);
  return parseFloat((n[1] ?? '').split(',').join(''));
}

/** Rounds to one decimal, halves up, tolerating binary noise. */
const round1 = (x: number): number => Math.round(x * 10 + 1e-9) / 10;
const tierFor = (s: number): string => (s >= 20 ? 'Extremely powerful' : s >= 10 ? 'Very powerful' : s >= 5 ? 'Powerful' : s >= 1 ? 'Mid-tier' : 'Lightweight');

void describe('shared real cards', () => {
  void it('are present (or this suite is skipped)', { skip }, () => {
    assert.ok(FILES.length >= 1);
  });

  for (const file of FILES) {
    const name = path.relative(SHARED_CARDS, file);
    void it(`${name}: a leaderboard card with no errors or warnings`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const a = analyzeCard(text);
      assert.equal(a.isCard, true);
      assert.equal(a.format, 'leaderboard');
      assert.deepEqual(loud(a), []);
      assert.equal(fixAll(text), text, 'fix-all changes nothing on a consistent card');
      const crlf = analyzeCard(text.replace(/\n/g, '\r\n'));
      assert.deepEqual(crlf.findings.map((f) => [f.rule, f.range]), a.findings.map((f) => [f.rule, f.range]));
    });

    void it(`${name}: metrics equal an independent computation`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const m = analyzeCard(text).metrics;
      const p = bodyCount(text, 'Parameters');
      const t = bodyCount(text, 'Training Tokens');
      assert.equal(m.parametersB, p);
      assert.equal(m.trainingTokensB, t);
      if (p === null || t === null) {
        assert.equal(m.alScore, null);
        assert.equal(m.alScoreRounded, null);
        assert.equal(m.tier, null);
        assert.equal(m.writtenRatio, null);
        assert.equal(m.computeOptimal, null);
        assert.equal(m.trainingFlops, null);
        assert.ok(!/^- \*\*ALScore:\*\* \d/m.test(text), 'no ALScore is stated without P and T');
        return;
      }
      const score = Math.sqrt(p * t) / 300;
      const rounded = round1(score);
      const ratio = Math.ceil(t / p - 1e-9);
      assert.ok(Math.abs((m.alScore ?? NaN) - score) < 1e-12 * Math.max(1, score));
      assert.equal(m.alScoreRounded, rounded);
      assert.equal(m.tier, tierFor(rounded));
      assert.ok(Math.abs((m.tokensPerParam ?? NaN) - t / p) < 1e-9 * (t / p));
      assert.equal(m.writtenRatio, ratio);
      assert.equal(m.computeOptimal, ratio >= 20);
      assert.ok(Math.abs((m.chinchillaTokensB ?? NaN) - 20 * p) < 1e-9 * 20 * p);
      assert.ok(Math.abs((m.trainingFlops ?? NaN) - 6 * p * t * 1e18) < 1e-9 * 6 * p * t * 1e18);

      // Where the card states them, the stated values are the computed ones.
      const al = /^- \*\*ALScore:\*\* (\d+\.\d)(?: \(([^)]+)\))?\s*$/m.exec(text);
      if (al) {
        assert.equal(Number(al[1]), rounded, `stated ALScore ${al[1]} vs √(${p} × ${t}) ÷ 300 = ${score}`);
        if (rounded === 0) assert.equal(al[2], undefined, 'a 0.0 score is written bare');
        else assert.equal(al[2], tierFor(rounded));
      }
      const r = /^- \*\*Token:Param Ratio:\*\* ([\d,]+):1 (✅ Compute-optimal|⚠️ Under-trained)\s*$/m.exec(text);
      if (r) {
        assert.equal(Number((r[1] ?? '').split(',').join('')), ratio, `stated ratio ${r[1]} vs ${t} ÷ ${p}`);
        assert.equal(r[2], ratio >= 20 ? '✅ Compute-optimal' : '⚠️ Under-trained');
      }
    });
  }

  // Faults seeded into real cards, as a reviewer would: each must be named by its rule on its line.
  for (const file of FILES) {
    const name = path.relative(SHARED_CARDS, file);
    void it(`${name}: seeded faults are each named by their rule at their line`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const lines = text.split('\n');
      const lineOf = (re: RegExp): number => lines.findIndex((l) => re.test(l));
      const seeded: [what: string, line: number, replacement: string, rule: RuleId][] = [];
      const seed = (what: string, re: RegExp, change: (line: string) => string, rule: RuleId): void => {
        const at = lineOf(re);
        if (at >= 0 && change(lines[at] ?? '') !== lines[at]) seeded.push([what, at, change(lines[at] ?? ''), rule]);
      };
      const known = bodyCount(text, 'Parameters') !== null && bodyCount(text, 'Training Tokens') !== null;
      if (known) {
        seed('ALScore +0.3', /^- \*\*ALScore:\*\* \d/, (l) => l.replace(/(\*\* )(\d+\.\d)/, (_, a: string, n: string) => `${a}${(Number(n) + 0.3).toFixed(1)}`), 'alscore-mismatch');
        seed('ratio +1', /^- \*\*Token:Param Ratio:\*\* \d/, (l) => l.replace(/(\*\* )([\d,]+)/, (_, a: string, n: string) => `${a}${(Number(n.split(',').join('')) + 1).toLocaleString('en-US')}`), 'ratio-mismatch');
        seed('ratio label flipped', /^- \*\*Token:Param Ratio:\*\* \d/, (l) => (l.includes('✅') ? l.replace('✅ Compute-optimal', '⚠️ Under-trained') : l.replace('⚠️ Under-trained', '✅ Compute-optimal')), 'ratio-label-mismatch');
        seed('tier changed', /^- \*\*ALScore:\*\* \d+\.\d \(/, (l) => l.replace(/\(([^)]+)\)/, (_, t: string) => (t === 'Powerful' ? '(Mid-tier)' : '(Powerful)')), 'alscore-tier-mismatch');
        seed('ALScore erased', /^- \*\*ALScore:\*\* \d/, () => '- **ALScore:** -', 'computable-value-missing');
      } else {
        seed('ALScore without inputs', /^- \*\*ALScore:\*\* -\s*$/, () => '- **ALScore:** 1.0 (Mid-tier)', 'derived-without-inputs');
      }
      seed('release 13/2024', /^\*\*Released:\*\*/, () => '**Released:** 13/2024', 'invalid-value');
      seed('access Open', /^\*\*Access:\*\*/, () => '**Access:** Open', 'invalid-value');
      seed('parameters 78 bn', /^- \*\*Parameters:\*\*/, () => '- **Parameters:** 78 bn', 'invalid-value');
      seed('benchmark 150', /^\| \*\*MMLU\*\* \|/, (l) => l.replace(/^(\| \*\*MMLU\*\* \|)[^|]*\|/, '$1 150 |'), 'benchmark-out-of-range');
      seed('tag added to the tag line', /^> /, (l) => `${l.includes('Large Language Model') ? '> Seeded' : `${l}, Seeded`}`, 'tags-mismatch');
      seed('Type Transformer', /^- \*\*Type:\*\*/, () => '- **Type:** Transformer', 'invalid-value');
      assert.ok(seeded.length >= 6, `only ${seeded.length} faults could be seeded`);
      for (const [what, at, replacement, rule] of seeded) {
        const broken = [...lines.slice(0, at), replacement, ...lines.slice(at + 1)].join('\n');
        const a = analyzeCard(broken);
        const hit = a.findings.filter((f) => f.rule === rule && f.range.start.line === at);
        assert.equal(hit.length, 1, `${what}: expected ${rule} on line ${at + 1}; got ${JSON.stringify(a.findings.map((f) => `${f.rule}@${f.range.start.line + 1}`))}`);
        if (rule !== 'computable-value-missing') assert.ok(a.findings.some((f) => f.severity === 'error' || f.severity === 'warning'), what);
      }
      // A duplicated benchmark row and two swapped sections.
      const row = lineOf(/^\| \*\*[^*]+\*\* \|/);
      if (row >= 0) {
        const dup = [...lines.slice(0, row + 1), lines[row] ?? '', ...lines.slice(row + 1)].join('\n');
        assert.ok(analyzeCard(dup).findings.some((f) => f.rule === 'duplicate-benchmark' && f.range.start.line === row + 1), 'duplicate benchmark row');
      }
      const notes = lineOf(/^## 📝 Additional Notes/);
      const res = lineOf(/^## 🔗 Resources/);
      if (notes >= 0 && res >= 0) {
        const swapped = [...lines];
        swapped[notes] = lines[res] ?? '';
        swapped[res] = lines[notes] ?? '';
        assert.ok(analyzeCard(swapped.join('\n')).findings.some((f) => f.rule === 'section-order' && f.range.start.line === res), 'sections swapped');
      }
    });
  }
});
