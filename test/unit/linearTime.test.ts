// Every scan is linear: a card with one 1 MB line of a construct that backtracking or naive searches make
// quadratic is checked well under a second, and doubling the line roughly doubles the time.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard } from '../../server/src/core';
import { fixture, insertAfter } from './helpers/cards';

const SEED = fixture('seed.md');
const MB = 1024 * 1024;

/** Lines of about `size` characters that would be slow to read with a quadratic scan. */
const SHAPES: [name: string, line: (size: number) => string][] = [
  ['spaces then x', (n) => `${' '.repeat(n)}x`],
  ['tabs and spaces then x after a heading marker', (n) => `## ${' \t'.repeat(n / 2)}x`],
  ['spaces then x after a field label', (n) => `**Released:** ${' '.repeat(n)}x`],
  ['spaces then x after a bullet field', (n) => `- **Parameters:** ${' '.repeat(n)}x`],
  ['<!--', (n) => '<!--'.repeat(n / 4)],
  ['text then a run of <!--', (n) => `x ${'<!--'.repeat(n / 4)}`],
  ['[', (n) => `x ${'['.repeat(n)}`],
  ['[](', (n) => `x ${'[]('.repeat(n / 3)}`],
  ['[a](b "', (n) => `x ${'[a](b "'.repeat(n / 7)}`],
  ['![', (n) => `x ${'!['.repeat(n / 2)}`],
  ['a single backtick run', (n) => `x ${'`'.repeat(n)}`],
  ['backtick runs of growing length', (n) => `x ${growingRuns(n)}`],
  ['unclosed tags', (n) => `x ${'<a b="c" d '.repeat(n / 11)}`],
  ['<? and <![CDATA[', (n) => `x ${'<?<![CDATA[<!x '.repeat(n / 15)}`],
  ['>', (n) => '>'.repeat(n)],
  ['- nesting', (n) => `${'- '.repeat(n / 2)}x`],
  ['pipes', (n) => `| ${'a | '.repeat(n / 4)}`],
  ['backslashes', (n) => `x ${'\\'.repeat(n)}`],
];

/** Backtick runs of lengths 1, 2, 3… separated by a letter: every opener is unmatched. */
function growingRuns(size: number): string {
  const parts: string[] = [];
  let total = 0;
  for (let k = 1; total < size; k++) {
    parts.push('`'.repeat(k), 'a');
    total += k + 1;
  }
  return parts.join('');
}

/** Best of two timings of checking `text`. */
function bestOfTwo(text: string): number {
  let best = Infinity;
  for (let k = 0; k < 2; k++) {
    const started = performance.now();
    analyzeCard(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Best of two timings of checking the seed card with `line` in Additional Notes (and once in the header). */
function time(line: string): number {
  return bestOfTwo(insertAfter(insertAfter(SEED, 'Nothing to add: this card exists to be edited by tests.', `\n${line}\n`), '**Access:** 🟢 Public', line));
}

void describe('linear time on 1 MB lines', () => {
  for (const [name, line] of SHAPES) {
    void it(name, () => {
      time(line(64 * 1024)); // warm up the engine's code paths on this shape
      const half = time(line(MB / 2));
      const full = time(line(MB));
      assert.ok(full < 1500, `1 MB took ${full.toFixed(0)} ms`);
      // Linear doubles, quadratic quadruples; a floor keeps timer noise on fast runs out of the ratio.
      const ratio = (full + 25) / (half + 25);
      assert.ok(ratio < 3, `doubling the line multiplied the time by ${ratio.toFixed(2)} (${half.toFixed(0)} ms, then ${full.toFixed(0)} ms)`);
    });
  }
});

/** Front matter whose quoted scalar (closed or not) or block scalar holds about `size` characters of a shape. */
const QUOTED_SHAPES: [name: string, value: (size: number) => string][] = [
  ['a double-quoted scalar of escaped line breaks, never closed', (n) => `"${'  x\\\n'.repeat(n / 5)}`],
  ['a double-quoted scalar of escapes', (n) => `"${'\\n\\u00e9'.repeat(n / 8)}"`],
  ['a single-quoted scalar of doubled quotes', (n) => `'${"''".repeat(n / 2)}'`],
  ['a single-quoted scalar of folded and blank lines, never closed', (n) => `'${'a  \n\n   '.repeat(n / 8)}`],
  ['a literal block scalar of short and blank lines', (n) => `|\n${'  x\n\n'.repeat(n / 5)}`],
  ['a folded block scalar of more-indented lines', (n) => `>-\n${'  a\n      b\n\n'.repeat(n / 14)}`],
];

void describe('linear time on front matter quoted and block scalars across lines', () => {
  const card = (value: string): string => `---\nlicense: mit\npipeline_tag: text-generation\nextra_gated_prompt: ${value}\n---\n# Heron\n`;
  for (const [name, value] of QUOTED_SHAPES) {
    void it(name, () => {
      bestOfTwo(card(value(32 * 1024)));
      const half = bestOfTwo(card(value(256 * 1024)));
      const full = bestOfTwo(card(value(512 * 1024)));
      assert.ok(full < 1500, `512 KB took ${full.toFixed(0)} ms`);
      const ratio = (full + 25) / (half + 25);
      assert.ok(ratio < 3, `doubling the value multiplied the time by ${ratio.toFixed(2)} (${half.toFixed(0)} ms, then ${full.toFixed(0)} ms)`);
    });
  }
});
