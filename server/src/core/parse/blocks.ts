// A CommonMark 0.31.2 block scan of a document's lines, with GFM tables as markdown-it reads them: for
// every line, what it is, where its content starts, and the containers around it. One pass, one line at
// a time (a table header looks at the next line); per line it only writes into one packed array.
import { BlockScan, LineFlag, LineKind } from './blockScan';
import { BACKTICK, DASH, EQ, GT, HASH, isDigit, LBRACKET, LT, onlySpaces, STAR, TILDE, trimSpacesEnd, UNDERSCORE } from './chars';
import { LineCursor } from './cursor';
import { htmlBlockEnds, htmlBlockStart } from './html';
import { atxLevel, atxTextEnd, atxTextStart, closesFence, delimiterCells, fenceOpenLength, isThematicBreak, listMarker, rowCells, setextLevel } from './leaves';
import { readDefinitions } from './linkDefs';

export { BlockScan, LineFlag, LineKind } from './blockScan';

/** Containers nest at most this deep; deeper markers are read as text (markdown-it stops at 100 too). */
const MAX_DEPTH = 100;
/** markdown-it ends a table once this many cells had to be made up for short rows. */
const MAX_FILLED_CELLS = 0x10000;
const QUOTE = 1;
const ITEM = 2;
const enum Leaf {
  None,
  Paragraph,
  Fence,
  Indented,
  Html,
  Table,
}

/** Scans lines [start, end) of `lines`. Never throws; time is linear in the text. */
export function scanBlocks(lines: readonly string[], start = 0, end = lines.length): BlockScan {
  const scanner = new Scanner(lines, start, end);
  for (let i = start; i < end; i++) scanner.scanLine(i);
  scanner.closeLeaf();
  return scanner.out;
}

/** Characters no block start begins with (letters, most punctuation): a line starting so is paragraph text. */
const PLAIN = new Uint8Array(128);
for (let c = 33; c < 128; c++) PLAIN[c] = 1;
for (const c of '>#`~<=-*+_|0123456789') PLAIN[c.charCodeAt(0)] = 0;

/**
 * How a delimiter row may start once indentation and quote markers are passed: `|`, `:`, or `-` not followed by
 * a space or tab (`- ` opens a list item). Sticky, tested natively: one class, then one character.
 */
const DELIMITER_START = /[ \t>]*(?:[|:]|-[^ \t])/y;

// The scan is synchronous and never re-entered, so the container stack and the cursors are allocated once.
const CURSOR = new LineCursor();
const PROBE = new LineCursor();
const KIND_OF = new Uint8Array(MAX_DEPTH + 1);
const INDENT_OF = new Int32Array(MAX_DEPTH + 1);
/** The bullet (`-`, `+`, `*`) or ordered delimiter (`.`, `)`) of the list item at a depth: items of one list share it. */
const MARKER_OF = new Uint16Array(MAX_DEPTH + 1);
/** Whether the list item at a depth holds a block yet (an empty item ends at a blank line). */
const FILLED = new Uint8Array(MAX_DEPTH + 1);

class Scanner {
  readonly out: BlockScan;
  private readonly cur = CURSOR;
  private readonly probe = PROBE;
  private readonly kindOf = KIND_OF;
  private readonly indentOf = INDENT_OF;
  private readonly markerOf = MARKER_OF;
  private readonly filled = FILLED;
  private depth = 0;
  private quoteDepth = 0;
  private itemDepth = 0;
  private leaf = Leaf.None;
  private leafStart = 0;
  /** Whether the open paragraph starts with `[`: only then may it open with link reference definitions. */
  private mayDefine = false;
  /** One past the last line of the open paragraph. */
  private paragraphEnd = 0;
  private fenceChar = 0;
  private fenceLength = 0;
  private fenceIndent = 0;
  private htmlType = 0;
  private tableCells = 0;
  private tableFilled = 0;
  /** First of the blank lines met inside an indented code block (code only if more code follows). */
  private codeBlankFrom = -1;

  constructor(
    private readonly lines: readonly string[],
    start: number,
    end: number,
  ) {
    this.out = new BlockScan(lines, start, end);
    this.filled[0] = 0;
  }

