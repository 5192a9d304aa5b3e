import { relativePath } from '../repository/paths';
import { defineRule } from './types';

export default defineRule({
  id: 'organization-folder-mismatch',
  severity: 'warning',
  description: "The card's Organization link names another lab page than its folder models/<lab>/.",
  fixable: 'suggestion',
  scope: 'repository',
  docs: {
    summary:
      "In a leaderboard repository a card lives in `models/<lab>/` and its `**Organization:**` links `../../labs/<lab>.md`, the same `<lab>`. Reported at the link's destination when it names another lab page, or when the card is not in a lab folder at all. Which side is wrong (the link or the folder) needs a person: the suggestion points the link at the folder's lab page.",
    example: { lang: 'markdown', text: '<!-- models/acme/heron-8b.md -->\n**Organization:** [Acme](../../labs/globex.md)' },
    message: 'the Organization link names labs/globex.md, but the card is in models/acme/ (its lab page is labs/acme.md)',
  },
  check(ctx) {
    const card = ctx.file.card;
    const field = card?.organization;
    if (!card || !field) return;
    const link = ctx.file.links.find((l) => l.line === field.line && l.range.start.character >= field.valueRange.start.character);
    if (!link) return;
    if (card.lab === null) {
      ctx.report(link.range, `the card is not in a lab folder models/<lab>/, so its Organization link (${link.target.path}) names no lab of its own`);
      return;
    }
    const wanted = `labs/${card.lab}.md`;
    if (link.target.path === wanted) return;
    ctx.report(link.range, `the Organization link names ${link.target.path}, but the card is in models/${card.lab}/ (its lab page is ${wanted})`, {
      suggestions: [{ title: `Link ${wanted}`, edits: [{ range: link.range, newText: relativePath(card.path, wanted) }] }],
    });
  },
});
