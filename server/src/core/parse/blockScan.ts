// The result of the block scan: per line, what it is and where things are on it. Stored in one packed
// array (one allocation per document, five numbers per line) and read through accessors.
import type { LinkDefinition } from './linkDefs';

// Enums, not objects: the bundler writes their values in place, where an object's property would be read at
// every use (most of the reader runs cold, where each such read is an inline cache lookup).

/** What a line is. Containers (block quotes, list items) are not kinds: see `quotes`, `items` and the flags. */
export enum LineKind {
  Blank = 0,
  Paragraph = 1,
  AtxHeading = 2,
  /** A paragraph line that the setext underline below it made heading text. */
  SetextText = 3,
  SetextUnderline = 4,
  ThematicBreak = 5,
  FenceOpen = 6,
  FenceBody = 7,
  FenceClose = 8,
  IndentedCode = 9,
  Html = 10,
  TableHeader = 11,
  TableDelimiter = 12,
  TableRow = 13,
  LinkDefinition = 14,
}

export enum LineFlag {
  /** The line opens a list item (`marker` gives the innermost marker's character index). */
  ItemStart = 1,
  /** The item opened is an ordered one (`1.`, `2)`). */
  Ordered = 2,
  /** The line continues a paragraph lazily (without the markers of the containers the paragraph is in). */
  Lazy = 4,
  /** The first line of a paragraph (after any link reference definitions). */
  ParagraphStart = 8,
  /**
   * The first line after link reference definitions that open the same paragraph. CommonMark keeps it in the
   * paragraph; markdown-it reads definitions eagerly and starts a new block there (so an indented line after a
   * definition is code to markdown-it, paragraph text to the spec).
   */
  AfterDefinitions = 16,
}

/** Words per line: kind, level, flags and depths packed; content; marker; heading text start and end. */
const WORDS = 5;

export class BlockScan {
  /** Link reference definitions by normalized label (the first of a label wins). */
  readonly definitions = new Map<string, LinkDefinition>();
  /** Five numbers per line; for a card's few lines a holey Array (cheaper to make than a typed array), read as 0 where unset. */
  private readonly data: number[] | Int32Array;

  constructor(
    readonly lines: readonly string[],
    /** The scanned lines are [start, end). */
    readonly start: number,
    readonly end: number,
  ) {
    const size = lines.length * WORDS;
    // A long Array made this way would use slow dictionary elements: long documents get a typed array.
    this.data = size <= 50_000 ? new Array<number>(size) : new Int32Array(size);
  }

  kind(line: number): LineKind {
    return (this.data[line * WORDS] ?? 0) & 0xf;
  }

  /** Heading level on heading lines (ATX, setext text and underline). */
  level(line: number): number {
    return ((this.data[line * WORDS] ?? 0) >> 4) & 0xf;
  }

  /** LineFlag bits. */
  flags(line: number): number {
    return ((this.data[line * WORDS] ?? 0) >> 8) & 0xff;
  }

  /** Block quotes the line's content is in (at most 255 counted). */
  quotes(line: number): number {
    return ((this.data[line * WORDS] ?? 0) >> 16) & 0xff;
  }

  /** List items the line's content is in (at most 255 counted). */
  items(line: number): number {
    return ((this.data[line * WORDS] ?? 0) >>> 24) & 0xff;
  }

  /** Character index where the line's leaf content starts (after container markers and, for text, indentation). */
  content(line: number): number {
    return this.data[line * WORDS + 1] ?? 0;
  }

  /** Character index of the list marker on lines flagged ItemStart. */
  marker(line: number): number {
    return this.data[line * WORDS + 2] ?? 0;
  }

  /** The heading text on the line as [textStart, textEnd) (ATX and setext text lines). */
  textStart(line: number): number {
    return this.data[line * WORDS + 3] ?? 0;
  }

  textEnd(line: number): number {
    return this.data[line * WORDS + 4] ?? 0;
  }

  /** One past the last line of the paragraph whose first line is `first` (words read in place: paragraphs are many). */
  paragraphEnd(first: number): number {
    const data = this.data;
    const end = this.end;
    let line = first + 1;
    for (; line < end; line++) {
      const word = data[line * WORDS] ?? 0;
      if (((word & 0xf) as LineKind) !== LineKind.Paragraph || ((word >> 8) & LineFlag.ParagraphStart) !== 0) break;
    }
    return line;
  }

  /** The heading text of an ATX heading or setext text line, else null. */
  headingText(line: number): string | null {
    const kind = this.kind(line);
    if (kind !== LineKind.AtxHeading && kind !== LineKind.SetextText) return null;
    return (this.lines[line] ?? '').slice(this.textStart(line), this.textEnd(line));
  }

  // Writers, for the scanner only.

  /** Sets kind, content start and container depths of a line, and adds LineFlag bits (one write: lines are many). */
  mark(line: number, kind: number, content: number, quotes: number, items: number, flags: number): void {
    const at = line * WORDS;
    const keep = (this.data[at] ?? 0) & 0xfff0;
    this.data[at] = kind | keep | (flags << 8) | ((quotes > 255 ? 255 : quotes) << 16) | ((items > 255 ? 255 : items) << 24);
    this.data[at + 1] = content;
  }

  setKind(line: number, kind: number): void {
    const at = line * WORDS;
    this.data[at] = ((this.data[at] ?? 0) & ~0xf) | kind;
  }

  setFlags(line: number, flags: number): void {
    const at = line * WORDS;
    this.data[at] = ((this.data[at] ?? 0) & ~0xff00) | (flags << 8);
  }

  setMarker(line: number, marker: number): void {
    this.data[line * WORDS + 2] = marker;
  }

  setHeading(line: number, level: number, textStart: number, textEnd: number): void {
    const at = line * WORDS;
    this.data[at] = ((this.data[at] ?? 0) & ~0xf0) | (level << 4);
    this.data[at + 3] = textStart;
    this.data[at + 4] = textEnd;
  }
}
