// The YAML of a front matter block: gray-matter reads the block, js-yaml 4 parses it (its listener's
// events give every node's source range), and the tree walk turns the nodes into entries and data. Loaded lazily.
import matter from 'gray-matter';
import { CORE_SCHEMA, loadAll, YAMLException, type LoadOptions } from 'js-yaml';
import { shortText } from './describe';
import { toLf } from '../text';
import type { FrontMatterEntry, FrontMatterProblem } from './frontMatter';
import { EventTree, TooDeep, type YNode } from './yamlEvents';
import { readSimple } from './yamlSimple';
import { MAX_DEPTH, readTree, YamlPositions } from './yamlTree';

/** What one block of YAML holds. */
export interface YamlBlock {
  /** The top-level mapping (null-prototype objects throughout); null on a YAML error or when it is not a mapping. */
  data: Record<string, unknown> | null;
  entries: FrontMatterEntry[];
  /** The entries of the top-level keys, in document order (repeated keys included). */
  top: FrontMatterEntry[];
  problems: FrontMatterProblem[];
}

/** What js-yaml composed, where it stopped (it stops at the first error), and the errors found past that. */
interface Parsed {
  roots: YNode[];
  error: FrontMatterProblem | null;
  later: FrontMatterProblem[];
}

/** YAML problems past this many are counted, not listed: a hundred broken lines make one finding each only up to a point. */
export const MAX_REPORTED = 20;
/** Past this many unlisted problems the rest are not looked for. */
const MAX_COUNTED = 1_000;

/**
 * Reads a block of YAML. `text` starts with the line break after the opening `---`, so its line `n`
 * is document line `baseLine + n`; its line breaks are `\n` or `\r\n` (no lone `\r`).
 */
export function readYamlBlock(text: string, baseLine: number): YamlBlock {
  const pos = new YamlPositions(text, baseLine);
  // gray-matter hands a block with any line that is not a comment to the engine as it is (see `read`), and
  // most cards' front matter is simple enough to read without js-yaml, to the same entries and data.
  // (readSimple takes no block with a NUL or another control character.)
  const contentLine = hasContentLine(text);
  const simple = contentLine ? readSimple(text, pos) : null;
  if (simple) return { data: simple.data, entries: simple.entries, top: simple.top, problems: [] };
  // js-yaml and its events are read with `\n` breaks: every `\r` here starts a `\r\n` (see frontMatter.ts),
  // so lines and columns stay the same.
  const lf = toLf(text);
  return readParsed(lf, contentLine, lf === text ? pos : new YamlPositions(lf, baseLine));
}

/** The block read through js-yaml's events and the tree walk. */
function readParsed(text: string, contentLine: boolean, pos: YamlPositions): YamlBlock {
  const parsed = read(text, pos, contentLine);
  const errors = parsed.error ? [parsed.error, ...parsed.later] : [];
  const root = parsed.roots[0];
  if (!root || root.type === 'null') return { data: errors.length > 0 ? null : (Object.create(null) as Record<string, unknown>), entries: [], top: [], problems: errors };
  if (root.type !== 'map') {
    const start = pos.at(root.start);
    const range = { start, end: { line: start.line, character: lineEnd(text, root.start, pos) } };
    const message = 'Front matter must be a mapping of keys to values (`model_name: …`).';
    return { data: null, entries: [], top: [], problems: [{ code: 'NOT_A_MAPPING', severity: 'error', message, range }, ...errors] };
  }
  const tree = readTree(root, pos);
  return { data: errors.length > 0 ? null : tree.data, entries: tree.entries, top: tree.top, problems: [...errors, ...tree.problems] };
}

// YAML 1.2 core schema, as the `yaml` package read it before: 2024-05-01 stays text (DEFAULT_SCHEMA would
// make a Date, and add `<<` merges, !!binary, !!set). Neither schema reads YAML 1.1 as PyYAML (the Hub)
// does: `no`/`yes`/`on` stay text (the yaml-portability rule names them where text is meant), `012` is 12
// (PyYAML: 10), `1e3` a number (PyYAML: text), `1_000` text (PyYAML: 1000): not bridged, rare in cards.
// `json` lets a repeated key replace the earlier one without an error, as PyYAML and the Hub
// do (a rule reports duplicates). js-yaml's own depth limit is set past ours, which the listener enforces.
const BASE_OPTIONS = { schema: CORE_SCHEMA, json: true, maxDepth: MAX_DEPTH + 10 } as const;

