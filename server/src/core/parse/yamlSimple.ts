// A reader for the front matter most cards have: block mappings and lists of one-line plain or quoted
// scalars, no comments, anchors, tags or flow content beyond `[]` and `{}`. It builds the nodes js-yaml's
// events would (yamlEvents.ts) without running js-yaml, which with the events was most of a Hugging Face
// folder check; any other block, valid or not, is left to js-yaml (null). Plain scalars resolve through
// the schema's own implicit types, so `1e3`, `~` and `0x1F` read exactly as js-yaml reads them.
import { CORE_SCHEMA, type Type } from 'js-yaml';
import type { YEmpty, YItem, YMap, YNode, YPair, YScalar, YSeq } from './yamlEvents';

/** Nesting past this is js-yaml's to read (no simple card nests this far). */
const MAX_SIMPLE_DEPTH = 20;

/** The schema's implicit types (null, bool, int, float), in the order js-yaml tries them on a plain scalar. */
const IMPLICIT: readonly Type[] = (CORE_SCHEMA as unknown as { compiledImplicit: Type[] }).compiledImplicit;

/** First characters of the plain scalars an implicit type may take: ~, n/N (null), t/T/f/F, digits, signs and `.`. */
const MAYBE_TYPED: ReadonlySet<number> = new Set([...'~nNtTfF0123456789+-.'].map((c) => c.charCodeAt(0)));

/** Thrown inside the reader when the block leaves the simple subset; caught by `readSimple`. */
class NotSimple extends Error {}

/** The top-level mapping of a simple block, as js-yaml's events would build it; null for any other block. */
export function readSimple(text: string): YMap | null {
  if (NOT_SIMPLE_CHARACTER.test(text)) return null;
  const reader = new Reader(text);
  try {
    return reader.document();
  } catch (e) {
    if (e instanceof NotSimple) return null;
    throw e;
  }
}

/**
 * A character js-yaml refuses or reads specially: controls (tab and CR among them), C1 controls, a lone
 * surrogate (an error; with the `u` flag a pair is one character, an emoji, and does not match), U+FEFF,
 * U+FFFE/F, U+2028/9 line breaks. (A regular expression scans in native code: the engine runs mostly
 * unoptimized in a CLI run.)
 */
// eslint-disable-next-line no-control-regex
const NOT_SIMPLE_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u{d800}-\u{dfff}\ufeff\ufffe\uffff\u2028\u2029]/u;

const NOT_SIMPLE = new NotSimple('not simple');

function fail(): never {
  throw NOT_SIMPLE;
}

class Reader {
  /** Start of the next line with content (blank lines skipped), or text.length; and its indent. */
  private line = 0;
  private indent = 0;

  constructor(private readonly text: string) {
    this.next(0);
  }

  document(): YMap {
    if (this.line >= this.text.length || this.indent !== 0) fail();
    const root = this.map(0, 0);
    // Everything is read: a line the mapping did not take (less indented, or not a key) is not simple.
    if (this.line < this.text.length) fail();
    return root;
  }

  /** Moves to the next line with content at or after `from` (the start of a line). */
  private next(from: number): void {
    const text = this.text;
    let i = from;
    for (;;) {
      let j = i;
      while (text.charCodeAt(j) === 32) j++;
      if (j >= text.length) {
        this.line = text.length;
        this.indent = 0;
        return;
      }
      if (text.charCodeAt(j) !== 10) {
        this.line = i;
        this.indent = j - i;
        return;
      }
      i = j + 1;
    }
  }

  /** The offset of the end of the line holding `offset`. */
  private eol(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? this.text.length : nl;
  }

  /** A block mapping whose keys are at column `indent`; the current line holds its first key (from `first`). */
  private map(indent: number, depth: number, first = this.line + indent): YMap {
    if (depth > MAX_SIMPLE_DEPTH) fail();
    const pairs: YPair[] = [];
    let at = first;
    for (;;) {
      pairs.push(this.pair(at, indent, depth));
      if (this.line >= this.text.length || this.indent < indent) break;
      if (this.indent > indent) fail();
      at = this.line + indent;
    }
    const last = pairs[pairs.length - 1];
    const head = pairs[0];
    if (!last || !head) fail();
    return { type: 'map', flow: false, pairs, start: head.key.start, end: (last.value ?? last.key).end, anchor: null };
  }

  /** One `key: value` of a mapping at column `indent`, the key at `at`; moves past its value. */
  private pair(at: number, indent: number, depth: number): YPair {
    const text = this.text;
    const colon = this.keyEnd(at);
    const key = this.plain(at, colon);
    let i = colon + 1;
    while (text.charCodeAt(i) === 32) i++;
    if (i < text.length && text.charCodeAt(i) !== 10) return { key, value: this.inline(i, indent) };
    // Nothing after the colon: a block collection below, or an empty value at the line's end.
    const point = i;
    this.next(i + 1);
    const c = this.text.charCodeAt(this.line + this.indent);
    const dash = c === 45 && isBlankOrEnd(text.charCodeAt(this.line + this.indent + 1));
    if (this.line < text.length && (this.indent > indent || (this.indent === indent && dash))) {
      return { key, value: dash ? this.seq(this.indent, depth + 1) : this.map(this.indent, depth + 1) };
    }
    const empty: YEmpty = { type: 'null', start: point, end: point, anchor: null };
    return { key, value: empty };
  }

