// Walks the block scan of a card's body and fills the BodyCard: title, tag line, fields, sections, tables,
// benchmarks, tags, links and HTML comments. Fields and headings count only where CommonMark sees them.
import type { Range } from 'vscode-languageserver-types';
import type { BodyCard, BodyField, BodyFieldName } from '../parseBody';
import { lineRange } from '../text';
import { BlockInline, blockComments, SingleLine, type BodyLink, type HtmlComment, type TextSource } from './bodyInline';
import { LineFlag, LineKind, type BlockScan } from './blockScan';
import { scanBlocks } from './blocks';
import { isTrimSpace, STAR } from './chars';
import { readField } from './fields';
import { nextSpecial, plainText } from './inline';
import { JoinedLines } from './linkDefs';
import { rowCellBounds } from './tables';

export type { BodyLink, HtmlComment } from './bodyInline';

export interface TableCell {
  /** The cell as written, trimmed (an escaped pipe keeps its backslash). */
  text: string;
  range: Range;
}

/**
 * A cell as the reader makes it: its range is made on first use. A page of tables holds thousands of cells and
 * few are ever reported; their ranges, three objects each, were most of what a repository check kept alive.
 */
class Cell implements TableCell {
  private made: Range | null = null;

  constructor(
    readonly text: string,
    private readonly line: number,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get range(): Range {
    return (this.made ??= lineRange(this.line, this.start, this.end));
  }
}

export interface TableRow {
  line: number;
  /** The cells as written (a row may have more or fewer than the header). */
  cells: TableCell[];
}

export interface BodyTable {
  /** The header row's line; the delimiter row is the next one. */
  line: number;
  header: TableCell[];
  rows: TableRow[];
}

/** The card's words the reader needs: which labels are fields, and how headings name sections. */
export interface BodyVocabulary {
  headerFields: ReadonlySet<string>;
  bulletFields: ReadonlySet<string>;
  sectionName(text: string, level: number): string | null;
  tagLineTags(raw: string): string[];
}

const NO_TAGS = /^_?\*?no specific tags\*?_?$/i;

/** True for a cell [start, end) reading `:?-+:?` (a second delimiter row). */
function delimiterCell(text: string, start: number, end: number): boolean {
  if (start < end && text.charCodeAt(start) === 58) start++;
  if (end > start && text.charCodeAt(end - 1) === 58) end--;
  if (start >= end) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== 45) return false;
  return true;
}

/** What the card's rules read: everything but the parts collected on demand. */
export type BodyParts = Omit<BodyCard, 'links' | 'tables' | 'htmlComments'>;

/** The parts of the body collected on first use: most checks need none of them. */
export interface BodyExtras {
  links: BodyLink[];
  tables: BodyTable[];
  htmlComments: HtmlComment[];
}

/** New lists for the extras (made one by one: a literal holding array literals is made by the runtime). */
function emptyExtras(): BodyExtras {
  const links: BodyLink[] = [];
  const tables: BodyTable[] = [];
  const htmlComments: HtmlComment[] = [];
  return { links, tables, htmlComments };
}

