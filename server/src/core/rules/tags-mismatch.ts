// tags-mismatch: the tag line and the Model Tags section list different tags.
import { describeKey } from '../parse/describe';
import { NO_TAGS_LINE, NO_TAGS_SECTION } from '../vocabulary/words';
import { defineRule } from './types';

export default defineRule({
  id: 'tags-mismatch',
  severity: 'warning',
  description: 'The tag line and the Model Tags section list different tags.',
  fixable: 'suggestion',
  scope: 'card',
  docs: {
    summary:
      'The tag line (`> Reasoning, SOTA`) and the Model Tags section (`` `Reasoning`, `SOTA` ``) list\ndifferent tags. `Large Language Model` goes with `_No specific tags_`. Either side may be the\nmistake, so both lines get a finding that names the other.',
    example: { lang: 'markdown', text: '> Reasoning\n…\n## 🏷️ Model Tags\n\n`SOTA`' },
    message: 'Model Tags lists SOTA but the tag line (line 3) lists Reasoning',
  },
  check(ctx) {
    const body = ctx.body;
    if (!body?.tagLine || !body.tagsSection) return;
    const line = body.tagLine.tags;
    const section = body.tagsSection.tags;
    const norm = (xs: string[]): string => [...new Set(xs.map((x) => x.toLowerCase()))].sort().join('\n');
    if (norm(line) === norm(section)) return;
    const show = (xs: string[], none: string): string => (xs.length ? describeKey(xs.join(', '), 200) : none);
    const expected = line.length ? line.map((t) => `\`${t}\``).join(', ') : NO_TAGS_SECTION;
    ctx.report(body.tagsSection.range, `Model Tags lists ${show(section, 'no tags')} but the tag line (line ${body.tagLine.range.start.line + 1}) lists ${show(line, 'no tags')}`, {
      suggestions: [ctx.replace('Make Model Tags match the tag line', body.tagsSection.range, expected)],
    });
    // Either side may be the mistake: the tag line gets its own finding.
    const fromSection = section.length ? section.join(', ') : NO_TAGS_LINE;
    ctx.report(body.tagLine.range, `The tag line lists ${show(line, 'no tags')} but Model Tags (line ${body.tagsSection.range.start.line + 1}) lists ${show(section, 'no tags')}`, {
      suggestions: [ctx.replace('Make the tag line match Model Tags', body.tagLine.range, fromSection)],
    });
  },
});