  /** A block list whose `-` are at column `indent`; the current line holds its first item. */
  private seq(indent: number, depth: number): YSeq {
    if (depth > MAX_SIMPLE_DEPTH) fail();
    const text = this.text;
    const items: YItem[] = [];
    for (;;) {
      const dash = this.line + indent;
      let i = dash + 1;
      while (text.charCodeAt(i) === 32) i++;
      // `-` alone on its line, or a list in a list: js-yaml's.
      if (i >= text.length || text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 45 && isBlankOrEnd(text.charCodeAt(i + 1)))) fail();
      const node = this.isKey(i) ? this.map(i - this.line, depth + 1, i) : this.inline(i, indent);
      items.push({ dash, node });
      if (this.line >= text.length || this.indent < indent) break;
      if (this.indent > indent) fail();
      if (!(text.charCodeAt(this.line + indent) === 45 && isBlankOrEnd(text.charCodeAt(this.line + indent + 1)))) break;
    }
    const last = items[items.length - 1];
    const head = items[0];
    if (!last || !head) fail();
    return { type: 'seq', flow: false, items, start: head.dash, end: last.node.end, anchor: null };
  }

  /**
   * A value on one line from `at` (a scalar, `[]` or `{}`); moves to the next line, which must not be
   * indented past `parent` (it would continue a plain scalar, or be an error).
   */
  private inline(at: number, parent: number): YNode {
    const text = this.text;
    const eol = this.eol(at);
    let end = eol;
    while (end > at && text.charCodeAt(end - 1) === 32) end--;
    const c = text.charCodeAt(at);
    let node: YNode;
    if (c === 39 || c === 34) node = this.quoted(at, end, c);
    else if ((c === 91 && text.charCodeAt(at + 1) === 93) || (c === 123 && text.charCodeAt(at + 1) === 125)) {
      if (end !== at + 2) fail();
      node = c === 91 ? { type: 'seq', flow: true, items: [], start: at, end, anchor: null } : { type: 'map', flow: true, pairs: [], start: at, end, anchor: null };
    } else {
      if (!plainStart(c, text.charCodeAt(at + 1))) fail();
      const source = text.slice(at, end);
      // `: ` would make it a key (an error here), ` #` a comment.
      if (source.includes(': ') || source.includes(' #') || source.endsWith(':')) fail();
      node = { type: 'scalar', start: at, end, anchor: null, value: resolvePlain(source), style: 'plain' };
    }
    this.next(eol + 1);
    if (this.line < text.length && this.indent > parent) fail();
    return node;
  }

  /** A quoted scalar filling `at`..`end` on one line: `'…'` with `''` for a quote, `"…"` without escapes. */
  private quoted(at: number, end: number, quote: number): YScalar {
    if (end - at < 2 || this.text.charCodeAt(end - 1) !== quote) fail();
    const inner = this.text.slice(at + 1, end - 1);
    let value = inner;
    if (quote === 34) {
      if (inner.includes('"') || inner.includes('\\')) fail();
    } else if (inner.includes("'")) {
      // Inside: only doubled single quotes, each read as one.
      if (inner.replaceAll("''", '').includes("'")) fail();
      value = inner.replaceAll("''", "'");
    }
    return { type: 'scalar', start: at, end, anchor: null, value, style: 'quoted' };
  }

  /** A plain scalar's node: its text resolved as js-yaml resolves a plain scalar (the first implicit type that takes it). */
  private plain(start: number, end: number): YScalar {
    const source = this.text.slice(start, end);
    return { type: 'scalar', start, end, anchor: null, value: resolvePlain(source), style: 'plain' };
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
    const eol = this.eol(at);
    return text.slice(at, eol).includes(': ') || text.charCodeAt(eol - 1) === 58;
  }
}

/** A plain scalar's value: the first implicit type that takes the text constructs it, else it is text. */
function resolvePlain(source: string): unknown {
  // Only `~`, null, true, false and numbers (digits, signs, `.inf`, `.nan`) resolve: other text is text.
  if (!MAYBE_TYPED.has(source.charCodeAt(0))) return source;
  for (const type of IMPLICIT) if (type.resolve(source)) return type.construct(source);
  return source;
}

/** A plain key up to its colon (`KEY.lastIndex` is past it): one character class, so no backtracking. */
const KEY = /[^\n#,[\]{}:]*:/y;

/** Whether a plain scalar may start with `c` (followed by `next`) in block context. */
function plainStart(c: number, next: number): boolean {
  switch (c) {
    case 32: case 10: case 35: case 38: case 42: case 33: case 124: case 62: case 39: case 34: case 37: case 64: case 96:
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

function isBlankOrEnd(c: number): boolean {
  return c === 32 || c === 10 || Number.isNaN(c);
}
