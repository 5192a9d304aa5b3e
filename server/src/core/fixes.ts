// Applying fixes: edits to text, and "fix all" that applies every certain fix until none is left.
import { analyzeCard, type AnalyzeOptions } from './analyze';
import { LineIndex } from './text';
import type { TextEdit } from './types';

/** Applies non-overlapping edits to a text (overlapping ones after the first are skipped). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const index = new LineIndex(text);
  const spans = edits
    .map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

/** The certain fixes of one pass, without edits that overlap an earlier fix's. */
export function certainEdits(text: string, options: AnalyzeOptions = {}): TextEdit[] {
  const index = new LineIndex(text);
  const taken: [number, number][] = [];
  const edits: TextEdit[] = [];
  for (const f of analyzeCard(text, options).findings) {
    if (!f.fix) continue;
    const spans = f.fix.edits.map((e) => [index.offsetAt(e.range.start), index.offsetAt(e.range.end)] as [number, number]);
    if (spans.some(([s, e]) => taken.some(([ts, te]) => s < te && ts < e || (s === e && s === ts)))) continue;
    taken.push(...spans);
    edits.push(...f.fix.edits);
  }
  return edits;
}

/** Applies every certain fix, re-checking until no certain fix is left (at most 5 passes). */
export function fixAll(text: string, options: AnalyzeOptions = {}): string {
  let current = text;
  for (let pass = 0; pass < 5; pass++) {
    const edits = certainEdits(current, options);
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
  }
  return current;
}
