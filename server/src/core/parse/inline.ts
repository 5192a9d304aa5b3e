// What the engine needs from inline Markdown, read as CommonMark 0.31.2 reads it: code spans, raw HTML
// (comments among it) and links (inline, reference, autolinks). One left-to-right pass with the spec's
// bracket stack; every search that could run ahead is remembered, so the time is linear in the text.
import { BACKSLASH, BACKTICK, BANG, GT, isAsciiAlnum, isAsciiLetter, isAsciiPunct, isLinkSpace, LBRACKET, LPAREN, LT, normalizeLabel, RBRACKET, RPAREN, skipRun, unescapeMarkdown } from './chars';
import { scanClosingTag, scanOpenTag } from './html';
import type { LinkDefinition } from './linkDefs';
import { scanDestination, scanLabel, scanTitle } from './linkSyntax';

export type LinkKind = 'inline' | 'full' | 'collapsed' | 'shortcut' | 'autolink';

/** A link or image; offsets are into the scanned text. */
export interface InlineLink {
  kind: LinkKind;
  image: boolean;
  /** The whole link, from `[` (`![`, `<`) to after its last character. */
  start: number;
  end: number;
  /** The link text between the brackets (for an autolink, the address between `<` and `>`). */
  textStart: number;
  textEnd: number;
  /** Where the destination is written in this text (inside `<…>`); -1 for reference links (see `definition`). */
  destinationStart: number;
  destinationEnd: number;
  /**
   * The destination as written, `<…>` dropped and backslash escapes resolved; entity references are left as
   * written (markdown-it's href is this text with them decoded, then URL-normalized). Email autolinks get `mailto:`.
   */
  destination: string;
  title: string | null;
  /** The definition a reference link resolved to. */
  definition: LinkDefinition | null;
}

export interface InlineScan {
  links: InlineLink[];
  /** Code spans as [start, end) pairs, backticks included. */
  codeSpans: number[];
  /** Raw HTML (tags, comments, declarations…) as [start, end) pairs. */
  html: number[];
  /** HTML comments (`<!-- … -->`) as [start, end) pairs; also in `html`. */
  comments: number[];
}

