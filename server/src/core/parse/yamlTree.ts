// The node tree from js-yaml's events -> front matter entries (every key and list item, with ranges) and
// plain data. One walk in document order does both. Aliases never expand: an alias shares its anchor's
// value, and the values reachable through aliases are counted against a budget ("billion laughs").
import type { Position, Range } from '../types';
import { describeKey, shortText } from './describe';
import type { FrontMatterEntry, FrontMatterProblem, ValueKind } from './frontMatter';
import type { YAlias, YMap, YNode, YSeq } from './yamlEvents';

/** Characters of a value's source text kept in an entry (and so at most in a message). */
export const RAW_LIMIT = 200;
/** Values reachable through aliases, in all; past this an alias is left unexpanded (null). */
export const MAX_ALIAS_EXPANSION = 10_000;
/** Deeper nodes are not read: no real card nests this far (js-yaml is stopped there too). */
export const MAX_DEPTH = 100;
/** Alias and depth problems listed before the rest are only counted. */
const MAX_TREE_PROBLEMS = 20;

/** Offsets of the YAML text -> document positions: line 0 of the YAML text is document line `baseLine`. */
export class YamlPositions {
  /** Offset of each line's first character (lines end with `\n` only). */
  private readonly starts: number[] = [0];
  /** The line of the last lookup: entries come in document order, so the next is on it or just after. */
  private line = 0;

  constructor(
    readonly text: string,
    private readonly baseLine: number,
  ) {
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) this.starts.push(nl + 1);
  }

  at(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    let line = this.line;
    while (line + 1 < starts.length && (starts[line + 1] ?? 0) <= o) line++;
    while (line > 0 && (starts[line] ?? 0) > o) line--;
    this.line = line;
    return { line: line + this.baseLine, character: o - (starts[line] ?? 0) };
  }

  range(start: number, end: number): Range {
    return { start: this.at(start), end: this.at(Math.max(start, end)) };
  }
}

export interface TreeResult {
  data: Record<string, unknown>;
  entries: FrontMatterEntry[];
  problems: FrontMatterProblem[];
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
export function readTree(root: YMap, pos: YamlPositions): TreeResult {
  const walk = new Walk(pos);
  const data = walk.node(root, [], 0, true).value as Record<string, unknown>;
  walk.finish();
  return { data, entries: walk.entries, problems: walk.problems };
}

class Walk {
  readonly entries: FrontMatterEntry[] = [];
  readonly problems: FrontMatterProblem[] = [];
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
  node(node: YNode, path: Path, depth: number, live: boolean): Read {
    if (depth > MAX_DEPTH) return this.deep(node);
    const anchor = node.anchor;
    if (anchor !== null) this.anchors.set(anchor, { value: null, size: 1, open: true });
    let read: Read;
    if (node.type === 'scalar') read = { value: node.value, size: 1 };
    else if (node.type === 'null') read = { value: null, size: 1 };
    else if (node.type === 'alias') read = this.alias(node);
    else if (node.type === 'map') read = this.map(node, path, depth, live);
    else read = this.seq(node, path, depth, live);
    // A later anchor of the same name replaces this one for the aliases after it.
    if (anchor !== null) this.anchors.set(anchor, { value: read.value, size: read.size, open: false });
    return read;
  }

  private map(node: YMap, path: Path, depth: number, live: boolean): Read {
    const out = Object.create(null) as Record<string, unknown>;
    const keys = node.pairs.map((p) => this.keyText(p.key));
    // The last occurrence of a key wins, as in PyYAML (huggingface_hub); earlier ones stay visible as entries.
    const last = lastOccurrences(keys);
    let size = 1;
    for (let i = 0; i < node.pairs.length; i++) {
      const pair = node.pairs[i];
      const k = keys[i] ?? '';
      if (!pair) continue;
      const childPath = path.slice();
      childPath.push(k);
      const childLive = live && (last === null || last.get(k) === i);
      const keyRange = this.keyRange(pair.key, pair.value);
      this.entry(pair.value, childPath, childLive, keyRange, k);
      const read = pair.value ? this.node(pair.value, childPath, depth + 1, childLive) : { value: null, size: 1 };
      out[k] = read.value;
      size += read.size;
    }
    return { value: out, size };
  }