  scanLine(i: number): void {
    const line = this.lines[i] ?? '';
    // Read once: each read of a field is an inline-cache lookup in cold code (depth changes only once a block starts).
    const depth = this.depth;
    let leaf = this.leaf;
    // An empty line outside containers ends a paragraph or table: cards have many.
    if (line.length === 0 && depth === 0 && (leaf === Leaf.None || leaf === Leaf.Paragraph || leaf === Leaf.Table)) {
      if (leaf !== Leaf.None) this.closeLeaf();
      // Not marked: a line never written reads as a blank one outside containers.
      return;
    }
    const cur = this.cur;
    cur.reset(line);
    const matched = depth === 0 ? 0 : this.matchContainers(cur, depth);
    const allMatched = matched === depth;
    if (allMatched && leaf !== Leaf.None && leaf !== Leaf.Paragraph) {
      if (this.continueLiteral(i)) return;
      // An indented code block the line does not continue is closed.
      leaf = this.leaf;
    }
    // -1: not yet asked whether the next line may be a delimiter row (asked once per line).
    let beforeDelimiter = -1;
    // Text continuing a paragraph outside containers, starting with a letter, and not above a delimiter row.
    if (depth === 0 && leaf === Leaf.Paragraph && cur.indent < 4 && !cur.blank) {
      const c = line.charCodeAt(cur.nextNonspace);
      if (c >= 128 || PLAIN[c] === 1) {
        beforeDelimiter = this.mayPrecedeDelimiter(i) ? 1 : 0;
        if (beforeDelimiter === 0) {
          this.paragraphLine(i, 0);
          return;
        }
      }
    }

    const text = cur.text;
    let tipIsParagraph = leaf === Leaf.Paragraph;
    const lazyCandidate = !allMatched && tipIsParagraph;
    let inParagraph = allMatched && tipIsParagraph;
    const inTable = allMatched && leaf === Leaf.Table;
    let started = false;
    let kind: LineKind | -1 = -1;
    // A table needs a delimiter row next; most lines are followed by none, and are not searched for a pipe.
    const pipeAt = (beforeDelimiter < 0 ? this.mayPrecedeDelimiter(i) : beforeDelimiter === 1) ? text.indexOf('|', cur.nextNonspace) : -1;
    for (;;) {
      const at = cur.nextNonspace;
      if (cur.indent >= 4) {
        // Indented code cannot interrupt a paragraph, nor continue one lazily.
        if (!cur.blank && (started || !tipIsParagraph)) {
          this.open(matched, started);
          started = true;
          cur.advance(4, true);
          this.leaf = Leaf.Indented;
          kind = LineKind.IndentedCode;
        }
        break;
      }
      if (cur.blank) break;
      // Read only on a non-blank line: past the end it would deoptimize the compiled scan.
      const c = text.charCodeAt(at);
      const pipe = pipeAt >= at;
      // Most lines start with a letter: nothing but a paragraph (or a table row) can start there.
      if (!pipe && (c >= 128 || PLAIN[c] === 1)) break;
      // A table row run ends at a line that starts another block; markdown-it then tries a table there first.
      if (pipe && (!inTable || started || startsBlock(text, at)) && (started || !this.continuesList(text, at, matched))) {
        const cells = this.tableHere(i, at, matched, started, lazyCandidate);
        if (cells !== 0) {
          this.open(matched, started);
          started = true;
          if (cells < 0) break;
          this.leaf = Leaf.Table;
          this.leafStart = i;
          this.tableCells = cells;
          this.tableFilled = -1;
          kind = LineKind.TableHeader;
          break;
        }
      }
      if (c === GT && this.depth < MAX_DEPTH) {
        this.open(matched, started);
        started = true;
        cur.takeQuoteMarker();
        this.push(QUOTE, 0);
        cur.findNextNonspace();
        continue;
      }
      if (c === HASH) {
        const level = atxLevel(text, at);
        if (level > 0) {
          this.open(matched, started);
          started = true;
          const s = atxTextStart(text, at, level);
          this.heading(i, level, s, atxTextEnd(text, s));
          kind = LineKind.AtxHeading;
          break;
        }
      }
      if (c === BACKTICK || c === TILDE) {
        const length = fenceOpenLength(text, at);
        if (length > 0) {
          this.open(matched, started);
          started = true;
          this.leaf = Leaf.Fence;
          this.fenceChar = c;
          this.fenceLength = length;
          this.fenceIndent = cur.indent;
          kind = LineKind.FenceOpen;
          break;
        }
      }
      if (c === LT) {
        // Type 7 (any other tag alone on its line) cannot interrupt a paragraph or a table row run.
        const type = htmlBlockStart(text, at, text.length, started || (!tipIsParagraph && !inTable));
        if (type > 0) {
          this.open(matched, started);
          started = true;
          this.htmlType = type;
          this.leaf = type <= 5 && htmlBlockEnds(type, text, at) ? Leaf.None : Leaf.Html;
          kind = LineKind.Html;
          break;
        }
      }
      if (inParagraph && !started && (c === EQ || c === DASH)) {
        const level = setextLevel(text, at);
        if (level > 0) {
          if (this.setext(i, level)) {
            started = true;
            kind = LineKind.SetextUnderline;
            break;
          }
          // The paragraph held only definitions: the line starts afresh.
          inParagraph = tipIsParagraph = false;
        }
      }
      if ((c === STAR || c === DASH || c === UNDERSCORE) && isThematicBreak(text, at)) {
        this.open(matched, started);
        started = true;
        kind = LineKind.ThematicBreak;
        break;
      }
      const marker = this.depth < MAX_DEPTH ? listMarker(text, at) : 0;
      const length = marker < 0 ? -marker : marker;
      // A list may interrupt a paragraph only with a non-empty item, and an ordered one only from 1.
      if (marker !== 0 && !(inParagraph && !started && (marker < 0 || onlySpaces(text, at + length, text.length)))) {
        this.open(matched, started);
        started = true;
        const contentIndent = cur.takeListMarker(length);
        this.push(ITEM, contentIndent);
        this.markerOf[this.depth] = text.charCodeAt(at + length - 1);
        this.out.setFlags(i, LineFlag.ItemStart | (isDigit(c) ? LineFlag.Ordered : 0));
        this.out.setMarker(i, at);
        cur.findNextNonspace();
        continue;
      }
      break;
    }

    if (!started) {
      if (lazyCandidate && !cur.blank) {
        this.paragraphLine(i, LineFlag.Lazy);
        return;
      }
      if (!allMatched) this.closeTo(matched);
      else if (cur.blank) this.closeLeaf();
    }
    if (kind !== -1) {
      this.mark(i, kind, kind === LineKind.IndentedCode ? cur.offset : cur.nextNonspace);
      if (kind === LineKind.AtxHeading || kind === LineKind.ThematicBreak) this.leaf = Leaf.None;
      return;
    }
    if (cur.blank) {
      this.mark(i, LineKind.Blank, cur.offset);
      return;
    }
    if (this.leaf === Leaf.Table) {
      if (this.tableRowFits(i)) {
        this.mark(i, LineKind.TableRow, cur.nextNonspace);
        return;
      }
      this.closeLeaf();
    }
    if (this.leaf === Leaf.Paragraph) {
      this.paragraphLine(i, 0);
      return;
    }
    // The innermost container now holds a block.
    this.filled[this.depth] = 1;
    this.leaf = Leaf.Paragraph;
    this.leafStart = i;
    this.mayDefine = line.charCodeAt(cur.nextNonspace) === LBRACKET;
    this.paragraphLine(i, LineFlag.ParagraphStart);
  }

