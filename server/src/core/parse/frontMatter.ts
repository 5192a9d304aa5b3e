// YAML front matter: where the block is, and what the YAML parse says of it (keys at every depth with
// their ranges, data, problems). The YAML parser itself is loaded on first use (core/loadDeferred.ts).
import { lazyYaml } from '../loadDeferred';
import type { LineIndex } from '../text';
import { lineRange, toLf } from '../text';
import type { Range, SourceField } from '../types';
import { shortText } from './describe';
import type { YamlBlock } from './yamlDocument';

/** Keys and list indices from the top: `['model-index', 0, 'results', 0, 'dataset', 'name']`. */
export type FrontMatterPath = readonly (string | number)[];

/** What a key's value is: `null` when nothing is written after the key (an explicit `null` is a scalar). */
export type ValueKind = 'scalar' | 'map' | 'seq' | 'alias' | 'null';

export type ScalarStyle = 'plain' | 'quoted' | 'block';

/** One mapping key, or one list item, of the front matter, at any depth. */
export interface FrontMatterEntry extends SourceField {
  /** The key as text (`parameters`; `1` for a key written `1`); for a list item its index (`0`). */
  key: string;
  /** The key's text (inside its quotes); for a list item its `-`, or a point at the item in a flow list. */
  keyRange: Range;
  /** The value as written, at most ~200 characters: scalars, aliases, flow collections; '' for block collections and empty values. */
  raw: string;
  /** A scalar's text (with its quotes; a block scalar from `|` or `>`), a collection's extent, or a point where an empty value would be. */
  valueRange: Range;
  /** The line of the key (or of the item's `-`). */
  line: number;
  /** Keys and list indices from the top; the last is `key` (or the item's index). */
  path: (string | number)[];
  /** Column of the key (or of the `-`). */
  indent: number;
  /** A list item: its path ends in its index. */
  item: boolean;
  kind: ValueKind;
  /** For scalars: plain, quoted ('…' or "…") or block (| or >). */
  style: ScalarStyle | null;
  /** A later occurrence of this key (or of a key above it) replaces this value in `data`. */
  overridden: boolean;
}

/** A finding about the block itself: YAML errors and warnings, aliases, size. */
export interface FrontMatterProblem {
  /** What js-yaml stopped at (`MISSING_CHAR`, `TAB_AS_INDENT`, `BAD_INDENT`, `TAG_RESOLVE_FAILED`, `UNKNOWN_ALIAS`, `BAD_SCALAR_START`, `TOO_DEEP`, `NUL_CHARACTER`, `MULTIPLE_DOCUMENTS`, `YAML_SYNTAX` for the rest) or ours (`UNCLOSED`, `NOT_A_MAPPING`, `ALIAS_LIMIT`, `ALIAS_CYCLE`, `TOO_LARGE`). */
  code: string;
  severity: 'error' | 'warning';
  message: string;
  range: Range;
}

export interface FrontMatter {
  /** Lines of the opening and closing `---` (closing null when never closed). */
  openLine: number;
  closeLine: number | null;
  /** The offset of the line break before the body's first line (ending the closing line, or the opening line when never closed); the text's length when there is no body. */
  bodyOffset: number;
  /** The top-level mapping (null-prototype objects, lists as arrays); null on a YAML error or when it is not a mapping. */
  data: Record<string, unknown> | null;
  /** The first error of `problems` (the block is unreadable as data), or null. */
  error: { message: string; range: Range } | null;
  /** Every problem, in order: the YAML error where js-yaml stopped (it stops at the first), then the alias limits. */
  problems: FrontMatterProblem[];
  /** Every key and list item at every depth, in document order (duplicates included). */
  entries: FrontMatterEntry[];
  /** The entries of the top-level keys, in document order (duplicates included). */
  topLevel: FrontMatterEntry[];
  /** Entries by path (the occurrences whose values `data` holds); see `entryAt`. */
  index: FrontMatterIndex;
}

/** Front matter larger than this is not parsed: a finding says so (the Hub's real cards are far smaller). */
export const MAX_FRONT_MATTER_CHARS = 1 << 20;

/** A path as one string: `["model-index",0,"name"]`. */
export function pathKey(path: FrontMatterPath): string {
  return JSON.stringify(path);
}

/** The entry at a path (`['model-index', 0, 'name']`): the occurrence that wins when a key repeats. */
export function entryAt(fm: FrontMatter, path: FrontMatterPath): FrontMatterEntry | undefined {
  return fm.index.get(path);
}

/** Entries by path in O(1): top-level keys from the first question on, deeper paths from the first deeper one. */
export class FrontMatterIndex {
  private top: Map<string, FrontMatterEntry> | null = null;
  private all: Map<string, FrontMatterEntry> | null = null;

