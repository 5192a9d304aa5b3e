// The metrics preview's data for one document: the card's facts, metrics, hint texts and findings.
import { alScoreHint, ratioHint, trainingHint } from '../explain';
import type { NormalizedCard } from '../schema';
import type { CardFormat, Finding, Metrics } from '../types';
import type { CardDocument } from './document';

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
  findings: Finding[];
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
    findings: active ? analysis.findings : [],
  };
}