/** gray-matter hands the block to our engine, which runs js-yaml with the listener; `contentLine`: hasContentLine(text). */
function read(text: string, pos: YamlPositions, contentLine: boolean): Parsed {
  // js-yaml refuses a NUL byte before reading anything; a stand-in of the same length lets it read up to there.
  const nul = text.indexOf('\0');
  const input = nul < 0 ? text : text.replaceAll('\0', '\u0001');
  const tree = new EventTree(input, MAX_DEPTH);
  let error: unknown = null;
  let ran = false;
  const parse = (s: string): object => {
    ran = true;
    const options: LoadOptions & { maxDepth: number } = { ...BASE_OPTIONS, listener: tree.listener };
    try {
      loadAll(s, null, options);
    } catch (e) {
      error = e;
    }
    return {};
  };
  // gray-matter hands a block with any line that is not a comment to the engine as it is: called directly
  // (its wrapper cost ~10% of a Hugging Face folder check). It still decides every other block.
  // (The NUL stand-in is no blank and no comment either: `input` has a content line when `text` has.)
  if (contentLine) parse(input);
  else if (grayMatterReads(input)) {
    const refuse = (): never => {
      throw new Error('front matter is YAML');
    };
    matter(`---${input}\n---\n`, { language: 'yaml', engines: { yaml: parse, javascript: refuse, js: refuse, json: refuse } });
  } else parse(input);
  // gray-matter skips a block of only comments and blank lines: that is an empty document.
  if (!ran) return { roots: [], error: null, later: [] };
  let problem: Located | null = null;
  let later: FrontMatterProblem[] = [];
  if (error !== null) {
    const at = Math.min(errorOffset(error, tree), input.length);
    problem = errorProblem(error, at, tree, pos);
    tree.finish(at);
    later = laterErrors(input, at, pos);
  }
  const first = tree.roots[0];
  if (tree.roots.length > 1 && first) problem = earliest(problem, separatorProblem(input, first.end));
  if (nul >= 0) problem = earliest(problem, { offset: nul, end: nul + 1, code: 'NUL_CHARACTER', what: 'YAML syntax error', text: 'A NUL character (U+0000) is not allowed in YAML; PyYAML (huggingface_hub) refuses it too' });
  return { roots: tree.roots, error: problem ? toProblem(problem, pos) : null, later };
}

/**
 * js-yaml stops at the first error; the entries after it may be broken too. The YAML from the next
 * top-level key after the error's line is read on its own, and so on. Past the listed problems each
 * part is one top-level entry (only counted), so a thousand broken lines cost linear time.
 */
function laterErrors(text: string, after: number, pos: YamlPositions): FrontMatterProblem[] {
  const out: FrontMatterProblem[] = [];
  let unlisted = 0;
  let start = nextTopLevelKey(text, after);
  // Each error costs js-yaml an exception (~0.1 ms): past MAX_COUNTED the rest is not counted.
  for (; start >= 0 && unlisted < MAX_COUNTED; ) {
    // The first error is one problem already: MAX_REPORTED in all.
    const listing = out.length < MAX_REPORTED - 1;
    const end = listing ? text.length : nextTopLevelKey(text, start);
    const part = text.slice(start, end < 0 ? text.length : end);
    const tree = new EventTree(part, MAX_DEPTH);
    let error: unknown = null;
    try {
      loadAll(part, null, { ...BASE_OPTIONS, listener: tree.listener });
    } catch (e) {
      error = e;
    }
    if (error === null) {
      if (listing) break;
      start = end;
      continue;
    }
    const at = Math.min(errorOffset(error, tree), part.length);
    // Its anchor may be in an earlier part: an alias is not judged here.
    const alias = error instanceof YAMLException && error.reason.startsWith('unidentified alias');
    if (listing && !alias) {
      const partPos = new YamlPositions(part, pos.at(start).line);
      out.push(toProblem(errorProblem(error, at, tree, partPos), partPos));
    } else if (!alias) unlisted++;
    // A part cut at the next key and broken at its end: go on from that key.
    start = !listing && end >= 0 && at >= part.length ? end : nextTopLevelKey(text, start + at);
  }
  const last = out[out.length - 1];
  const more = start >= 0 ? `${unlisted}+` : String(unlisted);
  if (last && unlisted > 0) last.message += ` ${more} more YAML problem${unlisted === 1 ? '' : 's'} not listed.`;
  return out;
}