  constructor(
    private readonly entries: readonly FrontMatterEntry[],
    private readonly topLevel: readonly FrontMatterEntry[],
  ) {}

  get(path: FrontMatterPath): FrontMatterEntry | undefined {
    const [first] = path;
    // Rules ask for top-level keys on every card: that index needs no path strings.
    if (path.length === 1 && typeof first === 'string') return (this.top ??= this.build(true)).get(first);
    return (this.all ??= this.build(false)).get(pathKey(path));
  }

  /** The path strings of every entry (`pathKey`), for the full index. */
  keys(): IterableIterator<string> {
    return (this.all ??= this.build(false)).keys();
  }

  private build(top: boolean): Map<string, FrontMatterEntry> {
    const map = new Map<string, FrontMatterEntry>();
    for (const e of top ? this.topLevel : this.entries) {
      if (e.overridden) continue;
      map.set(top ? e.key : pathKey(e.path), e);
    }
    return map;
  }
}

/**
 * The block's lines: `---` as the first non-blank line (blank or whitespace-only lines may come first,
 * as huggingface_hub allows), closed by the next `---` or `...` line; null when the text has none.
 */
export function locateFrontMatter(index: LineIndex): { openLine: number; closeLine: number | null } | null {
  const found = locate(index);
  return found && { openLine: found.openLine, closeLine: found.closeLine };
}

/** Where the block is; for a closed block also its YAML. */
interface Located {
  openLine: number;
  closeLine: number | null;
  bodyOffset: number;
  /**
   * The YAML between the lines, after the line break that ends the opening line (each line with the break
   * before it: line 0 is the `---` line's end); null when the block is never closed. Its line breaks are
   * `\n` or `\r\n` (a block with a lone `\r` has every break made `\n`): a line and column are the same either
   * way. `size`: its characters with one per line break (below the size cap, where nothing depends on it, it
   * may count a `\r\n` as two).
   */
  yaml: { text: string; size: number } | null;
}

/**
 * The block found in the text itself (line breaks `\r\n`, `\r` or `\n`, as LineIndex splits lines): the
 * document's lines are not needed.
 */
function locate(index: LineIndex): Located | null {
  const text = index.text;
  let line = 0;
  let start = 0;
  let end = lineEndAt(text, start);
  while (blank(text, start, end)) {
    if (end === text.length) return null;
    start = afterBreak(text, end);
    end = lineEndAt(text, start);
    line++;
  }
  if (!(text.startsWith('---', start) && blank(text, start + 3, end))) return null;
  const openLine = line;
  const yamlStart = end === text.length ? end : afterBreak(text, end);
  // The closing line found by one native search, its number by counting the line breaks before it (front
  // matter of a model-index card runs to thousands of lines).
  CLOSING_LINE.lastIndex = end;
  const close = CLOSING_LINE.exec(text);
  if (!close) return { openLine, closeLine: null, bodyOffset: end, yaml: null };
  const closeStart = close.index + (close[1]?.length ?? 1);
  // The match ends with the closing line's break (its first character), or at the text's end.
  const last = close[0].charCodeAt(close[0].length - 1);
  const bodyOffset = close.index + close[0].length - (last === 10 || last === 13 ? 1 : 0);
  if (closeStart <= yamlStart) return { openLine, closeLine: openLine + 1, bodyOffset, yaml: { text: '\n', size: 0 } };
  // From the opening line's break to the closing line's: a slice of the text, not a copy (most Hugging Face
  // READMEs have \r\n breaks, and the readers take them as they are).
  let yaml = text.slice(end, close.index);
  const cr = yaml.includes('\r');
  if (cr && LONE_CR.test(yaml)) yaml = toLf(yaml);
  // Its line breaks are those before the closing line, one per line of YAML.
  const lines = count(yaml, '\n');
  return { openLine, closeLine: openLine + 1 + lines, bodyOffset, yaml: { text: yaml, size: cr && yaml.length > MAX_FRONT_MATTER_CHARS ? yaml.length - count(yaml, '\r') : yaml.length } };
}

/** A `\r` that is not the start of a `\r\n`. */
const LONE_CR = /\r(?!\n)/;

/** How many times `c` (one character) occurs in `text`: a native search per occurrence, no array of matches. */
function count(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}

/**
 * A line that is `---` or `...` with only white space after it (as `trimEnd` reads white space), after a line
 * break: each try starts at a line break and reads no further than the next one, so the search is linear.
 */
const CLOSING_LINE = /(\r\n|\r|\n)(?:---|\.\.\.)[^\S\r\n]*(?:\r|\n|$)/g;

