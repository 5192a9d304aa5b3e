// Front matter from the YAML parse: where the block is, every key's and item's exact range at every
// depth, duplicates, and each YAML error at its own line and column.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard, LineIndex, type Range } from '../../server/src/core';
import { entryAt, parseFrontMatter, pathKey, type FrontMatter, type FrontMatterEntry, type FrontMatterPath } from '../../server/src/core/parseFrontMatter';
import { byRule, show } from './helpers/cards';

const r = (line: number, start: number, endLine: number, end: number): Range => ({ start: { line, character: start }, end: { line: endLine, character: end } });
const on = (line: number, start: number, end: number): Range => r(line, start, line, end);
/** Data without its null prototypes, to compare with literals. */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x)) as unknown;

function fm(text: string): FrontMatter {
  const parsed = parseFrontMatter(new LineIndex(text));
  assert.ok(parsed, 'front matter found');
  return parsed;
}

function at(f: FrontMatter, path: FrontMatterPath): FrontMatterEntry {
  const e = entryAt(f, path);
  assert.ok(e, `an entry at ${pathKey(path)}; have ${f.entries.map((x) => pathKey(x.path)).join(' ')}`);
  return e;
}

void describe('locating the block', () => {
  void it('--- on the first line, closed by --- or ...', () => {
    const a = fm('---\na: 1\n---\nbody');
    assert.deepEqual([a.openLine, a.closeLine], [0, 2]);
    const b = fm('---\na: 1\n...\nbody');
    assert.deepEqual([b.openLine, b.closeLine], [0, 2]);
    assert.equal(b.data?.a, 1);
  });

  void it('blank and whitespace-only lines before the opening --- (as huggingface_hub allows)', () => {
    const text = '\n  \n\t\n---\nmodel_name: x\n---\n';
    const f = fm(text);
    assert.deepEqual([f.openLine, f.closeLine], [3, 5]);
    assert.deepEqual(at(f, ['model_name']).keyRange, on(4, 0, 10));
    assert.deepEqual(at(f, ['model_name']).valueRange, on(4, 12, 13));
  });

  void it('no front matter when text comes first, or the line is not exactly ---', () => {
    for (const text of ['# Title\n---\na: 1\n---\n', '----\na: 1\n----\n', '--- a\nb: 1\n---\n', '', '\n\n']) {
      assert.equal(parseFrontMatter(new LineIndex(text)), null, JSON.stringify(text));
    }
    assert.equal(fm('---  \na: 1\n---\t\n').closeLine, 2, 'trailing blanks on the delimiters are fine');
  });

  void it('CRLF and lone CR line breaks keep document positions', () => {
    for (const nl of ['\r\n', '\r']) {
      const text = ['', '---', 'model_name: x', 'benchmarks:', '  MMLU: 80', '---', 'body'].join(nl);
      const f = fm(text);
      assert.deepEqual([f.openLine, f.closeLine], [1, 5]);
      assert.deepEqual(at(f, ['benchmarks', 'MMLU']).keyRange, on(4, 2, 6));
      assert.deepEqual(at(f, ['benchmarks', 'MMLU']).valueRange, on(4, 8, 10));
      assert.equal(f.problems.length, 0);
    }
  });

  void it('an empty block, and one of only comments, read as an empty mapping', () => {
    for (const text of ['---\n---\n', '---\n# only a comment\n\n   # another\n---\n']) {
      const f = fm(text);
      assert.deepEqual(f.problems, []);
      assert.deepEqual(Object.keys(f.data ?? { x: 1 }), []);
      assert.equal(Object.getPrototypeOf(f.data), null);
    }
  });

  void it('never closed: an error at the opening line, and the keys up to the first blank line stay visible', () => {
    const f = fm('---\nmodel_name: x\norganization: y\n\nnot: yaml\n');
    assert.equal(f.closeLine, null);
    assert.equal(f.data, null);
    assert.deepEqual(f.problems.map((p) => [p.code, p.range]), [['UNCLOSED', on(0, 0, 3)]]);
    assert.deepEqual(f.entries.map((e) => e.key), ['model_name', 'organization']);
    assert.match(f.error?.message ?? '', /never closed/);
  });
});