/** The start of the first line after the one holding `offset` that looks like a top-level key (`name:`), or -1. */
function nextTopLevelKey(text: string, offset: number): number {
  for (let nl = text.indexOf('\n', offset); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const c = text.charCodeAt(nl + 1);
    // A letter, digit, `_` or quote at column 0: not an indented line, comment, list item or indicator.
    if (!(c === 95 || c === 34 || c === 39 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    const end = text.indexOf('\n', nl + 1);
    const line = text.slice(nl + 1, end < 0 ? text.length : end);
    const colon = line.indexOf(':');
    if (colon > 0 && (colon + 1 === line.length || line.charCodeAt(colon + 1) === 32 || line.charCodeAt(colon + 1) === 13)) return nl + 1;
  }
  return -1;
}

/** A problem before it has document positions: offsets in the YAML text. */
interface Located {
  offset: number;
  /** Where the range ends; null: at the end of the line. */
  end: number | null;
  code: string;
  what: 'YAML syntax error' | 'YAML error';
  text: string;
}

function earliest(a: Located | null, b: Located): Located {
  return a !== null && a.offset <= b.offset ? a : b;
}

function toProblem(p: Located, pos: YamlPositions): FrontMatterProblem {
  const start = pos.at(p.offset);
  // Within the problem's line: to its end, or to the line end.
  const end = p.end === null ? null : pos.at(p.end);
  const character = end && end.line === start.line ? end.character : Math.max(start.character, lineEnd(pos.text, p.offset, pos));
  const message = `${p.what}: ${p.text} (line ${start.line + 1}, column ${start.character + 1}).`;
  return { code: p.code, severity: 'error', message, range: { start, end: { line: start.line, character } } };
}

/** Where js-yaml stopped: its mark, or where the listener stopped it. */
function errorOffset(error: unknown, tree: EventTree): number {
  if (error instanceof YAMLException) return error.mark.position;
  if (error instanceof TooDeep) return error.offset;
  // A stack overflow (none is known with the depth limit): the node being composed.
  if (error instanceof RangeError) return tree.innermostOpen() ?? 0;
  throw error;
}

/** js-yaml's error as a short message at its own place; some point at where the trouble starts. */
function errorProblem(error: unknown, at: number, tree: EventTree, pos: YamlPositions): Located {
  const text = pos.text;
  const here = (code: string, message: string, what: Located['what'] = 'YAML syntax error'): Located => ({ offset: at, end: null, code, what, text: message });
  if (!(error instanceof YAMLException)) return { ...here('TOO_DEEP', `Nested too deeply for the YAML parser to read: more than ${MAX_DEPTH} levels`), offset: tree.skipSeparation(at, text.length) };
  const reason = error.reason;
  const open = tree.innermostOpen();
  // The innermost node js-yaml was composing, past its blanks: an opening quote or bracket, a tag.
  const node = open === null ? at : tree.skipSeparation(open, at);
  // js-yaml reads a value starting with @ or ` as nothing and reports what breaks after it.
  const c = text.charAt(at);
  if ((c === '@' || c === '`') && !reason.includes('quoted scalar')) return here('BAD_SCALAR_START', `A plain value cannot start with ${c} (reserved in YAML): quote it`);
  if (reason.startsWith('tab characters')) return here('TAB_AS_INDENT', 'Tabs are not allowed as indentation');
  if (reason.startsWith('bad indentation')) return here('BAD_INDENT', shortText(capitalized(reason), 160));
  if (reason.startsWith('nesting exceeded')) return here('TOO_DEEP', `Nested too deeply for the YAML parser to read: more than ${MAX_DEPTH} levels`);
  if (/quoted scalar$/.test(reason)) {
    const quote = skipProperties(text, node, at);
    const q = text.charAt(quote);
    if (q === '"' || q === "'") return { offset: quote, end: null, code: 'MISSING_CHAR', what: 'YAML syntax error', text: `Missing closing ${q}quote: the quoted text runs on to line ${pos.at(at).line + 1}` };
  }
  if (reason.endsWith('within a flow collection')) {
    const bracket = skipProperties(text, node, at);
    const b = text.charAt(bracket);
    if (b === '[' || b === '{') return { offset: bracket, end: null, code: 'MISSING_CHAR', what: 'YAML syntax error', text: `Missing closing ${b === '[' ? ']' : '}'}: the flow collection runs on to the end of the front matter` };
  }
  if (/^unknown tag|explicit tag$|^unacceptable node kind for !</.test(reason)) {
    const tag = tagAt(text, node, at);
    if (tag) {
      const written = shortText(text.slice(tag, tokenEnd(text, tag)), 80);
      const why = reason.startsWith('unknown tag') ? "does not resolve: PyYAML's safe loader (huggingface_hub) would refuse the block" : 'does not fit the value it tags';
      return { offset: tag, end: tokenEnd(text, tag), code: 'TAG_RESOLVE_FAILED', what: 'YAML error', text: `Tag ${written} ${why}` };
    }
  }
  const alias = /^unidentified alias "(.*)"$/.exec(reason);
  if (alias) {
    const name = alias[1] ?? '';
    const start = text.charAt(at - name.length - 1) === '*' ? at - name.length - 1 : at;
    const shown = shortText(name, 80);
    return { offset: start, end: start === at ? null : at, code: 'UNKNOWN_ALIAS', what: 'YAML error', text: `Alias *${shown} has no anchor &${shown} before it` };
  }
  return here('YAML_SYNTAX', shortText(capitalized(reason), 160));
}

/** A `---` or `...` line after the first document: js-yaml read a second one. */
function separatorProblem(text: string, from: number): Located {
  let line = text.lastIndexOf('\n', from) + 1;
  while (line > 0 && line < text.length && !(text.startsWith('---', line) || text.startsWith('...', line))) {
    const nl = text.indexOf('\n', line);
    line = nl < 0 ? text.length : nl + 1;
  }
  const message = 'A line starting with `---` or `...` ends the YAML here: front matter is one YAML document';
  return { offset: Math.min(line, text.length), end: null, code: 'MULTIPLE_DOCUMENTS', what: 'YAML syntax error', text: message };
}

/** Past a node's anchor (`&a `), to where a quote or bracket would be. */
function skipProperties(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text.charAt(i) === '&' || text.charAt(i) === '!')) {
    i = tokenEnd(text, i);
    while (i < to && (text.charAt(i) === ' ' || text.charAt(i) === '\t' || text.charAt(i) === '\n')) i++;
  }
  return i;
}

