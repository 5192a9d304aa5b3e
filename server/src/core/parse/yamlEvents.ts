// js-yaml builds values, not a syntax tree: its loader's `listener` option (undocumented, in the loader
// since v3; the version is pinned and the tests check the events) reports 'open' and 'close' around every
// node it composes, keys included. This module turns those balanced events into nodes with source offsets.
import type { ScalarStyle } from './frontMatter';

interface Base {
  /** Offset of the content (after any tag or anchor). */
  start: number;
  /** Offset after the content: a block collection ends with its last value, not the blank lines after it. */
  end: number;
  anchor: string | null;
}
export interface YScalar extends Base {
  type: 'scalar';
  value: unknown;
  style: ScalarStyle;
}
export interface YAlias extends Base {
  type: 'alias';
  name: string;
}
/** Nothing written (`key:` or `-` alone): start and end are the point where the value would be. */
export interface YEmpty extends Base {
  type: 'null';
}
export interface YPair {
  key: YNode;
  /** null when no `:` follows the key (`{a, b: 1}`). */
  value: YNode | null;
}
export interface YMap extends Base {
  type: 'map';
  flow: boolean;
  pairs: YPair[];
}
export interface YItem {
  /** Offset of the item's `-`, or -1 in a flow list. */
  dash: number;
  node: YNode;
}
export interface YSeq extends Base {
  type: 'seq';
  flow: boolean;
  items: YItem[];
}
export type YNode = YScalar | YAlias | YEmpty | YMap | YSeq;

/** The part of js-yaml's loader state the listener reads (`tag` and `anchor` are missing from its types). */
export interface LoaderState {
  position: number;
  kind: string | null;
  result: unknown;
  anchor?: string | null;
}

/** A closed node's children: its nodes, js-yaml's value of each (to tell a wrapper from its only child), where each opened. */
interface Kids {
  nodes: YNode[];
  results: unknown[];
  opens: number[];
}

const NO_KIDS: Kids = { nodes: [], results: [], opens: [] };

/** The value of a node js-yaml never finished. */
const PARTIAL: unique symbol = Symbol('partial');

/** Thrown from the listener when the nesting passes the limit, whatever js-yaml's own limit is. */
export class TooDeep extends Error {
  constructor(readonly offset: number) {
    super('nested too deeply');
  }
}

/** Collects js-yaml's events into nodes; after a throw, `finish` closes what was still open. */
export class EventTree {
  readonly roots: YNode[] = [];
  // The open nodes (where each opened, where its children start in `kids`) and the children closed so
  // far, in flat stacks: most nodes are scalars, which then allocate nothing but themselves.
  private readonly opens: number[] = [];
  private readonly firsts: number[] = [];
  private readonly kids: Kids = { nodes: [], results: [], opens: [] };

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  readonly listener = (event: 'open' | 'close', state: LoaderState): void => {
    if (event === 'open') {
      if (this.opens.length >= this.maxDepth) throw new TooDeep(state.position);
      this.opens.push(state.position);
      this.firsts.push(this.kids.nodes.length);
      return;
    }
    const open = this.opens.pop();
    const first = this.firsts.pop();
    if (open === undefined || first === undefined) return;
    this.add(open, this.make(open, this.take(first), state.position, state.kind, state.result, state.anchor ?? null), state.result);
  };

  /** The nodes still open when js-yaml threw at `at`, closed there with what they had composed. */
  finish(at: number): void {
    for (let open = this.opens.pop(), first = this.firsts.pop(); open !== undefined && first !== undefined; open = this.opens.pop(), first = this.firsts.pop()) {
      const kids = this.take(first);
      const start = this.contentStart(open, at);
      const c = this.text.charCodeAt(start);
      const head = kids.nodes[0];
      const kind = c === 91 /* [ */ || (c === 45 /* - */ && isSpace(this.text.charCodeAt(start + 1))) ? 'sequence' : c === 123 /* { */ || (head && this.colonAfter(head.end) >= 0) ? 'mapping' : null;
      // Nothing composed yet (js-yaml threw looking for a node): no node, not even an empty one.
      if (kind === null && kids.nodes.length === 0 && start >= at) continue;
      // An unfinished scalar or alias reads as nothing: its text is where the error is.
      const point = this.skipSpaces(open, at);
      this.add(open, kind === null ? { type: 'null', start: point, end: point, anchor: null } : this.make(open, kids, at, kind, PARTIAL, null), PARTIAL);
    }
  }

