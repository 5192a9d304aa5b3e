// analyzeCard: text + config -> what the document is, its facts, its metrics and its findings.
import type { EngineConfig } from './engineConfig';
import { DEFAULT_CONFIG } from './constants';
import { cardKind } from './kind';
import { computeMetrics } from './metrics';
import { mergeCards, normalizeBody, normalizeFrontMatter } from './normalize';
import { parseBody, type BodyCard } from './parseBody';
import { parseFrontMatter, type FrontMatter } from './parseFrontMatter';
import { RuleContext, type CardView } from './rules/context';
import { RULES } from './rules/registry';
import type { NormalizedCard } from './schema';
import { applySuppressions, SUPPRESSION_PREFIX } from './suppress';
import { LineIndex } from './text';
import type { CardFormat, Finding, Metrics } from './types';

export interface AnalyzeOptions {
  config?: EngineConfig;
  /** Check the text as a card even when its content does not look like one (a file named explicitly, a `modelCard.files` match). */
  assumeCard?: boolean;
}

export interface CardAnalysis {
  /** False for Markdown that is not a model card; then nothing else is filled in. */
  isCard: boolean;
  format: CardFormat | null;
  /** The card's facts, body first, front matter filling the gaps. */
  card: NormalizedCard;
  body: BodyCard | null;
  frontMatter: FrontMatter | null;
  metrics: Metrics;
  /** Sorted by position. */
  findings: Finding[];
  /** The document's lines, for faces that place things at line ends. */
  index: LineIndex;
}

// The body parsed for any text, card or not: the repository index reads a page's links and tables from it
// instead of parsing the page again (a page is no card, so `body` is null in its analysis). Parsed on first
// use: a Hugging Face card whose text holds no mark of a leaderboard body is decided without it.
const parsedBodies = new WeakMap<CardAnalysis, () => BodyCard>();

/** The body analyzeCard parsed (or would parse) for the text, also when it is no card. */
export function parsedBodyOf(analysis: CardAnalysis): BodyCard | undefined {
  return parsedBodies.get(analysis)?.();
}

/** Reads a card and runs every rule over it. Never throws on any input text. */
export function analyzeCard(text: string, options: AnalyzeOptions = {}): CardAnalysis {
  const config = options.config ?? DEFAULT_CONFIG;
  const index = new LineIndex(text);
  const frontMatter = parseFrontMatter(index);
  const bodyStart = frontMatter ? (frontMatter.closeLine ?? frontMatter.openLine) + 1 : 0;
  let parsed: BodyCard | null = null;
  const parsedBody = (): BodyCard => (parsed ??= parseBody(index, bodyStart));
  const kind = cardKind(parsedBody, frontMatter, options.assumeCard === true, index);

  const body = kind.hasBody ? parsedBody() : null;
  const checkedFrontMatter = kind.checkFrontMatter ? frontMatter : null;
  const bodyCard = body ? normalizeBody(body) : null;
  const frontMatterCard = checkedFrontMatter?.data ? normalizeFrontMatter(checkedFrontMatter.data) : null;
  const card = mergeCards(bodyCard, frontMatterCard);
  const metrics = computeMetrics(card.parametersB, card.trainingTokensB, config);
  if (!kind.isCard || kind.format === null) {
    const none: CardAnalysis = { isCard: false, format: null, card, body: null, frontMatter: null, metrics, findings: [], index };
    parsedBodies.set(none, parsedBody);
    return none;
  }

  const view: CardView = { index, config, format: kind.format, body, frontMatter: checkedFrontMatter, bodyCard, frontMatterCard, card, metrics };
  const ctx = new RuleContext(view);
  for (const rule of RULES) {
    if (rule.scope === 'card' && ctx.enabled(rule.id)) ctx.run(rule);
  }
  // Suppression comments in the body are read only where there is one to find (applySuppressions looks no further).
  const suppressible = ctx.findings.length > 0 && text.includes(SUPPRESSION_PREFIX);
  const findings = applySuppressions(index, ctx.findings, suppressible ? parsedBody() : null, frontMatter).sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const analysis: CardAnalysis = { isCard: true, format: kind.format, card, body, frontMatter: checkedFrontMatter, metrics, findings, index };
  parsedBodies.set(analysis, parsedBody);
  return analysis;
}

/** Whether an analysis made with `assumeCard` reads as a card without it too (then both analyses are the same). */
export function isCardUnassumed(analysis: CardAnalysis): boolean {
  if (!analysis.isCard) return false;
  // Without a body the front matter made it a card.
  return analysis.body === null || cardKind(analysis.body, analysis.frontMatter, false, analysis.index).isCard;
}
