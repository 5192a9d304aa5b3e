// Walks the block scan of a card's body and fills the BodyCard: title, tag line, fields, sections, tables,
// benchmarks, tags, links and HTML comments. Fields and headings count only where CommonMark sees them.
import type { Range } from 'vscode-languageserver-types';
import type { BodyCard, BodyField, BodyFieldName } from '../parseBody';
import { lineRange } from '../text';
import { BlockInline, blockComments, SingleLine, type TextSource } from './bodyInline';
import { LineFlag, LineKind, scanBlocks, type BlockScan } from './blocks';
import { isTrimSpace, STAR } from './chars';
import { readField } from './fields';
import { plainText } from './inline';
import { JoinedLines } from './linkDefs';
import { rowCellBounds } from './tables';

export type { BodyLink, HtmlComment } from './bodyInline';

export interface TableCell {
  /** The cell as written, trimmed (an escaped pipe keeps its backslash). */
  text: string;
  range: Range;
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
const BOLD = /^\*\*(.+?)\*\*$/;
const DELIMITER_CELL = /^:?-+:?$/;

export class BodyReader {
  private readonly scan: BlockScan;
  private section: string | null = null;
  private sawSection = false;

  constructor(
    private readonly lines: readonly string[],
    startLine: number,
    private readonly card: BodyCard,
    private readonly words: BodyVocabulary,
  ) {
    this.scan = scanBlocks(lines, startLine, lines.length);
  }

  read(): void {
    const { scan } = this;
    for (let line = scan.start; line < scan.end; line++) {
      const kind = scan.kind[line];
      if (!this.sawSection && this.card.tagLine === null && (scan.quotes[line] ?? 0) > 0) this.tagLine(line);
      switch (kind) {
        case LineKind.Paragraph:
          line = this.paragraph(line);
          break;
        case LineKind.AtxHeading:
          this.heading(line, line + 1);
          break;
        case LineKind.SetextText: {
          let end = line + 1;
          while (end < scan.end && scan.kind[end] === LineKind.SetextText) end++;
          this.heading(line, end);
          line = end;
          break;
        }
        case LineKind.TableHeader:
          line = this.table(line);
          break;
        case LineKind.Html:
          line = this.html(line);
          break;
        default:
      }
    }
  }

  /** The tag line: before the first section, the first line holding a block quote marker (`> Reasoning`). */
  private tagLine(line: number): void {
    const { scan } = this;
    const kind = scan.kind[line];
    if ((scan.items[line] ?? 0) > 0 || ((scan.flags[line] ?? 0) & LineFlag.Lazy) !== 0) return;
    if (kind !== LineKind.Paragraph && kind !== LineKind.Blank && kind !== LineKind.AtxHeading && kind !== LineKind.SetextText && kind !== LineKind.ThematicBreak) return;
    const text = this.lines[line] ?? '';
    const gt = text.indexOf('>');
    if (gt < 0 || gt >= (scan.content[line] ?? 0)) return;
    const raw = text.slice(gt + 1).trim();
    const start = raw ? text.indexOf(raw, gt + 1) : gt + 1;
    this.card.tagLine = { value: raw, range: lineRange(line, start, raw ? start + raw.length : text.length), tags: this.words.tagLineTags(raw) };
  }

  /** A paragraph from line `first`: its fields, the Model Tags line, its links and comments. Returns its last line. */
  private paragraph(first: number): number {
    const { scan, lines } = this;
    let end = first + 1;
    while (end < scan.end && scan.kind[end] === LineKind.Paragraph && ((scan.flags[end] ?? 0) & LineFlag.ParagraphStart) === 0) end++;
    let inline: BlockInline | null = null;
    let joined: JoinedLines | null = null;
    for (let l = first; l < end; l++) {
      const text = lines[l] ?? '';
      if (plainText(text, scan.content[l] ?? 0, text.length)) continue;
      if (end - first === 1) {
        inline = this.inline(new SingleLine(text, first), scan.content[first] ?? 0, text.length);
      } else {
        joined = new JoinedLines(lines, scan.content, first, end);
        inline = this.inline(joined, 0, joined.text.length);
      }
      break;
    }
    for (let l = first; l < end; l++) {
      const text = lines[l] ?? '';
      const at = scan.content[l] ?? 0;
      // Where the line's characters sit in the scanned text.
      const base = joined ? (joined.offsets[l - first] ?? 0) - at : 0;
      if (joined && inline && l > first && inline.startsInsideSpan(base + at)) continue;
      if (text.charCodeAt(at) === STAR && (scan.quotes[l] ?? 0) === 0 && this.field(l, text, at, inline, base)) continue;
      if (this.section === 'Model Tags' && this.card.tagsSection === null) this.tags(l, text, at, inline, base);
    }
    return end - 1;
  }

  private inline(source: TextSource, start: number, end: number): BlockInline {
    return new BlockInline(source, start, end, this.scan.definitions, this.card.links, this.card.htmlComments);
  }

  /** A field at the start of line `l` (a list item's first line for bullet fields); false when there is none. */
  private field(l: number, text: string, at: number, inline: BlockInline | null, base: number): boolean {
    const flags = this.scan.flags[l] ?? 0;
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
    this.card.fields.push(field);
    if (!this.card.first.has(field.name)) this.card.first.set(field.name, field);
    this.card.cardSignals++;
    return true;
  }

