// missing-field: a required field (or key) is missing; a recommended one is worth adding.
import { fullLineRange } from '../text';
import type { Range } from '../types';
import { BODY_FIELDS } from '../vocabulary/bodyFields';
import { FORMULA_TEXT } from '../vocabulary/words';
import type { RuleContext } from './context';
import { lineInsertAfter } from './edits';
import { defineRule } from './types';

/** Keys a front-matter-only leaderboard card needs. */
export const REQUIRED_WITHOUT_BODY = ['model_name', 'organization', 'released', 'access'] as const;

export default defineRule({
  id: 'missing-field',
  severity: 'error',
  description: 'A required field is missing (an error), or a recommended one (information).',
  fixable: 'some',
  scope: 'card',
  docs: {
    summary:
      'A required field is missing (title, Organization, Released, Access; in a card without a body, the\nfront matter keys `model_name`, `organization`, `released`, `access`; `license: other` needs\n`license_name` and `license_link`) — an error; a recommended field (Type, Parameters, Training\nTokens, Token:Param Ratio, ALScore, Formula, Dataset Type, Last Updated) — information.',
    example: { lang: 'markdown', text: '**Organization:** [Example Labs](../../labs/example-labs.md)\n**Access:** 🟢 Public          ← no **Released:** line' },
    message: 'Required field Released is missing: add `**Released:** …`',
    severityText: 'error (required) / information (recommended)',
  },
  check(ctx) {
    checkBody(ctx);
    checkFrontMatter(ctx);
  },
});

function checkBody(ctx: RuleContext): void {
  const body = ctx.body;
  if (!body) return;
  const titleRange = body.titles[0]?.range ?? fullLineRange(ctx.index, body.startLine);
  if (body.titles.length === 0) ctx.report(titleRange, 'The card has no title: add `# <model name>` as its first line');
  for (const spec of BODY_FIELDS) {
    if (body.first.has(spec.label)) continue;
    const required = spec.need === 'required';
    const heading = spec.home ? body.headings.find((h) => h.name === spec.home) : undefined;
    const range: Range = heading?.range ?? titleRange;
    const where = spec.home ? ` under ### ${spec.home}` : '';
    const shape = spec.place === 'header' ? `**${spec.label}:** …` : `- **${spec.label}:** …`;
    // The Formula line is fixed text: its place is certain (after ALScore, else right under its heading).
    const al = body.first.get('ALScore');
    const fix = spec.label === 'Formula' && heading
      ? { title: 'Add the Formula line', edits: [lineInsertAfter(ctx.index, al && al.line > heading.line ? al.line : heading.line, `- **Formula:** ${FORMULA_TEXT}`)] }
      : undefined;
    ctx.report(range, `${required ? 'Required' : 'Recommended'} field ${spec.label} is missing: add \`${shape}\`${where}`, {
      severity: required ? 'error' : 'information',
      ...(fix ? { fix } : {}),
    });
  }
}

function checkFrontMatter(ctx: RuleContext): void {
  const data = ctx.frontMatter?.data;
  if (!data) return;
  const anchor = ctx.frontMatterAnchor;
  if (ctx.view.format === 'frontmatter') {
    for (const key of REQUIRED_WITHOUT_BODY) {
      if (data[key] === undefined || data[key] === null) {
        ctx.report(anchor, `Required key ${key} is missing (a card without a leaderboard body needs ${REQUIRED_WITHOUT_BODY.join(', ')})`);
      }
    }
  }
  // The Hub asks for both since 2023, but older cards lack them and still load: information, not an error.
  if (data.license === 'other' || (Array.isArray(data.license) && data.license.includes('other'))) {
    for (const key of ['license_name', 'license_link']) {
      if (data[key] === undefined || data[key] === null) ctx.report(ctx.valueAt(ctx.entry('license'), anchor), `license: other needs ${key}`, { severity: 'information' });
    }
  }
}
