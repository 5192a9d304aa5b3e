// Hostile front matter: aliases never expand, any shape is read in linear time without throwing, and
// no message copies a whole value.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard, LineIndex, type CardAnalysis, type Position, type Range } from '../../server/src/core';
import { describeValue, shortText } from '../../server/src/core/parse/describe';
import { entryAt, MAX_FRONT_MATTER_CHARS, parseFrontMatter, type FrontMatter } from '../../server/src/core/parseFrontMatter';
import { assertFindingsInside, byRule } from './helpers/cards';

/** Generous bounds: the point is "returns", against the old reader's 28 s and the quadratic scans. */
const QUICK_MS = 5_000;
const LARGE_MS = 20_000;

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

/** Analyses a card (as a card, whatever it holds), checking time, ranges and message sizes. */
function survive(text: string, limitMs = QUICK_MS): CardAnalysis {
  const { value: a, ms } = timed(() => analyzeCard(text, { assumeCard: true }));
  assert.ok(ms < limitMs, `took ${ms.toFixed(0)} ms`);
  assertFindingsInside(text, a.findings);
  for (const f of a.findings) assert.ok(f.message.length < 1000, `a ${f.message.length}-character message: ${f.message.slice(0, 120)}…`);
  const lines = text.split(/\r\n|\r|\n/);
  for (const e of a.frontMatter?.entries ?? []) {
    for (const range of [e.keyRange, e.valueRange]) assert.ok(inside(lines, range), `${e.key}: ${JSON.stringify(range)}`);
    assert.ok(e.raw.length <= 201, `raw of ${e.raw.length} characters`);
  }
  return a;
}

/** assertRangeInside without splitting the text again for each of 30,000 entries. */
function inside(lines: readonly string[], range: Range): boolean {
  const ok = (p: Position): boolean => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= (lines[p.line] ?? '').length;
  const { start, end } = range;
  return ok(start) && ok(end) && (start.line < end.line || (start.line === end.line && start.character <= end.character));
}

function frontMatter(text: string): FrontMatter {
  const fm = parseFrontMatter(new LineIndex(text));
  assert.ok(fm);
  return fm;
}

const codes = (a: CardAnalysis): string[] => (a.frontMatter?.problems ?? []).map((p) => p.code);

// The 560-byte card that took js-yaml 28 s and 2.3 GB before a RangeError, once a message quoted a value.
const LAUGHS = [
  '---',
  'model_name: x',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  'tags: *i',
  'benchmarks: {MMLU: *i}',
  'model_name: *i',
  '---',
  '',
].join('\n');

void describe('aliases never expand', () => {
  void it('billion laughs returns quickly, with a finding at the first alias refused', () => {
    const a = survive(LAUGHS);
    const fm = a.frontMatter;
    assert.ok(fm?.data);
    const limit = fm.problems.find((p) => p.code === 'ALIAS_LIMIT');
    assert.ok(limit, codes(a).join());
    assert.equal(limit.range.start.line, 6, 'the first *d inside e: the budget runs out there');
    assert.match(limit.message, /more than 10,000 values .* \*d is left unexpanded \(and \d+ more aliases\)\.$/);
    assert.equal(byRule(a, 'frontmatter-syntax')[0]?.message, limit.message);
    // The data shares values instead of copying them, so even a full walk of it stays small.
    assert.ok(JSON.stringify(fm.data).length < 2_000_000);
    assert.ok(byRule(a, 'invalid-value').some((f) => f.message.startsWith('tags: a list of 9 items is not valid')));
  });

  void it('an alias shares its anchor value; anchors on aliases, cycles and unknown anchors are findings', () => {
    const fm = frontMatter('---\na: &a {x: 1}\nb: *a\nc: &c [*c]\ne: &e *a\nf: &a 2\ng: *a\n---\n');
    assert.equal(fm.data, null, 'an anchor on an alias is a YAML error, so there is no data');
    const ok = frontMatter('---\na: &a {x: 1}\nb: *a\nc: &c [*c]\nf: &a 2\ng: *a\n---\n');
    assert.ok(ok.data);
    assert.equal(ok.data.b, ok.data.a, 'one shared value, not a copy');
    assert.deepEqual(ok.data.c, [null]);
    assert.equal(ok.data.g, 2, 'the latest anchor of a name wins for the aliases after it');
    assert.deepEqual(ok.problems.map((p) => [p.code, p.range.start.line, p.range.start.character]), [['ALIAS_CYCLE', 3, 7]]);
    assert.equal(entryAt(ok, ['b'])?.kind, 'alias');
    assert.equal(entryAt(ok, ['b', 'x']), undefined, 'entries do not follow aliases');
    // js-yaml stops at an alias without an anchor, as PyYAML does: one error there, and no data.
    const unknown = frontMatter('---\na: &a {x: 1}\nd: *nope\ng: *a\n---\n');
    assert.deepEqual(unknown.problems.map((p) => [p.code, p.range.start.line, p.range.start.character]), [['UNKNOWN_ALIAS', 2, 3]]);
    assert.equal(unknown.data, null);
  });

  void it('ten thousand aliases into their own anchor: twenty problems listed, the rest counted; to nothing: the first one', () => {
    const text = `---\nmodel_name: x\nlist: &l [${Array.from({ length: 10_000 }, () => '*l').join(', ')}]\n---\n`;
    const a = survive(text);
    const cycles = (a.frontMatter?.problems ?? []).filter((p) => p.code === 'ALIAS_CYCLE');
    assert.equal(cycles.length, 20);
    assert.match(cycles[19]?.message ?? '', /9980 more alias problems not listed\.$/);
    const unknown = survive(`---\nmodel_name: x\nlist: [${Array.from({ length: 10_000 }, (_, i) => `*n${i}`).join(', ')}]\n---\n`);
    assert.deepEqual(codes(unknown), ['UNKNOWN_ALIAS']);
  });
});

