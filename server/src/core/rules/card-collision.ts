import { collisions, identityText, rowIdentity } from './tableRows';
import { defineRule } from './types';

export default defineRule({
  id: 'card-collision',
  severity: 'warning',
  description: 'Table rows that link one card while describing different models (two models collapsed onto one card file).',
  fixable: 'none',
  scope: 'repository',
  docs: {
    summary:
      "In a leaderboard repository each model has its own card, and a derived table lists a model once. Reported at a row's card link when one table links the card twice, or when rows linking the card (on any page) differ in name, parameters or release: two models got the same slug, the second card overwrote the first (`Command-R+` and `Command-R` both → `command-r.md`), and the pages still list both. Both tests are needed: a lost model may carry the same name as the survivor (`MPT` 7B over `MPT` 1.3B). The lost model needs its own card (a person's work): no fix.",
    example: { lang: 'markdown', text: '| [Heron+](../models/acme/heron.md) | 70.0B | Aug/2024 |\n| [Heron](../models/acme/heron.md) | 8.0B | Mar/2024 |' },
    message: 'models/acme/heron.md is linked twice by this table (line 2: Heron · 8 · mar/2024): two models collapsed onto one card file',
  },
  check(ctx) {
    if (ctx.file.tables.length === 0) return;
    const found = collisions(ctx);
    for (const table of ctx.file.tables) {
      for (const row of table.rows) {
        const c = found.get(row.line);
        if (!c) continue;
        const n = c.other.row.line + 1;
        const other = c.other.page === ctx.file.path ? `line ${n}` : `${c.other.page}:${n}`;
        const why = c.sameTable ? `is linked twice by this table (${other}: ${identityText(rowIdentity(c.other.table, c.other.row))})` : `is linked by rows describing different models (${identityText(rowIdentity(table, row))} here, ${identityText(rowIdentity(c.other.table, c.other.row))} at ${other})`;
        ctx.report(row.link.range, `${row.card} ${why}: two models collapsed onto one card file`);
      }
    }
  },
});
