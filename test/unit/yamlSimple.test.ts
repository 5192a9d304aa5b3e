// The simple front matter reader (parse/yamlSimple.ts) against js-yaml's own events and the tree walk: for
// every block it takes, the data and the entries (every field, ranges included) are the ones js-yaml's
// nodes make, and js-yaml reads the block without an error; random blocks (well-formed and not) check
// that, and named ones that it leaves the rest to js-yaml.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CORE_SCHEMA, loadAll, type LoadOptions } from 'js-yaml';
import type { FrontMatterEntry } from '../../server/src/core/parse/frontMatter';
import { EventTree } from '../../server/src/core/parse/yamlEvents';
import { readSimple } from '../../server/src/core/parse/yamlSimple';
import { readTree, YamlPositions } from '../../server/src/core/parse/yamlTree';

/** An entry's every field, its ranges made. */
function fields(e: FrontMatterEntry): object {
  const { key, keyRange, raw, valueRange, line, path, indent, item, kind, style, overridden } = e;
  return { key, keyRange, raw, valueRange, line, path, indent, item, kind, style, overridden };
}

/** What js-yaml, the events and the tree walk make of a block: its data and entries, or the error. */
function viaJsYaml(text: string, baseLine: number): unknown {
  const tree = new EventTree(text, 100);
  try {
    loadAll(text, null, { schema: CORE_SCHEMA, json: true, maxDepth: 110, listener: tree.listener } as LoadOptions);
  } catch (e) {
    return e;
  }
  assert.equal(tree.roots.length, 1, JSON.stringify(text));
  const root = tree.roots[0];
  assert.equal(root?.type, 'map', JSON.stringify(text));
  if (root?.type !== 'map') return null;
  const read = readTree(root, new YamlPositions(text, baseLine));
  assert.deepStrictEqual(read.problems, []);
  return { data: read.data, entries: read.entries.map(fields) };
}

/**
 * Reads `text` with the simple reader; when it takes it, asserts js-yaml reads the same. The text with `\r\n`
 * line breaks is read the same (or refused alike): lines and columns do not change.
 */
function agrees(text: string, baseLine = 3): boolean {
  const simple = readSimple(text, new YamlPositions(text, baseLine));
  const read = simple && { data: simple.data, entries: simple.entries.map(fields) };
  if (!text.includes('\r')) {
    const crlf = text.replaceAll('\n', '\r\n');
    const simpleCrlf = readSimple(crlf, new YamlPositions(crlf, baseLine));
    assert.deepStrictEqual(simpleCrlf && { data: simpleCrlf.data, entries: simpleCrlf.entries.map(fields) }, read, JSON.stringify(crlf));
  }
  if (read === null) return false;
  assert.deepStrictEqual(read, viaJsYaml(text, baseLine), JSON.stringify(text));
  return true;
}

