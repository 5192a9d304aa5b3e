// frontmatter-syntax: the YAML front matter does not parse (or is not a mapping, or is never closed).
import { defineRule } from './types';

export default defineRule({
  id: 'frontmatter-syntax',
  severity: 'error',
  description: 'The YAML front matter does not parse (or is never closed, not a mapping, too deep or too large).',
  fixable: 'none',
  scope: 'card',
  docs: {
    summary: 'The YAML front matter does not parse; reported at the YAML error\'s own line and column. The body is\nstill checked.',
    example: { lang: 'yaml', text: '---\nmodel_name: Heron\nbenchmarks: { MMLU: 84.0\n---' },
    message: 'YAML syntax error: unexpected end of the stream within a flow collection (line 4, column 1).',
  },
  check(ctx) {
    // Every YAML error and warning at its own position, and the alias, depth and size limits.
    for (const p of ctx.frontMatter?.problems ?? []) ctx.report(p.range, p.message, p.severity === 'warning' ? { severity: 'warning' } : {});
  },
});