void describe('positions from the YAML tree', () => {
  // The form huggingface_hub writes: the list at its parent's column.
  const HF = [
    '---', //                                         0
    'language: en', //                                1
    'model-index:', //                                2
    '- name: my-model', //                            3
    '  results:', //                                  4
    '  - task:', //                                   5
    '      type: text-generation', //                 6
    '    dataset:', //                                7
    '      name: "AI2 ARC"', //                       8
    '      type: ai2_arc', //                         9
    '    metrics:', //                                10
    '    - type: acc_norm', //                        11
    '      value: 61.43', //                          12
    'widget:', //                                     13
    '- text: Hello', //                               14
    '- text: Bonjour', //                             15
    '---', //                                         16
  ].join('\n');

  void it('a list at its parent column: every key and item where it is written', () => {
    const f = fm(HF);
    assert.deepEqual(f.problems, []);
    const item = at(f, ['model-index', 0]);
    assert.deepEqual([item.key, item.item, item.kind, item.keyRange, item.line, item.indent], ['0', true, 'map', on(3, 0, 1), 3, 0]);
    assert.deepEqual(item.valueRange, r(3, 2, 12, 18));
    const name = at(f, ['model-index', 0, 'name']);
    assert.deepEqual([name.keyRange, name.valueRange, name.raw, name.kind, name.style], [on(3, 2, 6), on(3, 8, 16), 'my-model', 'scalar', 'plain']);
    assert.deepEqual(at(f, ['model-index', 0, 'results']).keyRange, on(4, 2, 9));
    assert.deepEqual(at(f, ['model-index', 0, 'results', 0]).keyRange, on(5, 2, 3));
    assert.deepEqual(at(f, ['model-index', 0, 'results', 0, 'task', 'type']).valueRange, on(6, 12, 27));
    const dataset = at(f, ['model-index', 0, 'results', 0, 'dataset', 'name']);
    assert.deepEqual([dataset.keyRange, dataset.valueRange, dataset.raw, dataset.style], [on(8, 6, 10), on(8, 12, 21), '"AI2 ARC"', 'quoted']);
    assert.deepEqual(at(f, ['model-index', 0, 'results', 0, 'metrics', 0, 'value']).valueRange, on(12, 13, 18));
    assert.deepEqual(plain(f.data?.['model-index']), [{ name: 'my-model', results: [{ task: { type: 'text-generation' }, dataset: { name: 'AI2 ARC', type: 'ai2_arc' }, metrics: [{ type: 'acc_norm', value: 61.43 }] }] }]);
  });

  void it('a key inside a list item is never a top-level key', () => {
    const f = fm(HF);
    assert.deepEqual(f.entries.filter((e) => e.path.length === 1).map((e) => e.key), ['language', 'model-index', 'widget']);
    assert.deepEqual(at(f, ['widget', 0, 'text']).keyRange, on(14, 2, 6));
    assert.deepEqual(at(f, ['widget', 1, 'text']).valueRange, on(15, 8, 15));
    const a = analyzeCard(`${HF}\n`, { assumeCard: true });
    const keyFindings = [...byRule(a, 'unknown-key'), ...byRule(a, 'duplicate-field')].filter((x) => /key "?(name|text|type|results)"? /.test(x.message));
    assert.deepEqual(keyFindings.map(show), [], 'no "name" or "text" among the top-level keys');
  });

  void it('nested mappings, and the path index', () => {
    const f = fm('---\nco2_eq_emissions:\n  emissions: 12.5\n  source:   CodeCarbon   # measured\n---\n');
    assert.deepEqual(at(f, ['co2_eq_emissions']).valueRange, r(2, 2, 3, 22), 'up to the last value, not the comment after it');
    assert.equal(at(f, ['co2_eq_emissions']).raw, '', 'a block collection has no one-line value text');
    const source = at(f, ['co2_eq_emissions', 'source']);
    assert.deepEqual([source.keyRange, source.valueRange, source.raw], [on(3, 2, 8), on(3, 12, 22), 'CodeCarbon']);
    assert.equal(pathKey(['co2_eq_emissions', 'source']), '["co2_eq_emissions","source"]');
    assert.deepEqual([...f.index.keys()], ['["co2_eq_emissions"]', '["co2_eq_emissions","emissions"]', '["co2_eq_emissions","source"]']);
    assert.equal(entryAt(f, ['co2_eq_emissions', 'nope']), undefined);
  });

  void it('flow mappings and flow sequences', () => {
    const text = '---\ninference: {parameters: {temperature: 0.7, max_new_tokens: 256}}\ntags: [a, "b c", \'d\']\n---\n';
    const f = fm(text);
    const inference = at(f, ['inference']);
    assert.deepEqual([inference.kind, inference.valueRange, inference.raw], ['map', on(1, 11, 64), '{parameters: {temperature: 0.7, max_new_tokens: 256}}']);
    assert.deepEqual(at(f, ['inference', 'parameters']).keyRange, on(1, 12, 22));
    assert.deepEqual(at(f, ['inference', 'parameters', 'max_new_tokens']).keyRange, on(1, 43, 57));
    assert.deepEqual(at(f, ['inference', 'parameters', 'max_new_tokens']).valueRange, on(1, 59, 62));
    const items = [0, 1, 2].map((i) => at(f, ['tags', i]));
    assert.deepEqual(items.map((e) => e.valueRange), [on(2, 7, 8), on(2, 10, 15), on(2, 17, 20)]);
    assert.deepEqual(items.map((e) => e.keyRange), [on(2, 7, 7), on(2, 10, 10), on(2, 17, 17)], 'a flow item has no "-": a point at the item');
    assert.deepEqual(f.data?.tags, ['a', 'b c', 'd']);
  });

  void it('multi-line plain and quoted scalars span their lines', () => {
    const text = '---\ndescription: first line\n  goes on here\nquote: "one\n  two"\nnext: 1\n---\n';
    const f = fm(text);
    assert.deepEqual(at(f, ['description']).valueRange, r(1, 13, 2, 14));
    assert.equal(f.data?.description, 'first line goes on here');
    assert.deepEqual(at(f, ['quote']).valueRange, r(3, 7, 4, 6));
    assert.equal(at(f, ['quote']).style, 'quoted');
    assert.equal(f.data?.quote, 'one two');
    assert.deepEqual(at(f, ['next']).keyRange, on(5, 0, 4));
  });

  void it('block scalars (| and >) from the indicator to the end of their last line', () => {
    const text = '---\nliteral: |\n  line 1\n  line 2\n\nfolded: >-\n  a\n  b\nafter: x\n---\n';
    const f = fm(text);
    const literal = at(f, ['literal']);
    assert.deepEqual([literal.valueRange, literal.style, literal.kind], [r(1, 9, 3, 8), 'block', 'scalar']);
    assert.ok(literal.raw.startsWith('|'));
    assert.equal(f.data?.literal, 'line 1\nline 2\n');
    assert.deepEqual(at(f, ['folded']).valueRange, r(5, 8, 7, 3));
    assert.equal(f.data?.folded, 'a b');
    assert.deepEqual(at(f, ['after']).valueRange, on(8, 7, 8));
  });

  void it('quoted keys are placed inside their quotes; comments are not keys', () => {
    const text = '---\n# heading comment\n"model_name": "Q"\n\'org name\': y # trailing\ntags:\n  # a comment in a list\n  - a\n---\n';
    const f = fm(text);
    assert.deepEqual(at(f, ['model_name']).keyRange, on(2, 1, 11));
    assert.deepEqual(at(f, ['model_name']).valueRange, on(2, 14, 17));
    assert.deepEqual(at(f, ['org name']).keyRange, on(3, 1, 9));
    assert.deepEqual(at(f, ['org name']).valueRange, on(3, 12, 13));
    assert.deepEqual(at(f, ['tags', 0]).keyRange, on(6, 2, 3));
    assert.deepEqual(f.entries.map((e) => pathKey(e.path)), ['["model_name"]', '["org name"]', '["tags"]', '["tags",0]']);
  });

  void it('what each value is: scalar, map, seq, alias, or nothing written', () => {
    const f = fm('---\na:\nb: null\nc: &x [1]\nd: *x\ne: {}\n---\n');
    assert.deepEqual(f.entries.map((e) => [e.key, e.kind]), [['a', 'null'], ['b', 'scalar'], ['c', 'seq'], ['0', 'scalar'], ['d', 'alias'], ['e', 'map']]);
    assert.deepEqual(at(f, ['a']).valueRange, on(1, 2, 2), 'a point after the colon');
    assert.equal(at(f, ['a']).raw, '');
    assert.equal(at(f, ['d']).raw, '*x');
    assert.deepEqual(f.data?.d, [1]);
  });

  void it('YAML 1.2 core schema: dates and months stay text, numbers are numbers', () => {
    const f = fm('---\nreleased: 2024-05\nlast_updated: 2025-10-02\np: 7e9\nh: 0x1F\nyes_: yes\nno_: no\nn: ~\nt: true\nv: 1_000\n---\n');
    assert.deepEqual({ ...f.data }, { released: '2024-05', last_updated: '2025-10-02', p: 7e9, h: 31, yes_: 'yes', no_: 'no', n: null, t: true, v: '1_000' });
  });
});

