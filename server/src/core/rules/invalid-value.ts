// invalid-value: a malformed value in the body, the front matter, or a resource link.
import { describeKey, describeValue } from '../parse/describe';
import { BODY_FIELD } from '../vocabulary/bodyFields';
import { frontMatterKey } from '../vocabulary/keys';
import type { RuleContext } from './context';
import { resourceLinks, urlProblem } from './links';
import { defineRule } from './types';

export default defineRule({
  id: 'invalid-value',
  severity: 'error',
  description: 'A value is malformed: a date, access, type, count, ratio, score, URL or front matter value.',
  fixable: 'some',
  scope: 'card',
  docs: {
    summary:
      'A malformed value: a release `13/2024`, access `Open`, type `Transformer`, a count `78 bn`, a ratio\nor score that is not a number, a date that is not `YYYY-MM-DD`, a URL such as `htps//example.com`,\na front matter value that breaks the schema. Where the right value is certain (`public` →\n`🟢 Public`, `dense` → `Dense`, the fixed Formula text) there is a fix.',
    example: { lang: 'markdown', text: '**Released:** 13/2024\n**Access:** Open\n- **Parameters:** 78 bn' },
    message: 'Release "13/2024" is not a valid date: write Mon/YYYY with Mon one of Jan, Feb, …, Dec (e.g. Dec/2024), or TBA',
  },
  check(ctx) {
    checkBodyValues(ctx);
    checkResourceLinks(ctx);
    checkFrontMatterValues(ctx);
  },
});

function checkBodyValues(ctx: RuleContext): void {
  const body = ctx.body;
  if (!body) return;
  // The first occurrence of each field is the card's value; copies are duplicate-field's.
  for (const field of body.first.values()) {
    const judgement = BODY_FIELD.get(field.name)?.judge(field.raw);
    if (!judgement) continue;
    const at = ctx.valueAt(field, field.keyRange);
    const fix = judgement.fix;
    ctx.report(at, judgement.message, fix !== undefined ? { fix: ctx.replace(`Write ${fix}`, field.valueRange, fix) } : {});
  }
}

function checkResourceLinks(ctx: RuleContext): void {
  for (const link of resourceLinks(ctx)) {
    const problem = urlProblem(link.url);
    if (problem) ctx.report(link.range, `Link "${describeKey(link.url)}" ${problem}`);
  }
}

function checkFrontMatterValues(ctx: RuleContext): void {
  const data = ctx.frontMatter?.data;
  if (!data) return;
  const anchor = ctx.frontMatterAnchor;
  for (const key of Object.keys(data)) {
    const spec = frontMatterKey(key);
    const value = data[key];
    const mapping = value !== null && typeof value === 'object' && !Array.isArray(value);
    // benchmarks scores are benchmark-out-of-range's; a mapping under `parameters` is Hugging Face's.
    if (!spec || (key === 'benchmarks' && mapping)) continue;
    // A top-level null is an absent key (the Hub drops it); a missing required key is missing-field's.
    if (value === null) continue;
    if (key === 'parameters' && mapping) continue;
    // The key's schema as a predicate (the same yes/no as zod's safeParse, without zod); where a finding
    // points is worked out only for a finding: most values fit.
    if (!spec.test(value)) {
      // A key the Hub does not check is only a warning: the card still loads.
      ctx.report(ctx.valueAt(ctx.entry(key), anchor), `${key}: ${describeValue(value)} is not valid: expected ${spec.expect}`, spec.strict ? {} : { severity: 'warning' });
    } else if (key === 'license_link' && typeof value === 'string') {
      const problem = urlProblem(value);
      if (problem) ctx.report(ctx.valueAt(ctx.entry(key), anchor), `license_link "${describeKey(value)}" ${problem}`);
    }
  }
}
