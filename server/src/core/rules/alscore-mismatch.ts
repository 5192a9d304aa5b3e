// alscore-mismatch: the stated ALScore is not √(P × T) ÷ 300 rounded to one decimal.
import { alScoreFormula, derivation, formatAlScore, scoreMatches } from './derivation';
import { defineRule } from './types';

export default defineRule({
  id: 'alscore-mismatch',
  severity: 'error',
  description: 'The stated ALScore does not follow from the card\'s parameters and training tokens.',
  fixable: 'fix',
  scope: 'card',
  docs: {
    summary: 'The stated ALScore is not √(P × T) ÷ 300 (P and T in billions) rounded to one decimal.',
    example: { lang: 'markdown', text: '- **Parameters:** 78.0B\n- **Training Tokens:** 18120.0B\n- **ALScore:** 5.0 (Mid-tier)' },
    message: 'ALScore 5.0 does not follow from 78.0B parameters and 18120.0B tokens: √(78 × 18120) ÷ 300 = 3.96, written 4.0',
  },
  check(ctx) {
    if (!ctx.body) return;
    const d = derivation(ctx);
    const { m, al, alField } = d;
    if (!alField || al.kind !== 'value' || !m || m.alScore === null || m.alScoreRounded === null || m.tier === null) return;
    if (scoreMatches(al.score, m.alScore)) return;
    const written = formatAlScore(m.alScoreRounded, m.tier);
    ctx.report(
      ctx.partRange(alField, al.scorePart),
      `ALScore ${alField.raw.split(' ')[0] ?? ''} does not follow from ${d.sources}: ${alScoreFormula(d.p as number, d.t as number)}, written ${m.alScoreRounded.toFixed(1)}`,
      { fix: ctx.replace(`Write ALScore ${written}`, alField.valueRange, written) },
    );
  },
});

/** True when alscore-mismatch reports this card's stated score (then its fix rewrites the tier too). */
export function scoreIsWrong(d: ReturnType<typeof derivation>): boolean {
  return d.al.kind === 'value' && d.m !== null && d.m.alScore !== null && !scoreMatches(d.al.score, d.m.alScore);
}