/** The tag (`!…`) among a node's properties, or null. */
function tagAt(text: string, from: number, to: number): number | null {
  let i = from;
  while (i < to && text.charAt(i) === '&') {
    i = tokenEnd(text, i);
    while (i < to && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i++;
  }
  return text.charAt(i) === '!' ? i : null;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The end of a tag or anchor: the next blank or line break. */
function tokenEnd(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); i < text.length && c !== 32 && c !== 9 && c !== 10; c = text.charCodeAt(++i));
  return i;
}

/** The character at which the line holding `offset` ends. */
function lineEnd(text: string, offset: number, pos: YamlPositions): number {
  let nl = text.indexOf('\n', offset);
  if (nl < 0) nl = text.length;
  return pos.at(nl).character;
}

/**
 * Whether gray-matter reads this block as it is: it ends a block at the first line that starts with
 * `---`, and strips comment lines with `/^\s*#[^\n]+/gm`, which rescans a run of blank lines from each
 * of its lines (quadratic: 40,000 blank lines took 1.7 s). Such a block goes to the parser directly.
 */
function grayMatterReads(text: string): boolean {
  if (text.includes('\n---')) return false;
  // Most front matter has no blank line at all: then there is nothing to rescan.
  if (!BLANK_LINE.test(text)) return true;
  let rescans = 0;
  let runStart = -1;
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12) {
      if (runStart < 0) {
        runStart = i;
        breaks = 0;
      }
      if (c === 10) breaks++;
    } else if (runStart >= 0) {
      rescans += breaks * (i - runStart);
      runStart = -1;
    }
  }
  if (runStart >= 0) rescans += breaks * (text.length - runStart);
  return rescans <= 4 * text.length + 100_000;
}

/**
 * Whether gray-matter would hand `text` (a block it reads whole: no `\n---`) to the engine unchanged: it
 * does unless every line is blank or a comment once `/^\s*#[^\n]+/gm` is removed. A line whose first
 * non-`\s` character is not `#` always stays, so such a block is parsed without going through it.
 */
export function hasContentLine(text: string): boolean {
  if (text.includes('\n---')) return false;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStart = true;
    else if (!lineStart || c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITE.test(text.charAt(i)))) continue;
    else if (c === 35) lineStart = false;
    else return true;
  }
  return false;
}

const WHITE = /\s/;

// Linear: each attempt starts at a line break and scans only the blanks after it.
const BLANK_LINE = /\n[ \t\r\v\f]*\n/;