/** A run of characters that hide nothing: no backtick, no `<` (sticky, one character class: no backtracking). */
const NO_HIDING = /[^`<]*/y;

/**
 * True when [start, end) holds a backtick or `<`: a code span, comment or tag may hide a line start or end a
 * value. A native scan (the reader mostly runs cold); it may run past `end`, so `end` is a line's end or near it.
 */
function mayHide(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  NO_HIDING.lastIndex = start;
  NO_HIDING.test(text);
  return NO_HIDING.lastIndex < end;
}

/** The end of `text` once trimmed as String.prototype.trim would. */
function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isTrimSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** True when [start, end) holds a `<` (`end` at or near the line's end: the search runs on to it). */
function holdsLt(text: string, start: number, end: number): boolean {
  const lt = text.indexOf('<', start);
  return lt >= 0 && lt < end;
}

export class BodyReader {
  private readonly scan: BlockScan;
  private section: string | null = null;
  private sawSection = false;
  private collected: BodyExtras | null = null;
  /** The blocks `linksIn` read last: from line `from` to before `stop`. */
  private part: { from: number; stop: number; out: BodyExtras } | null = null;

  constructor(
    private readonly lines: readonly string[],
    startLine: number,
    private readonly words: BodyVocabulary,
  ) {
    this.scan = scanBlocks(lines, startLine, lines.length);
  }

  /** Fills the card's title, tag line, fields, sections, tags and benchmarks. */
  read(card: BodyParts): void {
    const { scan } = this;
    for (let line = scan.start; line < scan.end; line++) {
      const kind = scan.kind(line);
      if (!this.sawSection && card.tagLine === null && scan.quotes(line) > 0) this.tagLine(card, line);
      switch (kind) {
        case LineKind.Paragraph:
          line = this.paragraph(card, line);
          break;
        case LineKind.AtxHeading:
          this.heading(card, line, line + 1);
          break;
        case LineKind.SetextText: {
          const end = this.setextEnd(line);
          this.heading(card, line, end);
          line = end;
          break;
        }
        case LineKind.TableHeader:
          if (this.section === 'Performance Benchmarks' && scan.quotes(line) === 0) this.benchmarks(card, line);
          break;
        default:
      }
    }
  }

  /** Every link, table and HTML comment of the body, collected on first call. */
  extras(): BodyExtras {
    if (this.collected) return this.collected;
    const out = emptyExtras();
    this.collect(this.scan.start, this.scan.end, out);
    return (this.collected = out);
  }

  /** The links of the blocks starting on lines [from, to) (a block starting before `from` is not read). */
  linksIn(from: number, to: number): BodyLink[] {
    if (this.collected) return this.collected.links.filter((l) => l.line >= from && l.line < to);
    const start = Math.max(from, this.scan.start);
    const out = emptyExtras();
    // Kept for `extras`: a rule asks for a section's links, then the repository index for every link.
    this.part = { from: start, stop: this.collect(start, Math.min(to, this.scan.end), out), out };
    return out.links;
  }

  /**
   * Adds the links, tables and HTML comments of the blocks starting on lines [from, to) to `out`; returns the
   * line after the last block read. The walk is the same from a line whatever `to` is, so where it meets the
   * first line of a part read before, that part's results stand for its blocks.
   */
  private collect(from: number, to: number, out: BodyExtras): number {
    const { scan, lines, part } = this;
    // Where the part read before starts (-1: none, or one that read no block).
    const partFrom = part !== null && part.stop > part.from ? part.from : -1;
    let line = from;
    for (; line < to; line++) {
      if (line === partFrom && part !== null) {
        for (const l of part.out.links) out.links.push(l);
        for (const t of part.out.tables) out.tables.push(t);
        for (const c of part.out.htmlComments) out.htmlComments.push(c);
        line = part.stop - 1;
        continue;
      }
      switch (scan.kind(line)) {
        case LineKind.Paragraph: {
          const end = this.paragraphEnd(line);
          const text = lines[line] ?? '';
          if (end - line > 1) {
            const joined = new JoinedLines(lines, scan, line, end);
            if (!plainText(joined.text, 0, joined.text.length)) this.inline(joined, 0, joined.text.length, out);
          } else if (!plainText(text, scan.content(line), text.length)) {
            this.inline(new SingleLine(text, line), scan.content(line), text.length, out);
          }
          line = end - 1;
          break;
        }
        case LineKind.AtxHeading:
        case LineKind.SetextText: {
          const end = scan.kind(line) === LineKind.AtxHeading ? line + 1 : this.setextEnd(line);
          if (end - line === 1) {
            const text = lines[line] ?? '';
            const s = scan.textStart(line);
            const e = scan.textEnd(line);
            if (!plainText(text, s, e)) this.inline(new SingleLine(text, line), s, e, out);
          } else {
            const joined = new JoinedLines(lines, scan, line, end);
            const e = trimmedEnd(joined.text);
            if (!plainText(joined.text, 0, e)) this.inline(joined, 0, e, out);
          }
          line = end - 1;
          break;
        }
        case LineKind.TableHeader:
          out.tables.push(this.table(line, out));
          break;
        case LineKind.Html: {
          let end = line + 1;
          while (end < scan.end && scan.kind(end) === LineKind.Html) end++;
          const source = end - line === 1 ? new SingleLine(lines[line] ?? '', line) : new JoinedLines(lines, scan, line, end);
          if (source.text.includes('<!--')) blockComments(source, out.htmlComments);
          line = end - 1;
          break;
        }
        default:
      }
    }
    return line;
  }

  private inline(source: TextSource, start: number, end: number, out: BodyExtras | null): BlockInline {
    return new BlockInline(source, start, end, this.scan.definitions, out ? out.links : null, out ? out.htmlComments : null);
  }

  /** One past the last line of the paragraph starting at `first`. */
  private paragraphEnd(first: number): number {
    return this.scan.paragraphEnd(first);
  }

  /** The underline's line of the setext heading whose text starts at `first`. */
  private setextEnd(first: number): number {
    let end = first + 1;
    while (end < this.scan.end && this.scan.kind(end) === LineKind.SetextText) end++;
    return end;
  }

  /** The tag line: before the first section, the first line holding a block quote marker (`> Reasoning`). */
  private tagLine(card: BodyParts, line: number): void {
    const { scan } = this;
    const kind = scan.kind(line);
    if (scan.items(line) > 0 || (scan.flags(line) & LineFlag.Lazy) !== 0) return;
    if (kind !== LineKind.Paragraph && kind !== LineKind.Blank && kind !== LineKind.AtxHeading && kind !== LineKind.SetextText && kind !== LineKind.ThematicBreak) return;
    const text = this.lines[line] ?? '';
    const gt = text.indexOf('>');
    if (gt < 0 || gt >= scan.content(line)) return;
    const raw = text.slice(gt + 1).trim();
    const start = raw ? text.indexOf(raw, gt + 1) : gt + 1;
    card.tagLine = { value: raw, range: lineRange(line, start, raw ? start + raw.length : text.length), tags: this.words.tagLineTags(raw) };
  }

  /** A paragraph from line `first`: its fields and the Model Tags line. Returns its last line. */
  private paragraph(card: BodyParts, first: number): number {
    const { scan, lines } = this;
    const end = this.paragraphEnd(first);
    const tags = this.section === 'Model Tags';
    // The inline scan is made only for a paragraph holding a candidate line, and only if a backtick or `<` is in it.
    let inline: BlockInline | null | undefined;
    let joined: JoinedLines | null = null;
    for (let l = first; l < end; l++) {
      const text = lines[l] ?? '';
      const at = scan.content(l);
      const candidate = text.charCodeAt(at) === STAR && scan.quotes(l) === 0;
      if (!candidate && !(tags && card.tagsSection === null)) continue;
      if (inline === undefined) {
        inline = null;
        if (end - first === 1) {
          if (mayHide(text, at, text.length)) inline = this.inline(new SingleLine(text, first), at, text.length, null);
        } else if (this.mayHideIn(first, end)) {
          joined = new JoinedLines(lines, scan, first, end);
          inline = this.inline(joined, 0, joined.text.length, null);
        }
      }
      // Where the line's characters sit in the scanned text.
      const base = joined ? (joined.offsets[l - first] ?? 0) - at : 0;
      if (inline && l > first && inline.startsInsideSpan(base + at)) continue;
      if (candidate && this.field(card, l, text, at, inline, base)) continue;
      if (tags && card.tagsSection === null) this.tags(card, l, text, at, inline, base);
    }
    return end - 1;
  }

  /** True when a line of [first, end) holds a backtick or `<` after its content start. */
  private mayHideIn(first: number, end: number): boolean {
    for (let l = first; l < end; l++) {
      const text = this.lines[l] ?? '';
      if (mayHide(text, this.scan.content(l), text.length)) return true;
    }
    return false;
  }

  /** A field at the start of line `l` (a list item's first line for bullet fields); false when there is none. */
  private field(card: BodyParts, l: number, text: string, at: number, inline: BlockInline | null, base: number): boolean {
    const flags = this.scan.flags(l);
    const itemStart = (flags & LineFlag.ItemStart) !== 0;
    const bounds = readField(text, at);
    if (bounds === null) return false;
    const label = text.slice(bounds.labelStart, bounds.labelEnd);
    const known = itemStart ? (flags & LineFlag.Ordered) === 0 && this.words.bulletFields.has(label) : this.words.headerFields.has(label);
    if (!known) return false;
    // A trailing HTML comment (`<!-- modelcard-disable-line … -->`) is not part of the value.
    const valueEnd = inline ? inline.valueEnd(base + bounds.valueStart, base + bounds.valueEnd) - base : bounds.valueEnd;
    const field: BodyField = {
      name: label as BodyFieldName,
      key: label,
      keyRange: lineRange(l, bounds.labelStart, bounds.labelEnd),
      raw: text.slice(bounds.valueStart, valueEnd),
      valueRange: lineRange(l, bounds.valueStart, valueEnd),
      line: l,
    };
    card.fields.push(field);
    if (!card.first.has(field.name)) card.first.set(field.name, field);
    card.cardSignals++;
    return true;
  }

  /** The Model Tags line: tags in backticks, or `_No specific tags_`. */
  private tags(card: BodyParts, l: number, text: string, at: number, inline: BlockInline | null, base: number): void {
    let end = text.length;
    while (end > at && isTrimSpace(text.charCodeAt(end - 1))) end--;
    const trimmed = text.slice(at, end);
    const tags = inline ? inline.codeSpanTexts(base + at, base + end) : [];
    if (tags.length > 0 || NO_TAGS.test(trimmed)) card.tagsSection = { value: trimmed, range: lineRange(l, at, end), tags };
  }

  /** A heading on lines [first, end) (several for setext text); the underline, if any, is line `end`. */
  private heading(card: BodyParts, first: number, end: number): void {
    const { scan } = this;
    const level = scan.level(first);
    let value: string;
    let range: Range | null;
    if (end - first === 1) {
      const text = this.lines[first] ?? '';
      const s = scan.textStart(first);
      let e = scan.textEnd(first);
      // A trailing HTML comment is not part of the heading's text (inline HTML starts with `<`).
      if (holdsLt(text, s, e)) e = this.inline(new SingleLine(text, first), s, e, null).valueEnd(s, e);
      value = text.slice(s, e);
      range = level === 1 ? lineRange(first, s, e) : null;
    } else {
      // Setext text on several lines is one inline text: a code span or comment may cross the line breaks.
      const source = new JoinedLines(this.lines, scan, first, end);
      const textEnd = trimmedEnd(source.text);
      const e = mayHide(source.text, 0, textEnd) ? this.inline(source, 0, textEnd, null).valueEnd(0, textEnd) : textEnd;
      value = source.text.slice(0, e).split('\n').map((t) => t.trim()).join(' ');
      range = { start: source.position(0), end: source.position(e) };
    }
    // Headings inside block quotes and list items are not the card's.
    if (scan.quotes(first) > 0 || scan.items(first) > 0) return;
    if (level === 1) {
      if (range) card.titles.push({ value, range });
      return;
    }
    if (level !== 2 && level !== 3) return;
    const name = this.words.sectionName(value, level);
    const from = { line: first, character: 0 };
    const to = { line: end - 1, character: (this.lines[end - 1] ?? '').length };
    const whole = { start: from, end: to };
    card.headings.push({ level, text: value, name, range: whole, line: first });
    if (level === 2) {
      this.section = name;
      this.sawSection = true;
      if (name) card.cardSignals++;
    }
  }

  /** The table whose header row is at `header`, the links in its cells going to `out`. */
  private table(header: number, out: BodyExtras): BodyTable {
    const { scan } = this;
    const rows: TableRow[] = [];
    const table: BodyTable = { line: header, header: this.cells(header, -1, out), rows };
    for (let l = header + 2; l < scan.end && scan.kind(l) === LineKind.TableRow; l++) table.rows.push({ line: l, cells: this.cells(l, table.header.length, out) });
    return table;
  }

  /** The cells of a table row; links are read in the first `shown` cells (those a renderer shows; all when -1). */
  private cells(line: number, shown: number, out: BodyExtras): TableCell[] {
    const text = this.lines[line] ?? '';
    const bounds = rowCellBounds(text, this.scan.content(line));
    const cells: TableCell[] = [];
    // The next backtick, `<` or `[` on the row, found once for all the cells before it (the search runs to it).
    let special = -1;
    for (let k = 0; k + 1 < bounds.length; k += 2) {
      const s = bounds[k] ?? 0;
      const e = bounds[k + 1] ?? 0;
      cells.push(new Cell(text.slice(s, e), line, s, e));
      if (shown >= 0 && k / 2 >= shown) continue;
      if (special < s) special = nextSpecial(text, s);
      if (special < e) this.inline(new SingleLine(text, line), s, e, out);
    }
    return cells;
  }

  /** Benchmark rows of the table whose header row is at `header`: the Benchmark and Score columns (else the first two). */
  private benchmarks(card: BodyParts, header: number): void {
    const { scan, lines } = this;
    const bounds: number[] = [];
    const headerText = lines[header] ?? '';
    rowCellBounds(headerText, scan.content(header), bounds);
    const columns: string[] = [];
    for (let k = 0; k + 1 < bounds.length; k += 2) columns.push(headerText.slice(bounds[k], bounds[k + 1]).toLowerCase());
    const nameCol = Math.max(0, columns.indexOf('benchmark'));
    const scoreAt = columns.indexOf('score');
    const scoreCol = scoreAt >= 0 ? scoreAt : 1;
    // Both cells must exist: the row needs bounds up to the further one's end.
    const needed = 2 * Math.max(nameCol, scoreCol) + 1;
    for (let l = header + 2; l < scan.end && scan.kind(l) === LineKind.TableRow; l++) {
      const text = lines[l] ?? '';
      bounds.length = 0;
      rowCellBounds(text, scan.content(l), bounds);
      if (needed >= bounds.length) continue;
      let delimiters = true;
      for (let k = 0; 2 * k + 1 < bounds.length && delimiters; k++) delimiters = delimiterCell(text, bounds[2 * k] ?? 0, bounds[2 * k + 1] ?? 0);
      if (delimiters) continue;
      const nameText = text.slice(bounds[2 * nameCol], bounds[2 * nameCol + 1]);
      const score = text.slice(bounds[2 * scoreCol], bounds[2 * scoreCol + 1]);
      // `**MMLU**` names MMLU.
      const bold = nameText.length > 4 && nameText.startsWith('**') && nameText.endsWith('**');
      const name = bold ? nameText.slice(2, -2) : nameText;
      const nameStart = (bounds[2 * nameCol] ?? 0) + (bold ? 2 : 0);
      const scoreStart = bounds[2 * scoreCol] ?? 0;
      card.benchmarks.push({ name, nameRange: lineRange(l, nameStart, nameStart + name.length), raw: score, score: null, scoreRange: lineRange(l, scoreStart, scoreStart + score.length), line: l });
    }
  }
}
