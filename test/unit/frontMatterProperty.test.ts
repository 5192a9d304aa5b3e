// Property tests (fast-check, fixed seeds): random YAML front matter never throws, every range lies
// inside the text, every key's range holds the key, and entries and data follow the document.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeCard, LineIndex, type Range } from '../../server/src/core';
import { parseFrontMatter, pathKey, type FrontMatter } from '../../server/src/core/parseFrontMatter';
import { assertFindingsInside, assertRangeInside } from './helpers/cards';

type Scalar = { kind: 'scalar'; text: string; value: unknown } | { kind: 'block'; style: '|' | '>-'; lines: string[] };
type Node = Scalar | { kind: 'map'; pairs: [Key, Node][] } | { kind: 'seq'; items: Node[]; atParentColumn: boolean } | { kind: 'flow'; text: string; value: unknown };
/** A key as written and as read. */
interface Key {
  written: string;
  key: string;
}

const SCALARS: [string, unknown][] = [
  ['x', 'x'], ['hello world', 'hello world'], ['7B', '7B'], ['42', 42], ['-1.5', -1.5], ['7e9', 7e9], ['null', null], ['~', null],
  ['true', true], ['2024-05', '2024-05'], ['2025-10-02', '2025-10-02'], ['"quoted: yes"', 'quoted: yes'], ["'it''s'", "it's"],
  ['https://example.org/a#b', 'https://example.org/a#b'], ['"😀 ünï"', '😀 ünï'], ['a-b', 'a-b'],
];
const FLOWS: [string, unknown][] = [['[a, 1, "b c"]', ['a', 1, 'b c']], ['{a: 1, b: [x]}', { a: 1, b: ['x'] }], ['[]', []], ['{}', {}]];
const KEYS: Key[] = [
  ...['model_name', 'a', 'b-c', 'x_y', 'with space', 'constructor', '__proto__', 'toString', 'model-index', 'MMLU', 'k1'].map((k) => ({ written: k, key: k })),
  { written: '"quoted key"', key: 'quoted key' },
  { written: "'single'", key: 'single' },
  { written: '"a:b"', key: 'a:b' },
];

const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SCALARS).map(([text, value]): Scalar => ({ kind: 'scalar', text, value })) },
  { weight: 1, arbitrary: fc.record({ style: fc.constantFrom('|' as const, '>-' as const), lines: fc.array(fc.constantFrom('l1', 'two words', 'x: y', '# not a comment'), { minLength: 1, maxLength: 3 }) }).map((b): Scalar => ({ kind: 'block', ...b })) },
);

const { node } = fc.letrec<{ node: Node; map: Node; seq: Node }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.constantFrom(...FLOWS).map(([text, value]): Node => ({ kind: 'flow', text, value })), tie('map'), tie('seq')),
  map: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { minLength: 1, maxLength: 4 }).map((pairs): Node => ({ kind: 'map', pairs })),
  seq: fc.record({ items: fc.array(tie('node'), { minLength: 1, maxLength: 3 }), atParentColumn: fc.boolean() }).map(({ items, atParentColumn }): Node => ({ kind: 'seq', items, atParentColumn })),
}));

const topLevel = fc.array(fc.tuple(fc.constantFrom(...KEYS), node), { minLength: 1, maxLength: 6 });

/** Renders a value after `key:` (or `- `) at indentation `indent`: the rest of the line, then the lines below. */
function renderValue(n: Node, indent: number, comment: boolean): { inline: string; below: string[] } {
  const pad = ' '.repeat(indent);
  switch (n.kind) {
    case 'scalar':
      return { inline: ` ${n.text}${comment && n.text !== '' ? ' # note' : ''}`, below: [] };
    case 'flow':
      return { inline: ` ${n.text}`, below: [] };
    case 'block':
      return { inline: ` ${n.style}`, below: n.lines.map((l) => `${pad}  ${l}`) };
    case 'map':
      return { inline: '', below: renderMap(n.pairs, indent + 2, comment) };
    case 'seq':
      return { inline: '', below: renderSeq(n.items, n.atParentColumn ? indent : indent + 2, comment) };
  }
}

