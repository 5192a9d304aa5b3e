// ratio-mismatch: the stated Token:Param ratio is not T ÷ P rounded (up, by default) to a whole number.
import { fixed, plain } from '../numbers';
import { derivation, ratioText, roundingWord, statedRatio } from './derivation';
import { defineRule } from './types';

export default defineRule({
  id: 'ratio-mismatch',
  severity: 'error',
  description: 'The stated Token:Param ratio does not follow from the card\'s parameters and training tokens.',
  fixable: 'fix',
  scope: 'card',
  docs: {
    summary: 'The stated Token:Param ratio is not T ÷ P rounded up (`ratioRounding`) to a whole number.',
    example: { lang: 'markdown', text: '- **Token:Param Ratio:** 200:1 ✅ Compute-optimal     (78.0B, 18120.0B)' },
    message: 'Token:Param ratio 200:1 does not follow from 78.0B parameters and 18120.0B tokens: 18120 ÷ 78 = 232.3, rounded up 233:1 ✅ Compute-optimal',
  },
  check(ctx) {
    if (!ctx.body) return;
    const d = derivation(ctx);
    const { ratio: r, ratioField, m } = d;
    if (!ratioField || r.kind !== 'value' || !m || m.writtenRatio === null || m.tokensPerParam === null || r.ratio === m.writtenRatio) return;
    const written = ratioText(m.writtenRatio, ctx.config.computeOptimalRatio);
    ctx.report(
      ctx.partRange(ratioField, r.numberPart),
      `Token:Param ratio ${statedRatio(ratioField.raw)}:1 does not follow from ${d.sources}: ${plain(d.t as number)} ÷ ${plain(d.p as number)} = ${fixed(m.tokensPerParam, 1)}, ${roundingWord(ctx)} ${written}`,
      { fix: ctx.replace(`Write ratio ${written}`, ratioField.valueRange, written) },
    );
  },
});
