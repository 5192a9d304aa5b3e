// missing-section: a section or sub-section of the leaderboard layout is missing.
import { fullLineRange } from '../text';
import { sectionHeading, SECTIONS, SUBSECTIONS } from '../vocabulary/sections';
import { defineRule } from './types';

export default defineRule({
  id: 'missing-section',
  severity: 'information',
  description: 'A section or sub-section of the leaderboard layout is missing.',
  fixable: 'none',
  scope: 'card',
  docs: {
    summary:
      'One of the sections (📊 Overview, 🔧 Technical Specifications, 📈 Performance Benchmarks, 🏷️ Model\nTags, 📝 Additional Notes, 🔗 Resources, 🔍 Related Models) or sub-sections (Model Architecture,\nTraining Efficiency, Training Data) is missing.',
    message: 'Section "## 📝 Additional Notes" is missing',
  },
  check(ctx) {
    const body = ctx.body;
    if (!body) return;
    const anchor = body.titles[0]?.range ?? fullLineRange(ctx.index, body.startLine);
    const present = new Set<string>();
    let tech: (typeof body.headings)[number] | undefined;
    for (const h of body.headings) {
      if (h.name === null) continue;
      present.add(`${h.level}${h.name}`);
      if (!tech && h.level === 2 && h.name === 'Technical Specifications') tech = h;
    }
    for (const name of SECTIONS) {
      if (!present.has(`2${name}`)) ctx.report(anchor, `Section "${sectionHeading(name)}" is missing`);
    }
    if (!tech) return;
    for (const name of SUBSECTIONS) {
      if (!present.has(`3${name}`)) ctx.report(tech.range, `Sub-section "### ${name}" is missing under Technical Specifications`);
    }
  },
});
