// Test helpers: fixtures, single-line edits of a card, and expected ranges computed from the text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../helpers/paths';
import { analyzeCard, type AnalyzeOptions, type CardAnalysis, type Finding, type Range, type RuleId } from '../../../server/src/core';

export { REPO_ROOT, SHARED_CARDS } from '../../helpers/paths';

/** Reads a card from test/fixtures. */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', name), 'utf8');
}

/** Every `*.md` under a folder, sorted; empty when the folder does not exist. */
export function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Replaces the one line that equals `from` (whole line) with `to` (which may hold several lines, or none when null). */
export function replaceLine(text: string, from: string, to: string | null): string {
  const lines = text.split('\n');
  const hits = lines.flatMap((l, i) => (l === from ? [i] : []));
  assert.equal(hits.length, 1, `expected exactly one line ${JSON.stringify(from)}, found ${hits.length}`);
  const at = hits[0] ?? 0;
  if (to === null) lines.splice(at, 1);
  else lines.splice(at, 1, to);
  return lines.join('\n');
}

/** Inserts `line` after the one line equal to `after`. */
export function insertAfter(text: string, after: string, line: string): string {
  return replaceLine(text, after, `${after}\n${line}`);
}

/**
 * The range of `part` inside the line that equals `line` (the `occurrence`-th such line, 0-based,
 * and the first `part` in it unless `from` says where to start looking).
 */
export function rangeIn(text: string, line: string, part: string, occurrence = 0, from = 0): Range {
  const lines = text.split(/\r\n|\r|\n/);
  const hits = lines.flatMap((l, i) => (l === line ? [i] : []));
  const lineNo = hits[occurrence];
  assert.ok(lineNo !== undefined, `line ${JSON.stringify(line)} (occurrence ${occurrence}) not in the text`);
  const character = (lines[lineNo] ?? '').indexOf(part, from);
  assert.ok(character >= 0, `${JSON.stringify(part)} not in line ${JSON.stringify(line)}`);
  return { start: { line: lineNo, character }, end: { line: lineNo, character: character + part.length } };
}

/** The findings of one rule. */
export function byRule(analysis: CardAnalysis, rule: RuleId): Finding[] {
  return analysis.findings.filter((f) => f.rule === rule);
}

/** Analyses `text` and returns the single finding of `rule` (failing when there is not exactly one). */
export function only(text: string, rule: RuleId, options: AnalyzeOptions = {}): Finding {
  const found = byRule(analyzeCard(text, options), rule);
  assert.equal(found.length, 1, `expected one ${rule} finding, got ${found.length}: ${JSON.stringify(found.map((f) => f.message))}`);
  return at(found, 0);
}

/** The item at `i` of `list`, failing the test when there is none. */
export function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  assert.ok(item !== undefined, `no item ${i} in a list of ${list.length}`);
  return item;
}

/** The two items of `list`, failing the test when there are not exactly two. */
export function two<T>(list: readonly T[], what = 'two items'): [T, T] {
  assert.equal(list.length, 2, `expected ${what}, got ${list.length}`);
  return [at(list, 0), at(list, 1)];
}

/** Errors and warnings, formatted for an assertion message. */
export function loud(analysis: CardAnalysis): string[] {
  return analysis.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map(show);
}

export function show(f: Finding): string {
  return `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message}`;
}

/** Fails unless a range lies inside the text (UTF-16 positions, 0-based, start ≤ end). */
export function assertRangeInside(text: string, range: Range, what = 'range'): void {
  assertInLines(text.split(/\r\n|\r|\n/), range, what);
}

/** assertRangeInside on a text already split into lines (a card with 60,000 findings is split once, not for each). */
function assertInLines(lines: readonly string[], range: Range, what: string): void {
  const { start, end } = range;
  for (const [name, p] of [['start', start], ['end', end]] as const) {
    assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}.${name} is not integral: ${JSON.stringify(range)}`);
    assert.ok(p.line >= 0 && p.line < lines.length, `${what}.${name}.line ${p.line} outside 0..${lines.length - 1}`);
    const len = (lines[p.line] ?? '').length;
    assert.ok(p.character >= 0 && p.character <= len, `${what}.${name}.character ${p.character} outside 0..${len} on line ${p.line}`);
  }
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what} ends before it starts: ${JSON.stringify(range)}`);
}

/** Fails unless every finding's range, and every range of its fix and suggestions, lies inside the text. */
export function assertFindingsInside(text: string, findings: Finding[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of findings) {
    assertInLines(lines, f.range, `${f.rule} range`);
    for (const fix of [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])]) {
      for (const e of fix.edits) assertInLines(lines, e.range, `${f.rule} fix "${fix.title}" edit`);
    }
  }
}
