// Offsets <-> LSP positions (UTF-16, 0-based) over a document's lines.
import type { Position, Range } from 'vscode-languageserver-types';

/** The index of the last entry of ascending `starts` that is at most `offset` (0 when none is): which line, part or block holds it. */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `text` with each `\r\n` and lone `\r` made `\n` (the text itself when it has no `\r`). */
export function toLf(text: string): string {
  if (!text.includes('\r')) return text;
  const crlf = text.replaceAll('\r\n', '\n');
  return crlf.includes('\r') ? crlf.replaceAll('\r', '\n') : crlf;
}

export class LineIndex {
  private lineList: string[] | null = null;
  private lineStarts: number[] | null = null;

  constructor(readonly text: string) {}

  /**
   * The document's lines, split on first use: a Hugging Face card is mostly read without them (its front
   * matter is found in the text, its body is not parsed). A native split, not a character loop: cold
   * JavaScript loops cost a CLI run more than the rest of reading a card. Line starts are only needed for
   * offsets, so they are worked out on first use too.
   */
  get lines(): string[] {
    if (this.lineList) return this.lineList;
    const text = this.text;
    return (this.lineList = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n'));
  }

  private get starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const lines = this.lines;
    const starts = new Array<number>(lines.length);
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
      starts[i] = offset;
      offset += (lines[i] ?? '').length;
      // The break after the line: \r\n counts two.
      offset += this.text.charCodeAt(offset) === 13 && this.text.charCodeAt(offset + 1) === 10 ? 2 : 1;
    }
    return (this.lineStarts = starts);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** Offset of a line's first character. */
  lineStart(line: number): number {
    const starts = this.starts;
    return starts[Math.max(0, Math.min(line, starts.length - 1))] ?? 0;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    const lo = lastAtOrBefore(starts, o);
    const character = Math.min(o - (starts[lo] ?? 0), (this.lines[lo] ?? '').length);
    return { line: lo, character };
  }

  offsetAt(pos: Position): number {
    // As editors do: a line before the first is the start, a line past the last is the end of the text.
    if (pos.line < 0) return 0;
    if (pos.line >= this.lines.length) return this.text.length;
    const line = Math.max(0, Math.min(pos.line, this.lines.length - 1));
    return (this.starts[line] ?? 0) + Math.max(0, Math.min(pos.character, (this.lines[line] ?? '').length));
  }
}

/**
 * A range on one line from character `start` to `end`. The positions are made first: a literal holding
 * literals is copied by the runtime, and cards have thousands of ranges read in cold code.
 */
export function lineRange(line: number, start: number, end: number): Range {
  const from = { line, character: start };
  const to = { line, character: end };
  return { start: from, end: to };
}

/** The range of a whole line's text (without its line break); a line past the end is the last line (an anchor never points outside the document). */
export function fullLineRange(index: LineIndex, line: number): Range {
  const at = Math.max(0, Math.min(line, index.lineCount - 1));
  return lineRange(at, 0, (index.lines[at] ?? '').length);
}

/** True when `inner` lies within `outer`. */
export function rangeContains(outer: Range, inner: Range): boolean {
  const before = (a: { line: number; character: number }, b: { line: number; character: number }): boolean =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
