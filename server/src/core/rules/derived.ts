// Rules on the derived values in the body: ALScore and its tier, the ratio and its label.
import type { RuleContext } from '../context';
import { roundScore, tierOf } from '../metrics';
import { fixed, grouped, parseCount, plain } from '../numbers';
import type { Metrics, SourceField } from '../types';
import { formatAlScore, ratioLabelText, readAlScore, readRatio } from '../values';

/** The formula with the card's numbers: `√(78 × 18120) ÷ 300 = 3.96`. */
export function alScoreFormula(p: number, t: number): string {
  return `√(${plain(p)} × ${plain(t)}) ÷ 300 = ${fixed(Math.sqrt(p * t) / 300, 2)}`;
}

/** Body P and T, each a number, 'unknown' or 'invalid'; a body unknown is filled from the front matter when it has the count. */
function inputs(ctx: RuleContext): { p: number | 'unknown' | 'invalid'; t: number | 'unknown' | 'invalid'; pText: string; tText: string } {
  const read = (f: SourceField | undefined, merged: number | null): [number | 'unknown' | 'invalid', string] => {
    const c = parseCount(f?.raw ?? '-');
    if (c.kind === 'value') return [c.billions, f?.raw ?? ''];
    if (c.kind === 'unknown' && merged !== null) return [merged, `${plain(merged)}B (front matter)`];
    return [c.kind, ''];
  };
  const [p, pText] = read(ctx.field('Parameters'), ctx.metrics.parametersB);
  const [t, tText] = read(ctx.field('Training Tokens'), ctx.metrics.trainingTokensB);
  return { p, t, pText, tText };
}

export function checkDerived(ctx: RuleContext): void {
  if (!ctx.body) return;
  const { p, t, pText, tText } = inputs(ctx);
  const known = typeof p === 'number' && typeof t === 'number';
  // With both inputs known they are the card's P and T, so its metrics are the ones already derived.
  const m = known ? ctx.metrics : null;
  const missingInput = [p === 'unknown' ? 'Parameters' : null, t === 'unknown' ? 'Training Tokens' : null].filter(Boolean).join(' and ');
  const sources = known ? `${pText} parameters and ${tText} tokens` : '';

  const alField = ctx.field('ALScore');
  if (alField) {
    const al = readAlScore(alField.raw);
    if (al.kind === 'value') {
      const scoreRange = ctx.partRange(alField, al.scorePart);
      // When the score is wrong but its tier follows the true score, the number is the mistake, not the label.
      let tierFollowsTruth = false;
      if (m && m.alScore !== null && m.alScoreRounded !== null && m.tier !== null && !scoreMatches(al.score, m.alScore)) {
        const written = formatAlScore(m.alScoreRounded, m.tier);
        ctx.report(
          'alscore-mismatch',
          scoreRange,
          `ALScore ${alField.raw.split(' ')[0]} does not follow from ${sources}: ${alScoreFormula(p as number, t as number)}, written ${m.alScoreRounded.toFixed(1)}`,
          { fix: ctx.replace(`Write ALScore ${written}`, alField.valueRange, written) },
        );
        tierFollowsTruth = ctx.config.rules['alscore-mismatch'] !== 'off' && (al.tier === m.tier || (m.alScoreRounded === 0 && al.tierPart === null));
      } else if (!known && missingInput) {
        ctx.report('derived-without-inputs', scoreRange, `ALScore ${al.score.toFixed(1)} is stated but ${missingInput} ${missingInput.includes(' and ') ? 'are' : 'is'} unknown, so it cannot have been derived: write - or give ${missingInput}`, {
          suggestions: [ctx.replace('Write ALScore as unknown (-)', alField.valueRange, '-')],
        });
      }
      if (!tierFollowsTruth) checkTier(ctx, alField, al);
    } else if (al.kind === 'unknown' && m && m.alScoreRounded !== null && m.tier !== null) {
      const written = formatAlScore(m.alScoreRounded, m.tier);
      ctx.report('computable-value-missing', ctx.valueAt(alField, alField.keyRange), `ALScore can be computed from ${sources}: ${alScoreFormula(p as number, t as number)}, written ${written}`, {
        fix: ctx.replace(`Fill in ALScore ${written}`, alField.valueRange, written),
      });
    }
  }

  checkRatio(ctx, p, t, m, sources, missingInput, known);
}

type Input = number | 'unknown' | 'invalid';

