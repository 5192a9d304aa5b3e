// frontmatter-body-mismatch: front matter and body must not disagree on a fact.
import type { RuleContext } from '../context';
import type { BodyFieldName } from '../parseBody';
import type { NormalizedCard } from '../schema';
import { lineRange } from '../text';
import type { Range } from '../types';
import { normalizeReleased } from '../values';
import { billions } from '../numbers';

export function checkConsistency(ctx: RuleContext, body: NormalizedCard, fm: NormalizedCard): void {
  const fmRange = ctx.frontMatter ? lineRange(ctx.frontMatter.openLine, 0, 3) : lineRange(0, 0, 0);
  // Either side may be the mistake, so both get a finding that names the other's line.
  const differ = (key: string, bodyLabel: string, fmShown: string, bodyShown: string, bodyAt: Range | undefined): void => {
    const entry = ctx.entry(key);
    const at = ctx.valueAt(entry, fmRange);
    const where = bodyAt ? ` (line ${bodyAt.start.line + 1})` : '';
    ctx.report('frontmatter-body-mismatch', at, `Front matter ${key} is ${fmShown} but the body's ${bodyLabel}${where} is ${bodyShown}`);
    if (bodyAt) ctx.report('frontmatter-body-mismatch', bodyAt, `The body's ${bodyLabel} is ${bodyShown} but front matter ${key} (line ${at.start.line + 1}) is ${fmShown}`);
  };
  const line = (name: string): Range | undefined => {
    const f = ctx.field(name as BodyFieldName);
    return f ? ctx.valueAt(f, f.keyRange) : undefined;
  };
  const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

  if (fm.modelName !== null && body.modelName !== null && !same(fm.modelName, body.modelName)) {
    differ('model_name', 'title', `"${fm.modelName}"`, `"${body.modelName}"`, ctx.body?.titles[0]?.range);
  }
  if (fm.organization !== null && body.organization !== null && !same(fm.organization, body.organization)) {
    differ('organization', 'Organization', `"${fm.organization}"`, `"${body.organization}"`, line('Organization'));
  }
  if (fm.released !== null && body.released !== null) {
    const a = normalizeReleased(fm.released);
    const b = normalizeReleased(body.released);
    if (a !== null && b !== null && a !== b) differ('released', 'Released', fm.released, body.released, line('Released'));
  }
  if (fm.access !== null && body.access !== null && fm.access !== body.access) differ('access', 'Access', fm.access, body.access, line('Access'));
  if (fm.architecture !== null && body.architecture !== null && !same(fm.architecture, body.architecture)) {
    differ('architecture', 'Type', fm.architecture, body.architecture, line('Type'));
  }
  const counts: [keyof NormalizedCard & ('parametersB' | 'trainingTokensB'), string, string][] = [
    ['parametersB', 'parameters', 'Parameters'],
    ['trainingTokensB', 'training_tokens', 'Training Tokens'],
  ];
  for (const [prop, key, label] of counts) {
    const a = fm[prop];
    const b = body[prop];
    if (a !== null && b !== null && Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b))) {
      differ(key, label, billions(a), billions(b), line(label));
    }
  }
  if (fm.lastUpdated !== null && body.lastUpdated !== null && fm.lastUpdated !== body.lastUpdated) {
    differ('last_updated', 'Last Updated', fm.lastUpdated, body.lastUpdated, line('Last Updated'));
  }
  const setOf = (xs: string[]): string => [...new Set(xs.map((x) => x.toLowerCase()))].sort().join(', ');
  if (ctx.entry('tags') && ctx.body?.tagLine && setOf(fm.tags) !== setOf(body.tags)) {
    differ('tags', 'tag line', fm.tags.join(', ') || 'empty', body.tags.join(', ') || 'no tags', ctx.body.tagLine.range);
  }
  if (ctx.entry('dataset_type') && line('Dataset Type') !== undefined && setOf(fm.datasetType) !== setOf(body.datasetType)) {
    differ('dataset_type', 'Dataset Type', fm.datasetType.join(', '), body.datasetType.join(', '), line('Dataset Type'));
  }
  for (const b of fm.benchmarks) {
    // The normalized rows are the parsed rows in order, so one index finds both.
    const i = body.benchmarks.findIndex((r) => r.name.toLowerCase() === b.name.toLowerCase());
    const row = ctx.body?.benchmarks[i];
    const bodyScore = body.benchmarks[i]?.score ?? null;
    if (!row || b.score === null || bodyScore === null || Math.abs(b.score - bodyScore) < 1e-9) continue;
    const entry = ctx.benchmarkEntry(b.name);
    const at = ctx.valueAt(entry, fmRange);
    ctx.report('frontmatter-body-mismatch', at, `Front matter benchmark ${b.name} is ${b.score} but the body's table (line ${row.line + 1}) says ${bodyScore}`);
    ctx.report('frontmatter-body-mismatch', row.scoreRange, `The body's ${b.name} score is ${bodyScore} but front matter (line ${at.start.line + 1}) says ${b.score}`);
  }
}
