// section-order: a section appears after one that should follow it.
import { SECTIONS } from '../vocabulary/sections';
import { defineRule } from './types';

export default defineRule({
  id: 'section-order',
  severity: 'warning',
  description: 'A section appears after one that should follow it.',
  fixable: 'none',
  scope: 'card',
  docs: {
    summary: 'A section appears after one that should follow it.',
    example: { lang: 'markdown', text: '## 🏷️ Model Tags\n…\n## 📈 Performance Benchmarks' },
    message: 'Section "Performance Benchmarks" belongs before "Model Tags": the order is Overview, Technical Specifications, …',
  },
  check(ctx) {
    let furthest = -1;
    let furthestName = '';
    for (const h of ctx.body?.headings ?? []) {
      if (h.level !== 2 || h.name === null) continue;
      const at = (SECTIONS as readonly string[]).indexOf(h.name);
      if (at < furthest) {
        ctx.report(h.range, `Section "${h.name}" belongs before "${furthestName}": the order is ${SECTIONS.join(', ')}`);
      } else {
        furthest = at;
        furthestName = h.name;
      }
    }
  },
});