void describe('any shape, read in linear time', () => {
  void it('10,000 widget items', () => {
    const text = `---\nmodel_name: x\nwidget:\n${Array.from({ length: 10_000 }, (_, i) => `- text: "item ${i}"\n  example_title: t${i}`).join('\n')}\n---\n`;
    const a = survive(text, LARGE_MS);
    assert.equal(a.frontMatter?.entries.length, 2 + 3 * 10_000);
    assert.deepEqual(byRule(a, 'duplicate-field'), []);
    assert.ok(a.frontMatter);
    assert.equal(entryAt(a.frontMatter, ['widget', 9_999, 'example_title'])?.line, 2 + 2 * 10_000);
  });

  void it('20,000 keys in one mapping, then each again: every first occurrence overridden, the second kept', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`);
    const a = survive(`---\nmodel_name: x\n${keys.join('\n')}\n${keys.map((k) => k.replace(': ', ': v')).join('\n')}\n---\n`, LARGE_MS);
    const entries = a.frontMatter?.entries ?? [];
    assert.equal(entries.length, 1 + 40_000);
    assert.equal(entries.filter((e) => e.overridden).length, 20_000);
    assert.equal(a.frontMatter?.data?.k19999, 'v19999');
  });

  for (const [name, open, close] of [['flow sequences', '[', ']'], ['flow mappings', '{a: ', '}']] as const) {
    void it(`10,000 nested ${name}`, () => {
      const a = survive(`---\nmodel_name: x\ndeep: ${open.repeat(10_000)}${close.repeat(10_000)}\n---\n`);
      assert.ok(codes(a).includes('TOO_DEEP') || codes(a).includes('RESOURCE_EXHAUSTION'), codes(a).join());
    });
  }

  void it('10,000 nested block lists on one line, and 1,000 nested block mappings', () => {
    survive(`---\nmodel_name: x\ndeep:\n  ${'- '.repeat(10_000)}x\n---\n`);
    const blocks = Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    const a = survive(`---\nmodel_name: x\n${blocks} end\n---\n`, LARGE_MS);
    assert.ok(codes(a).length > 0, 'deeper than the walk reads');
  });

  void it('100,000 unclosed [ and an unterminated quote', () => {
    const flows = survive(`---\nmodel_name: x\na: ${'['.repeat(100_000)}\n---\n`, LARGE_MS);
    // yaml reports the overflow (where the stack runs out) many times over at one place: one problem, each message once.
    assert.ok(codes(flows).length <= 4 && codes(flows).includes('TOO_DEEP'), codes(flows).join());
    assert.match(flows.frontMatter?.problems[0]?.message ?? '', /^YAML syntax error: Nested too deeply for the YAML parser to read\b.* \(line 3, column \d+\)\.$/);
    // A hundred broken lines: each read again from its own key, twenty listed, the rest counted.
    const many = survive(`---\nmodel_name: x\n${'a: b: c\n'.repeat(100)}---\n`);
    const listed = (many.frontMatter?.problems ?? []).filter((p) => p.message.startsWith('YAML syntax error'));
    assert.equal(listed.length, 20, 'twenty listed, the rest counted');
    assert.deepEqual(listed.slice(0, 3).map((p) => p.range.start.line), [2, 3, 4]);
    assert.match(listed[19]?.message ?? '', /\)\. 80 more YAML problems not listed\.$/);
    const lots = survive(`---\nmodel_name: x\n${'a: b: c\n'.repeat(50_000)}---\n`, LARGE_MS);
    assert.match(lots.frontMatter?.problems[19]?.message ?? '', / 1000\+ more YAML problems not listed\.$/);
    const quote = survive(`---\nmodel_name: "x\n${'a: 1\n'.repeat(5_000)}---\n`);
    assert.deepEqual(quote.frontMatter?.problems.map((p) => [p.code, p.range.start.line]), [['MISSING_CHAR', 1]]);
  });

  void it('tabs, NUL bytes, lone surrogates and CR-only lines', () => {
    const a = survive('---\nmodel_name: x\n\tb: 1\n\t\t- c\nd: "\u0000"\ne: \uD800\n---\n');
    assert.ok(codes(a).includes('TAB_AS_INDENT'));
    // PyYAML (huggingface_hub) refuses a NUL byte anywhere, and so does js-yaml: an error at the first one.
    const nul = survive('---\nmodel_name: x\nlicense: a\u0000b\n\u0000: 1\n---\n');
    assert.deepEqual(nul.frontMatter?.problems.map((p) => [p.code, p.range]), [['NUL_CHARACTER', { start: { line: 2, character: 10 }, end: { line: 2, character: 11 } }]]);
    assert.equal(nul.frontMatter?.data, null);
    assert.deepEqual(nul.frontMatter?.entries.map((e) => e.key), ['model_name', 'license'], 'what was read before it');
    survive('\r---\rmodel_name: x\rtags:\r- a\r---\rbody');
  });

  void it('front matter over 1 MB is not parsed, and says so', () => {
    const text = `---\nmodel_name: x\ndescription: ${'x'.repeat(10_000_000)}\n---\n`;
    const a = survive(text);
    assert.deepEqual(codes(a), ['TOO_LARGE']);
    assert.match(a.frontMatter?.problems[0]?.message ?? '', /larger than 1 MB \(9\.5 MB\): it is not read/);
    assert.ok(text.length > MAX_FRONT_MATTER_CHARS);
  });

  void it('long runs of spaces and blank lines (the old entry regex and gray-matter comment strip were quadratic)', () => {
    survive(`---\nmodel_name: x\n${' '.repeat(900_000)}\nb: 1\n---\n`);
    survive(`---\nmodel_name: x\n${' '.repeat(900_000)}b: 1\n---\n`);
    const blank = survive(`---\nmodel_name: x\n${'\n'.repeat(200_000)}b: 1\n---\n`, LARGE_MS);
    assert.equal(blank.frontMatter?.data?.b, 1);
    survive(`---\nmodel_name: x\n${'  \n'.repeat(200_000)}b: 1\n---\n`, LARGE_MS);
  });

  void it('merge keys << are ordinary keys; YAML 1.1 tags the Hub rejects are errors', () => {
    const merge = frontMatter('---\nbase: &b {access: public}\ncard:\n  <<: *b\n  x: 1\n---\n');
    assert.deepEqual(merge.problems, []);
    assert.deepEqual(Object.keys(merge.data?.card ?? {}), ['<<', 'x']);
    // js-yaml stops at the first error: one block per tag.
    for (const tagged of ['!!python/object:os.system {a: 1}', '!!binary aGk=', '!!timestamp 2001-12-14', '!!set {a, b}', '!!omap [a: 1]']) {
      const tags = frontMatter(`---\nm: ${tagged}\n---\n`);
      assert.deepEqual(tags.problems.map((p) => [p.code, p.range.start.character]), [['TAG_RESOLVE_FAILED', 3]], tagged);
    }
    assert.equal(frontMatter('---\nt: 2001-12-14\n---\n').data?.t, '2001-12-14', 'no Date objects');
  });

  void it('keys named like Object.prototype members pollute nothing', () => {
    const text = '---\nmodel_name: x\nconstructor: 1\n__proto__: {polluted: true}\ntoString: x\nbenchmarks:\n  __proto__: 5\n  constructor: 7\n  hasOwnProperty: 101\n---\n';
    const a = survive(text);
    const data = a.frontMatter?.data ?? {};
    assert.equal(Object.getPrototypeOf(data), null);
    assert.deepEqual(Object.keys(data), ['model_name', 'constructor', '__proto__', 'toString', 'benchmarks']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(data.benchmarks), null);
    assert.deepEqual(byRule(a, 'benchmark-out-of-range').map((f) => f.message), ['Benchmark hasOwnProperty score 101 is outside 0–100']);
  });

  void it('no message copies a whole value or key', () => {
    const long = 'w'.repeat(300_000);
    const text = `---\nmodel_name: [${long}]\nlicense_link: ${long}\n"${long.slice(0, 900)}": 1\nbenchmarks:\n  ${long.slice(0, 1000)}: "${long}"\n---\n`;
    const a = survive(text);
    assert.ok(a.findings.length >= 3, a.findings.map((f) => f.rule).join());
  });
});

void describe('describeValue', () => {
  void it('says what a value is in a few words', () => {
    assert.equal(describeValue('x'.repeat(200)), `"${'x'.repeat(80)}…"`);
    assert.equal(describeValue('a "quoted"\nvalue'), '"a \\"quoted\\"\\nvalue"');
    assert.equal(describeValue([1, 2, 3]), 'a list of 3 items');
    assert.equal(describeValue(['x']), 'a list of 1 item');
    assert.equal(describeValue({ a: 1 }), 'a mapping');
    assert.equal(describeValue(1000, '1e3'), '1e3');
    assert.equal(describeValue(0.5), '0.5');
    assert.equal(describeValue(null), 'an empty value');
    assert.equal(describeValue(true), 'true');
  });

  void it('never cuts a character in half', () => {
    assert.equal(shortText(`${'a'.repeat(79)}😀😀`, 80), `${'a'.repeat(79)}…`);
  });
});
