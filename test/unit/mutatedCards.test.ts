// Property over mutated real cards (the fixtures, examples/, and the shared leaderboard when present):
// lines deleted, duplicated and swapped, hostile strings, truncation, CRLF, BOM, tabs, long runs of
// spaces, unclosed fences and comments, YAML garbage. Each analysis never throws, takes under 100 ms (reported; 1 s asserted),
// keeps every range inside the text, and no fix creates a new error (see `newErrors`).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeCard, applyEdits, fixAll, type CardAnalysis } from '../../server/src/core';
import { assertFindingsInside, markdownFiles, REPO_ROOT, SHARED_CARDS, show } from './helpers/cards';
import { seeded, SEED_NOTE } from './helpers/seed';

const CORPUS: { name: string; text: string }[] = [
  ...markdownFiles(path.join(REPO_ROOT, 'test', 'fixtures')),
  ...markdownFiles(path.join(REPO_ROOT, 'examples')),
  ...markdownFiles(SHARED_CARDS),
].map((file) => ({ name: path.relative(REPO_ROOT, file), text: fs.readFileSync(file, 'utf8') }));

const HOSTILE = [
  'constructor', '__proto__', '- **__proto__:** toString', '| **constructor** | 1 | x |', '\u0000', '\u001b]0;title\u0007\u001b[2J', '\uFEFF', '\uD800', '😀',
  '<!--', '-->', '<!-- modelcard-disable -->', '```', '~~~', '````', '    - **ALScore:** 9.9', '[', '[](', '](', '**', '- **', ':**', '|', '\\', '&a [*a, *a]', '*a',
  `${' '.repeat(3000)}x`, `${'\t'.repeat(500)}x`, `- **Parameters:**${' '.repeat(2000)}7B`, '1e308B', '9'.repeat(400), '-', 'TBA', '\r', '\r\n',
];
const YAML_GARBAGE = [': : [', 'key: &a [*a, *a, *a]', '? [', '\t- x', '*unknown', '!!python/object:os.system x', '{a: 1', "'unterminated", 'a:\n  - b\n c: d', '---', '...', '%YAML 1.1', 'x: |\n', 'benchmarks: {MMLU: [}'];

type Mutation =
  | { kind: 'delete' | 'duplicate' | 'truncateLine'; at: number }
  | { kind: 'swap'; at: number; to: number }
  | { kind: 'insert' | 'append'; at: number; text: string }
  | { kind: 'yaml'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'crlf' | 'bom' | 'tabs' | 'fence' | 'comment' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'truncateLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constantFrom('insert' as const, 'append' as const), at: fc.nat(), text: fc.constantFrom(...HOSTILE) }),
  fc.record({ kind: fc.constant('yaml' as const), at: fc.nat(), text: fc.constantFrom(...YAML_GARBAGE) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constantFrom('crlf' as const, 'bom' as const, 'tabs' as const, 'fence' as const, 'comment' as const) }),
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = 'at' in m ? m.at % lines.length : 0;
  const line = lines[i] ?? '';
  switch (m.kind) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, line);
      break;
    case 'truncateLine':
      lines[i] = line.slice(0, line.length >> 1);
      break;
    case 'swap': {
      const j = m.to % lines.length;
      lines[i] = lines[j] ?? '';
      lines[j] = line;
      break;
    }
    case 'insert':
      lines.splice(i, 0, m.text);
      break;
    case 'append':
      lines[i] = line + m.text;
      break;
    case 'yaml': {
      // Inside the front matter when there is one, else a front matter of garbage.
      const close = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
      if (close > 0) lines.splice(1 + (m.at % close), 0, m.text);
      else return `---\n${m.text}\n---\n${text}`;
      break;
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'bom':
      return `\uFEFF${text}`;
    case 'tabs':
      return text.replace(/^( {2})+/gm, (s) => '\t'.repeat(s.length >> 1));
    case 'fence':
      lines.splice(i, 0, '```');
      break;
    case 'comment':
      lines.splice(i, 0, '<!-- unclosed');
      break;
  }
  return lines.join('\n');
}

