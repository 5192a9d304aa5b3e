// The generated grammar follows the vocabulary: every field label and leaderboard key, every tier and choice,
// and no regex that could backtrack.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BODY_FIELDS, LEADERBOARD_KEYS, TIERS } from '../../server/src/core';
import { grammar, type GrammarRule } from '../../server/src/generate/grammar';

/** Every rule of the grammar, nested ones included. */
function allRules(): GrammarRule[] {
  const g = grammar() as { repository: Record<string, GrammarRule> };
  const out: GrammarRule[] = [];
  const walk = (r: GrammarRule): void => {
    out.push(r);
    (r.patterns ?? []).forEach(walk);
  };
  Object.values(g.repository).forEach(walk);
  return out;
}

/** True when a group that holds an unbounded quantifier is itself repeated (`(a+)+`): the shape that backtracks. */
function hasNestedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  const unboundedAt = (j: number): boolean => source[j] === '+' || source[j] === '*' || /^\{\d*,\}/.test(source.slice(j, j + 12));
  const mark = (): void => {
    if (stack.length > 0) stack[stack.length - 1] = true;
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '(') {
      stack.push(false);
      i++;
      continue;
    }
    if (c === ')') {
      const inner = stack.pop() ?? false;
      if (inner && unboundedAt(i + 1)) return true;
      if (inner || unboundedAt(i + 1)) mark();
      i++;
      continue;
    }
    let end = i + 1; // just after the atom: an escape, a character class or one character
    if (c === '\\') end = i + 2;
    else if (c === '[') {
      end = source[i + 1] === '^' ? i + 2 : i + 1;
      if (source[end] === ']') end++;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      end++;
    }
    if (unboundedAt(end)) mark();
    i = end;
  }
  return false;
}

void describe('generated grammar', () => {
  const rules = allRules();
  const sources = rules.flatMap((r) => [r.match, r.begin, r.end]).filter((s): s is string => s !== undefined);
  const fieldRules = rules.filter((r) => r.name?.startsWith('meta.field.'));
  const jsRegExp = (s: string): RegExp => new RegExp(s.replace(/\\A/g, '^'), 'u');

  void it('recognises each body field label in its own place only', () => {
    for (const f of BODY_FIELDS) {
      const line = `${f.place === 'bullet' ? '- ' : ''}**${f.label}:** x`;
      const other = `${f.place === 'bullet' ? '' : '- '}**${f.label}:** x`;
      assert.equal(fieldRules.filter((r) => jsRegExp(r.begin ?? '').test(line)).length, 1, line);
      assert.equal(fieldRules.filter((r) => jsRegExp(r.begin ?? '').test(other)).length, 0, other);
    }
  });

  void it('recognises each leaderboard front matter key once', () => {
    const keyRules = rules.filter((r) => r.name?.startsWith('meta.frontmatter.') || r.captures?.['1']?.name?.includes('.frontmatter'));
    for (const k of LEADERBOARD_KEYS) assert.equal(keyRules.filter((r) => jsRegExp(r.begin ?? r.match ?? '').test(`${k.key}: x`)).length, 1, k.key);
  });

  void it('scopes every tier and every front matter choice', () => {
    const tier = rules.find((r) => r.captures?.['2']?.name === 'entity.name.type.tier.modelcard');
    for (const t of TIERS) assert.ok(jsRegExp(tier?.match ?? '').test(`(${t})`), t);
    for (const k of LEADERBOARD_KEYS.filter((x) => x.kind === 'choice')) {
      const rule = rules.find((r) => r.name === `meta.frontmatter.${k.key}.modelcard`);
      for (const c of k.choices ?? []) assert.ok(rule?.patterns?.some((p) => jsRegExp(p.match ?? '').test(c)), `${k.key}: ${c}`);
    }
  });

  void it('has no nested quantifiers', () => {
    assert.ok(hasNestedQuantifier('(a+)+') && hasNestedQuantifier('(?:x(?:\\d*))*') && !hasNestedQuantifier('(?:,\\d{3})+') && !hasNestedQuantifier('[(+]+'));
    for (const s of sources) assert.ok(!hasNestedQuantifier(s), s);
  });
});
