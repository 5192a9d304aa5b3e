// Applying fixes: edits to text, and "fix all" that applies every certain fix until none is left.
import { analyzeCard, type AnalyzeOptions } from './analyze';
import { LineIndex } from './text';
import type { TextEdit } from './types';

/** Applies non-overlapping edits to a text (overlapping ones after the first are skipped). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
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

type Span = [start: number, end: number];

/** True when two spans touch in a way two edits cannot both apply: they overlap, or one inserts inside or at an edge of the other. */
function clash([s, e]: Span, [ts, te]: Span): boolean {
  if (s < te && ts < e) return true;
  if (s === e) return ts <= s && s <= te;
  return te === ts && s <= ts && ts <= e;
}

/** Disjoint spans kept sorted by start, so a clash is found by looking at the two neighbours of a place. */
class TakenSpans {
  private readonly spans: Span[] = [];

  /** The index of the first span starting after `start` (binary search). */
  private after(start: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid]?.[0] ?? 0) <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  clashes(span: Span): boolean {
    const i = this.after(span[0]);
    // Neighbours on both sides, and every empty span at the same start (inserts at one place).
    for (let j = i - 1; j >= 0; j--) {
      const t = this.spans[j];
      if (!t || clash(span, t)) return t !== undefined;
      if (t[0] < span[0] && t[1] < span[0]) break;
    }
    for (let j = i; j < this.spans.length; j++) {
      const t = this.spans[j];
      if (!t || t[0] > span[1]) break;
      if (clash(span, t)) return true;
    }
    return false;
  }

  add(span: Span): void {
    // Mostly appended: fixes come in the order of their findings.
    const i = this.after(span[0]);
    if (i === this.spans.length) this.spans.push(span);
    else this.spans.splice(i, 0, span);
  }
}

/** The certain fixes of one pass, without edits that clash with an earlier fix's. */
export function certainEdits(text: string, options: AnalyzeOptions = {}): TextEdit[] {
  const index = new LineIndex(text);
  const taken = new TakenSpans();
  const edits: TextEdit[] = [];
  for (const f of analyzeCard(text, options).findings) {
    if (!f.fix) continue;
    const spans = f.fix.edits.map((e): Span => [index.offsetAt(e.range.start), index.offsetAt(e.range.end)]);
    if (spans.some((s) => taken.clashes(s))) continue;
    for (const s of spans) taken.add(s);
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
    current = applyEdits(current, current.includes('\r') ? withLineBreaksOf(current, edits) : edits);
  }
  return current;
}

// A fix writes \n; in a CRLF (or mixed) text each inserted break takes the break of the line it lands on.
function withLineBreaksOf(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const index = new LineIndex(text);
  const breakAfter = (line: number): string | null => {
    if (line < 0 || line >= index.lineCount - 1) return null;
    const end = index.lineStart(line) + (index.lines[line] ?? '').length;
    return text.startsWith('\r\n', end) ? '\r\n' : text.charAt(end);
  };
  return edits.map((e) => {
    if (!e.newText.includes('\n') && !e.newText.includes('\r')) return e;
    const eol = breakAfter(e.range.start.line) ?? breakAfter(e.range.start.line - 1) ?? '\n';
    return { ...e, newText: e.newText.replace(/\r\n|\r|\n/g, eol) };
  });
}