  /**
   * Cells of the table whose header row is line `i` (from `at`), 0 for none, or -1 when the line ends the
   * paragraph it would lazily continue without starting a table (it then starts a block of its own).
   */
  private tableHere(i: number, at: number, matched: number, started: boolean, lazyCandidate: boolean): number {
    const text = this.cur.text;
    if (started || !lazyCandidate) return this.tableStarts(i, at, started ? this.depth : matched);
    const depth = this.lazyTableDepth(text, at, matched);
    const cells = this.tableStarts(i, at, depth);
    if (cells === 0 || depth !== this.depth || this.depth === matched) return cells;
    // The delimiter row ends the paragraph it would continue; the table forms only if it also fits where the line is.
    return this.tableStarts(i, at, matched) || -1;
  }

  /** False when line `i + 1` cannot be a table delimiter row: past its indentation and quote markers comes no `|`, `-` or `:`. */
  private mayPrecedeDelimiter(i: number): boolean {
    // The bound first: reading past the array's end deoptimizes the compiled scan.
    if (i + 1 >= this.out.end) return false;
    const next = this.lines[i + 1];
    if (next === undefined) return false;
    DELIMITER_START.lastIndex = 0;
    return DELIMITER_START.test(next);
  }

  /**
   * False once markdown-it would have made up too many cells for short rows (line `i` included). Rows are only
   * counted once the table is big enough for that to be possible.
   */
  private tableRowFits(i: number): boolean {
    const rows = i - this.leafStart - 1;
    if (rows * this.tableCells <= MAX_FILLED_CELLS) return true;
    if (this.tableFilled < 0) {
      // First time past the bound: count the rows so far.
      this.tableFilled = 0;
      for (let l = this.leafStart + 2; l < i; l++) this.tableFilled += this.missingCells(l, this.out.content(l));
    }
    this.tableFilled += this.missingCells(i, this.cur.nextNonspace);
    return this.tableFilled <= MAX_FILLED_CELLS;
  }

