// A reader for the front matter most cards have: block mappings and lists of one-line plain or quoted
// scalars and whole-line comments; no comment after a value, no anchors, tags or flow content beyond `[]`
// and `{}`. In one pass over the text it makes the entries and the data that js-yaml's events and the tree
// walk (yamlEvents.ts, yamlTree.ts) would make of the block, without running js-yaml or building nodes:
// those were most of a Hugging Face folder check. Any other block, valid or not, is left to js-yaml (null). Plain scalars resolve through
// the schema's own implicit types, so `1e3`, `~` and `0x1F` read exactly as js-yaml reads them.
import { CORE_SCHEMA, type Type } from 'js-yaml';
import type { FrontMatterEntry, ScalarStyle, ValueKind } from './frontMatter';
import { isSpace } from './yamlEvents';
import { Entry, type YamlPositions } from './yamlTree';

/** Nesting past this is js-yaml's to read (no simple card nests this far). */
const MAX_SIMPLE_DEPTH = 20;

/** The schema's implicit types (null, bool, int, float), in the order js-yaml tries them on a plain scalar. */
const IMPLICIT: readonly Type[] = (CORE_SCHEMA as unknown as { compiledImplicit: Type[] }).compiledImplicit;

/** First characters of the plain scalars an implicit type may take: ~, n/N (null), t/T/f/F, digits, signs and `.`. */
const MAYBE_TYPED: ReadonlySet<number> = new Set([...'~nNtTfF0123456789+-.'].map((c) => c.charCodeAt(0)));

/** Thrown inside the reader when the block leaves the simple subset; caught by `readSimple`. */
class NotSimple extends Error {}

/** What a simple block holds: the top-level mapping (null-prototype objects) and every key and list item. */
export interface SimpleBlock {
  data: Record<string, unknown>;
  entries: FrontMatterEntry[];
  /** The entries of the top-level keys. */
  top: FrontMatterEntry[];
}

/**
 * A simple block's data and entries, as the tree walk would make them from js-yaml's events; null for
 * any other block. `pos` maps the text's offsets (line 0 of `text` is the line of the opening `---`).
 */
export function readSimple(text: string, pos: YamlPositions): SimpleBlock | null {
  if (NOT_SIMPLE_CHARACTER.test(text)) return null;
  // A lone surrogate is an error to js-yaml; a pair (an emoji) is one character. Few texts have either.
  if (SURROGATE.test(text) && LONE_SURROGATE.test(text)) return null;
  // `\r` only as the start of a `\r\n` line break, which the reader takes as `\n`.
  if (text.includes('\r') && LONE_CR.test(text)) return null;
  // An explicit key (`? key`) is js-yaml's: found first, the lines before it are not read twice.
  if (EXPLICIT_KEY.test(text)) return null;
  const reader = new Reader(text, pos);
  try {
    return reader.document();
  } catch (e) {
    if (e instanceof NotSimple) return null;
    throw e;
  }
}

/**
 * A character js-yaml refuses or reads specially: controls (tab among them; CR is looked at apart), C1
 * controls, U+FEFF, U+FFFE/F, U+2028/9 line breaks. (A regular expression scans in native code: the engine
 * runs mostly unoptimized in a CLI run. Without the `u` flag it scans faster.)
 */
// eslint-disable-next-line no-control-regex
const NOT_SIMPLE_CHARACTER = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff\u2028\u2029]/;
/** Half of a surrogate pair, or a lone one. */
const SURROGATE = /[\ud800-\udfff]/;
/** A lone surrogate (an error to js-yaml): with the `u` flag a pair is one character, an emoji, and does not match. */
const LONE_SURROGATE = /[\u{d800}-\u{dfff}]/u;
/** A line whose content starts with `? ` (or is `?`): an explicit key. Each try starts at a line break. */
const EXPLICIT_KEY = /\n *\?(?:[ \r\n]|$)/;
/** A `\r` that does not start a `\r\n`. */
const LONE_CR = /\r(?!\n)/;