/** A small deterministic generator (LCG), so a failure names its seed. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
}

const KEYS = ['a', 'b', 'name', '1', 'true', 'null', '~', '-x', 'a b', "it's", 'a"b', 'x:y', '---', '...', 'k ', '"q"', "'q'", 'a#b', 'a #b', '0x1F', '.inf', '-', '?', ':', 'a,b', '[a', '!t', '&a', '*a', '@a', '%a', '|', 'é', '😀', 'a\tb', '<<', '__proto__', '1e3', '-1', 'NaN', '2024-05-01', 'yes', 'NULL'];
const VALUES = ['x', 'hello world', '1', '-1', '+1', '1.5', '1e3', '1_000', '0x1F', '0o17', '0b101', '012', '.inf', '-.inf', '.nan', 'true', 'TRUE', 'false', 'Null', '~', '', ' ', "'q'", "'it''s'", "''", "'", "'a'b'", "'a''''b'", "'''x'''", "''''", "'a''b''c'", '"a""b"', '"a\\b"', '"q"', '""', '"', '"a\\nb"', '"a\'b"', '[]', '{}', '[ ]', '[a, b]', '{a: 1}', '[]x', 'a: b', 'a:b', 'a:', 'a #c', 'a#c', '# c', '- a', '-a', '---', '? x', ': x', '|', '>', '&a x', '*a', '!t x', '@x', '`x', '%x', 'a, b', 'a]', 'é', '😀', 'a😀b', '"😀"', '\ud83d', 'x\ude00', '\t', 'x\t', 'a\u2028b', 'a\u0085b', 'a\uFEFFb', 'http://x.y/z', 'C#', 'x  ', '"x"  ', "'x' y", '"x" #c', '12:30', '-0', '00', '-.5', '1.', '.', '+', 'yes'];
/** Block scalars (literal and folded, each chomping), and near misses: their lines' indent against the key's varies. */
const BLOCK_SCALARS = ['|\n   a\n   b', '|-\n   a\n\n   b\n', '>\n   a\n   b\n\n   c', '>-\n   a\n     more\n   b', '|+\n   a\n\n', '|\n\n   a', '|2\n   a', '| # c\n   a', '|\n      \n   a', '>\n a', '|\n   a\n  b', '|\n   # not a comment\n   x', '|-', '>+\n\n', '>\n   a\n\n     b\n   c\n\n\n   d', '|  \n   trailing   \n   x  ', '> \n    lead\n   x', '|\n   a: b\n   - c', '|-\n   --- x\n   ... y'];
/** Quoted scalars across lines (folded, with escapes), and near misses: the continuation's indent against the key's varies. */
const MULTILINE_QUOTED = ['\'a\n   b\'', '\'a\n\n   b\'', '\'a  \n     b  c \'', '\'it\'\'s\n   ok\'', '\'x\'\'\n   \'\'y\'', '"a\n   b"', '"a\\\n   b"', '"a\\\n\n   b"', '"x\\ty\\u00e9\\x41\\U0001F600\\N\\_\\L\\P\\e\\0\\/\\"\\\\ \\ z"', '"bad\\q"', '"\\ud800"', '"a\\x4"', '"\\U00110000"', '\'a\n b\' c', '"a\n   b" # c', '\'a\n---\n  b\'', '\'open\n   x', '"a\n\n\n   b\\n"', '\' lead\n   trail \'', '"\\\n   x"', '"a \\\n   b"', '\'a\n   # not a comment\n   b\'', '\'a\n  - b\'', '"a\n  b: c"', '\'a\n\n\'', '"\n   "', '\'x\'  ', '"y"   '];
const INDENTS = [0, 0, 0, 1, 2, 2, 2, 3, 4, 6];
const ODD = ['# c', '-', '- - a', '-\t', 'plain line', '---', '...', '%YAML 1.2', ' ', 'key: &a x', 'k: *a', 'k: a\r', 'k:\ta'];

function block(rnd: (n: number) => number): string {
  const pick = <T>(a: readonly T[]): T => a[rnd(a.length)] as T;
  const lines: string[] = [];
  const line = (): string => {
    const ind = ' '.repeat(pick(INDENTS));
    switch (rnd(8)) {
      case 0:
      case 1:
        return `${ind}${pick(KEYS)}: ${pick(VALUES)}`;
      case 2:
        return `${ind}${pick(KEYS)}:${pick(['', '  '])}`;
      case 3:
      case 4:
        return `${ind}-${pick([' ', ' ', '  ', ''])}${pick(VALUES)}`;
      case 5:
        return `${ind}- ${pick(KEYS)}: ${pick(VALUES)}`;
      case 6:
        return pick(['', ind]);
      default:
        return `${ind}${pick(ODD)}`;
    }
  };
  // Mostly the shapes of real cards, so that the simple reader takes many: mappings, lists, lists of mappings.
  const shaped = (depth: number, indent: number): void => {
    for (let i = 1 + rnd(4); i > 0; i--) {
      const ind = ' '.repeat(indent);
      const k = rnd(5) > 0 ? pick(['a', 'b', 'name', 'tags', '1', 'x y', 'true']) : pick(KEYS);
      const r = rnd(depth > 3 ? 2 : 5);
      if (r < 2) lines.push(`${ind}${k}: ${rnd(6) === 0 ? pick(MULTILINE_QUOTED) : rnd(6) === 0 ? pick(BLOCK_SCALARS) : pick(VALUES)}`);
      else if (r === 2) {
        lines.push(`${ind}${k}:`);
        const li = indent + pick([0, 2, 2, 4]);
        for (let j = 1 + rnd(3); j > 0; j--) {
          if (rnd(3) > 0) lines.push(`${' '.repeat(li)}-${pick([' ', ' ', '   '])}${rnd(8) === 0 ? pick(MULTILINE_QUOTED) : rnd(8) === 0 ? pick(BLOCK_SCALARS) : pick(VALUES)}`);
          else {
            lines.push(`${' '.repeat(li)}- ${pick(['a', 'b', 'name'])}: ${pick(VALUES)}`);
            if (rnd(2) > 0) shaped(depth + 1, li + 2);
          }
        }
      } else if (r === 3) {
        lines.push(`${ind}${k}:`);
        shaped(depth + 1, indent + pick([1, 2, 2, 4]));
      } else lines.push(`${ind}${k}:${pick(['', '   '])}`);
      if (rnd(10) === 0) lines.push(pick(['', '  ']));
      if (rnd(30) === 0) lines.push(line());
    }
  };
  if (rnd(3) === 0) for (let i = rnd(8) + 1; i > 0; i--) lines.push(line());
  else shaped(0, 0);
  return `\n${lines.join('\n')}`;
}

