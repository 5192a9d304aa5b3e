// The YAML of a front matter block: gray-matter reads the block, the `yaml` package parses it (every
// node keeps its source range), and the tree walk turns it into entries and data. Loaded lazily.
import matter from 'gray-matter';
import { isDocument, isMap, parseDocument, type Document, type YAMLError } from 'yaml';
import { LineIndex } from '../text';
import type { Range } from '../types';
import { shortText } from './describe';
import type { FrontMatterEntry, FrontMatterProblem } from './frontMatter';
import { readTree, YamlPositions } from './yamlTree';

/** What one block of YAML holds. */
export interface YamlBlock {
  /** The top-level mapping (null-prototype objects throughout); null on a YAML error or when it is not a mapping. */
  data: Record<string, unknown> | null;
  entries: FrontMatterEntry[];
  problems: FrontMatterProblem[];
}

// yaml warns about these, but PyYAML's safe_load (huggingface_hub's reader) refuses the whole block.
const REJECTED_BY_THE_HUB: ReadonlySet<string> = new Set(['TAG_RESOLVE_FAILED', 'BAD_COLLECTION_TYPE']);

/** YAML problems past this many are counted, not listed: an unclosed `[` 10,000 deep makes a thousand. */
export const MAX_REPORTED = 20;

// YAML 1.2 core schema (2024-05 stays text, as with js-yaml's CORE_SCHEMA before); duplicate keys are not
// errors (PyYAML and the Hub let the last one win, and a rule reports them); `<<` is an ordinary key, as
// in js-yaml's core schema; no `!!timestamp`/`!!binary` objects; nothing logged.
const OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  uniqueKeys: false,
  prettyErrors: false,
  logLevel: 'error',
  intAsBigInt: false,
} as const;

type ParsedDocument = Document.Parsed;

/**
 * Reads a block of YAML. `text` starts with the line break after the opening `---`, so its line `n`
 * is document line `baseLine + n`; lines are joined by `\n` whatever the document uses.
 */
export function readYamlBlock(text: string, baseLine: number): YamlBlock {
  const doc = read(text);
  const pos = new YamlPositions(text, new LineIndex(text), baseLine);
  const root = doc?.contents ?? null;
  if (root === null) {
    const failed = doc !== null && doc.errors.length > 0;
    return { data: failed ? null : (Object.create(null) as Record<string, unknown>), entries: [], problems: yamlProblems(doc, pos, new Map()) };
  }
  if (!isMap(root)) {
    const start = pos.at(root.range[0]);
    const range = { start, end: { line: start.line, character: lineEnd(text, root.range[0], pos) } };
    const message = 'Front matter must be a mapping of keys to values (`model_name: …`).';
    return { data: null, entries: [], problems: [{ code: 'NOT_A_MAPPING', severity: 'error', message, range }, ...yamlProblems(doc, pos, new Map())] };
  }
  const tree = readTree(root, pos);
  const problems = yamlProblems(doc, pos, tree.unclosedQuotes);
  // A tag the Hub's loader rejects is an error too, but the data around it still reads.
  const failed = doc !== null && doc.errors.length > 0;
  return { data: failed ? null : tree.data, entries: tree.entries, problems: [...problems, ...tree.problems] };
}