void describe('duplicate keys', () => {
  void it('both are visible, the last one wins, and its value is the one checked', () => {
    const text = '---\nmodel_name: A\naccess: public\nmodel_name: B\naccess: nope\n---\n';
    const f = fm(text);
    assert.deepEqual(f.problems, [], 'not a syntax error');
    assert.equal(f.data?.model_name, 'B');
    const names = f.entries.filter((e) => e.key === 'model_name');
    assert.deepEqual(names.map((e) => [e.line, e.overridden]), [[1, true], [3, false]]);
    assert.equal(at(f, ['access']).line, 4);
    const a = analyzeCard(text, { assumeCard: true });
    assert.deepEqual(byRule(a, 'duplicate-field').map((x) => x.range), [on(3, 0, 10), on(4, 0, 6)]);
    assert.deepEqual(byRule(a, 'invalid-value').map((x) => x.range), [on(4, 8, 12)], 'the value that wins, where it is written');
  });

  void it('keys under an overridden parent are overridden too', () => {
    const f = fm('---\nbenchmarks:\n  MMLU: 1\nbenchmarks:\n  GPQA: 2\n---\n');
    assert.equal(entryAt(f, ['benchmarks', 'MMLU']), undefined);
    assert.deepEqual(f.entries.map((e) => [pathKey(e.path), e.overridden]), [['["benchmarks"]', true], ['["benchmarks","MMLU"]', true], ['["benchmarks"]', false], ['["benchmarks","GPQA"]', false]]);
    assert.deepEqual({ ...(f.data?.benchmarks as object) }, { GPQA: 2 });
  });
});

