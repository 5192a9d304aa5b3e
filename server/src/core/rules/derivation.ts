// What the derived-value rules share: the body's P and T as read, the stated ALScore and ratio, and texts.
import { roundScore } from '../metrics';
import { fixed, grouped, plain } from '../numbers';
import type { BodyField } from '../parseBody';
import type { Metrics, Tier } from '../types';
import { readAlScore, readCount, readRatio, type AlScoreReading, type RatioReading } from '../vocabulary/readers';
import { OPTIMAL_LABEL, UNDER_LABEL } from '../vocabulary/words';
import type { CardView, RuleContext } from './context';

type Input = number | 'unknown' | 'invalid';

export interface Derivation {
  p: Input;
  t: Input;
  /** Both inputs known: the card's metrics are derived from them. */
  known: boolean;
  /** The metrics when both inputs are known, else null. */
  m: Metrics | null;
  /** `78.0B parameters and 18120.0B tokens`, naming a front matter source when the body leaves a count out. */
  sources: string;
  /** `Parameters and Training Tokens`: the unknown inputs. */
  missingInput: string;
  alField: BodyField | undefined;
  al: AlScoreReading;
  ratioField: BodyField | undefined;
  ratio: RatioReading;
}

const cache = new WeakMap<CardView, Derivation>();

/** Reads the body's P, T, ALScore and ratio once per card; a body unknown is filled from the front matter. */
export function derivation(ctx: RuleContext): Derivation {
  const known = cache.get(ctx.view);
  if (known) return known;
  const read = (f: BodyField | undefined, merged: number | null): [Input, string] => {
    const c = readCount(f?.raw ?? '-');
    if (c.kind === 'value') return [c.value, f?.raw ?? ''];
    if (c.kind === 'unknown' && merged !== null) return [merged, `${plain(merged)}B (front matter)`];
    return [c.kind, ''];
  };
  const [p, pText] = read(ctx.field('Parameters'), ctx.metrics.parametersB);
  const [t, tText] = read(ctx.field('Training Tokens'), ctx.metrics.trainingTokensB);
  const both = typeof p === 'number' && typeof t === 'number';
  const alField = ctx.field('ALScore');
  const ratioField = ctx.field('Token:Param Ratio');
  const d: Derivation = {
    p,
    t,
    known: both,
    m: both ? ctx.metrics : null,
    sources: both ? `${pText} parameters and ${tText} tokens` : '',
    missingInput: [p === 'unknown' ? 'Parameters' : null, t === 'unknown' ? 'Training Tokens' : null].filter(Boolean).join(' and '),
    alField,
    al: alField ? readAlScore(alField.raw) : { kind: 'unknown' },
    ratioField,
    ratio: ratioField ? readRatio(ratioField.raw) : { kind: 'unknown' },
  };
  cache.set(ctx.view, d);
  return d;
}

/** The formula with the card's numbers: `√(78 × 18120) ÷ 300 = 3.96`. */
export function alScoreFormula(p: number, t: number): string {
  return `√(${plain(p)} × ${plain(t)}) ÷ 300 = ${fixed(Math.sqrt(p * t) / 300, 2)}`;
}

/** The ratio as a card writes it: `1,875:1 ✅ Compute-optimal`. */
export function ratioText(writtenRatio: number, threshold: number): string {
  return `${grouped(writtenRatio)}:1 ${ratioLabelText(writtenRatio >= threshold)}`;
}

/** The label a written ratio should carry. */
export function ratioLabelText(optimal: boolean): string {
  return optimal ? OPTIMAL_LABEL : UNDER_LABEL;
}

/** Formats a score with one decimal and its tier: `4.0 (Mid-tier)`, or a bare `0.0`. */
export function formatAlScore(rounded: number, tier: Tier): string {
  const s = rounded.toFixed(1);
  return rounded === 0 ? s : `${s} (${tier})`;
}

/** How the config rounds the written ratio, in words. */
export function roundingWord(ctx: RuleContext): string {
  return ctx.config.ratioRounding === 'ceil' ? 'rounded up' : ctx.config.ratioRounding === 'floor' ? 'rounded down' : 'rounded';
}

/** A stated score matches when it is the rounded value; exact ties accept either neighbour. */
export function scoreMatches(stated: number, exact: number): boolean {
  if (Math.abs(stated - roundScore(exact)) < 1e-9) return true;
  const tenth = exact * 10;
  const tie = Math.abs(tenth - Math.floor(tenth) - 0.5) < 1e-6;
  return tie && Math.abs(stated * 10 - tenth) <= 0.5 + 1e-6;
}

/** "is" or "are" for the missing inputs. */
export function isAre(missingInput: string): string {
  return missingInput.includes(' and ') ? 'are' : 'is';
}

/** The first word of a stated ratio (`233` of `233:1 …`). */
export function statedRatio(raw: string): string {
  return raw.split(':')[0] ?? raw;
}