function checkRatio(ctx: RuleContext, p: Input, t: Input, m: Metrics | null, sources: string, missingInput: string, known: boolean): void {
  const ratioField = ctx.field('Token:Param Ratio');
  if (ratioField) {
    const r = readRatio(ratioField.raw);
    if (r.kind === 'value') {
      const numberRange = ctx.partRange(ratioField, r.numberPart);
      if (m && m.writtenRatio !== null && m.tokensPerParam !== null && r.ratio !== m.writtenRatio) {
        const written = ratioText(m.writtenRatio, ctx.config.computeOptimalRatio);
        ctx.report(
          'ratio-mismatch',
          numberRange,
          `Token:Param ratio ${ratioField.raw.split(':')[0]}:1 does not follow from ${sources}: ${plain(t as number)} ÷ ${plain(p as number)} = ${fixed(m.tokensPerParam, 1)}, ${roundingWord(ctx)} ${written}`,
          { fix: ctx.replace(`Write ratio ${written}`, ratioField.valueRange, written) },
        );
      } else if (!known && missingInput) {
        ctx.report('derived-without-inputs', numberRange, `Token:Param ratio ${ratioField.raw.split(':')[0]}:1 is stated but ${missingInput} ${missingInput.includes(' and ') ? 'are' : 'is'} unknown, so it cannot have been derived: write - - or give ${missingInput}`, {
          suggestions: [ctx.replace('Write ratio as unknown (- -)', ratioField.valueRange, '- -')],
        });
      }
      const optimal = r.ratio >= ctx.config.computeOptimalRatio;
      const expected = ratioLabelText(optimal);
      const labelRange = r.labelPart ? ctx.partRange(ratioField, r.labelPart) : ctx.partRange(ratioField, { start: r.numberPart.end, end: ratioField.raw.length });
      if (r.label === null) {
        ctx.report('ratio-label-mismatch', labelRange, `Token:Param ratio ${r.ratio}:1 has no label: write ${expected} (the line is ${ctx.config.computeOptimalRatio}:1)`, {
          fix: { title: `Add label ${expected}`, edits: [{ range: { start: labelRange.end, end: labelRange.end }, newText: ` ${expected}` }] },
        });
      } else if ((r.label === 'optimal') !== optimal) {
        ctx.report(
          'ratio-label-mismatch',
          labelRange,
          `Token:Param ratio ${r.ratio}:1 is ${optimal ? 'at or above' : 'below'} ${ctx.config.computeOptimalRatio}:1, so it is ${expected}, not ${r.label === 'optimal' ? 'Compute-optimal' : 'Under-trained'}`,
          { fix: ctx.replace(`Write ${expected}`, labelRange, expected) },
        );
      }
    } else if (r.kind === 'unknown' && m && m.writtenRatio !== null && m.tokensPerParam !== null) {
      const written = ratioText(m.writtenRatio, ctx.config.computeOptimalRatio);
      ctx.report('computable-value-missing', ctx.valueAt(ratioField, ratioField.keyRange), `Token:Param ratio can be computed from ${sources}: ${plain(t as number)} ÷ ${plain(p as number)} = ${fixed(m.tokensPerParam, 1)}, written ${written}`, {
        fix: ctx.replace(`Fill in ratio ${written}`, ratioField.valueRange, written),
      });
    }
  }
}

/** The ratio as a card writes it: `1,875:1 ✅ Compute-optimal`. */
export function ratioText(writtenRatio: number, threshold: number): string {
  return `${grouped(writtenRatio)}:1 ${ratioLabelText(writtenRatio >= threshold)}`;
}

function roundingWord(ctx: RuleContext): string {
  return ctx.config.ratioRounding === 'ceil' ? 'rounded up' : ctx.config.ratioRounding === 'floor' ? 'rounded down' : 'rounded';
}

/** A stated score matches when it is the rounded value; exact ties accept either neighbour. */
function scoreMatches(stated: number, exact: number): boolean {
  if (Math.abs(stated - roundScore(exact)) < 1e-9) return true;
  const tenth = exact * 10;
  const tie = Math.abs(tenth - Math.floor(tenth) - 0.5) < 1e-6;
  return tie && Math.abs(stated * 10 - tenth) <= 0.5 + 1e-6;
}

function checkTier(ctx: RuleContext, field: SourceField, al: Extract<ReturnType<typeof readAlScore>, { kind: 'value' }>): void {
  const expected = tierOf(roundScore(al.score), ctx.config);
  const scoreText = al.score.toFixed(1);
  if (al.tierPart === null) {
    if (al.score === 0) return;
    const at = ctx.partRange(field, al.scorePart);
    ctx.report('alscore-tier-mismatch', at, `ALScore ${scoreText} has no tier: write ${scoreText} (${expected})`, {
      fix: { title: `Add tier (${expected})`, edits: [{ range: { start: at.end, end: at.end }, newText: ` (${expected})` }] },
    });
    return;
  }
  if (al.tier === expected) return;
  if (al.score === 0 && al.tier === 'Lightweight') return;
  const range = ctx.partRange(field, al.tierPart);
  const bounds = ctx.config.tiers;
  ctx.report(
    'alscore-tier-mismatch',
    range,
    `ALScore ${scoreText} is ${expected}, not ${al.tierText ?? ''} (tiers: ≥ ${bounds.extremelyPowerful} Extremely powerful, ≥ ${bounds.veryPowerful} Very powerful, ≥ ${bounds.powerful} Powerful, ≥ ${bounds.midTier} Mid-tier, else Lightweight)`,
    { fix: ctx.replace(`Write tier ${expected}`, range, expected) },
  );
}
