// The metrics preview's data for one document: the card's facts, metrics, hint texts, findings (capped) and,
// for a Hugging Face card, its metadata and model-index results.
import { alScoreHint, ratioHint, trainingHint } from '../explain';
import type { NormalizedCard } from '../schema';
import type { CardFormat, Finding, Metrics } from '../types';
import type { CardDocument } from './document';
import { hfPreviewOf, MAX_ROWS, type HfPreview } from './hfPreview';

/** Data for the metrics preview of one document. */
export interface CardPreview {
  uri: string;
  version: number;
  isCard: boolean;
  format: CardFormat | null;
  card: NormalizedCard;
  metrics: Metrics;
  /** Hint texts computed by the engine (null when an input is unknown). */
  explain: { alScore: string | null; ratio: string | null; training: string | null };
  computeOptimalRatio: number;
  /** The first MAX_ROWS findings: a hostile card cannot build a huge page. */
  findings: Finding[];
  /** How many findings the card has in all. */
  findingsTotal: number;
  /** A Hugging Face card's metadata and model-index results; null for other cards. */
  huggingface: HfPreview | null;
}

/** The preview of a document; `active`: a card with checking on (else no findings are shown). */
export function previewOf(doc: CardDocument, version: number, active: boolean): CardPreview {
  const { analysis, config } = doc;
  const m = analysis.metrics;
  return {
    uri: doc.uri,
    version,
    isCard: active,
    format: analysis.format,
    card: analysis.card,
    metrics: m,
    explain: { alScore: alScoreHint(m), ratio: ratioHint(m), training: trainingHint(m) },
    computeOptimalRatio: config.computeOptimalRatio,
    findings: active ? analysis.findings.slice(0, MAX_ROWS) : [],
    findingsTotal: active ? analysis.findings.length : 0,
    huggingface: analysis.format === 'huggingface' ? hfPreviewOf(analysis.frontMatter?.data ?? null) : null,
  };
}
