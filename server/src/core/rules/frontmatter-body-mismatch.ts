// frontmatter-body-mismatch: front matter and body give different values for the same fact.
import { describeKey } from '../parse/describe';
import { billions } from '../numbers';
import type { Range } from '../types';
import type { BodyFieldName } from '../vocabulary/bodyFields';
import { normalizeReleased } from '../vocabulary/readers';
import type { RuleContext } from './context';
import { defineRule } from './types';

export default defineRule({
  id: 'frontmatter-body-mismatch',
  severity: 'error',
  description: 'The front matter and the body give different values for the same fact.',
  fixable: 'none',
  scope: 'card',
  docs: {
    summary:
      'Front matter and body disagree on a fact: `parameters: 7B` beside `**Parameters:** 8.0B`, a\ndifferent title, organization, release, access, type, training tokens, tags, dataset type, last\nupdate or benchmark score. Both the front matter value and the body value are marked, each\nmessage naming the other\'s line.',
    example: { lang: 'markdown', text: '---\nparameters: 7B\n---\n…\n- **Parameters:** 8.0B' },
    message: 'Front matter parameters is 7B but the body\'s Parameters (line 20) is 8B',
  },
  check(ctx) {
    const body = ctx.view.bodyCard;
    const fm = ctx.view.frontMatterCard;
    if (!body || !fm || !ctx.frontMatter) return;
    // Either side may be the mistake, so both get a finding that names the other's line.
    const differ = (key: string, bodyLabel: string, fmShown: string, bodyShown: string, bodyAt: Range | undefined): void => {
      const at = ctx.valueAt(ctx.entry(key), ctx.frontMatterAnchor);
      const where = bodyAt ? ` (line ${bodyAt.start.line + 1})` : '';
      ctx.report(at, `Front matter ${key} is ${describeKey(fmShown)} but the body's ${bodyLabel}${where} is ${describeKey(bodyShown)}`);
      if (bodyAt) ctx.report(bodyAt, `The body's ${bodyLabel} is ${describeKey(bodyShown)} but front matter ${key} (line ${at.start.line + 1}) is ${describeKey(fmShown)}`);
    };
    const line = (name: BodyFieldName): Range | undefined => {
      const f = ctx.field(name);
      return f ? ctx.valueAt(f, f.keyRange) : undefined;
    };
    const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

    if (fm.modelName !== null && body.modelName !== null && !same(fm.modelName, body.modelName)) differ('model_name', 'title', `"${fm.modelName}"`, `"${body.modelName}"`, ctx.body?.titles[0]?.range);
    if (fm.organization !== null && body.organization !== null && !same(fm.organization, body.organization)) differ('organization', 'Organization', `"${fm.organization}"`, `"${body.organization}"`, line('Organization'));
    if (fm.released !== null && body.released !== null) {
      const a = normalizeReleased(fm.released);
      const b = normalizeReleased(body.released);
      if (a !== null && b !== null && a !== b) differ('released', 'Released', fm.released, body.released, line('Released'));
    }
    if (fm.access !== null && body.access !== null && fm.access !== body.access) differ('access', 'Access', fm.access, body.access, line('Access'));
    if (fm.architecture !== null && body.architecture !== null && !same(fm.architecture, body.architecture)) differ('architecture', 'Type', fm.architecture, body.architecture, line('Type'));
    for (const [a, b, key, label] of [
      [fm.parametersB, body.parametersB, 'parameters', 'Parameters'],
      [fm.trainingTokensB, body.trainingTokensB, 'training_tokens', 'Training Tokens'],
    ] as const) {
      if (a !== null && b !== null && Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b))) differ(key, label, billions(a), billions(b), line(label));
    }
    if (fm.lastUpdated !== null && body.lastUpdated !== null && fm.lastUpdated !== body.lastUpdated) differ('last_updated', 'Last Updated', fm.lastUpdated, body.lastUpdated, line('Last Updated'));
    const setOf = (xs: string[]): string => [...new Set(xs.map((x) => x.toLowerCase()))].sort().join(', ');
    if (ctx.entry('tags') && ctx.body?.tagLine && setOf(fm.tags) !== setOf(body.tags)) differ('tags', 'tag line', fm.tags.join(', ') || 'empty', body.tags.join(', ') || 'no tags', ctx.body.tagLine.range);
    if (ctx.entry('dataset_type') && line('Dataset Type') !== undefined && setOf(fm.datasetType) !== setOf(body.datasetType)) {
      differ('dataset_type', 'Dataset Type', fm.datasetType.join(', '), body.datasetType.join(', '), line('Dataset Type'));
    }
    checkBenchmarks(ctx, body.benchmarks, fm.benchmarks);
  },
});

function checkBenchmarks(ctx: RuleContext, bodyScores: { name: string; score: number | null }[], fmScores: { name: string; score: number | null }[]): void {
  const rows = ctx.body?.benchmarks ?? [];
  for (const b of fmScores) {
    // The normalized rows are the parsed rows in order, so one index finds both.
    const i = bodyScores.findIndex((r) => r.name.toLowerCase() === b.name.toLowerCase());
    const row = rows[i];
    const bodyScore = bodyScores[i]?.score ?? null;
    if (!row || b.score === null || bodyScore === null || Math.abs(b.score - bodyScore) < 1e-9) continue;
    const at = ctx.valueAt(ctx.benchmarkEntry(b.name), ctx.frontMatterAnchor);
    ctx.report(at, `Front matter benchmark ${describeKey(b.name)} is ${b.score} but the body's table (line ${row.line + 1}) says ${bodyScore}`);
    ctx.report(row.scoreRange, `The body's ${describeKey(b.name)} score is ${bodyScore} but front matter (line ${at.start.line + 1}) says ${b.score}`);
  }
}