  private missingCells(line: number, at: number): number {
    const cells = rowCells(this.lines[line] ?? '', at);
    return this.tableCells - (cells < 0 ? 1 : cells);
  }

  /** How many of the first `depth` open containers the cursor's line continues; moves the cursor past their markers. */
  private matchContainers(cur: LineCursor, depth: number): number {
    let matched = 0;
    while (matched < depth) {
      const k = matched + 1;
      if (this.kindOf[k] === QUOTE) {
        if (cur.indent > 3 || cur.text.charCodeAt(cur.nextNonspace) !== GT) break;
        cur.takeQuoteMarker();
      } else if (cur.blank) {
        if (this.filled[k] === 0) break;
        cur.advanceToNextNonspace();
      } else {
        const indent = this.indentOf[k] ?? 0;
        if (cur.indent < indent) break;
        cur.advance(indent, true);
      }
      cur.findNextNonspace();
      matched++;
    }
    return matched;
  }

  /** Fenced code, HTML blocks and indented code take the line when every container continues. */
  private continueLiteral(i: number): boolean {
    const cur = this.cur;
    switch (this.leaf) {
      case Leaf.Table:
        // The delimiter row was checked with the header; whatever else it looks like, it is the table's.
        if (i !== this.leafStart + 1) return false;
        this.mark(i, LineKind.TableDelimiter, cur.nextNonspace);
        return true;
      case Leaf.Fence:
        if (cur.indent <= 3 && closesFence(cur.text, cur.nextNonspace, this.fenceChar, this.fenceLength)) {
          this.mark(i, LineKind.FenceClose, cur.nextNonspace);
          this.leaf = Leaf.None;
        } else {
          // The fence's own indentation is dropped from each line.
          for (let n = this.fenceIndent; n > 0 && (cur.text.charCodeAt(cur.offset) === 32 || cur.text.charCodeAt(cur.offset) === 9); n--) cur.advance(1, true);
          this.mark(i, LineKind.FenceBody, cur.offset);
        }
        return true;
      case Leaf.Html:
        if (cur.blank && this.htmlType >= 6) {
          this.leaf = Leaf.None;
          this.mark(i, LineKind.Blank, cur.offset);
        } else {
          this.mark(i, LineKind.Html, cur.offset);
          if (this.htmlType <= 5 && htmlBlockEnds(this.htmlType, cur.text, cur.offset)) this.leaf = Leaf.None;
        }
        return true;
      case Leaf.Indented:
        if (cur.blank) {
          if (this.codeBlankFrom < 0) this.codeBlankFrom = i;
          this.mark(i, LineKind.Blank, cur.offset);
          return true;
        }
        if (cur.indent >= 4) {
          cur.advance(4, true);
          // Blank lines between code lines are code; those after the last are not.
          for (let l = this.codeBlankFrom; l >= 0 && l < i; l++) this.out.setKind(l, LineKind.IndentedCode);
          this.codeBlankFrom = -1;
          this.mark(i, LineKind.IndentedCode, cur.offset);
          return true;
        }
        this.closeLeaf();
        return false;
      default:
        return false;
    }
  }

  /**
   * Cells of the table whose header row is line `i` from `at`, or 0: the next line must continue the first
   * `depth` containers and be a delimiter row with as many cells.
   */
  private tableStarts(i: number, at: number, depth: number): number {
    if (depth < 0 || i + 1 >= this.out.end) return 0;
    const probe = this.probe;
    probe.reset(this.lines[i + 1] ?? '');
    if (this.matchContainers(probe, depth) < depth || probe.blank || probe.indent >= 4) return 0;
    const delimiters = delimiterCells(probe.text, probe.nextNonspace);
    return delimiters > 0 && rowCells(this.cur.text, at) === delimiters ? delimiters : 0;
  }

