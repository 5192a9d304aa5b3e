// Inline facts of one block of the body (a paragraph, a heading, a table cell) in document positions:
// links, HTML comments, code spans, and which lines begin inside a span opened on an earlier line.
import type { Position, Range } from 'vscode-languageserver-types';
import { isTrimSpace } from './chars';
import { scanInline, type InlineLink, type InlineScan, type LinkKind } from './inline';
import type { LinkDefinition } from './linkDefs';

export interface BodyLink {
  kind: LinkKind;
  image: boolean;
  /**
   * The destination as written, `<…>` dropped and backslash escapes resolved; entity references stay as
   * written (markdown-it's href is this with them decoded, then URL-normalized). Email autolinks get `mailto:`.
   */
  destination: string;
  title: string | null;
  /** The whole link, from `[` (`![`, `<`) to its end; may span the lines of a paragraph. */
  range: Range;
  /** The link text between the brackets (an autolink's address). */
  textRange: Range;
  /** Where the destination is written: in the link, or in the definition a reference link uses. */
  destinationRange: Range;
  /** Line of the link's first character. */
  line: number;
  /** The normalized label of the definition a reference link resolved to. */
  label: string | null;
}

export interface HtmlComment {
  /** From `<!--` to after `-->` (to the end of its HTML block when never closed). */
  range: Range;
  /** The text between `<!--` and `-->`. */
  text: string;
  /** True in an HTML block, false inline (in a paragraph, heading or table cell). */
  block: boolean;
  closed: boolean;
}

/** Where the scanned text comes from: one line, or the lines of a paragraph joined with \n. */
export interface TextSource {
  readonly text: string;
  position(offset: number): Position;
  partAt(offset: number): number;
}

/** One line scanned in place: offsets are its characters. */
export class SingleLine implements TextSource {
  constructor(
    readonly text: string,
    private readonly line: number,
  ) {}

  position(offset: number): Position {
    return { line: this.line, character: offset };
  }

  partAt(): number {
    return 0;
  }
}

/** The inline scan of a block, in document positions. */
export class BlockInline {
  readonly scan: InlineScan;

  /** Scans `source` from `start` to `end`; the links and comments found go to `links` and `comments` when given. */
  constructor(
    readonly source: TextSource,
    start: number,
    end: number,
    definitions: ReadonlyMap<string, LinkDefinition>,
    links: BodyLink[] | null,
    comments: HtmlComment[] | null,
  ) {
    this.scan = scanInline(source.text, start, end, definitions);
    if (links) for (const l of this.scan.links) links.push(this.link(l));
    const c = this.scan.comments;
    if (comments) {
      for (let k = 0; k + 1 < c.length; k += 2) {
        const s = c[k] ?? 0;
        const e = c[k + 1] ?? 0;
        comments.push({ range: this.range(s, e), text: source.text.slice(Math.min(s + 4, e), Math.max(s + 4, e - 3)), block: false, closed: true });
      }
    }
  }

  private link(l: InlineLink): BodyLink {
    return {
      kind: l.kind,
      image: l.image,
      destination: l.destination,
      title: l.title,
      range: this.range(l.start, l.end),
      textRange: this.range(l.textStart, l.textEnd),
      destinationRange: l.definition ? l.definition.destinationRange : this.range(l.destinationStart, l.destinationEnd),
      line: this.source.position(l.start).line,
      label: l.definition ? l.definition.label : null,
    };
  }

  range(start: number, end: number): Range {
    return { start: this.source.position(start), end: this.source.position(end) };
  }

  // Queries come in line order, so each list is walked once through these cursors.
  private codeCursor = 0;
  private htmlCursor = 0;
  private commentCursor = 0;
  private tagCursor = 0;

  /**
   * True when the part of a joined paragraph starting at `at` (one of its lines) begins inside a code span or
   * raw HTML that opened on an earlier line.
   */
  startsInsideSpan(at: number): boolean {
    this.codeCursor = skipEndedBefore(this.scan.codeSpans, this.codeCursor, at);
    this.htmlCursor = skipEndedBefore(this.scan.html, this.htmlCursor, at);
    return startsBefore(this.scan.codeSpans, this.codeCursor, at) || startsBefore(this.scan.html, this.htmlCursor, at);
  }

  /**
   * The end of a value that runs from `start` to `end` (offsets in the scanned text) once trailing HTML comments
   * are dropped: a comment after the value, or one opening after it and running on to later lines.
   */
  valueEnd(start: number, end: number): number {
    const c = this.scan.comments;
    let k = this.commentCursor;
    while (k + 1 < c.length && (c[k] ?? 0) < start) k += 2;
    let last = k;
    while (last + 1 < c.length && (c[last] ?? 0) < end) last += 2;
    this.commentCursor = last;
    // Comments do not overlap: walk back from the last one while each ends where the value now ends.
    for (let j = last - 2; j >= k; j -= 2) {
      if ((c[j + 1] ?? 0) < end) break;
      end = c[j] ?? end;
      while (end > start && isTrimSpace(this.source.text.charCodeAt(end - 1))) end--;
    }
    return end;
  }

  /** The trimmed contents of the code spans lying within [start, end). */
  codeSpanTexts(start: number, end: number): string[] {
    const out: string[] = [];
    const spans = this.scan.codeSpans;
    const text = this.source.text;
    let k = this.tagCursor;
    while (k + 1 < spans.length && (spans[k] ?? 0) < start) k += 2;
    for (; k + 1 < spans.length && (spans[k + 1] ?? 0) <= end; k += 2) {
      const s = spans[k] ?? 0;
      const e = spans[k + 1] ?? 0;
      let ticks = 0;
      while (text.charCodeAt(s + ticks) === 96) ticks++;
      out.push(text.slice(s + ticks, e - ticks).trim());
    }
    this.tagCursor = k;
    return out;
  }
}

/** First pair index at or after `k` whose span ends after `at`. */
function skipEndedBefore(pairs: number[], k: number, at: number): number {
  while (k + 1 < pairs.length && (pairs[k + 1] ?? 0) <= at) k += 2;
  return k;
}

/** True when the pair at `k` starts before `at` (and, by the cursor, ends after it). */
function startsBefore(pairs: number[], k: number, at: number): boolean {
  return k + 1 < pairs.length && (pairs[k] ?? 0) < at;
}

/** The HTML comments in an HTML block (lines joined), including one left open to the block's end. */
export function blockComments(source: TextSource, comments: HtmlComment[]): void {
  const text = source.text;
  for (let i = text.indexOf('<!--'); i >= 0; ) {
    let end: number;
    let closed = true;
    if (text.charCodeAt(i + 4) === 62) end = i + 5;
    else if (text.startsWith('->', i + 4)) end = i + 6;
    else {
      const close = text.indexOf('-->', i + 4);
      closed = close >= 0;
      end = closed ? close + 3 : text.length;
    }
    const s = source.position(i);
    const e = source.position(end);
    comments.push({ range: { start: s, end: e }, text: text.slice(Math.min(i + 4, end), closed ? Math.max(i + 4, end - 3) : end), block: true, closed });
    i = closed ? text.indexOf('<!--', end) : -1;
  }
}