void describe('YAML errors', () => {
  void it('every error, each at its own line and column, with a short message; the keys above the first are still checked', () => {
    const text = '---\nmodel_name: x\nbenchmarks:\n\tMMLU: 1\nparameters: 7B\ntags: [a, b\nlicense: mit\n---\n';
    const f = fm(text);
    assert.equal(f.data, null);
    // js-yaml stops at the tab; the YAML from the next top-level key on is read again for the unclosed [.
    assert.deepEqual(f.problems.map((p) => [p.code, p.severity, p.range.start]), [
      ['TAB_AS_INDENT', 'error', { line: 3, character: 0 }],
      ['YAML_SYNTAX', 'error', { line: 6, character: 0 }],
    ]);
    assert.equal(f.problems[0]?.message, 'YAML syntax error: Tabs are not allowed as indentation (line 4, column 1).');
    assert.equal(f.problems[1]?.message, 'YAML syntax error: Missed comma between flow collection entries (line 7, column 1).');
    assert.ok(f.problems.every((p) => p.message.length < 300));
    assert.equal(f.error?.message, f.problems[0]?.message);
    assert.deepEqual(f.entries.map((e) => pathKey(e.path)), ['["model_name"]', '["benchmarks"]'], 'what was read before the first error');
    const next = fm(text.replace('\tMMLU', '  MMLU'));
    assert.deepEqual(next.problems.map((p) => [p.code, p.range.start]), [['YAML_SYNTAX', { line: 6, character: 0 }]]);
    assert.ok(next.entries.some((e) => pathKey(e.path) === '["tags",1]'));
    assert.deepEqual(fm('---\nmodel_name: x\nbenchmarks:\n\tMMLU: 1\nparameters: 7B\n---\n').problems.map((p) => p.code), ['TAB_AS_INDENT'], 'nothing after the error is broken: one problem');
    const a = analyzeCard(text.replace('model_name: x', 'paramters: x'), { assumeCard: true });
    assert.deepEqual(byRule(a, 'unknown-key').map((x) => x.range), [on(1, 0, 9)]);
  });

  void it('a missing closing quote points at the opening quote', () => {
    const f = fm('---\nmodel_name: "Seedling\norganization: x\naccess: public\n---\n');
    assert.deepEqual(f.problems.map((p) => [p.code, p.range]), [['MISSING_CHAR', on(1, 12, 21)]]);
    assert.match(f.problems[0]?.message ?? '', /Missing closing "quote: the quoted text runs on to line 4 \(line 2, column 13\)\./);
  });

  void it('a top level that is not a mapping', () => {
    for (const [text, line] of [['---\n- a\n- b\n---\n', 1], ['---\n\njust text\n---\n', 2]] as const) {
      const f = fm(text);
      assert.deepEqual(f.problems.map((p) => [p.code, p.range.start.line]), [['NOT_A_MAPPING', line]]);
      assert.deepEqual([f.data, f.entries], [null, []], 'no entry looks like a top-level key');
    }
  });

  void it('a tag the Hub would refuse is an error at the tag, and the keys above it are still read', () => {
    const f = fm('---\nmodel_name: x\nlicense: !!python/object:os.system mit\nnext: 1\n---\n');
    assert.deepEqual(f.problems.map((p) => [p.code, p.severity, p.range]), [['TAG_RESOLVE_FAILED', 'error', on(2, 9, 34)]]);
    assert.match(f.problems[0]?.message ?? '', /^YAML error: Tag !!python\/object:os\.system does not resolve: PyYAML's safe loader \(huggingface_hub\) would refuse the block \(line 3, column 10\)\.$/);
    assert.equal(f.data, null, 'js-yaml stops at the tag, as PyYAML does');
    assert.deepEqual(f.entries.map((e) => e.key), ['model_name', 'license']);
  });

  void it('a value starting with @ or a backtick: said so at that character, not the indentation js-yaml names', () => {
    for (const [text, at] of [['---\nmodel_name: x\nlicense: @mit\n---\n', on(2, 9, 13)], ['---\ntags:\n- `a`\n---\n', on(2, 2, 5)], ['---\n@#$\n---\n', on(1, 0, 3)]] as const) {
      const f = fm(text);
      assert.deepEqual(f.problems.map((p) => [p.code, p.range]), [['BAD_SCALAR_START', at]], text);
      assert.match(f.problems[0]?.message ?? '', /^YAML syntax error: A plain value cannot start with [@`] \(reserved in YAML\): quote it \(line \d+, column \d+\)\.$/);
    }
    assert.deepEqual(fm('---\nlicense: "@mit"\n---\n').problems, []);
  });

  void it('an unknown alias is an error at the alias', () => {
    const f = fm('---\nmodel_name: x\nlicense: *nope\n---\n');
    assert.deepEqual(f.problems.map((p) => [p.code, p.range]), [['UNKNOWN_ALIAS', on(2, 9, 14)]]);
    assert.equal(f.problems[0]?.message, 'YAML error: Alias *nope has no anchor &nope before it (line 3, column 10).');
  });

  void it('a --- line with text after it starts a second YAML document: an error there', () => {
    const f = fm('---\nmodel_name: x\n--- license: mit\n---\n');
    assert.deepEqual(f.problems.map((p) => [p.code, p.range.start]), [['MULTIPLE_DOCUMENTS', { line: 2, character: 0 }]]);
    assert.deepEqual(f.entries.map((e) => e.key), ['model_name']);
  });
});

void describe('what PyYAML (huggingface_hub) and the Hub accept', () => {
  // Real Hub cards (a widget's example output pasted in): the quoted text's continuation lines start at
  // column 0, less indented than YAML 1.2 asks. PyYAML, the Hub and js-yaml read them; yaml refused 8 of 3,962 cards.
  const NESTED = [
    '---', //                                                      0
    'license: apache-2.0', //                                      1
    'widget:', //                                                  2
    '  - text: "The door closed as"', //                           3
    '    output:', //                                              4
    '      text: "the last person left the room.', //              5
    '', //                                                         6
    'Drake had been summoned by his employer.', //                 7
    '', //                                                         8
    'As he stood there, he wondered."', //                         9
    'library_name: transformers', //                               10
    '---', //                                                      11
  ].join('\n');
  const AT_PARENT_COLUMN = ['---', 'widget:', '- text: "summarize: We describe a system', 'called Overton."', '  example_title: Summary', 'license: mit', '---'].join('\n');

  void it('a multi-line double-quoted value less indented than its key: no syntax error, and the value reads as PyYAML reads it', () => {
    const f = fm(NESTED);
    assert.deepEqual(f.problems, []);
    const output = at(f, ['widget', 0, 'output', 'text']);
    assert.deepEqual([output.keyRange, output.valueRange, output.style], [on(5, 6, 10), r(5, 12, 9, 32), 'quoted']);
    assert.ok(output.raw.startsWith('"the last person left the room.\n\nDrake'), output.raw);
    const widget = f.data?.widget as { output: { text: string } }[] | undefined;
    assert.equal(widget?.[0]?.output.text, 'the last person left the room.\nDrake had been summoned by his employer.\nAs he stood there, he wondered.');
    assert.deepEqual(at(f, ['library_name']).keyRange, on(10, 0, 12));
    const a = analyzeCard(`${NESTED}\n`, { assumeCard: true });
    assert.deepEqual(byRule(a, 'frontmatter-syntax').map(show), []);
  });

  void it('the same in a list at its parent column', () => {
    const f = fm(AT_PARENT_COLUMN);
    assert.deepEqual(f.problems, []);
    assert.deepEqual(at(f, ['widget', 0, 'text']).valueRange, r(2, 8, 3, 16));
    assert.equal((f.data?.widget as { text: string }[] | undefined)?.[0]?.text, 'summarize: We describe a system called Overton.');
    assert.deepEqual(at(f, ['widget', 0, 'example_title']).keyRange, on(4, 2, 15));
    assert.deepEqual(at(f, ['license']).valueRange, on(5, 9, 12));
  });
});