  /** Where the innermost node still open starts composing (before its blanks and comments), or null. */
  innermostOpen(): number | null {
    return this.opens[this.opens.length - 1] ?? null;
  }

  /** The children of the node that closes, taken off the flat stacks. */
  private take(first: number): Kids {
    const all = this.kids;
    if (all.nodes.length === first) return NO_KIDS;
    const kids = { nodes: all.nodes.slice(first), results: all.results.slice(first), opens: all.opens.slice(first) };
    all.nodes.length = all.results.length = all.opens.length = first;
    return kids;
  }

  private add(open: number, node: YNode, result: unknown): void {
    if (this.opens.length === 0) {
      this.roots.push(node);
      return;
    }
    this.kids.nodes.push(node);
    this.kids.results.push(result);
    this.kids.opens.push(open);
  }

  private make(open: number, kids: Kids, close: number, kind: string | null, result: unknown, anchor: string | null): YNode {
    const only = kids.nodes.length === 1 ? kids.nodes[0] : undefined;
    // A node whose only child is the same value: js-yaml tried a block mapping and kept its first "key".
    if (only && result !== PARTIAL && only.type === (kind === 'mapping' ? 'map' : kind === 'sequence' ? 'seq' : '') && kids.results[0] === result) return anchor === null || only.anchor !== null ? only : { ...only, anchor };
    const start = this.contentStart(open, close);
    if (kind === 'mapping') return this.map(kids, start, close, anchor);
    if (kind === 'sequence') return this.seq(kids, start, close, result, anchor);
    if (kind === 'scalar') return this.scalar(start, close, result, anchor);
    // No kind: an alias (js-yaml sets none for it), or nothing written.
    if (start < close && this.text.charCodeAt(start) === 42 /* * */) {
      let end = start + 1;
      while (end < close && !isSpace(this.text.charCodeAt(end)) && !isFlowIndicator(this.text.charCodeAt(end))) end++;
      return { type: 'alias', start, end, anchor: null, name: this.text.slice(start + 1, end) };
    }
    const at = this.skipSpaces(open, close);
    if (result !== null && result !== undefined) return { type: 'scalar', start: at, end: at, anchor, value: result, style: 'plain' };
    return { type: 'null', start: at, end: at, anchor };
  }

  private scalar(start: number, close: number, value: unknown, anchor: string | null): YScalar {
    const c = this.text.charCodeAt(start);
    const style: ScalarStyle = c === 34 || c === 39 ? 'quoted' : c === 124 || c === 62 ? 'block' : 'plain';
    return { type: 'scalar', start, end: this.trimEnd(start, close), anchor, value, style };
  }

  private map(kids: Kids, start: number, close: number, anchor: string | null): YMap {
    const flow = this.text.charCodeAt(start) === 123; /* { */
    const pairs = this.pairs(kids.nodes, true);
    const last = pairs[pairs.length - 1];
    const end = flow ? this.trimEnd(start, close) : last ? (last.value ?? last.key).end : start;
    return { type: 'map', flow, pairs, start, end, anchor };
  }

  /** Children alternate key and value; a key without `:` after it has no value node. */
  private pairs(nodes: readonly YNode[], inMap: boolean): YPair[] {
    const out: YPair[] = [];
    for (let i = 0; i < nodes.length; ) {
      const key = nodes[i];
      if (!key) break;
      const colon = this.colonAfter(key.end);
      const next = nodes[i + 1];
      if (colon >= 0 && next && next.start >= colon) {
        out.push({ key, value: next });
        i += 2;
        continue;
      }
      // An empty node where a key would be is js-yaml's failed attempt at one more key.
      if (!inMap || key.type !== 'null' || colon >= 0) out.push({ key, value: null });
      i++;
    }
    return out;
  }