/** gray-matter hands the block to our engine; the Document comes back as its `data`. */
function read(text: string): ParsedDocument | null {
  const parse = (s: string): ParsedDocument => parseDocument(s, OPTIONS);
  if (!grayMatterReads(text)) return parse(text);
  const refuse = (): never => {
    throw new Error('front matter is YAML');
  };
  const file = matter(`---${text}\n---\n`, { language: 'yaml', engines: { yaml: parse, javascript: refuse, js: refuse, json: refuse } });
  const data: unknown = file.data;
  // gray-matter skips a block of only comments and blank lines: that is an empty document.
  return isDocument(data) ? (data as ParsedDocument) : null;
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

// Linear: each attempt starts at a line break and scans only the blanks after it.
const BLANK_LINE = /\n[ \t\r\v\f]*\n/;

/**
 * yaml's errors and warnings, each at its own position; messages at one position make one problem, and
 * past MAX_REPORTED problems the rest are counted. A missing closing quote points at the opening one.
 */
function yamlProblems(doc: ParsedDocument | null, pos: YamlPositions, unclosedQuotes: ReadonlyMap<number, number>): FrontMatterProblem[] {
  if (!doc) return [];
  const found: { severity: 'error' | 'warning'; offset: number; code: string; texts: string[]; range: Range; runsOn: number | null }[] = [];
  const at = new Map<string, (typeof found)[number]>();
  let more = 0;
  const add = (e: YAMLError, severity: 'error' | 'warning'): void => {
    const opened = e.code === 'MISSING_CHAR' ? unclosedQuotes.get(e.pos[0]) : undefined;
    const offset = opened ?? e.pos[0];
    const text = e.code === 'TAG_RESOLVE_FAILED' ? tagMessage(pos.text, e) : e.code === 'RESOURCE_EXHAUSTION' ? 'Nested too deeply for the YAML parser to read' : shortText(firstLine(e.message), 160);
    const same = at.get(`${severity}@${offset}`);
    if (same) {
      // Another message at the same place: one problem naming both.
      if (same.texts.length < 3 && !same.texts.includes(text)) same.texts.push(text);
      return;
    }
    if (found.length >= MAX_REPORTED) {
      more++;
      return;
    }
    const start = pos.at(offset);
    const end = pos.at(opened === undefined ? e.pos[1] : offset);
    // Within the error's line: to yaml's end of the error, or to the line end when that is a point.
    const character = end.line === start.line && end.character > start.character ? end.character : Math.max(start.character, lineEnd(pos.text, offset, pos));
    const problem = { severity, offset, code: e.code, texts: [text], range: { start, end: { line: start.line, character } }, runsOn: opened === undefined ? null : pos.at(e.pos[0]).line };
    at.set(`${severity}@${offset}`, problem);
    found.push(problem);
  };
  for (const e of doc.errors) add(e, 'error');
  for (const w of doc.warnings) add(w, REJECTED_BY_THE_HUB.has(w.code) ? 'error' : 'warning');
  return found.map((p, i) => {
    const what = p.severity === 'warning' ? 'YAML warning' : REJECTED_BY_THE_HUB.has(p.code) ? 'YAML error' : 'YAML syntax error';
    const runsOn = p.runsOn === null ? '' : `: the quoted text runs on to line ${p.runsOn + 1}`;
    const tail = i === found.length - 1 && more > 0 ? ` ${more} more YAML problem${more === 1 ? '' : 's'} not listed.` : '';
    const { line, character } = p.range.start;
    const message = `${what}: ${p.texts.map((t, j) => (j === 0 ? t : lowerFirst(t))).join('; ')}${runsOn} (line ${line + 1}, column ${character + 1}).${tail}`;
    return { code: p.code, severity: p.severity, message, range: p.range };
  });
}

/** The character at which the line holding `offset` ends. */
function lineEnd(text: string, offset: number, pos: YamlPositions): number {
  let nl = text.indexOf('\n', offset);
  if (nl < 0) nl = text.length;
  return pos.at(nl).character;
}

/** A tag that does not resolve, as written (`!!python/object`), and what becomes of it. */
function tagMessage(text: string, e: YAMLError): string {
  const written = e.pos[1] > e.pos[0] ? text.slice(e.pos[0], Math.min(e.pos[1], e.pos[0] + 81)) : '';
  const tag = /^!\S*$/.test(written) ? `Tag ${shortText(written, 80)}` : 'A tag';
  return `${tag} does not resolve: PyYAML's safe loader (huggingface_hub) would refuse the block; here the value is read as if untagged`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return nl < 0 ? message : message.slice(0, nl);
}
