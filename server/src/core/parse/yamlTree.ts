// The parsed YAML tree -> front matter entries (every key and list item, with ranges) and plain data.
// One walk in document order does both. Aliases never expand: an alias shares its anchor's value,
// and the values reachable through aliases are counted against a budget ("billion laughs").
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Alias, type Pair, type ParsedNode, type Scalar } from 'yaml';
import type { LineIndex } from '../text';
import type { Position, Range } from '../types';
import { describeKey, shortText } from './describe';
import type { FrontMatterEntry, FrontMatterProblem, ScalarStyle, ValueKind } from './frontMatter';

/** Characters of a value's source text kept in an entry (and so at most in a message). */
export const RAW_LIMIT = 200;
/** Values reachable through aliases, in all; past this an alias is left unexpanded (null). */
export const MAX_ALIAS_EXPANSION = 10_000;
/** Deeper nodes are not read: no real card nests this far, and the walk stays shallow on any input. */
export const MAX_DEPTH = 100;
/** Alias and depth problems listed before the rest are only counted. */
const MAX_TREE_PROBLEMS = 20;

/** Offsets of the YAML text -> document positions: line 0 of the YAML text is document line `baseLine`. */
export class YamlPositions {
  constructor(
    readonly text: string,
    private readonly index: LineIndex,
    private readonly baseLine: number,
  ) {}

  at(offset: number): Position {
    const p = this.index.positionAt(offset);
    return { line: p.line + this.baseLine, character: p.character };
  }

  range(start: number, end: number): Range {
    return { start: this.at(start), end: this.at(Math.max(start, end)) };
  }
}

export interface TreeResult {
  data: Record<string, unknown>;
  entries: FrontMatterEntry[];
  problems: FrontMatterProblem[];
  /** Quoted scalars without their closing quote: where each ends -> where its quote opens. */
  unclosedQuotes: Map<number, number>;
}

interface Anchor {
  value: unknown;
  /** Values in the anchored node when fully expanded (1 for a scalar). */
  size: number;
  /** Still being read: an alias to it is a cycle. */
  open: boolean;
}

interface Read {
  value: unknown;
  size: number;
}

type Path = (string | number)[];

/** Walks a top-level mapping: entries for every key and item, and the data, with null-prototype objects. */
export function readTree(root: ParsedNode, pos: YamlPositions): TreeResult {
  const walk = new Walk(pos);
  const data = walk.node(root, [], 0, true).value as Record<string, unknown>;
  walk.finish();
  return { data, entries: walk.entries, problems: walk.problems, unclosedQuotes: walk.unclosedQuotes };
}

class Walk {
  readonly entries: FrontMatterEntry[] = [];
  readonly problems: FrontMatterProblem[] = [];
  readonly unclosedQuotes = new Map<number, number>();
  private readonly anchors = new Map<string, Anchor>();
  private aliasBudget = MAX_ALIAS_EXPANSION;
  private refused: { problem: FrontMatterProblem; count: number } | null = null;
  private tooDeep = false;
  private unlisted = 0;
  private readonly text: string;

  constructor(private readonly pos: YamlPositions) {
    this.text = pos.text;
  }

  /** Reads a node at `path`; `live` when no later duplicate key replaces it (or an ancestor). */
  node(node: ParsedNode | null, path: Path, depth: number, live: boolean): Read {
    if (node === null) return { value: null, size: 1 };
    if (depth > MAX_DEPTH) return this.deep(node);
    const anchor = isAlias(node) ? undefined : node.anchor;
    if (anchor !== undefined) this.anchors.set(anchor, { value: null, size: 1, open: true });
    let read: Read;
    if (isScalar(node)) {
      read = { value: scalarValue(node), size: 1 };
      this.noteQuote(node);
    } else if (isAlias(node)) read = this.alias(node);
    else if (isMap(node)) read = this.map(node.items, path, depth, live);
    else read = this.seq(node.items, path, depth, live);
    // A later anchor of the same name replaces this one for the aliases after it.
    if (anchor !== undefined) this.anchors.set(anchor, { value: read.value, size: read.size, open: false });
    return read;
  }