function renderMap(pairs: [Key, Node][], indent: number, comment: boolean): string[] {
  const lines: string[] = [];
  for (const [k, v] of pairs) {
    const { inline, below } = renderValue(v, indent, comment);
    lines.push(`${' '.repeat(indent)}${k.written}:${inline}`, ...below);
  }
  return lines;
}

function renderSeq(items: Node[], indent: number, comment: boolean): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const item of items) {
    if (item.kind === 'map') {
      // The first pair on the `- ` line, the others under it.
      const [first, ...rest] = renderMap(item.pairs, indent + 2, comment);
      lines.push(`${pad}- ${(first ?? '').trimStart()}`, ...rest);
    } else if (item.kind === 'seq') {
      lines.push(`${pad}-`, ...renderSeq(item.items, indent + 2, comment));
    } else {
      const { inline, below } = renderValue(item, indent, comment);
      lines.push(`${pad}-${inline}`, ...below);
    }
  }
  return lines;
}

/** The data the YAML means: the last of a repeated key wins. */
function expected(n: Node): unknown {
  switch (n.kind) {
    case 'scalar':
    case 'flow':
      return n.value;
    case 'block':
      return n.style === '|' ? `${n.lines.join('\n')}\n` : n.lines.join(' ');
    case 'map':
      return Object.fromEntries(n.pairs.map(([k, v]) => [k.key, expected(v)]));
    case 'seq':
      return n.items.map(expected);
  }
}

/** Every key and item path in document order, flow collections included. */
function expectedPaths(n: Node, path: (string | number)[] = []): string[] {
  const out: string[] = [];
  const walk = (m: Node, p: (string | number)[]): void => {
    if (m.kind === 'map') {
      for (const [k, v] of m.pairs) {
        out.push(pathKey([...p, k.key]));
        walk(v, [...p, k.key]);
      }
    } else if (m.kind === 'seq') {
      m.items.forEach((item, i) => {
        out.push(pathKey([...p, i]));
        walk(item, [...p, i]);
      });
    } else if (m.kind === 'flow' && m.value !== null && typeof m.value === 'object') {
      flowPaths(m.value, p, out);
    }
  };
  walk(n, path);
  return out;
}

function flowPaths(value: object, path: (string | number)[], out: string[]): void {
  for (const [k, v] of Array.isArray(value) ? value.map((x, i) => [i, x] as const) : Object.entries(value)) {
    out.push(pathKey([...path, k]));
    if (v !== null && typeof v === 'object') flowPaths(v as object, [...path, k], out);
  }
}

/** The text a range covers. */
function textAt(index: LineIndex, range: Range): string {
  return index.text.slice(index.offsetAt(range.start), index.offsetAt(range.end));
}

function checkRanges(text: string, fm: FrontMatter): void {
  for (const e of fm.entries) {
    assertRangeInside(text, e.keyRange, `${pathKey(e.path)} keyRange`);
    assertRangeInside(text, e.valueRange, `${pathKey(e.path)} valueRange`);
  }
  for (const p of fm.problems) assertRangeInside(text, p.range, `${p.code} range`);
}

