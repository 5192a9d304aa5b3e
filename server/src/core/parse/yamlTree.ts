// The node tree from js-yaml's events -> front matter entries (every key and list item, with ranges) and
// plain data. One walk in document order does both. Aliases never expand: an alias shares its anchor's
// value, and the values reachable through aliases are counted against a budget ("billion laughs").
import type { Position, Range } from '../types';
import { lastAtOrBefore, toLf } from '../text';
import { describeKey, shortText } from './describe';
import type { FrontMatterEntry, FrontMatterProblem, ScalarStyle, ValueKind } from './frontMatter';
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
  /** Offset of each line's first character (lines end with `\n` only); found on the first lookup (a card whose entries' ranges are never read needs none). */
  private lineStarts: number[] | null = null;
  /** The line of the last lookup: the walk goes in document order, so the next is on it or just after. */
  private line = 0;

  constructor(
    readonly text: string,
    readonly baseLine: number,
  ) {}

  at(offset: number): Position {
    const o = this.clamp(offset);
    const line = this.lineIndex(o);
    return { line: line + this.baseLine, character: o - (this.starts[line] ?? 0) };
  }

  range(start: number, end: number): Range {
    return { start: this.at(start), end: this.at(Math.max(start, end)) };
  }

  /** The document line of an offset. */
  lineOf(offset: number): number {
    return this.lineIndex(this.clamp(offset)) + this.baseLine;
  }

  /** The column of an offset. */
  characterOf(offset: number): number {
    const o = this.clamp(offset);
    return o - (this.starts[this.lineIndex(o)] ?? 0);
  }

  private get starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
    return (this.lineStarts = starts);
  }

  private clamp(offset: number): number {
    return offset < 0 ? 0 : offset > this.text.length ? this.text.length : offset;
  }

  /** The line (of the YAML text) holding offset `o`: the last lookup's line or the next, else a binary search. */
  private lineIndex(o: number): number {
    const starts = this.starts;
    const line = this.line;
    if ((starts[line] ?? 0) <= o) {
      if (line + 1 >= starts.length || o < (starts[line + 1] ?? 0)) return line;
      if (line + 2 >= starts.length || o < (starts[line + 2] ?? 0)) return (this.line = line + 1);
    }
    // Ranges read later, and the ends of collections, jump about: a walk back line by line was quadratic.
    return (this.line = lastAtOrBefore(starts, o));
  }
}

export interface TreeResult {
  data: Record<string, unknown>;
  entries: FrontMatterEntry[];
  /** The entries of the top-level keys. */
  top: FrontMatterEntry[];
  problems: FrontMatterProblem[];
}

interface Anchor {
  value: unknown;
  /** Values in the anchored node when fully expanded (1 for a scalar). */
  size: number;
  /** Still being read: an alias to it is a cycle. */
  open: boolean;
}

export type Path = (string | number)[];

/** Walks a top-level mapping: entries for every key and item, and the data, with null-prototype objects. */
export function readTree(root: YMap, pos: YamlPositions): TreeResult {
  const walk = new Walk(pos);
  const data = walk.node(root, [], 0, true) as Record<string, unknown>;
  walk.finish();
  return { data, entries: walk.entries, top: walk.top, problems: walk.problems };
}

/**
 * A front matter entry whose ranges are made when first read: a check reads few of them (a finding's
 * place, a fix), and making them all cost six objects per key. Made by the tree walk here and by the
 * simple reader (yamlSimple.ts), which knows each key's line and column as it reads.
 */
export class Entry implements FrontMatterEntry {
  private keyRangeMade: Range | null = null;
  private valueRangeMade: Range | null = null;
  /** Set when a later duplicate key (of this entry or one above it) is read. */
  overridden: boolean;

  constructor(
    private readonly pos: YamlPositions,
    readonly key: string,
    /** The entry above this one (null at the top), and this entry's own key (or list index) below it. */
    private readonly up: Entry | null,
    private readonly step: string | number,
    /** The entry's path when its reader made one; else made from `up` when read. */
    private pathMade: Path | null,
    /** The value has source text to keep (a scalar, an alias, a flow collection): `raw` is cut from it when read. */
    public hasRaw: boolean,
    public kind: ValueKind,
    public style: ScalarStyle | null,
    overridden: boolean,
    readonly item: boolean,
    private readonly keyStart: number,
    private readonly keyEnd: number,
    /** The value's offsets; -1 for an empty value (a point at the key's end). */
    public valueStart: number,
    public valueEnd: number,
    /** The document line and column of `keyStart`. */
    readonly line: number,
    readonly indent: number,
  ) {
    this.overridden = overridden;
  }

