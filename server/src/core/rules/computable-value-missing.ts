// computable-value-missing: an ALScore or ratio is left unknown though P and T are known.
import { fixed, plain } from '../numbers';
import { alScoreFormula, derivation, formatAlScore, ratioText } from './derivation';
import { defineRule } from './types';

export default defineRule({
  id: 'computable-value-missing',
  severity: 'information',
  description: 'An ALScore or ratio is left unknown although it can be computed.',
  fixable: 'fix',
  scope: 'card',
  docs: {
    summary: 'An ALScore or ratio is left `-` though P and T are known; the fix fills it in.',
    example: { lang: 'markdown', text: '- **Parameters:** 78.0B\n- **Training Tokens:** 18120.0B\n- **ALScore:** -' },
    message: 'ALScore can be computed from 78.0B parameters and 18120.0B tokens: √(78 × 18120) ÷ 300 = 3.96, written 4.0 (Mid-tier)',
  },
  check(ctx) {
    if (!ctx.body) return;
    const d = derivation(ctx);
    const { m, al, alField, ratio: r, ratioField } = d;
    if (!m) return;
    if (alField && al.kind === 'unknown' && m.alScoreRounded !== null && m.tier !== null) {
      const written = formatAlScore(m.alScoreRounded, m.tier);
      ctx.report(ctx.valueAt(alField, alField.keyRange), `ALScore can be computed from ${d.sources}: ${alScoreFormula(d.p as number, d.t as number)}, written ${written}`, {
        fix: ctx.replace(`Fill in ALScore ${written}`, alField.valueRange, written),
      });
    }
    if (ratioField && r.kind === 'unknown' && m.writtenRatio !== null && m.tokensPerParam !== null) {
      const written = ratioText(m.writtenRatio, ctx.config.computeOptimalRatio);
      ctx.report(ctx.valueAt(ratioField, ratioField.keyRange), `Token:Param ratio can be computed from ${d.sources}: ${plain(d.t as number)} ÷ ${plain(d.p as number)} = ${fixed(m.tokensPerParam, 1)}, written ${written}`, {
        fix: ctx.replace(`Fill in ratio ${written}`, ratioField.valueRange, written),
      });
    }
  },
});
