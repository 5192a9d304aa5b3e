// A position on one line in characters and in columns, tabs counting to the next multiple of 4.
import { isSpaceOrTab, SPACE, TAB } from './chars';

export class LineCursor {
  text = '';
  /** Character index of the next unread character. */
  offset = 0;
  /** Column of `offset`, tabs expanded. */
  column = 0;
  /** True when the tab at `offset` is partly consumed (a container took some of its columns). */
  partialTab = false;
  /** Index and column of the first character at or after `offset` that is not a space or tab. */
  nextNonspace = 0;
  nextNonspaceColumn = 0;
  /** Columns of whitespace between `offset` and `nextNonspace`. */
  indent = 0;
  /** True when nothing but spaces and tabs remains. */
  blank = false;

  reset(text: string): void {
    this.text = text;
    this.offset = 0;
    this.column = 0;
    this.partialTab = false;
    // Most lines start with their text: nothing to skip (the length first: reading past the end deoptimizes).
    if (text.length > 0) {
      const c = text.charCodeAt(0);
      if (c !== SPACE && c !== TAB) {
        this.nextNonspace = 0;
        this.nextNonspaceColumn = 0;
        this.indent = 0;
        this.blank = false;
        return;
      }
    }
    this.findNextNonspace();
  }

  findNextNonspace(): void {
    const text = this.text;
    let i = this.offset;
    let cols = this.column;
    // Bounded by the length: reading past the end deoptimizes the scan's compiled code (out of bounds).
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        i++;
        cols++;
      } else if (c === TAB) {
        i++;
        cols += 4 - (cols % 4);
      } else {
        break;
      }
    }
    this.nextNonspace = i;
    this.nextNonspaceColumn = cols;
    this.indent = cols - this.column;
    this.blank = i >= text.length;
  }

  /** Moves on `count` characters, or `count` columns when `columns` (taking part of a tab if need be). */
  advance(count: number, columns: boolean): void {
    const text = this.text;
    while (count > 0 && this.offset < text.length) {
      if (text.charCodeAt(this.offset) === TAB) {
        const toTab = 4 - (this.column % 4);
        if (columns) {
          this.partialTab = toTab > count;
          const step = toTab > count ? count : toTab;
          this.column += step;
          if (!this.partialTab) this.offset++;
          count -= step;
        } else {
          this.partialTab = false;
          this.column += toTab;
          this.offset++;
          count--;
        }
      } else {
        this.partialTab = false;
        this.offset++;
        this.column++;
        count--;
      }
    }
  }

  advanceToNextNonspace(): void {
    this.offset = this.nextNonspace;
    this.column = this.nextNonspaceColumn;
    this.partialTab = false;
  }

  /** Consumes a block quote marker at the next non-space character and one space or tab after it. */
  takeQuoteMarker(): void {
    this.advanceToNextNonspace();
    this.advance(1, false);
    if (isSpaceOrTab(this.text.charCodeAt(this.offset))) this.advance(1, true);
  }

  /**
   * Consumes a list marker of `length` characters at the next non-space character and the spaces after it;
   * returns the item's content indent relative to the column before the marker.
   */
  takeListMarker(length: number): number {
    const markerOffset = this.indent;
    this.advanceToNextNonspace();
    this.advance(length, true);
    const startColumn = this.column;
    const startOffset = this.offset;
    const startPartial = this.partialTab;
    do {
      this.advance(1, true);
    } while (this.column - startColumn < 5 && isSpaceOrTab(this.text.charCodeAt(this.offset)));
    const blankItem = this.offset >= this.text.length;
    const spaces = this.column - startColumn;
    if (spaces >= 5 || spaces < 1 || blankItem) {
      // Content is indented code (or nothing): it starts one column after the marker.
      this.column = startColumn;
      this.offset = startOffset;
      this.partialTab = startPartial;
      if (isSpaceOrTab(this.text.charCodeAt(this.offset))) this.advance(1, true);
      return markerOffset + length + 1;
    }
    return markerOffset + length + spaces;
  }
}