  get keyRange(): Range {
    return (this.keyRangeMade ??= this.pos.range(this.keyStart, this.keyEnd));
  }

  /** Keys and list indices from the top; made when first read (most entries' never are). */
  get path(): Path {
    return (this.pathMade ??= this.up === null ? [this.step] : this.up.path.concat(this.step));
  }

  /** The value as written, bounded; rules read it for a few keys only, so it is cut when asked for. */
  get raw(): string {
    return this.hasRaw ? rawText(this.pos.text, this.valueStart, this.valueEnd) : '';
  }

  get valueRange(): Range {
    if (this.valueRangeMade) return this.valueRangeMade;
    if (this.valueStart >= 0) return (this.valueRangeMade = this.pos.range(this.valueStart, this.valueEnd));
    const end = this.keyRange.end;
    return (this.valueRangeMade = { start: end, end });
  }
}

/**
 * An entry's `raw`: the source text from `start` to `end`, bounded. A value across `\r\n` lines reads as
 * across `\n` lines (the simple reader takes `\r\n` texts as they are; js-yaml gets them made `\n`).
 */
export function rawText(text: string, start: number, end: number): string {
  // Each `\r\n` is one character once made `\n`: twice the limit holds the limit's worth.
  const cut = text.slice(start, Math.min(end, start + 2 * (RAW_LIMIT + 1)));
  return shortText(toLf(cut).slice(0, RAW_LIMIT + 1), RAW_LIMIT);
}

class Walk {
  readonly entries: FrontMatterEntry[] = [];
  readonly top: FrontMatterEntry[] = [];
  readonly problems: FrontMatterProblem[] = [];
  private readonly anchors = new Map<string, Anchor>();
  private aliasBudget = MAX_ALIAS_EXPANSION;
  private refused: { problem: FrontMatterProblem; count: number } | null = null;
  private tooDeep = false;
  private unlisted = 0;
  /** Values in the node read last when fully expanded (1 for a scalar): set beside the value returned, with no object per node. */
  private size = 1;
  private readonly text: string;

  constructor(private readonly pos: YamlPositions) {
    this.text = pos.text;
  }

  /** Reads a node at `path` (its value; its size in `size`); `live` when no later duplicate key replaces it (or an ancestor). */
  node(node: YNode, path: Path, depth: number, live: boolean): unknown {
    if (depth > MAX_DEPTH) return this.deep(node);
    const anchor = node.anchor;
    if (anchor !== null) this.anchors.set(anchor, { value: null, size: 1, open: true });
    let value: unknown;
    this.size = 1;
    if (node.type === 'scalar') value = node.value;
    else if (node.type === 'null') value = null;
    else if (node.type === 'alias') value = this.alias(node);
    else if (node.type === 'map') value = this.map(node, path, depth, live);
    else value = this.seq(node, path, depth, live);
    // A later anchor of the same name replaces this one for the aliases after it.
    if (anchor !== null) this.anchors.set(anchor, { value, size: this.size, open: false });
    return value;
  }

  private map(node: YMap, path: Path, depth: number, live: boolean): unknown {
    const out = Object.create(null) as Record<string, unknown>;
    const keys = node.pairs.map((p) => this.keyText(p.key));
    // The last occurrence of a key wins, as in PyYAML (huggingface_hub); earlier ones stay visible as entries.
    const last = lastOccurrences(keys);
    let size = 1;
    for (let i = 0; i < node.pairs.length; i++) {
      const pair = node.pairs[i];
      const k = keys[i] ?? '';
      if (!pair) continue;
      // concat allocates the exact length; slice and push left room for 16 more (a card's entries are kept).
      const childPath = path.concat(k);
      const childLive = live && (last === null || last.get(k) === i);
      const { key, value } = pair;
      // The key's text; a quoted key without its quotes; an empty key, a point before its value.
      let start = key.start;
      let end = key.end;
      if (key.type === 'null' && value) start = end = value.start;
      else if (key.type === 'scalar' && key.style === 'quoted' && end - start >= 2) {
        start++;
        end--;
      }
      this.entry(value, childPath, childLive, start, end, k, false);
      if (value) {
        out[k] = this.node(value, childPath, depth + 1, childLive);
        size += this.size;
      } else {
        out[k] = null;
        size++;
      }
    }
    this.size = size;
    return out;
  }