/** The target for one card (issue 12), reported: on a shared, loaded machine a time is not only the engine's. */
const TARGET_MS = 100;
/** What is asserted, on the fastest of up to three runs: only a hang or a pathological slowdown exceeds it. */
const LIMIT_MS = 1000;
const slowest = { wall: 0, cpu: 0, name: '', overTarget: 0, cards: 0 };

/** Analyses `text`, timed by performance.now (and CPU time, for the report); over the target it tries twice more and keeps the fastest. */
function timedAnalysis(text: string, name: string): CardAnalysis {
  let wall = Infinity;
  let cpu = Infinity;
  let a: CardAnalysis | null = null;
  for (let attempt = 0; attempt < 3 && wall >= TARGET_MS; attempt++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    a = analyzeCard(text);
    wall = Math.min(wall, performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  slowest.cards++;
  if (wall >= TARGET_MS) slowest.overTarget++;
  if (wall > slowest.wall) Object.assign(slowest, { wall, cpu, name });
  assert.ok(wall < LIMIT_MS, `${name}: analysis took ${wall.toFixed(1)} ms (limit ${LIMIT_MS})`);
  assert.ok(a);
  return a;
}

/** Errors per rule id. */
function errorCounts(a: CardAnalysis): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of a.findings) if (f.severity === 'error') counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return counts;
}

/**
 * "No fix creates a new error": after the fix, no rule has more errors than before. Counting per rule
 * (not per line) is what makes it exact when a fix inserts or deletes lines and the rest move.
 */
function newErrors(before: CardAnalysis, after: CardAnalysis): string[] {
  const was = errorCounts(before);
  const out: string[] = [];
  for (const [rule, n] of errorCounts(after)) {
    if (n > (was.get(rule) ?? 0)) out.push(...after.findings.filter((f) => f.rule === rule && f.severity === 'error').map(show));
  }
  return out;
}

/** Every property for one mutated card: each certain fix alone, then all of them together. */
function checkCard(text: string, name: string): void {
  const a = timedAnalysis(text, name);
  assertFindingsInside(text, a.findings);
  for (const f of a.findings) {
    if (!f.fix) continue;
    const fixed = applyEdits(text, f.fix.edits);
    const b = analyzeCard(fixed);
    assertFindingsInside(fixed, b.findings);
    assert.deepEqual(newErrors(a, b), [], `${name}: the fix "${f.fix.title}" of ${show(f)} creates errors`);
  }
  const all = fixAll(text);
  const b = analyzeCard(all);
  assertFindingsInside(all, b.findings);
  assert.deepEqual(newErrors(a, b), [], `${name}: fixAll creates errors`);
}

void describe('mutated real cards', () => {
  void it(`the corpus is there (${CORPUS.length} cards; the shared leaderboard ${fs.existsSync(SHARED_CARDS) ? 'included' : 'absent, skipped'})`, () => {
    assert.ok(CORPUS.length >= 10, 'the fixtures and examples at least');
  });

  void it('never throw, each analysis fast, ranges inside, and no fix creates a new error', (t) => {
    t.diagnostic(SEED_NOTE);
    // Loaded on first use (the YAML parser, zod) and compiled: a one-time cost, not a card's.
    for (const card of CORPUS) analyzeCard(card.text);
    fc.assert(
      fc.property(fc.nat({ max: CORPUS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 5 }), (which, ms) => {
        const card = CORPUS[which];
        assert.ok(card);
        checkCard(ms.reduce(mutate, card.text), `${card.name} after ${JSON.stringify(ms).slice(0, 300)}`);
      }),
      seeded(80),
    );
    t.diagnostic(`${slowest.cards} cards; slowest analysis ${slowest.wall.toFixed(1)} ms (${slowest.cpu.toFixed(1)} ms of CPU): ${slowest.name.slice(0, 200)}; ${slowest.overTarget} over ${TARGET_MS} ms`);
  });
});
