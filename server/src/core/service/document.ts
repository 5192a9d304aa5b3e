// What every service function takes: one document's analysis and the settings it was checked with.
import type { CardAnalysis } from '../analyze';
import type { EngineConfig } from '../engineConfig';
import type { Position, Range } from '../types';

export interface CardDocument {
  uri: string;
  analysis: CardAnalysis;
  config: EngineConfig;
  /** Checked as a card whatever its content (a `modelCard.files` match). */
  assumeCard: boolean;
}

/** A position inside the document, or null when a client sends one outside it (negative, past the end). */
export function validPosition(doc: CardDocument, pos: Position): Position | null {
  const lines = doc.analysis.index.lines;
  if (!Number.isSafeInteger(pos.line) || !Number.isSafeInteger(pos.character) || pos.line < 0 || pos.character < 0 || pos.line >= lines.length) return null;
  return { line: pos.line, character: Math.min(pos.character, (lines[pos.line] ?? '').length) };
}

/** The range when both ends are positions with finite numbers (they may lie outside the document); else null. */
export function wellFormedRange(range: Range | undefined): Range | null {
  const ok = (p: Position | undefined): boolean => !!p && Number.isFinite(p.line) && Number.isFinite(p.character);
  return range && ok(range.start) && ok(range.end) ? range : null;
}

/** A range on one line. */
export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The end of a line. */
export function lineEnd(doc: CardDocument, line: number): Position {
  return { line, character: (doc.analysis.index.lines[line] ?? '').length };
}
