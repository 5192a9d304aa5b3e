import { columnName, expectedCell, tableText } from '../repository/columns';
import { collisions, contradictions } from './tableRows';
import { defineRule } from './types';

export default defineRule({
  id: 'table-row-mismatch',
  severity: 'warning',
  description: 'A cell of a table row contradicts the card the row links.',
  fixable: 'fix',
  scope: 'repository',
  docs: {
    summary:
      "In a leaderboard repository, a derived table's row (lab pages, architectures, rankings, insights, README) that links a card, where a cell whose header names a card field says something else than the card: Model, Lab, Params / Parameters / Total Params, Tokens, ALScore, Ratio, MMLU, MMLU-Pro, GPQA, HLE, Released / Date, Status / Access (🟢 Public, 🔴 Private, 🟡 or `-` for ❓ Unknown), Architecture / Type, Tags, Links (`[🔗](…)` of the card's Try the Model link). Cells compare as values (`35` and `35.0B` agree), so formatting alone never fires; a header the engine does not know is left alone. The fix rewrites the cell from the card in the page's format (`modelcard tables --write` rewrites whole pages); it is only a suggestion on a row that collides (`card-collision`), whose model may be a lost one.",
    example: { lang: 'markdown', text: '| Model | Params | Released |\n|---|---|---|\n| [Heron 8B](../models/acme/heron-8b.md) | 80.0B | Mar/2024 |' },
    message: 'Params `80.0B` contradicts models/acme/heron-8b.md (`8.0B`)',
  },
  check(ctx) {
    if (ctx.file.tables.length === 0) return;
    let colliding: ReturnType<typeof collisions> | null = null;
    for (const table of ctx.file.tables) {
      for (const row of table.rows) {
        const facts = ctx.repo.file(row.card)?.facts;
        if (!facts) continue;
        for (const [i, column] of contradictions(table, row, facts)) {
          const cell = row.cells[i];
          if (!cell) continue;
          const want = tableText(expectedCell(column, cell.text, facts));
          const header = table.header[i] ?? columnName(column);
          const fix = { title: `Write ${want} from the card`, edits: [{ range: cell.range, newText: want }] };
          const message = `${header} \`${cell.text}\` contradicts ${row.card} (\`${want}\`)`;
          colliding ??= collisions(ctx);
          if (colliding.has(row.line)) ctx.report(cell.range, message, { suggestions: [fix] });
          else ctx.report(cell.range, message, { fix });
        }
      }
    }
  },
});