  private map(pairs: Pair<ParsedNode | null, ParsedNode | null>[], path: Path, depth: number, live: boolean): Read {
    const out = Object.create(null) as Record<string, unknown>;
    const keys = pairs.map((p) => this.keyText(p.key));
    // The last occurrence of a key wins, as in PyYAML (huggingface_hub); earlier ones stay visible as entries.
    const last = lastOccurrences(keys);
    let size = 1;
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i];
      const k = keys[i] ?? '';
      if (!pair) continue;
      const childPath = [...path, k];
      const childLive = live && (last === null || last.get(k) === i);
      this.entry(pair.value, childPath, childLive, this.keyRange(pair), k);
      const read = this.node(pair.value, childPath, depth + 1, childLive);
      out[k] = read.value;
      size += read.size;
    }
    return { value: out, size };
  }

  private seq(items: unknown[], path: Path, depth: number, live: boolean): Read {
    const out: unknown[] = [];
    let size = 1;
    for (let i = 0; i < items.length; i++) {
      // yaml composes a flow list's `key: value` items as one-key mappings; anything else unknown reads as empty.
      const item = items[i];
      const node = isNode(item) ? (item as ParsedNode) : null;
      const childPath = [...path, i];
      this.entry(node, childPath, live, this.itemRange(node), String(i));
      const read = this.node(node, childPath, depth + 1, live);
      out.push(read.value);
      size += read.size;
    }
    return { value: out, size };
  }

  /** An alias shares its anchor's value, within the expansion budget; never a copy, never a cycle. */
  private alias(node: Alias.Parsed): Read {
    const target = this.anchors.get(node.source);
    const range = this.nodeRange(node);
    const name = describeKey(node.source);
    if (!target) {
      this.problem('UNKNOWN_ALIAS', range, `Alias *${name} has no anchor &${name} before it: its value is empty.`, 'error');
      return { value: null, size: 1 };
    }
    if (target.open) {
      this.problem('ALIAS_CYCLE', range, `Alias *${name} is inside its own anchor &${name} (a cycle): its value is left empty.`, 'error');
      return { value: null, size: 1 };
    }
    if (target.size <= 1) return { value: target.value, size: 1 };
    if (target.size > this.aliasBudget) {
      if (this.refused) this.refused.count++;
      else {
        const message = `Aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values (a "billion laughs" shape): *${name} is left unexpanded`;
        this.refused = { problem: this.problem('ALIAS_LIMIT', range, message, 'error'), count: 1 };
      }
      return { value: null, size: 1 };
    }
    this.aliasBudget -= target.size;
    return { value: target.value, size: target.size };
  }

  private deep(node: ParsedNode): Read {
    if (!this.tooDeep) {
      this.tooDeep = true;
      this.problem('TOO_DEEP', this.nodeRange(node), `Front matter nests more than ${MAX_DEPTH} levels deep here; deeper values are not read.`, 'error');
    }
    return { value: null, size: 1 };
  }

  finish(): void {
    if (this.refused && this.refused.count > 1) this.refused.problem.message += ` (and ${this.refused.count - 1} more aliases)`;
    if (this.refused) this.refused.problem.message += '.';
    const last = this.problems[this.problems.length - 1];
    if (last && this.unlisted > 0) last.message += ` ${this.unlisted} more alias problem${this.unlisted === 1 ? '' : 's'} not listed.`;
  }

  private entry(value: ParsedNode | null, path: Path, live: boolean, keyRange: Range, name: string): void {
    const kind = valueKind(value);
    const valueRange = value?.range ? this.valueRange(value) : { start: keyRange.end, end: keyRange.end };
    const entry: FrontMatterEntry = {
      key: name,
      keyRange,
      raw: this.raw(value, kind),
      valueRange,
      line: keyRange.start.line,
      path,
      indent: keyRange.start.character,
      item: typeof path[path.length - 1] === 'number',
      kind,
      style: kind === 'scalar' && isScalar(value) ? scalarStyle(value) : null,
      overridden: !live,
    };
    this.entries.push(entry);
  }

  /** Source text of a scalar, an alias or a flow collection, bounded; empty for block collections and empty values. */
  private raw(value: ParsedNode | null, kind: ValueKind): string {
    if (!value?.range || kind === 'null') return '';
    if ((kind === 'map' || kind === 'seq') && !(value as { flow?: boolean }).flow) return '';
    const [start, end] = this.trimmed(value.range[0], value.range[1]);
    return shortText(this.text.slice(start, Math.min(end, start + RAW_LIMIT + 1)), RAW_LIMIT);
  }

  /** Remembers a quoted scalar that lacks its closing quote, so the error can point at the opening one. */
  private noteQuote(node: Scalar.Parsed): void {
    if (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') return;
    const [start, end] = node.range;
    const quote = node.type === 'QUOTE_DOUBLE' ? 34 : 39;
    if (end - start < 2 || this.text.charCodeAt(end - 1) !== quote) this.unclosedQuotes.set(end, start);
  }

  /** A key's text; a quoted key without its quotes. */
  private keyRange(pair: Pair<ParsedNode | null, ParsedNode | null>): Range {
    const key = pair.key;
    if (isScalar(key)) this.noteQuote(key);
    if (key?.range) {
      let [start, end] = this.trimmed(key.range[0], key.range[1]);
      if (isScalar(key) && (key.type === 'QUOTE_DOUBLE' || key.type === 'QUOTE_SINGLE') && end - start >= 2) {
        start++;
        end--;
      }
      return this.pos.range(start, end);
    }
    // An empty key (`: value`): a point before the value.
    const at = pair.value?.range?.[0] ?? 0;
    return this.pos.range(at, at);
  }

  /** A list item's `-`, found just before the item; a point at the item in a flow list. */
  private itemRange(node: ParsedNode | null): Range {
    const start = node?.range?.[0] ?? 0;
    let i = start;
    // Only blanks and line breaks may stand between `-` and its item: a bounded look back.
    while (i > 0 && start - i < RAW_LIMIT && isBlank(this.text.charCodeAt(i - 1))) i--;
    if (i > 0 && this.text.charCodeAt(i - 1) === 45 /* - */ && (i - 1 === 0 || isBlank(this.text.charCodeAt(i - 2)))) return this.pos.range(i - 1, i);
    return this.pos.range(start, start);
  }

  private valueRange(node: ParsedNode): Range {
    return this.pos.range(node.range[0], this.contentEnd(node));
  }

  /** Where a value's text ends: a block collection at its last value, not at a comment after it. */
  private contentEnd(node: ParsedNode): number {
    let last: ParsedNode = node;
    for (let guard = 0; guard <= MAX_DEPTH && (isMap(last) || isSeq(last)) && !last.flow; guard++) {
      const item: unknown = last.items[last.items.length - 1];
      const next = isPair(item) ? ((item.value ?? item.key) as ParsedNode | null) : (item as ParsedNode | undefined);
      if (!next?.range) break;
      last = next;
    }
    return this.trimmed(last.range[0], last.range[1])[1];
  }

  private nodeRange(node: ParsedNode): Range {
    return this.pos.range(node.range[0], this.trimmed(node.range[0], node.range[1])[1]);
  }

  /** Without the trailing blanks and line breaks a block collection or block scalar ends with. */
  private trimmed(start: number, end: number): [number, number] {
    let e = Math.min(end, this.text.length);
    while (e > start && isBlank(this.text.charCodeAt(e - 1))) e--;
    return [start, e];
  }

  /** A mapping key as text: scalars as their value reads (`1` -> "1"), anything else as its source, bounded. */
  private keyText(node: ParsedNode | null): string {
    if (node === null) return '';
    if (isScalar(node)) {
      if (node.range[0] === node.range[1]) return '';
      const v = scalarValue(node);
      return typeof v === 'string' ? v : String(v);
    }
    if (isAlias(node)) {
      const target = this.anchors.get(node.source);
      if (target && !target.open && (target.value === null || typeof target.value !== 'object')) return String(target.value);
    }
    const [start, end] = this.trimmed(node.range[0], node.range[1]);
    return shortText(this.text.slice(start, Math.min(end, start + RAW_LIMIT + 1)), RAW_LIMIT);
  }

  private problem(code: string, range: Range, message: string, severity: 'error' | 'warning'): FrontMatterProblem {
    const p: FrontMatterProblem = { code, range, message, severity };
    // Ten thousand aliases to nothing make one problem each only up to a point.
    if (this.problems.length < MAX_TREE_PROBLEMS) this.problems.push(p);
    else this.unlisted++;
    return p;
  }
}

/** Where each key last occurs, or null when no key repeats (the usual case, checked without a Map for small mappings). */
function lastOccurrences(keys: readonly string[]): Map<string, number> | null {
  if (keys.length < 2) return null;
  if (keys.length <= 8) {
    let repeats = false;
    for (let i = 1; i < keys.length && !repeats; i++) for (let j = 0; j < i; j++) if (keys[i] === keys[j]) repeats = true;
    if (!repeats) return null;
  }
  const last = new Map<string, number>();
  keys.forEach((k, i) => last.set(k, i));
  return last.size === keys.length ? null : last;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** A scalar's value as the YAML 1.2 core schema reads it: text, number, boolean or null. */
function scalarValue(node: Scalar): unknown {
  const v = node.value;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return typeof v === 'bigint' ? Number(v) : String(node.source ?? '');
}

function valueKind(node: ParsedNode | null): ValueKind {
  if (node === null) return 'null';
  if (isScalar(node)) return node.range[0] === node.range[1] && node.value === null ? 'null' : 'scalar';
  if (isAlias(node)) return 'alias';
  return isMap(node) ? 'map' : 'seq';
}

function scalarStyle(node: Scalar): ScalarStyle {
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return 'quoted';
  return node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? 'block' : 'plain';
}