const NOT_SIMPLE = new NotSimple('not simple');

function fail(): never {
  throw NOT_SIMPLE;
}

class Reader {
  /** Start of the next line with content (blank lines skipped), or text.length; its indent, and its line in the text. */
  private line = 0;
  private indent = 0;
  private lineNo = 0;
  /** Entries in document order: a key's entry is made before its value is read (the entries below point up to it) and settled after. */
  private readonly entries: Entry[] = [];
  private readonly top: Entry[] = [];
  /**
   * The keys of the mappings being read, innermost last, and the entry slot of each: one stack for all the
   * mappings (each takes its part and leaves it as it was), so reading a mapping makes no arrays.
   */
  private readonly keys: string[] = [];
  private readonly slots: number[] = [];
  // What the value read last was, set by each value reader as it returns (no object per value).
  private kind: ValueKind = 'null';
  private style: ScalarStyle | null = null;
  private start = 0;
  private end = 0;
  private flow = false;
  /** The value of the quoted or block scalar read last by quotedScalar or blockScalar. */
  private scalarValue = '';

  constructor(
    private readonly text: string,
    private readonly pos: YamlPositions,
  ) {
    this.next(0);
    this.lineNo--;
  }

  document(): SimpleBlock {
    if (this.line >= this.text.length || this.indent !== 0) fail();
    const data = this.map(0, 0, this.line, null);
    // Everything is read: a line the mapping did not take (less indented, or not a key) is not simple.
    if (this.line < this.text.length) fail();
    return { data, entries: this.entries, top: this.top };
  }

  /** Moves to the next line with content (not blank, not a comment) at or after `from`, the start of the line after the current one. */
  private next(from: number): void {
    const text = this.text;
    let i = from;
    this.lineNo++;
    for (;;) {
      let j = i;
      while (text.charCodeAt(j) === 32) j++;
      if (j >= text.length) {
        this.line = text.length;
        this.indent = 0;
        return;
      }
      const c = text.charCodeAt(j);
      if (c === 35) {
        // A comment line: js-yaml reads past it as past a blank line, whatever its indent.
        const nl = text.indexOf('\n', j);
        if (nl < 0) {
          this.line = text.length;
          this.indent = 0;
          return;
        }
        j = nl;
      } else if (c === 13) {
        // A blank line ending in \r\n: past its \n.
        j++;
      } else if (c !== 10) {
        this.line = i;
        this.indent = j - i;
        return;
      }
      i = j + 1;
      this.lineNo++;
    }
  }

  /** The offset of the `\n` ending the line holding `offset` (or the text's end). */
  private eol(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? this.text.length : nl;
  }

  /** Where the content of a line ending at `eol` (from `eol`) ends: before a `\r` of `\r\n`. */
  private contentEnd(eol: number): number {
    return this.text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
  }

  /** Records what the value just read is: its kind, style (scalars), offsets, and whether it is `[]` or `{}`. */
  private read(kind: ValueKind, style: ScalarStyle | null, start: number, end: number, flow = false): void {
    this.kind = kind;
    this.style = style;
    this.start = start;
    this.end = end;
    this.flow = flow;
  }

  /** The entry of a key or list item (`up`: the entry above it, null at the top), made before its value is read; `settle` fills in the value. */
  private entry(key: string, up: Entry | null, step: string | number, item: boolean, keyStart: number, keyEnd: number, line: number, column: number): Entry {
    const entry = new Entry(this.pos, key, up, step, null, false, 'null', null, false, item, keyStart, keyEnd, -1, -1, line + this.pos.baseLine, column);
    this.entries.push(entry);
    // A key of the top-level mapping, in the order of the keys.
    if (up === null) this.top.push(entry);
    return entry;
  }

