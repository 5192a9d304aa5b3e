// Offsets <-> LSP positions (UTF-16, 0-based) over a document's lines.
import type { Position, Range } from 'vscode-languageserver-types';

export class LineIndex {
  readonly lines: string[];
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.lines = [];
    this.starts = [];
    // A character scan rather than a regex: this runs on every card and every keystroke.
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.starts.push(start);
      this.lines.push(text.slice(start, i));
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
    this.starts.push(start);
    this.lines.push(text.slice(start));
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** Offset of a line's first character. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] ?? 0;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    const character = Math.min(o - (this.starts[lo] ?? 0), (this.lines[lo] ?? '').length);
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

/** A range on one line from character `start` to `end`. */
export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The range of a whole line's text (without its line break). */
export function fullLineRange(index: LineIndex, line: number): Range {
  return lineRange(line, 0, (index.lines[line] ?? '').length);
}

/** True when `inner` lies within `outer`. */
export function rangeContains(outer: Range, inner: Range): boolean {
  const before = (a: { line: number; character: number }, b: { line: number; character: number }): boolean =>
    a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
