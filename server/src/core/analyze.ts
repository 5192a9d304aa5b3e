// analyzeCard: text + config -> the parsed card, its metrics and its findings.
import type { EngineConfig } from './config';
import { CARD_KEYS, DEFAULT_CONFIG } from './constants';
import { RuleContext } from './context';
import { computeMetrics } from './metrics';
import { mergeCards, normalizeBody, normalizeFrontMatter } from './normalize';
import { parseBody, type BodyCard } from './parseBody';
import { parseFrontMatter, type FrontMatter } from './parseFrontMatter';
import { checkBodyFields } from './rules/bodyFields';
import { checkConsistency } from './rules/consistency';
import { checkDerived } from './rules/derived';
import { checkFrontMatter } from './rules/frontMatter';
import { checkLinks, checkStructure } from './rules/structure';
import type { NormalizedCard } from './schema';
import { applySuppressions } from './suppress';
import { LineIndex } from './text';
import type { CardFormat, Finding, Metrics } from './types';

export interface AnalyzeOptions {
  config?: EngineConfig;
  /** Check the text as a card even when its content does not look like one (a `modelCard.files` match). */
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

/** Front matter is a card's when it has one of our keys (read from the YAML, or from its lines when the YAML is broken). */
function hasCardKeys(fm: FrontMatter): boolean {
  if (fm.data !== null) return CARD_KEYS.some((k) => k in (fm.data ?? {}));
  return fm.error !== null && fm.entries.some((e) => e.path.length === 1 && CARD_KEYS.includes(e.key));
}

/** How many body labels make Markdown a leaderboard card. */
const BODY_SIGNALS = 2;

/** Reads a card and runs every rule over it. Never throws on any input text. */
export function analyzeCard(text: string, options: AnalyzeOptions = {}): CardAnalysis {
  const config = options.config ?? DEFAULT_CONFIG;
  const index = new LineIndex(text);
  const frontMatter = parseFrontMatter(index);
  const bodyStart = frontMatter ? (frontMatter.closeLine ?? 0) + 1 : 0;
  const parsedBody = parseBody(index, bodyStart);

  const fmIsCard = frontMatter !== null && hasCardKeys(frontMatter);
  let hasBody = parsedBody.cardSignals >= BODY_SIGNALS;
  const isCard = hasBody || fmIsCard || options.assumeCard === true;
  if (isCard && !hasBody && !fmIsCard && frontMatter === null) hasBody = true;
  const hasFrontMatter = isCard && frontMatter !== null && (fmIsCard || !hasBody || Object.keys(frontMatter.data ?? {}).length > 0 || frontMatter.error !== null);

  const body = hasBody ? parsedBody : null;
  const bodyCard = body ? normalizeBody(body) : null;
  const fmCard = hasFrontMatter && frontMatter?.data ? normalizeFrontMatter(frontMatter.data) : null;
  const card = mergeCards(bodyCard, fmCard);
  const metrics = computeMetrics(card.parametersB, card.trainingTokensB, config);
  const format: CardFormat | null = !isCard ? null : hasBody && hasFrontMatter ? 'both' : hasBody ? 'leaderboard' : 'frontmatter';
  if (!isCard) return { isCard, format, card, body: null, frontMatter: null, metrics, findings: [], index };

  const ctx = new RuleContext(index, config, body, hasFrontMatter ? frontMatter : null, metrics);
  checkBodyFields(ctx);
  checkDerived(ctx);
  checkStructure(ctx);
  checkLinks(ctx);
  checkFrontMatter(ctx, hasBody);
  if (bodyCard && fmCard) checkConsistency(ctx, bodyCard, fmCard);

  const findings = applySuppressions(index, ctx.findings).sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  return { isCard, format, card, body, frontMatter: hasFrontMatter ? frontMatter : null, metrics, findings, index };
}