  /** Fills in what the value just read is. Scalars and `[]`/`{}` have source text; block collections and empty values none. */
  private settle(entry: Entry): void {
    entry.kind = this.kind;
    entry.style = this.style;
    entry.valueStart = this.start;
    entry.valueEnd = this.end;
    entry.hasRaw = this.style !== null || this.flow;
  }

  /** A block mapping whose keys are at column `indent` (below `up`); the current line holds its first key (at `first`). */
  private map(indent: number, depth: number, first: number, up: Entry | null): Record<string, unknown> {
    if (depth > MAX_SIMPLE_DEPTH) fail();
    const out = Object.create(null) as Record<string, unknown>;
    // Each key read so far and where its entries start: a repeated key overrides the earlier one's (the last
    // wins, as in PyYAML). Past a few keys each key's last place is kept in a Map: looking back through a
    // thousand keys for each would be quadratic.
    const { keys, slots, entries } = this;
    const base = keys.length;
    let lastPlace: Map<string, number> | null = null;
    let at = first;
    for (;;) {
      const slot = entries.length;
      const key = this.pair(at, indent, depth, up, out);
      const earlier = lastPlace ? (lastPlace.get(key) ?? -1) : lastIndexFrom(keys, key, base);
      if (earlier >= 0) {
        const to = earlier + 1 < keys.length ? (slots[earlier + 1] ?? slot) : slot;
        for (let e = slots[earlier] ?? slot; e < to; e++) (entries[e] as Entry).overridden = true;
      }
      keys.push(key);
      slots.push(slot);
      if (lastPlace) lastPlace.set(key, keys.length - 1);
      else if (keys.length - base > 8) {
        lastPlace = new Map();
        for (let k = base; k < keys.length; k++) lastPlace.set(keys[k] as string, k);
      }
      if (this.line >= this.text.length || this.indent < indent) break;
      if (this.indent > indent) fail();
      at = this.line + indent;
    }
    keys.length = base;
    slots.length = base;
    // The mapping ends with its last value.
    this.read('map', null, first, this.end);
    return out;
  }

  /** One `key: value` of a mapping at column `indent`, the key at `at` on the current line, into `out`; moves past its value. */
  private pair(at: number, indent: number, depth: number, up: Entry | null, out: Record<string, unknown>): string {
    const text = this.text;
    const colon = this.keyEnd(at);
    const resolved = resolvePlain(text.slice(at, colon));
    const key = typeof resolved === 'string' ? resolved : String(resolved);
    const entry = this.entry(key, up, key, false, at, colon, this.lineNo, at - this.line);
    let i = colon + 1;
    while (text.charCodeAt(i) === 32) i++;
    let value: unknown;
    if (!isBreakOrEnd(text.charCodeAt(i))) value = this.inline(i, indent);
    else {
      // Nothing after the colon: a block collection below, or an empty value at the line's end.
      const point = i;
      this.next(this.eol(i) + 1);
      const c = text.charCodeAt(this.line + this.indent);
      const dash = c === 45 && isBlankOrEnd(text.charCodeAt(this.line + this.indent + 1));
      if (this.line < text.length && (this.indent > indent || (this.indent === indent && dash))) {
        value = dash ? this.seq(this.indent, depth + 1, entry) : this.map(this.indent, depth + 1, this.line + this.indent, entry);
      } else {
        value = null;
        this.read('null', null, point, point);
      }
    }
    this.settle(entry);
    out[key] = value;
    return key;
  }

