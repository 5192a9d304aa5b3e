// What a derived table copies from a card: each fact as the card writes it, read once per card version.
import type { CardAnalysis } from '../analyze';
import type { BodyFieldName } from '../vocabulary/bodyFields';

/** A card's facts as text, the way tables copy them (`35.0B`, `0.5`, `926:1`, `Mar/2024`). */
export interface CardFacts {
  title: string | null;
  organization: string | null;
  parameters: string | null;
  trainingTokens: string | null;
  /** The number part of the ALScore line (`0.5`), or `-`. */
  alScore: string | null;
  /** The number part of the ratio line (`926:1`), or `-`. */
  ratio: string | null;
  /** Benchmark scores as written, by lower-cased name (a Map: `constructor` is a benchmark name too). */
  benchmarks: Map<string, string>;
  released: string | null;
  access: 'public' | 'private' | 'unknown' | null;
  type: string | null;
  /** The tag line's tags, and the tag line as written (`SOTA, Reasoning`). */
  tags: string[];
  tagLine: string | null;
  /** The Try-the-Model destination as written between `](` and `)`, or null without that bullet. */
  tryLink: string | null;
}

const TRY = '[Try the Model](';

/** Reads a card's facts from its analysis (body first; front matter facts when there is no body). */
export function cardFacts(a: CardAnalysis): CardFacts {
  const body = a.body;
  const raw = (name: BodyFieldName): string | null => body?.first.get(name)?.raw ?? null;
  const benchmarks = new Map<string, string>();
  for (const b of body?.benchmarks ?? []) if (!benchmarks.has(b.name.toLowerCase())) benchmarks.set(b.name.toLowerCase(), b.raw);
  if (!body) for (const b of a.card.benchmarks) benchmarks.set(b.name.toLowerCase(), b.score === null ? '-' : String(b.score));
  let tryLink: string | null = null;
  for (const line of a.index.lines) {
    const at = line.indexOf(TRY);
    if (at < 0) continue;
    const close = line.lastIndexOf(')');
    if (close > at) tryLink = line.slice(at + TRY.length, close);
    break;
  }
  const access = a.card.access === 'public' || a.card.access === 'private' || a.card.access === 'unknown' ? a.card.access : null;
  return {
    title: body?.titles[0]?.value ?? a.card.modelName,
    organization: a.card.organization,
    parameters: raw('Parameters') ?? (a.card.parametersB === null ? null : `${a.card.parametersB}B`),
    trainingTokens: raw('Training Tokens') ?? (a.card.trainingTokensB === null ? null : `${a.card.trainingTokensB}B`),
    alScore: firstWord(raw('ALScore')) ?? (a.card.stated.alScore === null ? null : String(a.card.stated.alScore)),
    ratio: firstWord(raw('Token:Param Ratio')),
    benchmarks,
    released: raw('Released') ?? a.card.released,
    access,
    type: raw('Type') ?? a.card.architecture,
    tags: a.card.tags,
    tagLine: body?.tagLine?.value ?? null,
    tryLink,
  };
}

function firstWord(text: string | null): string | null {
  if (text === null) return null;
  const t = text.trim();
  const space = t.indexOf(' ');
  return space < 0 ? t : t.slice(0, space);
}