void describe('random YAML mappings', () => {
  void it('are read exactly: entries in document order, key ranges holding the keys, the data they mean', () => {
    fc.assert(
      fc.property(topLevel, fc.boolean(), fc.constantFrom('\n', '\r\n'), fc.nat(2), (pairs, comments, nl, blanks) => {
        const lines = ['---', ...renderMap(pairs, 0, comments), '---', 'body'];
        const text = '\n'.repeat(blanks) + lines.join(nl);
        const fm = parseFrontMatter(new LineIndex(text));
        assert.ok(fm);
        assert.deepEqual(fm.problems.map((p) => p.message), [], text);
        checkRanges(text, fm);
        const root: Node = { kind: 'map', pairs };
        assert.deepEqual(fm.entries.map((e) => pathKey(e.path)), expectedPaths(root), text);
        const index = new LineIndex(text);
        for (const e of fm.entries) if (!e.item) assert.equal(textAt(index, e.keyRange), e.key, `${pathKey(e.path)} in\n${text}`);
        for (const e of fm.entries) if (e.item && e.keyRange.start.character !== e.keyRange.end.character) assert.equal(textAt(index, e.keyRange), '-');
        assert.deepEqual(JSON.parse(JSON.stringify(fm.data)), JSON.parse(JSON.stringify(expected(root))), text);
        // Top-level entries are the top-level keys, and nothing from inside a list.
        assert.deepEqual(fm.entries.filter((e) => e.path.length === 1).map((e) => e.key), pairs.map(([k]) => k.key));
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });
});

const TOKENS = ['---', '- ', ': ', '? ', '&a ', '*a', '!!str ', '!x ', '[', ']', '{', '}', ',', '"', "'", '|', '>', '#', ' ', '  ', '\t', '\n', '\r\n', '\r', 'key', 'model_name', '7B', 'null', '\u0000', '😀', '\uD800', '...', '<<', '%YAML 1.1', '__proto__'];

void describe('random YAML-ish text between --- lines', () => {
  void it('never throws, and every range lies inside the text', () => {
    const body = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 60 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(body, fc.boolean(), (yaml, close) => {
        const text = `---\nmodel_name: x\n${yaml}\n${close ? '---\n' : ''}`;
        const fm = parseFrontMatter(new LineIndex(text));
        assert.ok(fm);
        checkRanges(text, fm);
        const a = analyzeCard(text, { assumeCard: true });
        assertFindingsInside(text, a.findings);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

/** What parseFrontMatter found, every entry field and range made. */
function reading(fm: FrontMatter | null): unknown {
  if (!fm) return null;
  const entries = fm.entries.map(({ key, keyRange, raw, valueRange, line, path, indent, item, kind, style, overridden }) => ({ key, keyRange, raw, valueRange, line, path, indent, item, kind, style, overridden }));
  return { openLine: fm.openLine, closeLine: fm.closeLine, data: fm.data, problems: fm.problems, error: fm.error, entries };
}

/** `bodyOffset` is the line break before the body's first line: the lines after it are the body's. */
function assertBodyOffset(text: string): void {
  const index = new LineIndex(text);
  const fm = parseFrontMatter(index);
  if (!fm) return;
  const bodyStart = (fm.closeLine ?? fm.openLine) + 1;
  const after = fm.bodyOffset === text.length ? [] : new LineIndex(text.slice(fm.bodyOffset)).lines.slice(1);
  assert.deepStrictEqual(after, index.lines.slice(bodyStart), JSON.stringify(text));
}

void describe('front matter with \\r\\n or \\r line breaks', () => {
  void it('is the same block as with \\n, read to the same entries, data and problems', () => {
    // Lines around the block's edges: blank and white-space-only ones (Unicode spaces too), `---` and `...` with and without trailing blanks or text.
    const LINES = ['', '', '  ', '\u00a0', '\u2003 ', '\ufeff', '---', '---', '--- ', '---\t', '---\u00a0', '---\u2028', '...\u2029', ' ---', '---x', '----', '...', '... ', '...x', '--', 'a: 1', 'b:', '  - x', '- y', 'c: [1, 2]', '# c', 'k: "v', 'text', 'a: 2', 'd: &x 1', 'e: *x'];
    let closed = 0;
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.constantFrom(...LINES), { maxLength: 12 }), fc.boolean(), (opened, lines, finalBreak) => {
        const lf = (opened ? ['---', ...lines] : lines).join('\n') + (finalBreak ? '\n' : '');
        const crlf = lf.replaceAll('\n', '\r\n');
        const found = parseFrontMatter(new LineIndex(lf));
        if (found?.closeLine != null) closed++;
        for (const text of [lf, crlf, lf.replaceAll('\n', '\r')]) assertBodyOffset(text);
        assert.deepStrictEqual(reading(parseFrontMatter(new LineIndex(crlf))), reading(found), JSON.stringify(crlf));
        assert.deepStrictEqual(reading(parseFrontMatter(new LineIndex(lf.replaceAll('\n', '\r')))), reading(found), JSON.stringify(lf));
      }),
      { seed: 11, numRuns: 5000 },
    );
    // Enough of them are closed blocks for the comparison to mean something.
    assert.ok(closed > 1000, `${closed} closed blocks`);
  });
});