/** Where the line starting at `start` ends: its line break (`\r` or `\n`), or the end of the text. Read only for the lines up to the opening `---`. */
function lineEndAt(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** The start of the line after the line break at `at` (`\r\n` counts as one). */
function afterBreak(text: string, at: number): number {
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
}

/** Whether `text` from `start` to `end` is white space only, as `trim` reads it (nothing at all included). */
function blank(text: string, start: number, end: number): boolean {
  return start >= end || text.slice(start, end).trim() === '';
}

/** Finds and parses front matter; null when there is none. Never throws. */
export function parseFrontMatter(index: LineIndex): FrontMatter | null {
  const at = locate(index);
  if (!at) return null;
  const { openLine, closeLine, bodyOffset } = at;
  const fm: FrontMatter = { openLine, closeLine, bodyOffset, data: null, error: null, problems: [], entries: [], topLevel: [], index: new FrontMatterIndex([], []) };
  if (closeLine === null) {
    const message = `Front matter opened by \`---\` on line ${openLine + 1} is never closed: add a \`---\` line after its last key.`;
    fm.problems.push({ code: 'UNCLOSED', severity: 'error', message, range: lineRange(openLine, 0, 3) });
    // The keys up to the first blank line still tell a front-matter card from other Markdown.
    let end = openLine + 1;
    while (end < index.lineCount && (index.lines[end] ?? '').trim() !== '') end++;
    const block = readBlock(index, openLine, end, fm, null);
    if (block) {
      fm.entries = block.entries;
      fm.topLevel = block.top;
    }
  } else {
    const block = readBlock(index, openLine, closeLine, fm, at.yaml);
    if (block) {
      fm.data = block.data;
      fm.entries = block.entries;
      fm.topLevel = block.top;
      fm.problems.push(...block.problems);
    }
  }
  fm.index = new FrontMatterIndex(fm.entries, fm.topLevel);
  const first = fm.problems.find((p) => p.severity === 'error');
  fm.error = first ? { message: first.message, range: first.range } : null;
  return fm;
}

/** Parses the lines between `openLine` and `end` (exclusive); null (with a problem in `fm`) when it cannot. */
function readBlock(index: LineIndex, openLine: number, end: number, fm: FrontMatter, yaml: Located['yaml']): YamlBlock | null {
  const openRange = lineRange(openLine, 0, 3);
  let size = 0;
  // Each line with its line break: the YAML's characters and one more.
  if (yaml) size = yaml.size;
  else for (let line = openLine + 1; line < end; line++) size += (index.lines[line] ?? '').length + 1;
  if (size > MAX_FRONT_MATTER_CHARS) {
    const message = `Front matter is larger than ${MAX_FRONT_MATTER_CHARS / (1 << 20)} MB (${(size / (1 << 20)).toFixed(1)} MB): it is not read.`;
    fm.problems.push({ code: 'TOO_LARGE', severity: 'error', message, range: openRange });
    // Its first top-level keys still tell what the document is: read a head of at most 64 KB, cut before a top-level key.
    let headEnd = openLine + 1;
    for (let line = openLine + 1, chars = 0; line < end && chars < HEAD_CHARS; line++) {
      const text = index.lines[line] ?? '';
      chars += text.length + 1;
      if (text !== '' && text[0] !== ' ' && text[0] !== '\t' && text[0] !== '#' && text[0] !== '-') headEnd = line;
    }
    const head = headEnd > openLine + 1 ? readYaml(index, openLine, headEnd) : null;
    return head && !(head instanceof Error) ? { ...head, data: null, problems: [] } : null;
  }
  const block = readYaml(index, openLine, end, yaml);
  if (block instanceof Error) {
    // The parser reports problems rather than throwing; this keeps analyzeCard's promise if it ever does.
    const message = `Front matter could not be read: ${shortText(block.message)}`;
    fm.problems.push({ code: 'UNREADABLE', severity: 'error', message, range: openRange });
    return null;
  }
  return block;
}

/** Characters of an oversized block read for its top-level keys. */
const HEAD_CHARS = 64 * 1024;

/** The YAML of the lines between `openLine` and `end` (exclusive), or the error the parser threw. */
function readYaml(index: LineIndex, openLine: number, end: number, yaml: Located['yaml'] = null): YamlBlock | Error {
  // Line 0 of this text is the `---` line; the YAML's lines are the document's, joined by \n (CRLF and lone CR alike).
  const text = yaml ? yaml.text : `\n${index.lines.slice(openLine + 1, end).join('\n')}`;
  try {
    return lazyYaml().readYamlBlock(text, openLine);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}
