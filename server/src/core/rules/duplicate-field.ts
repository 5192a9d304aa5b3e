// duplicate-field: a field, front matter key or the `#` title is given twice.
import type { SourceField } from '../types';
import { lineDelete } from './edits';
import { defineRule } from './types';

export default defineRule({
  id: 'duplicate-field',
  severity: 'warning',
  description: 'A field, front matter key or title is given twice.',
  fixable: 'some',
  scope: 'card',
  docs: {
    summary: 'A field (or front matter key, or the `#` title) is given twice.',
    example: { lang: 'markdown', text: '- **Parameters:** 78.0B\n- **Parameters:** 78.0B' },
    message: 'Parameters is given twice (first on line 17, with the same value) — the fix removes the copy',
    fixText: 'when identical',
  },
  check(ctx) {
    const body = ctx.body;
    if (body) {
      for (const extra of body.titles.slice(1)) {
        ctx.report(extra.range, `A card has exactly one title (# heading); "${body.titles[0]?.value ?? ''}" came first`);
      }
      const seen = new Map<string, SourceField>();
      for (const field of body.fields) {
        const first = seen.get(field.name);
        if (!first) {
          seen.set(field.name, field);
          continue;
        }
        const same = first.raw === field.raw;
        ctx.report(field.keyRange, `${field.name} is given twice (first on line ${first.line + 1}${same ? ', with the same value' : `: ${first.raw}`})`, {
          ...(same ? { fix: { title: 'Remove the duplicate line', edits: [lineDelete(ctx.index, field.line)] } } : {}),
        });
      }
    }
    const seenKeys = new Map<string, SourceField>();
    for (const entry of ctx.topLevelEntries()) {
      const first = seenKeys.get(entry.key);
      if (first) ctx.report(entry.keyRange, `Key ${entry.key} is given twice (first on line ${first.line + 1}); the last one wins`);
      else seenKeys.set(entry.key, entry);
    }
  },
});