  /** The Model Tags line: tags in backticks, or `_No specific tags_`. */
  private tags(l: number, text: string, at: number, inline: BlockInline | null, base: number): void {
    let end = text.length;
    while (end > at && isTrimSpace(text.charCodeAt(end - 1))) end--;
    const trimmed = text.slice(at, end);
    const tags = inline ? inline.codeSpanTexts(base + at, base + end) : [];
    if (tags.length > 0 || NO_TAGS.test(trimmed)) this.card.tagsSection = { value: trimmed, range: lineRange(l, at, end), tags };
  }

  /** A heading on lines [first, end) (several for setext text); the underline, if any, is line `end`. */
  private heading(first: number, end: number): void {
    const { scan, lines } = this;
    const level = scan.level[first] ?? 0;
    let value: string;
    let range: Range;
    if (end - first === 1) {
      const text = lines[first] ?? '';
      const s = scan.textStart[first] ?? 0;
      let e = scan.textEnd[first] ?? 0;
      // A trailing HTML comment is not part of the heading's text.
      if (!plainText(text, s, e)) e = this.inline(new SingleLine(text, first), s, e).valueEnd(s, e);
      value = text.slice(s, e);
      range = lineRange(first, s, e);
    } else {
      // Setext text on several lines is one inline text: a code span or comment may cross the line breaks.
      const joined = new JoinedLines(lines, scan.content, first, end);
      let e = joined.text.length;
      while (e > 0 && isTrimSpace(joined.text.charCodeAt(e - 1))) e--;
      if (!plainText(joined.text, 0, e)) e = this.inline(joined, 0, e).valueEnd(0, e);
      value = joined.text.slice(0, e).split('\n').map((t) => t.trim()).join(' ');
      range = { start: joined.position(0), end: joined.position(e) };
    }
    // Headings inside block quotes and list items are not the card's.
    if ((scan.quotes[first] ?? 0) > 0 || (scan.items[first] ?? 0) > 0) return;
    if (level === 1) {
      this.card.titles.push({ value, range });
      return;
    }
    if (level !== 2 && level !== 3) return;
    const name = this.words.sectionName(value, level);
    const whole = { start: { line: first, character: 0 }, end: { line: end - 1, character: (lines[end - 1] ?? '').length } };
    this.card.headings.push({ level, text: value, name, range: whole, line: first });
    if (level === 2) {
      this.section = name;
      this.sawSection = true;
      if (name) this.card.cardSignals++;
    }
  }

  /** A table from its header row at `header`: cells, links, and benchmarks in Performance Benchmarks. Returns its last line. */
  private table(header: number): number {
    const { scan } = this;
    const table: BodyTable = { line: header, header: this.cells(header, -1), rows: [] };
    let end = header + 2;
    for (; end < scan.end && scan.kind[end] === LineKind.TableRow; end++) table.rows.push({ line: end, cells: this.cells(end, table.header.length) });
    this.card.tables.push(table);
    if (this.section === 'Performance Benchmarks' && (scan.quotes[header] ?? 0) === 0) this.benchmarks(table);
    return end - 1;
  }

  /** The cells of a table row; links are read in the first `shown` cells (those a renderer shows; all when -1). */
  private cells(line: number, shown: number): TableCell[] {
    const text = this.lines[line] ?? '';
    const bounds = rowCellBounds(text, this.scan.content[line] ?? 0);
    const cells: TableCell[] = [];
    for (let k = 0; k + 1 < bounds.length; k += 2) {
      const s = bounds[k] ?? 0;
      const e = bounds[k + 1] ?? 0;
      cells.push({ text: text.slice(s, e), range: lineRange(line, s, e) });
      if ((shown < 0 || k / 2 < shown) && !plainText(text, s, e)) this.inline(new SingleLine(text, line), s, e);
    }
    return cells;
  }

  /** Benchmark rows: the Benchmark and Score columns (else the first two). */
  private benchmarks(table: BodyTable): void {
    const columns = table.header.map((c) => c.text.toLowerCase());
    const nameCol = Math.max(0, columns.indexOf('benchmark'));
    const scoreCol = columns.indexOf('score') >= 0 ? columns.indexOf('score') : 1;
    for (const row of table.rows) {
      if (row.cells.every((c) => DELIMITER_CELL.test(c.text))) continue;
      const nameCell = row.cells[nameCol];
      const scoreCell = row.cells[scoreCol];
      if (!nameCell || !scoreCell) continue;
      const bold = BOLD.exec(nameCell.text);
      const name = bold ? (bold[1] ?? '') : nameCell.text;
      const nameStart = nameCell.range.start.character + (bold ? 2 : 0);
      this.card.benchmarks.push({ name, nameRange: lineRange(row.line, nameStart, nameStart + name.length), raw: scoreCell.text, score: null, scoreRange: scoreCell.range, line: row.line });
    }
  }

  /** An HTML block from line `first`: the comments in it. Returns its last line. */
  private html(first: number): number {
    const { scan, lines } = this;
    let end = first + 1;
    while (end < scan.end && scan.kind[end] === LineKind.Html) end++;
    const source = end - first === 1 ? new SingleLine(lines[first] ?? '', first) : new JoinedLines(lines, scan.content, first, end);
    if (source.text.includes('<!--')) blockComments(source, this.card.htmlComments);
    return end - 1;
  }
}