  /**
   * True when the line opens the next item of the list whose item it left (the first container it did not
   * continue): markdown-it goes on with the list before it tries a table where the line is.
   */
  private continuesList(text: string, at: number, matched: number): boolean {
    const k = matched + 1;
    if (k > this.depth || this.kindOf[k] !== ITEM) return false;
    const marker = listMarker(text, at);
    if (marker === 0 || isThematicBreak(text, at)) return false;
    return text.charCodeAt(at + (marker < 0 ? -marker : marker) - 1) === this.markerOf[k];
  }

  /**
   * On a line that may continue a paragraph lazily, the containers a table's delimiter row must continue, as
   * markdown-it decides: when another block starts on the line, the paragraph ends and the table may start
   * where the line is (`matched`); else only a delimiter row inside the paragraph's own containers ends it, and
   * never in a block quote the line left (-1: no table).
   */
  private lazyTableDepth(text: string, at: number, matched: number): number {
    if (startsBlock(text, at)) return matched;
    for (let k = matched + 1; k <= this.depth; k++) if (this.kindOf[k] === QUOTE) return -1;
    return this.depth;
  }

  /** Before the first block a line starts: ends the containers it did not continue, and the open leaf. */
  private open(matched: number, started: boolean): void {
    if (!started) {
      if (this.depth > matched) this.closeTo(matched);
      if (this.leaf !== Leaf.None) this.closeLeaf();
    }
    // The innermost container now holds a block.
    this.filled[this.depth] = 1;
  }

  private push(kind: number, indent: number): void {
    // The innermost container now holds a block.
    this.filled[this.depth] = 1;
    const k = ++this.depth;
    this.kindOf[k] = kind;
    this.indentOf[k] = indent;
    this.filled[k] = 0;
    if (kind === QUOTE) this.quoteDepth++;
    else this.itemDepth++;
  }

  /** Closes the containers deeper than `depth`, with the leaf they hold. */
  private closeTo(depth: number): void {
    if (this.depth <= depth) return;
    this.closeLeaf();
    while (this.depth > depth) {
      if (this.kindOf[this.depth] === QUOTE) this.quoteDepth--;
      else this.itemDepth--;
      this.depth--;
    }
  }

  closeLeaf(): void {
    if (this.leaf === Leaf.Paragraph) this.definitions(this.leafStart, this.paragraphEnd);
    this.codeBlankFrom = -1;
    this.leaf = Leaf.None;
  }

  /** Reads the link reference definitions opening the paragraph [from, to); returns its first other line. */
  private definitions(from: number, to: number): number {
    if (!this.mayDefine) return from;
    const out = this.out;
    const first = readDefinitions(this.lines, out, from, to, out.definitions);
    if (first > from) {
      for (let l = from; l < first; l++) out.setKind(l, LineKind.LinkDefinition);
      out.setFlags(from, out.flags(from) & ~LineFlag.ParagraphStart);
      if (first < to) out.setFlags(first, out.flags(first) | LineFlag.ParagraphStart | LineFlag.AfterDefinitions);
    }
    return first;
  }

  /** Turns the open paragraph into a setext heading underlined by line `i`; false when it held only definitions. */
  private setext(i: number, level: number): boolean {
    const first = this.definitions(this.leafStart, this.paragraphEnd);
    this.leaf = Leaf.None;
    if (first >= this.paragraphEnd) return false;
    const out = this.out;
    for (let l = first; l < this.paragraphEnd; l++) {
      const start = out.content(l);
      out.setKind(l, LineKind.SetextText);
      this.heading(l, level, start, trimSpacesEnd(this.lines[l] ?? '', start, (this.lines[l] ?? '').length));
    }
    out.setHeading(i, level, 0, 0);
    return true;
  }

  private heading(line: number, level: number, start: number, end: number): void {
    this.out.setHeading(line, level, start, end);
  }

  private paragraphLine(i: number, flag: number): void {
    this.out.mark(i, LineKind.Paragraph, this.cur.nextNonspace, this.quoteDepth, this.itemDepth, flag);
    this.paragraphEnd = i + 1;
  }

  private mark(i: number, kind: number, content: number): void {
    this.out.mark(i, kind, content, this.quoteDepth, this.itemDepth, 0);
  }
}

/** True when a block that may interrupt a paragraph starts at `at` (a list item of any kind counts: the line is lazy). */
function startsBlock(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (
    c === GT ||
    (c === HASH && atxLevel(text, at) > 0) ||
    fenceOpenLength(text, at) > 0 ||
    (c === LT && htmlBlockStart(text, at, text.length, false) > 0) ||
    isThematicBreak(text, at) ||
    listMarker(text, at) !== 0
  );
}