/** A run of characters that start nothing (anchored with `y`, one character class: it cannot backtrack). */
const PLAIN = /[^\\`<![\]]*/y;
/** Longest link label, in characters: a longer link text cannot match a definition. */
const MAX_LABEL = 999;
const TERMINATORS = ['-->', '?>', ']]>', '>'] as const;

/** Reads `text` from `start` to `end`, resolving reference links against `definitions`. */
export function scanInline(text: string, start: number, end: number, definitions: ReadonlyMap<string, LinkDefinition> | null): InlineScan {
  return SCANNER.run(text, start, end, definitions !== null && definitions.size > 0 ? definitions : null);
}

/** A run of characters `scanInline` reports nothing in (sticky, one character class: it cannot backtrack). */
const QUIET = /[^`<[]*/y;

/**
 * Index of the first backtick, `<` or `[` at or after `from`, or the text's length. A native scan: the reader
 * mostly runs cold (interpreted), where a charCode loop costs many times more per character.
 */
export function nextSpecial(text: string, from: number): number {
  if (from >= text.length) return text.length;
  QUIET.lastIndex = from;
  QUIET.test(text);
  return QUIET.lastIndex;
}

/**
 * True when [start, end) holds nothing `scanInline` would report: no backtick, `<` or `[` (most lines have
 * none). The scan may run on past `end` to the next such character: for many ranges on one line (table cells)
 * call `nextSpecial` and reuse its answer until a range starts after it.
 */
export function plainText(text: string, start: number, end: number): boolean {
  return nextSpecial(text, start) >= end;
}

// The scan is synchronous and never re-entered: one scanner serves every call, its stacks reused.
class InlineScanner {
  private out: InlineScan = { links: [], codeSpans: [], html: [], comments: [] };
  /** The bracket stack: `[` or `![` positions (an image's negated, minus one), `openers` deep. */
  private readonly openerAt: number[] = [];
  private openers = 0;
  /** `[` openers before this offset are inactive: a link formed after them (links do not nest). */
  private inactiveBefore = -1;
  /** Backtick runs by length (their starts, in order), and how far each list has been consumed. */
  private runs: Map<number, number[]> | null = null;
  private readonly runNext = new Map<number, number>();
  /** Per terminator: where the last search started and what it found (-1: none up to the end). */
  private readonly searchFrom = [-1, -1, -1, -1];
  private readonly searchFound = [-1, -1, -1, -1];
  private searched = false;
  private text = '';
  private start = 0;
  private end = 0;
  private definitions: ReadonlyMap<string, LinkDefinition> | null = null;

  run(text: string, start: number, end: number, definitions: ReadonlyMap<string, LinkDefinition> | null): InlineScan {
    this.text = text;
    this.start = start;
    this.end = end;
    this.definitions = definitions;
    // Lists made one by one: a literal holding array literals is made by the runtime.
    const links: InlineLink[] = [];
    const codeSpans: number[] = [];
    const html: number[] = [];
    const comments: number[] = [];
    this.out = { links, codeSpans, html, comments };
    this.openers = 0;
    this.inactiveBefore = -1;
    if (this.runs !== null) {
      this.runs = null;
      this.runNext.clear();
    }
    if (this.searched) {
      // Setting lengths and fill() call into the runtime: reset by hand, and only after use.
      for (let k = 0; k < 4; k++) this.searchFrom[k] = -1;
      this.searched = false;
    }
    let pos = start;
    while (pos < end) {
      // A native skip to the next character that may start something.
      PLAIN.lastIndex = pos;
      PLAIN.test(text);
      pos = PLAIN.lastIndex;
      if (pos >= end) break;
      const c = text.charCodeAt(pos);
      switch (c) {
        case BACKSLASH:
          pos += pos + 1 < end && isAsciiPunct(text.charCodeAt(pos + 1)) ? 2 : 1;
          break;
        case BACKTICK:
          pos = this.codeSpan(pos);
          break;
        case LT:
          pos = this.angle(pos);
          break;
        case BANG:
          if (text.charCodeAt(pos + 1) === LBRACKET && pos + 1 < end) {
            this.openerAt[this.openers++] = -pos - 1;
            pos += 2;
          } else {
            pos++;
          }
          break;
        case LBRACKET:
          this.openerAt[this.openers++] = pos;
          pos++;
          break;
        default:
          pos = this.closeBracket(pos);
      }
    }
    return this.out;
  }

  /** A code span opening with the backtick run at `pos`, closed by the next run of the same length. */
  private codeSpan(pos: number): number {
    const runEnd = skipRun(this.text, pos, this.end, BACKTICK);
    const closer = this.nextRun(runEnd - pos, runEnd);
    if (closer < 0) return runEnd;
    const spanEnd = closer + runEnd - pos;
    this.out.codeSpans.push(pos, spanEnd);
    return spanEnd;
  }

  /** Start of the first backtick run of exactly `length` starting at or after `from`, or -1. */
  private nextRun(length: number, from: number): number {
    if (this.runs === null) {
      const runs = new Map<number, number[]>();
      const { text, end } = this;
      for (let i = text.indexOf('`', this.start); i >= 0 && i < end; i = text.indexOf('`', i)) {
        const runEnd = skipRun(text, i, end, BACKTICK);
        const list = runs.get(runEnd - i);
        if (list) list.push(i);
        else runs.set(runEnd - i, [i]);
        i = runEnd;
      }
      this.runs = runs;
    }
    const list = this.runs.get(length);
    if (!list) return -1;
    // Openers come in order, so each list is walked once.
    let k = this.runNext.get(length) ?? 0;
    while (k < list.length && (list[k] ?? 0) < from) k++;
    this.runNext.set(length, k);
    return list[k] ?? -1;
  }

  /** `<`: an autolink, raw HTML, or a plain character. */
  private angle(pos: number): number {
    const auto = this.autolink(pos);
    if (auto > 0) return auto;
    const html = this.rawHtml(pos);
    if (html > 0) {
      this.out.html.push(pos, html);
      return html;
    }
    return pos + 1;
  }

  private autolink(pos: number): number {
    const { text, end } = this;
    let close = pos + 1;
    for (; close < end; close++) {
      const c = text.charCodeAt(close);
      if (c === GT) break;
      // Neither an address nor a URL holds `<`, spaces or control characters.
      if (c === LT || c <= 32 || c === 127) return -1;
    }
    if (close >= end) return -1;
    const email = !isUri(text, pos + 1, close);
    if (email && !isEmail(text, pos + 1, close)) return -1;
    const address = text.slice(pos + 1, close);
    this.out.links.push({
      kind: 'autolink',
      image: false,
      start: pos,
      end: close + 1,
      textStart: pos + 1,
      textEnd: close,
      destinationStart: pos + 1,
      destinationEnd: close,
      destination: email ? `mailto:${address}` : address,
      title: null,
      definition: null,
    });
    return close + 1;
  }

  /** End of the raw HTML (tag, comment, processing instruction, declaration, CDATA) at `pos`, or -1. */
  private rawHtml(pos: number): number {
    const { text, end } = this;
    const c = text.charCodeAt(pos + 1);
    if (c === BANG) {
      if (text.startsWith('<!--', pos)) {
        let stop: number;
        if (text.charCodeAt(pos + 4) === GT) stop = pos + 5;
        else if (text.startsWith('->', pos + 4)) stop = pos + 6;
        else stop = this.find(0, pos + 4);
        if (stop < 0 || stop > end) return -1;
        this.out.comments.push(pos, stop);
        return stop;
      }
      if (text.startsWith('<![CDATA[', pos)) return this.find(2, pos + 9);
      return isAsciiLetter(text.charCodeAt(pos + 2)) ? this.find(3, pos + 3) : -1;
    }
    if (c === 63 /* ? */) return this.find(1, pos + 2);
    const stop = c === 47 /* / */ ? scanClosingTag(text, pos, end) : scanOpenTag(text, pos, end);
    return stop;
  }

  /** End (after it) of the first TERMINATORS[which] at or after `from`, or -1; searches never repeat ground. */
  private find(which: number, from: number): number {
    const lastFrom = this.searchFrom[which] ?? -1;
    const lastFound = this.searchFound[which] ?? -1;
    if (lastFrom >= 0 && lastFrom <= from && (lastFound < 0 || lastFound >= from)) {
      return lastFound < 0 ? -1 : lastFound + (TERMINATORS[which]?.length ?? 0);
    }
    const term = TERMINATORS[which] ?? '>';
    let found = this.text.indexOf(term, from);
    if (found + term.length > this.end) found = -1;
    this.searchFrom[which] = from;
    this.searchFound[which] = found;
    this.searched = true;
    return found < 0 ? -1 : found + term.length;
  }

  /** `]`: closes the nearest opener as a link or image when a destination or a definition follows. */
  private closeBracket(pos: number): number {
    if (this.openers === 0) return pos + 1;
    const top = this.openerAt[--this.openers] ?? 0;
    const image = top < 0;
    const opener = image ? -top - 1 : top;
    if (!image && opener < this.inactiveBefore) return pos + 1;
    let after = -1;
    if (pos + 1 < this.end && this.text.charCodeAt(pos + 1) === LPAREN) after = this.inlineLink(opener, image, pos);
    if (after < 0 && this.definitions !== null) after = this.referenceLink(opener, image, pos);
    if (after < 0) return pos + 1;
    if (!image) this.inactiveBefore = pos;
    return after;
  }

  /** `[text](destination "title")` with its `]` at `close`; returns the end of the link or -1. */
  private inlineLink(opener: number, image: boolean, close: number): number {
    const { text, end } = this;
    const destStart = skipLinkSpaces(text, close + 2, end);
    if (destStart >= end) return -1;
    let destEnd = scanDestination(text, destStart, end);
    let titleStart = -1;
    let titleEnd = -1;
    let pos = destStart;
    if (destEnd >= 0) {
      pos = skipLinkSpaces(text, destEnd, end);
      if (pos > destEnd && pos < end) {
        const t = scanTitle(text, pos, end);
        if (t >= 0) {
          titleStart = pos + 1;
          titleEnd = t - 1;
          pos = skipLinkSpaces(text, t, end);
        }
      }
    } else {
      // Without a destination only `()` (spaces allowed) makes a link, to an empty one.
      destEnd = destStart;
    }
    if (pos >= end || text.charCodeAt(pos) !== RPAREN) return -1;
    const bracketed = destEnd > destStart && text.charCodeAt(destStart) === LT;
    const rawStart = bracketed ? destStart + 1 : destStart;
    const rawEnd = bracketed ? destEnd - 1 : destEnd;
    this.push('inline', image, opener, pos + 1, close, rawStart, rawEnd, unescapeMarkdown(text.slice(rawStart, rawEnd)), titleStart >= 0 ? unescapeMarkdown(text.slice(titleStart, titleEnd)) : null, null);
    return pos + 1;
  }

  /** `[text][label]`, `[text][]` or `[text]` resolved against the definitions; returns the end or -1. */
  private referenceLink(opener: number, image: boolean, close: number): number {
    const { text, end } = this;
    const textStart = opener + (image ? 2 : 1);
    let kind: LinkKind = 'shortcut';
    let labelStart = textStart;
    let labelEnd = close;
    let after = close + 1;
    if (close + 1 < end && text.charCodeAt(close + 1) === LBRACKET) {
      if (close + 2 < end && text.charCodeAt(close + 2) === RBRACKET) {
        kind = 'collapsed';
        after = close + 3;
      } else {
        const stop = scanLabel(text, close + 1, end, true);
        if (stop >= 0) {
          kind = 'full';
          labelStart = close + 2;
          labelEnd = stop;
          after = stop + 1;
        }
      }
    }
    if (labelEnd - labelStart > MAX_LABEL) return -1;
    const definition = this.definitions?.get(normalizeLabel(text.slice(labelStart, labelEnd)));
    if (!definition) return -1;
    this.push(kind, image, opener, after, close, -1, -1, definition.destination, definition.title, definition);
    return after;
  }

  private push(kind: LinkKind, image: boolean, opener: number, end: number, close: number, destinationStart: number, destinationEnd: number, destination: string, title: string | null, definition: LinkDefinition | null): void {
    this.out.links.push({ kind, image, start: opener, end, textStart: opener + (image ? 2 : 1), textEnd: close, destinationStart, destinationEnd, destination, title, definition });
  }
}

function skipLinkSpaces(text: string, pos: number, end: number): number {
  while (pos < end && isLinkSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** An absolute URI: a scheme of 2–32 letters, digits, `+`, `.` or `-` (a letter first), then `:`. */
function isUri(text: string, start: number, end: number): boolean {
  if (!isAsciiLetter(text.charCodeAt(start))) return false;
  let i = start + 1;
  while (i < end && i - start <= 32) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */) return i - start >= 2;
    if (!isAsciiAlnum(c) && c !== 43 && c !== 46 && c !== 45) return false;
    i++;
  }
  return false;
}

const EMAIL_LOCAL = new Uint8Array(128);
for (const ch of ".!#$%&'*+/=?^_`{|}~-") EMAIL_LOCAL[ch.charCodeAt(0)] = 1;

/** An email address as CommonMark autolinks accept it (the HTML5 pattern). */
function isEmail(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c >= 128 || !(isAsciiAlnum(c) || EMAIL_LOCAL[c] === 1)) break;
    i++;
  }
  if (i === start || i >= end || text.charCodeAt(i) !== 64 /* @ */) return false;
  // Domain labels: 1–63 letters, digits or `-`, neither first nor last a `-`, separated by dots.
  for (;;) {
    const labelStart = ++i;
    while (i < end && (isAsciiAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
    const length = i - labelStart;
    if (length < 1 || length > 63 || text.charCodeAt(labelStart) === 45 || text.charCodeAt(i - 1) === 45) return false;
    if (i >= end) return true;
    if (text.charCodeAt(i) !== 46) return false;
  }
}

const SCANNER = new InlineScanner();