void describe('simple front matter reader', () => {
  void it('a typical Hugging Face block: read, to the nodes js-yaml builds', () => {
    const card = [
      '',
      'language:',
      '- en',
      "license: 'apache-2.0'",
      'tags:',
      '  - text-generation',
      '  - "llama"',
      'model-index:',
      '- name: m',
      '  results: []',
      '  metrics:',
      '  - type: accuracy',
      '    value: 71.5',
      'pipeline_tag:',
      'inference: false',
    ].join('\n');
    assert.equal(agrees(card), true);
  });

  void it('a repeated key: the earlier occurrence and every entry under it are overridden, the last wins', () => {
    const text = ['', 'a:', '  b: 1', '  c:', '  - x', 'd: 2', 'a:', '  b: 3', 'd: 4', 'e:', '- k: 1', '  k: 2'].join('\n');
    assert.equal(agrees(text), true);
    const read = readSimple(text, new YamlPositions(text, 0));
    const overridden = read?.entries.filter((e) => e.overridden).map((e) => e.path.join('.'));
    assert.deepStrictEqual(overridden, ['a', 'a.b', 'a.c', 'a.c.0', 'd', 'e.0.k']);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(read?.data)), { a: { b: 3 }, d: 4, e: [{ k: 2 }] });
  });

  void it('whole-line comments, anywhere and at any indent, are read past as js-yaml reads past them', () => {
    const blocks = [
      '\n# comment\na: 1',
      '\na: 1\n# comment\nb: 2\n#',
      '\na:\n  # below the key\n  - x\n# between items, at column 0\n  - y',
      '\nm:\n  b: 1\n# less indented\n  c: 2\n    # more indented\n  d: 3',
      '\nl:\n- k: 1\n  # inside an item\n  j: 2\n  #\n- 3',
      '\na: 1\n   #  trailing comment line',
    ];
    for (const text of blocks) assert.equal(agrees(text), true, JSON.stringify(text));
  });

  void it('quoted scalars across lines and with escapes: read as js-yaml reads them, with the lines they cross counted', () => {
    const blocks = [
      "\nprompt_template: '[INST] Write code to solve the following coding problem that obeys\n  the constraints.\n\n  {prompt}\n\n  [/INST]\n\n  '\nquantized_by: TheBloke",
      '\nextra_gated_prompt: "### LICENSE\\n\\nVersion\\\n  \\ Release Date: 2024\\n\\n“Agreement” means\\\n  \\ the terms\\n"\nextra_gated_fields:\n  Name: text',
      '\na: "x\\ty \\u00e9 \\x41 \\U0001F600"\nb: 1',
      "\nl:\n- 'one\n   two'\n- \"three\\\n   four\"\nm: 2",
    ];
    for (const text of blocks) assert.equal(agrees(text), true, JSON.stringify(text));
    const read = readSimple(blocks[0] as string, new YamlPositions(blocks[0] as string, 0));
    // The key after the scalar is on the line after its closing quote.
    assert.equal(read?.top[1]?.line, 9);
  });

  void it('block scalars, literal and folded with each chomping: read as js-yaml reads them', () => {
    const blocks = [
      '\nlicense: mit\ndescription: |\n  Heron is a small model.\n\n  It reads cards.\nwidget:\n- text: >-\n    A folded\n    prompt.\n  example_title: One\n- text: |+\n    kept\n\n- text: x',
      '\na: >\n  one\n    more indented\n  two\n\n\n  three\nb: 1',
      '\na: |-\n    deep\n  # less indented: a comment after the scalar\nb: 2',
    ];
    for (const text of blocks) assert.equal(agrees(text), true, JSON.stringify(text));
    const read = readSimple(blocks[0] as string, new YamlPositions(blocks[0] as string, 0));
    assert.equal((read?.data as { description: string }).description, 'Heron is a small model.\n\nIt reads cards.\n');
    assert.equal(read?.top[2]?.line, 6, 'the key after the scalar is on its own line');
  });

  void it('anything past the subset is left to js-yaml', () => {
    const others = ['\na: |2\n  x', '\na: | # c\n  x', '\na: |+-\n  x', '\na: |', '\na: 1\rb: 2', '\na: 1\r', "\na: 'x\ny'", '\na: "x\\q"', '\na: "x" y', "\na:\n  b: 'x\n  y'", '\na: 1 # comment', '\na: &x 1\nb: *x', '\na: [x]', '\na: long\n  text', '\na:\n\t- x', '\n"a": 1', '\na: 1\n---\nb: 2', '\n- x', '\n  a: 1', '\na:\n-\n  b: 1', '\n? a\n: b'];
    for (const text of others) assert.equal(readSimple(text, new YamlPositions(text, 0)), null, JSON.stringify(text));
  });

  void it('a plain scalar starting with anything but ~, n, N, t, T, f, F, a digit, a sign or `.`: text, as js-yaml reads it', () => {
    const tails = ['', 'ull', 'ULL', 'rue', 'alse', '1', '.5', 'inf', '.inf', '.nan', 'x1F', 'e3', '_1', 'b1', 'o7'];
    let read = 0;
    for (let c = 33; c < 0x800; c++) for (const tail of tails) if (agrees(`\nk: ${String.fromCharCode(c)}${tail}`)) read++;
    assert.ok(read > 10_000, `${read} read`);
  });

  void it('numbers and words read as js-yaml reads them, as values and as keys', () => {
    const fixed = ['0', '-0', '00', '01', '-01', '1', '-1', '+1', '1.', '1.0', '-0.0', '.5', '-.5', '1e3', '1E3', '1.5e-3', '1_000', '0x1F', '0o17', '0b101', '1.5.', '1..5', '83.98507462686567', '123456789012345', '1234567890123456', '12345678901234567890123', '0.12345678901234567890123', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'FALSE', 'no', 'type', 'name', 'tags', 'n', 'T', 'F', 'nan', '.NaN', '-.inf', '.Inf'];
    const rnd = random(7);
    const digits = (n: number): string => Array.from({ length: n }, () => String(rnd(10))).join('');
    const made = Array.from({ length: 2000 }, () => `${rnd(3) === 0 ? '-' : ''}${digits(1 + rnd(18))}${rnd(2) === 0 ? `.${digits(1 + rnd(22))}` : ''}`);
    for (const text of [...fixed, ...made]) {
      assert.equal(agrees(`\nk: ${text}`), true, text);
      agrees(`\n${text}: v`);
    }
  });

  void it('random blocks: whatever it reads, js-yaml reads to the same nodes without an error', () => {
    let read = 0;
    let acrossLines = 0;
    let blockScalars = 0;
    for (let seed = 1; seed <= 20_000; seed++) {
      const text = block(random(seed));
      if (!agrees(text)) continue;
      read++;
      const simple = readSimple(text, new YamlPositions(text, 0));
      if (simple?.entries.some((e) => e.style === 'quoted' && e.valueRange.start.line !== e.valueRange.end.line)) acrossLines++;
      if (simple?.entries.some((e) => e.style === 'block')) blockScalars++;
    }
    // The generator makes simple blocks often enough for the comparison to mean something, quoted scalars
    // across lines among them.
    assert.ok(read > 5_000, `${read} blocks read`);
    assert.ok(acrossLines > 300, `${acrossLines} blocks read with a quoted scalar across lines`);
    assert.ok(blockScalars > 300, `${blockScalars} blocks read with a block scalar`);
  });
});