  /** A block list whose `-` are at column `indent` (below `up`); the current line holds its first item. */
  private seq(indent: number, depth: number, up: Entry): unknown[] {
    if (depth > MAX_SIMPLE_DEPTH) fail();
    const text = this.text;
    const out: unknown[] = [];
    const first = this.line + indent;
    for (;;) {
      const dash = this.line + indent;
      let i = dash + 1;
      while (text.charCodeAt(i) === 32) i++;
      // `-` alone on its line, or a list in a list: js-yaml's.
      if (isBreakOrEnd(text.charCodeAt(i)) || (text.charCodeAt(i) === 45 && isBlankOrEnd(text.charCodeAt(i + 1)))) fail();
      const n = out.length;
      const entry = this.entry(String(n), up, n, true, dash, dash + 1, this.lineNo, indent);
      out.push(this.isKey(i) ? this.map(i - this.line, depth + 1, i, entry) : this.inline(i, indent));
      this.settle(entry);
      if (this.line >= text.length || this.indent < indent) break;
      if (this.indent > indent) fail();
      if (!(text.charCodeAt(this.line + indent) === 45 && isBlankOrEnd(text.charCodeAt(this.line + indent + 1)))) break;
    }
    // The list ends with its last item's value.
    this.read('seq', null, first, this.end);
    return out;
  }

  /**
   * A value on one line from `at` (a scalar, `[]` or `{}`); moves to the next line, which must not be
   * indented past `parent` (it would continue a plain scalar, or be an error).
   */
  private inline(at: number, parent: number): unknown {
    const text = this.text;
    const eol = this.eol(at);
    let end = this.contentEnd(eol);
    while (end > at && text.charCodeAt(end - 1) === 32) end--;
    const c = text.charCodeAt(at);
    let value: unknown;
    // Where the next line starts (a quoted scalar may end on a later line, a block scalar does).
    let nextLine = eol + 1;
    if (c === 124 || c === 62) {
      nextLine = this.blockScalar(at, parent);
      value = this.scalarValue;
    } else if (c === 39 || c === 34) {
      const onLine = this.quotedOnLine(at, end, c);
      if (onLine !== null) {
        value = onLine;
        this.read('scalar', 'quoted', at, end);
      } else {
        const close = this.quotedScalar(at, c, parent);
        // After the closing quote only blanks: a comment, or more text, is js-yaml's.
        let k = close;
        while (text.charCodeAt(k) === 32) k++;
        if (!isBreakOrEnd(text.charCodeAt(k))) fail();
        value = this.scalarValue;
        this.read('scalar', 'quoted', at, close);
        nextLine = this.eol(k) + 1;
      }
    } else if ((c === 91 && text.charCodeAt(at + 1) === 93) || (c === 123 && text.charCodeAt(at + 1) === 125)) {
      if (end !== at + 2) fail();
      value = c === 91 ? [] : Object.create(null);
      this.read(c === 91 ? 'seq' : 'map', null, at, end, true);
    } else {
      if (!plainStart(c, text.charCodeAt(at + 1))) fail();
      const source = text.slice(at, end);
      // `: ` would make it a key (an error here), ` #` a comment.
      if (source.includes(': ') || source.includes(' #') || source.endsWith(':')) fail();
      value = resolvePlain(source);
      this.read('scalar', 'plain', at, end);
    }
    this.next(nextLine);
    if (this.line < text.length && this.indent > parent) fail();
    return value;
  }

