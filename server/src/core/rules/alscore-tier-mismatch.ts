// alscore-tier-mismatch: the tier does not follow from the stated (rounded) score, or is missing.
import { roundScore, tierOf } from '../metrics';
import { scoreIsWrong } from './alscore-mismatch';
import { derivation } from './derivation';
import { defineRule } from './types';

export default defineRule({
  id: 'alscore-tier-mismatch',
  severity: 'warning',
  description: 'The ALScore tier does not follow from the stated score.',
  fixable: 'fix',
  scope: 'card',
  docs: {
    summary: 'The tier does not follow from the stated (rounded) score: ≥ 20 Extremely powerful, ≥ 10 Very\npowerful, ≥ 5 Powerful, ≥ 1 Mid-tier, else Lightweight. A score of `0.0` is written bare.',
    example: { lang: 'markdown', text: '- **ALScore:** 4.0 (Powerful)' },
    message: 'ALScore 4.0 is Mid-tier, not Powerful (tiers: ≥ 20 Extremely powerful, …)',
  },
  check(ctx) {
    if (!ctx.body) return;
    const d = derivation(ctx);
    const { al, alField, m } = d;
    if (!alField || al.kind !== 'value') return;
    // When the score is wrong, alscore-mismatch rewrites score and tier: a tier that follows the true score,
    // or a missing one, is not a second mistake.
    if (ctx.enabled('alscore-mismatch') && scoreIsWrong(d) && (al.tier === m?.tier || al.tierPart === null)) return;
    const expected = tierOf(roundScore(al.score), ctx.config);
    const scoreText = al.score.toFixed(1);
    if (al.tierPart === null) {
      if (al.score === 0) return;
      const at = ctx.partRange(alField, al.scorePart);
      ctx.report(at, `ALScore ${scoreText} has no tier: write ${scoreText} (${expected})`, {
        fix: { title: `Add tier (${expected})`, edits: [{ range: { start: at.end, end: at.end }, newText: ` (${expected})` }] },
      });
      return;
    }
    if (al.tier === expected || (al.score === 0 && al.tier === 'Lightweight')) return;
    const range = ctx.partRange(alField, al.tierPart);
    const b = ctx.config.tiers;
    ctx.report(
      range,
      `ALScore ${scoreText} is ${expected}, not ${al.tierText ?? ''} (tiers: ≥ ${b.extremelyPowerful} Extremely powerful, ≥ ${b.veryPowerful} Very powerful, ≥ ${b.powerful} Powerful, ≥ ${b.midTier} Mid-tier, else Lightweight)`,
      { fix: ctx.replace(`Write tier ${expected}`, range, expected) },
    );
  },
});
