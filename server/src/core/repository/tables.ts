// `modelcard tables`: what is stale on the derived pages, as edits. A row's cells are recomputed from the
// card it links (in the page's own format), and the counts beside the tables from all cards. Row
// membership and order stay the page's own.
import type { TextEdit } from '../types';
import { cellAgrees, expectedCell, tableText } from './columns';
import { statedCounts } from './counts';
import type { RepositoryIndex } from './index';

/** One stale row or count of a page. */
export interface StaleItem {
  path: string;
  /** 0-based line. */
  line: number;
  kind: 'row' | 'count';
  /** e.g. `Params 104.0B → 35.0B; Released Apr/2024 → Mar/2024 (models/cohere/command-r.md)`. */
  message: string;
  edits: TextEdit[];
}

/** Every stale row and count of every page with tables of cards or counts, in path and line order. */
export function staleTables(index: RepositoryIndex): StaleItem[] {
  const out: StaleItem[] = [];
  const cards = index.cards();
  for (const path of index.paths()) {
    const file = index.file(path);
    if (!file || file.card) continue;
    const items: StaleItem[] = [];
    for (const table of file.tables) {
      for (const row of table.rows) {
        const facts = index.file(row.card)?.facts;
        if (!facts) continue;
        const edits: TextEdit[] = [];
        const what: string[] = [];
        table.columns.forEach((c, i) => {
          const cell = row.cells[i];
          if (!c || !cell || cellAgrees(c, cell.text, facts)) return;
          const want = tableText(expectedCell(c, cell.text, facts));
          edits.push({ range: cell.range, newText: want });
          what.push(`${table.header[i] ?? c.kind} ${cell.text} → ${want}`);
        });
        if (edits.length > 0) items.push({ path, line: row.line, kind: 'row', message: `${what.join('; ')} (${row.card})`, edits });
      }
    }
    for (const c of statedCounts(file, cards)) {
      if (c.stated === c.computed) continue;
      items.push({ path, line: c.line, kind: 'count', message: `${c.label}: ${c.stated} → ${c.computed}`, edits: [{ range: c.range, newText: String(c.computed) }] });
    }
    out.push(...items.sort((a, b) => a.line - b.line));
  }
  return out;
}