  /**
   * A block scalar (`|` literal, `>` folded, with `-` or `+` chomping) as js-yaml reads it (readBlockScalar):
   * its lines are those indented as the first (at least past `parent`), blank lines among them; an indentation
   * indicator or a comment after the header is js-yaml's. Its value goes to `scalarValue`, what it is to
   * `read`, the lines it spans to `lineNo` (but for the one `next` counts); returns where the next line starts.
   */
  private blockScalar(at: number, parent: number): number {
    const text = this.text;
    const folding = text.charCodeAt(at) === 62;
    let pos = at + 1;
    let c = text.charCodeAt(pos);
    let chomping = CLIP;
    if (c === 43 || c === 45) {
      chomping = c === 43 ? KEEP : STRIP;
      c = text.charCodeAt(++pos);
    }
    while (c === 32) c = text.charCodeAt(++pos);
    if (c !== 10 && c !== 13) fail();
    // js-yaml's nodeIndent for a value of a mapping at `parent`, or of an item whose `-` is there.
    let textIndent = parent + 1;
    let detected = false;
    let emptyLines = 0;
    let didRead = false;
    let moreIndented = false;
    let value = '';
    let breaks = 0;
    // The start of the line that ends the scalar (less indented), or the text's end.
    let endLine = text.length;
    for (;;) {
      // Past the line break (`\r\n` is one).
      pos += text.charCodeAt(pos) === 13 ? 2 : 1;
      breaks++;
      const lineStart = pos;
      c = text.charCodeAt(pos);
      while ((!detected || pos - lineStart < textIndent) && c === 32) c = text.charCodeAt(++pos);
      const lineIndent = pos - lineStart;
      if (!detected && lineIndent > textIndent) textIndent = lineIndent;
      if (c === 10 || c === 13) {
        emptyLines++;
        continue;
      }
      // The end of the text reads as js-yaml's added final line break: the scalar ends there.
      const atEnd = Number.isNaN(c);
      if (atEnd || lineIndent < textIndent) {
        if (chomping === KEEP) value += '\n'.repeat(didRead ? 1 + emptyLines : emptyLines);
        else if (chomping === CLIP && didRead) value += '\n';
        if (!atEnd) endLine = lineStart;
        break;
      }
      if (folding) {
        if (c === 32) {
          // A more-indented line is not folded.
          moreIndented = true;
          value += '\n'.repeat(didRead ? 1 + emptyLines : emptyLines);
        } else if (moreIndented) {
          moreIndented = false;
          value += '\n'.repeat(emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didRead) value += ' ';
        } else value += '\n'.repeat(emptyLines);
      } else value += '\n'.repeat(didRead ? 1 + emptyLines : emptyLines);
      didRead = true;
      detected = true;
      emptyLines = 0;
      const eol = this.eol(pos);
      value += text.slice(pos, this.contentEnd(eol));
      pos = eol;
      if (pos >= text.length) {
        // js-yaml adds the final line break: the scalar ends after this line, with it unless stripped.
        if (chomping !== STRIP) value += '\n';
        break;
      }
    }
    // Its text ends with its last character that is not white space (js-yaml's events: the node's end).
    let end = Math.min(endLine, text.length);
    while (end > at && isSpace(text.charCodeAt(end - 1))) end--;
    this.read('scalar', 'block', at, end);
    this.scalarValue = value;
    // `next` counts the break before the line it moves to.
    this.lineNo += breaks - 1;
    return endLine;
  }

  /**
   * The value of a quoted scalar filling `at`..`end` on one line: `'…'` with `''` for a quote, `"…"` without
   * escapes; null for any other (quotedScalar reads it, or leaves it to js-yaml).
   */
  private quotedOnLine(at: number, end: number, quote: number): string | null {
    if (end - at < 2 || this.text.charCodeAt(end - 1) !== quote) return null;
    const inner = this.text.slice(at + 1, end - 1);
    if (quote === 34) return inner.includes('"') || inner.includes('\\') ? null : inner;
    if (!inner.includes("'")) return inner;
    // Inside: only doubled single quotes, each read as one.
    if (inner.replaceAll("''", '').includes("'")) return null;
    return inner.replaceAll("''", "'");
  }

