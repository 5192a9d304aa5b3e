// Every real card in ../shared/cards/models checks clean, and its metrics equal an independent computation.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeCard, fixAll } from '../../server/src/core';
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
});
