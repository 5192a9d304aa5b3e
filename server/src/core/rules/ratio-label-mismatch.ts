// ratio-label-mismatch: the ratio's label does not follow from the stated ratio, or is missing.
import { derivation, ratioLabelText } from './derivation';
import { defineRule } from './types';

export default defineRule({
  id: 'ratio-label-mismatch',
  severity: 'warning',
  description: 'The Compute-optimal / Under-trained label does not follow from the stated ratio.',
  fixable: 'fix',
  scope: 'card',
  docs: {
    summary: 'The label does not follow from the stated ratio: `✅ Compute-optimal` at or above 20:1\n(`computeOptimalRatio`), else `⚠️ Under-trained`.',
    example: { lang: 'markdown', text: '- **Token:Param Ratio:** 15:1 ✅ Compute-optimal' },
    message: 'Token:Param ratio 15:1 is below 20:1, so it is ⚠️ Under-trained, not Compute-optimal',
  },
  check(ctx) {
    if (!ctx.body) return;
    const { ratio: r, ratioField } = derivation(ctx);
    if (!ratioField || r.kind !== 'value') return;
    const threshold = ctx.config.computeOptimalRatio;
    const optimal = r.ratio >= threshold;
    const expected = ratioLabelText(optimal);
    const labelRange = ctx.partRange(ratioField, r.labelPart ?? { start: r.numberPart.end, end: ratioField.raw.length });
    if (r.label === null) {
      // The label goes after the whole `<n>:1`, not after the number.
      const end = ctx.partRange(ratioField, { start: ratioField.raw.length, end: ratioField.raw.length }).end;
      ctx.report(labelRange, `Token:Param ratio ${r.ratio}:1 has no label: write ${expected} (the line is ${threshold}:1)`, {
        fix: { title: `Add label ${expected}`, edits: [{ range: { start: end, end }, newText: ` ${expected}` }] },
      });
    } else if ((r.label === 'optimal') !== optimal) {
      ctx.report(labelRange, `Token:Param ratio ${r.ratio}:1 is ${optimal ? 'at or above' : 'below'} ${threshold}:1, so it is ${expected}, not ${r.label === 'optimal' ? 'Compute-optimal' : 'Under-trained'}`, {
        fix: ctx.replace(`Write ${expected}`, labelRange, expected),
      });
    }
  },
});