  /**
   * A quoted scalar from `at` as js-yaml reads it (readSingleQuotedScalar, readDoubleQuotedScalar): `''` in
   * '…'; escapes in "…"; across lines, each line's trailing and the next line's leading blanks dropped and
   * the line breaks folded (one break a space, n breaks n-1 `\n`), a `\` before a break joining the lines.
   * The lines after the first must be indented past `parent` (js-yaml only warns where they are not). Its value
   * goes to `scalarValue`, the lines it crosses to `lineNo`; returns the offset after its closing quote.
   */
  private quotedScalar(at: number, quote: number, parent: number): number {
    const text = this.text;
    // The next character that ends a run of text, found by a native search (a license text runs to 15 KB).
    const stops = quote === 39 ? SINGLE_QUOTED_STOP : DOUBLE_QUOTED_STOP;
    let value = '';
    // The text still to take starts at `start`; the search for the next stop at `from`.
    let start = at + 1;
    let from = start;
    for (;;) {
      stops.lastIndex = from;
      // The end of the text inside the scalar: js-yaml's error.
      if (!stops.test(text)) fail();
      const pos = stops.lastIndex - 1;
      const c = text.charCodeAt(pos);
      if (c === quote) {
        value += text.slice(start, pos);
        // '' in '…' is one quote: the second is taken with the run after it.
        if (quote === 39 && text.charCodeAt(pos + 1) === 39) {
          start = pos + 1;
          from = pos + 2;
          continue;
        }
        this.scalarValue = value;
        return pos + 1;
      }
      if (c === 92) {
        value += text.slice(start, pos);
        const e = text.charCodeAt(pos + 1);
        if (e === 10 || e === 13) start = this.skipBreaks(pos + 1, parent).pos;
        else {
          const simple = ESCAPES.get(e);
          const digits = e === 120 ? 2 : e === 117 ? 4 : e === 85 ? 8 : 0;
          if (simple !== undefined) {
            value += simple;
            start = pos + 2;
          } else if (digits > 0) {
            const hex = text.slice(pos + 2, pos + 2 + digits);
            if (hex.length !== digits || !HEX.test(hex)) fail();
            const code = parseInt(hex, 16);
            // Surrogates and past U+10FFFF: js-yaml's own reading.
            if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) fail();
            value += String.fromCodePoint(code);
            start = pos + 2 + digits;
          } else fail();
        }
        from = start;
        continue;
      }
      // A line break: the run without its trailing blanks, then the breaks folded.
      let end = pos;
      while (end > start && text.charCodeAt(end - 1) === 32) end--;
      value += text.slice(start, end);
      const skipped = this.skipBreaks(pos, parent);
      value += skipped.breaks === 1 ? ' ' : '\n'.repeat(skipped.breaks - 1);
      start = from = skipped.pos;
    }
  }

  /**
   * Past blanks and line breaks from `pos` inside a quoted scalar (js-yaml's skipSeparationSpace): how many
   * breaks, and where the next text is. That text must be indented past `parent`; the breaks count as lines.
   */
  private skipBreaks(from: number, parent: number): { breaks: number; pos: number } {
    const text = this.text;
    let pos = from;
    let breaks = 0;
    let indent = -1;
    for (;;) {
      while (text.charCodeAt(pos) === 32) pos++;
      const c = text.charCodeAt(pos);
      if (c !== 10 && c !== 13) break;
      pos += c === 13 ? 2 : 1;
      breaks++;
      this.lineNo++;
      const lineStart = pos;
      while (text.charCodeAt(pos) === 32) pos++;
      indent = pos - lineStart;
    }
    if (pos >= text.length || (breaks > 0 && indent <= parent)) fail();
    return { breaks, pos };
  }

  /** The offset of the `:` ending a plain key that starts at `at` on this line. */
  private keyEnd(at: number): number {
    const text = this.text;
    if (!plainStart(text.charCodeAt(at), text.charCodeAt(at + 1))) fail();
    // `---` or `...` at a line's start may end the document.
    if (text.charCodeAt(at - 1) === 10 && (text.startsWith('---', at) || text.startsWith('...', at))) fail();
    // No flow indicators, comments, line breaks or inner colons in a simple key; no blank before its colon.
    KEY.lastIndex = at;
    if (!KEY.test(text)) fail();
    const colon = KEY.lastIndex - 1;
    if (!isBlankOrEnd(text.charCodeAt(colon + 1)) || text.charCodeAt(colon - 1) === 32) fail();
    return colon;
  }

  /** Whether a `- ` item's content at `at` is a `key: value` (a mapping), not a scalar. */
  private isKey(at: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === 39 || c === 34 || c === 91 || c === 123) return false;
    const end = this.contentEnd(this.eol(at));
    return text.slice(at, end).includes(': ') || text.charCodeAt(end - 1) === 58;
  }
}

