// derived-without-inputs: an ALScore or ratio is stated while Parameters or Training Tokens is unknown.
import { derivation, isAre, statedRatio } from './derivation';
import { defineRule } from './types';

export default defineRule({
  id: 'derived-without-inputs',
  severity: 'warning',
  description: 'An ALScore or ratio is stated although an input it is derived from is unknown.',
  fixable: 'suggestion',
  scope: 'card',
  docs: {
    summary: 'An ALScore or ratio is stated while Parameters or Training Tokens is unknown, so it cannot have\nbeen derived.',
    example: { lang: 'markdown', text: '- **Training Tokens:** -B\n- **ALScore:** 2.0 (Mid-tier)' },
    message: 'ALScore 2.0 is stated but Training Tokens is unknown, so it cannot have been derived: write - or give Training Tokens',
  },
  check(ctx) {
    if (!ctx.body) return;
    const d = derivation(ctx);
    if (d.known || !d.missingInput) return;
    const { al, alField, ratio: r, ratioField, missingInput } = d;
    if (alField && al.kind === 'value') {
      ctx.report(ctx.partRange(alField, al.scorePart), `ALScore ${al.score.toFixed(1)} is stated but ${missingInput} ${isAre(missingInput)} unknown, so it cannot have been derived: write - or give ${missingInput}`, {
        suggestions: [ctx.replace('Write ALScore as unknown (-)', alField.valueRange, '-')],
      });
    }
    if (ratioField && r.kind === 'value') {
      ctx.report(ctx.partRange(ratioField, r.numberPart), `Token:Param ratio ${statedRatio(ratioField.raw)}:1 is stated but ${missingInput} ${isAre(missingInput)} unknown, so it cannot have been derived: write - - or give ${missingInput}`, {
        suggestions: [ctx.replace('Write ratio as unknown (- -)', ratioField.valueRange, '- -')],
      });
    }
  },
});