  private seq(node: YSeq, path: Path, depth: number, live: boolean): unknown {
    const out: unknown[] = [];
    let size = 1;
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i];
      if (!item) continue;
      const childPath = path.concat(i);
      // The item's `-`, or a point at the item in a flow list.
      const at = item.dash >= 0 ? item.dash : item.node.start;
      this.entry(item.node, childPath, live, at, item.dash >= 0 ? at + 1 : at, String(i), true);
      out.push(this.node(item.node, childPath, depth + 1, live));
      size += this.size;
    }
    this.size = size;
    return out;
  }

  /** An alias shares its anchor's value, within the expansion budget; never a copy, never a cycle. */
  private alias(node: YAlias): unknown {
    const target = this.anchors.get(node.name);
    const name = describeKey(node.name);
    if (!target) {
      this.problem('UNKNOWN_ALIAS', this.pos.range(node.start, node.end), `Alias *${name} has no anchor &${name} before it: its value is empty.`, 'error');
      return null;
    }
    if (target.open) {
      this.problem('ALIAS_CYCLE', this.pos.range(node.start, node.end), `Alias *${name} is inside its own anchor &${name} (a cycle): its value is left empty.`, 'error');
      return null;
    }
    if (target.size <= 1) return target.value;
    if (target.size > this.aliasBudget) {
      if (this.refused) this.refused.count++;
      else {
        const message = `Aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values (a "billion laughs" shape): *${name} is left unexpanded`;
        this.refused = { problem: this.problem('ALIAS_LIMIT', this.pos.range(node.start, node.end), message, 'error'), count: 1 };
      }
      return null;
    }
    this.aliasBudget -= target.size;
    this.size = target.size;
    return target.value;
  }

  private deep(node: YNode): unknown {
    if (!this.tooDeep) {
      this.tooDeep = true;
      this.problem('TOO_DEEP', this.pos.range(node.start, node.end), `Front matter nests more than ${MAX_DEPTH} levels deep here; deeper values are not read.`, 'error');
    }
    this.size = 1;
    return null;
  }

  finish(): void {
    if (this.refused && this.refused.count > 1) this.refused.problem.message += ` (and ${this.refused.count - 1} more aliases)`;
    if (this.refused) this.refused.problem.message += '.';
    const last = this.problems[this.problems.length - 1];
    if (last && this.unlisted > 0) last.message += ` ${this.unlisted} more alias problem${this.unlisted === 1 ? '' : 's'} not listed.`;
  }

  private entry(value: YNode | null, path: Path, live: boolean, keyStart: number, keyEnd: number, name: string, item: boolean): void {
    const style = value?.type === 'scalar' ? value.style : null;
    const valueStart = value ? value.start : -1;
    const valueEnd = value ? value.end : -1;
    const line = this.pos.lineOf(keyStart);
    const indent = this.pos.characterOf(keyStart);
    // The walk makes every path (its rare blocks are not worth sparing): the entry's parent and step go unused.
    const entry = new Entry(this.pos, name, null, name, path, hasRaw(value), valueKind(value), style, !live, item, keyStart, keyEnd, valueStart, valueEnd, line, indent);
    this.entries.push(entry);
    if (path.length === 1) this.top.push(entry);
  }

  /** A mapping key as text: scalars as their value reads (`1` -> "1"), anything else as its source, bounded. */
  private keyText(node: YNode): string {
    if (node.type === 'null') return '';
    if (node.type === 'scalar') return typeof node.value === 'string' ? node.value : String(node.value);
    if (node.type === 'alias') {
      const target = this.anchors.get(node.name);
      if (target && !target.open && (target.value === null || typeof target.value !== 'object')) return String(target.value);
    }
    return rawText(this.text, node.start, node.end);
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

/** Whether a value has source text for `raw`: scalars, aliases and flow collections; not block collections or empty values. */
function hasRaw(value: YNode | null): boolean {
  return !(!value || value.type === 'null' || ((value.type === 'map' || value.type === 'seq') && !value.flow));
}

function valueKind(node: YNode | null): ValueKind {
  if (node === null || node.type === 'null') return 'null';
  return node.type;
}