/** js-yaml's one-character escapes in "…" (simpleEscapeSequence), by the character after the `\\`. */
const ESCAPES: ReadonlyMap<number, string> = new Map(
  [['0', '\x00'], ['a', '\x07'], ['b', '\x08'], ['t', '\t'], ['n', '\n'], ['v', '\x0B'], ['f', '\x0C'], ['r', '\r'], ['e', '\x1B'], [' ', ' '], ['"', '"'], ['/', '/'], ['\\', '\\'], ['N', '\x85'], ['_', '\xA0'], ['L', '\u2028'], ['P', '\u2029']].map(([c, v]) => [(c as string).charCodeAt(0), v as string]),
);
/** What ends a run of text in '…' and in "…": the closing quote, a line break, in "…" a `\`. */
const SINGLE_QUOTED_STOP = /['\n\r]/g;
const DOUBLE_QUOTED_STOP = /["\\\n\r]/g;
/** The hex digits of a `\x`, `\u` or `\U` escape. */
const HEX = /^[0-9A-Fa-f]*$/;

/** The last index of `key` in `keys` at or after `base`; -1 when it is not there. */
function lastIndexFrom(keys: readonly string[], key: string, base: number): number {
  for (let i = keys.length - 1; i >= base; i--) if (keys[i] === key) return i;
  return -1;
}

/** A plain scalar's value: the first implicit type that takes the text constructs it, else it is text. */
function resolvePlain(source: string): unknown {
  // Only `~`, null, true, false and numbers (digits, signs, `.inf`, `.nan`) resolve: other text is text.
  const c = source.charCodeAt(0);
  if (!MAYBE_TYPED.has(c)) return source;
  // Of the words, only null, true and false (in three cases each) resolve: `tags`, `type`, `name` are text.
  if (c >= 65 && c !== 126 && !WORDS.has(source)) return source;
  // A plain decimal (most values of a model-index): what js-yaml's int and float types construct, Number() reads.
  if (DECIMAL.test(source)) return Number(source);
  for (const type of IMPLICIT) if (type.resolve(source)) return type.construct(source);
  return source;
}

/** The letter-led plain scalars the core schema resolves (null and bool types). */
const WORDS: ReadonlySet<string> = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/**
 * `12`, `-7`, `83.985`, `0.5`: no `+`, no leading zero, no exponent, at most 15 digits before the point (parseInt
 * and Number agree); no `-0…` (js-yaml reads `-0` as 0).
 */
const DECIMAL = /^(?:0|-?[1-9][0-9]{0,14})(?:\.[0-9]{1,20})?$/;

/** A plain key up to its colon (`KEY.lastIndex` is past it): one character class, so no backtracking. */
const KEY = /[^\n#,[\]{}:]*:/y;

/** Whether a plain scalar may start with `c` (followed by `next`) in block context. */
function plainStart(c: number, next: number): boolean {
  switch (c) {
    case 32: case 10: case 13: case 35: case 38: case 42: case 33: case 124: case 62: case 39: case 34: case 37: case 64: case 96:
    case 44: case 91: case 93: case 123: case 125:
      return false;
    case 45:
      return !isBlankOrEnd(next);
    // `?` and `:` start explicit keys and values: js-yaml's.
    case 58: case 63:
      return false;
    default:
      // Any other character; NaN is past the end.
      return !Number.isNaN(c);
  }
}

/** A block scalar's chomping: one final line break (clip), none (strip), every trailing one (keep). */
const CLIP = 0;
const STRIP = 1;
const KEEP = 2;

/** A space, a line break (`\n`, or the `\r` of `\r\n`), or past the end (NaN). */
function isBlankOrEnd(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || Number.isNaN(c);
}

/** A line break (`\n`, or the `\r` of `\r\n`), or past the end (NaN). */
function isBreakOrEnd(c: number): boolean {
  return c === 10 || c === 13 || Number.isNaN(c);
}