  private seq(kids: Kids, start: number, close: number, result: unknown, anchor: string | null): YSeq {
    const flow = this.text.charCodeAt(start) === 91; /* [ */
    let items: YItem[];
    if (flow) items = this.flowItems(kids.nodes);
    else if (Array.isArray(result) && result.length === kids.nodes.length) items = kids.nodes.map((node, i) => ({ dash: this.dashBefore(kids.opens[i] ?? node.start), node }));
    else items = this.blockItems(kids, start, close);
    const last = items[items.length - 1];
    const end = flow ? this.trimEnd(start, close) : last ? last.node.end : start;
    return { type: 'seq', flow, items, start, end, anchor };
  }

  /** A flow list's items; `key: value` items are one-key mappings, as YAML reads them. */
  private flowItems(nodes: readonly YNode[]): YItem[] {
    return this.pairs(nodes, false).map((pair) => {
      if (pair.value === null) return { dash: -1, node: pair.key };
      return { dash: -1, node: { type: 'map', flow: true, pairs: [pair], start: pair.key.start, end: pair.value.end, anchor: null } };
    });
  }

  /** A block list where js-yaml composed no node for some items (`-` and nothing after it): found by their `-`. */
  private blockItems(kids: Kids, start: number, close: number): YItem[] {
    const items: YItem[] = [];
    let from = start;
    const empties = (dashes: number[]): void => {
      for (const dash of dashes) {
        const at = this.skipSpaces(dash + 1, this.text.length);
        items.push({ dash, node: { type: 'null', start: at, end: at, anchor: null } });
      }
    };
    kids.nodes.forEach((node, i) => {
      const open = kids.opens[i] ?? node.start;
      const dashes = this.dashes(from, open);
      const own = dashes.pop();
      empties(dashes);
      items.push({ dash: own ?? -1, node });
      from = node.end;
    });
    empties(this.dashes(from, close));
    return items;
  }

  /** The `-` item markers between two items: only blanks, comments and empty items lie there. */
  private dashes(from: number, to: number): number[] {
    const out: number[] = [];
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 35 /* # */) while (i < to && this.text.charCodeAt(i) !== 10) i++;
      else if (c === 45 /* - */) out.push(i);
    }
    return out;
  }

  /** The `-` just before an item (across blanks and line breaks), or -1. */
  private dashBefore(offset: number): number {
    let i = offset;
    while (i > 0 && offset - i < 200 && isSpace(this.text.charCodeAt(i - 1))) i--;
    return i > 0 && this.text.charCodeAt(i - 1) === 45 && (i - 1 === 0 || isSpace(this.text.charCodeAt(i - 2))) ? i - 1 : -1;
  }

  /** Offset of the `:` after a key (across blanks, comments and line breaks), or -1. */
  private colonAfter(offset: number): number {
    const i = this.skipSeparation(offset, this.text.length);
    return this.text.charCodeAt(i) === 58 /* : */ ? i : -1;
  }

  /** Where a node's content starts: after the blanks, comments, tags and anchors js-yaml read first. */
  private contentStart(open: number, close: number): number {
    let i = this.skipSeparation(open, close);
    for (let c = this.text.charCodeAt(i); i < close && (c === 33 /* ! */ || c === 38) /* & */; c = this.text.charCodeAt(i)) {
      while (i < close && !isSpace(this.text.charCodeAt(i)) && !(c === 38 && isFlowIndicator(this.text.charCodeAt(i)))) i++;
      i = this.skipSeparation(i, close);
    }
    return i;
  }

  /** Past blanks, comments and line breaks. */
  skipSeparation(from: number, to: number): number {
    let i = from;
    while (i < to) {
      const c = this.text.charCodeAt(i);
      if (isSpace(c)) i++;
      else if (c === 35 /* # */) while (i < to && this.text.charCodeAt(i) !== 10) i++;
      else break;
    }
    return i;
  }

  /** Past spaces and tabs on the same line. */
  private skipSpaces(from: number, to: number): number {
    let i = from;
    while (i < to && (this.text.charCodeAt(i) === 32 || this.text.charCodeAt(i) === 9)) i++;
    return i;
  }

  private trimEnd(start: number, end: number): number {
    let e = Math.min(end, this.text.length);
    while (e > start && isSpace(this.text.charCodeAt(e - 1))) e--;
    return e;
  }
}

/** A space, tab or line break character: what a node's end is trimmed of. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