  private seq(node: YSeq, path: Path, depth: number, live: boolean): Read {
    const out: unknown[] = [];
    let size = 1;
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i];
      if (!item) continue;
      const childPath = path.slice();
      childPath.push(i);
      const at = item.dash >= 0 ? this.pos.range(item.dash, item.dash + 1) : this.pos.range(item.node.start, item.node.start);
      this.entry(item.node, childPath, live, at, String(i));
      const read = this.node(item.node, childPath, depth + 1, live);
      out.push(read.value);
      size += read.size;
    }
    return { value: out, size };
  }

  /** An alias shares its anchor's value, within the expansion budget; never a copy, never a cycle. */
  private alias(node: YAlias): Read {
    const target = this.anchors.get(node.name);
    const range = this.pos.range(node.start, node.end);
    const name = describeKey(node.name);
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

  private deep(node: YNode): Read {
    if (!this.tooDeep) {
      this.tooDeep = true;
      this.problem('TOO_DEEP', this.pos.range(node.start, node.end), `Front matter nests more than ${MAX_DEPTH} levels deep here; deeper values are not read.`, 'error');
    }
    return { value: null, size: 1 };
  }

  finish(): void {
    if (this.refused && this.refused.count > 1) this.refused.problem.message += ` (and ${this.refused.count - 1} more aliases)`;
    if (this.refused) this.refused.problem.message += '.';
    const last = this.problems[this.problems.length - 1];
    if (last && this.unlisted > 0) last.message += ` ${this.unlisted} more alias problem${this.unlisted === 1 ? '' : 's'} not listed.`;
  }

  private entry(value: YNode | null, path: Path, live: boolean, keyRange: Range, name: string): void {
    const kind = valueKind(value);
    const entry: FrontMatterEntry = {
      key: name,
      keyRange,
      raw: this.raw(value),
      valueRange: value ? this.pos.range(value.start, value.end) : { start: keyRange.end, end: keyRange.end },
      line: keyRange.start.line,
      path,
      indent: keyRange.start.character,
      item: typeof path[path.length - 1] === 'number',
      kind,
      style: value?.type === 'scalar' ? value.style : null,
      overridden: !live,
    };
    this.entries.push(entry);
  }

  /** Source text of a scalar, an alias or a flow collection, bounded; empty for block collections and empty values. */
  private raw(value: YNode | null): string {
    if (!value || value.type === 'null' || ((value.type === 'map' || value.type === 'seq') && !value.flow)) return '';
    return shortText(this.text.slice(value.start, Math.min(value.end, value.start + RAW_LIMIT + 1)), RAW_LIMIT);
  }

  /** A key's text; a quoted key without its quotes; an empty key, a point before its value. */
  private keyRange(key: YNode, value: YNode | null): Range {
    let { start, end } = key;
    if (key.type === 'null' && value) start = end = value.start;
    else if (key.type === 'scalar' && key.style === 'quoted' && end - start >= 2) {
      start++;
      end--;
    }
    return this.pos.range(start, end);
  }

  /** A mapping key as text: scalars as their value reads (`1` -> "1"), anything else as its source, bounded. */
  private keyText(node: YNode): string {
    if (node.type === 'null') return '';
    if (node.type === 'scalar') return typeof node.value === 'string' ? node.value : String(node.value);
    if (node.type === 'alias') {
      const target = this.anchors.get(node.name);
      if (target && !target.open && (target.value === null || typeof target.value !== 'object')) return String(target.value);
    }
    return shortText(this.text.slice(node.start, Math.min(node.end, node.start + RAW_LIMIT + 1)), RAW_LIMIT);
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

function valueKind(node: YNode | null): ValueKind {
  if (node === null || node.type === 'null') return 'null';
  return node.type;
}
