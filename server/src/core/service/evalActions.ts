// Refactorings between the benchmark table and Hugging Face `model-index`: each edit touches only the block it
// writes, in the document's own line ends.
import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver-types';
import { benchmarkRowsOf, benchmarkTable, modelIndexFromRows, modelNameOf, rowsFromModelIndex } from '../evals';
import { locateFrontMatter, parseFrontMatter, type FrontMatter } from '../parseFrontMatter';
import { SECTIONS, sectionHeading } from '../vocabulary/sections';
import type { CardDocument } from './document';

export const EVAL_ACTION_KIND = CodeActionKind.RefactorRewrite;
export const ADD_MODEL_INDEX = 'Model Card: Add model-index from the benchmark table';
export const REPLACE_MODEL_INDEX = 'Model Card: Replace model-index with the benchmark table';
export const INSERT_TABLE = 'Model Card: Insert the benchmark table from model-index';
export const REPLACE_TABLE = 'Model Card: Replace the benchmark table with model-index';

/** Lines [from, to] of the document, both included. */
type Zone = [from: number, to: number];

/** The two refactorings where they apply and the request's range touches the front matter or the benchmark table. */
export function evalActions(doc: CardDocument, range: Range): CodeAction[] {
  const a = doc.analysis;
  if (!a.isCard || range.end.line < range.start.line) return [];
  const at = locateFrontMatter(a.index);
  const table = tableZone(doc);
  const zones: Zone[] = [];
  if (at) zones.push([at.openLine, at.closeLine ?? a.index.lineCount - 1]);
  if (table) zones.push(table);
  if (!zones.some(([from, to]) => range.start.line <= to && range.end.line >= from)) return [];
  // The analysis leaves out front matter it does not check (a leaderboard card's page keys): read it here.
  const fm = at ? (a.frontMatter ?? parseFrontMatter(a.index)) : null;
  const actions: CodeAction[] = [];
  const add = addModelIndex(doc, fm);
  if (add) actions.push(add);
  const insert = insertTable(doc, fm);
  if (insert) actions.push(insert);
  return actions;
}

function action(doc: CardDocument, title: string, edit: TextEdit): CodeAction {
  return { title, kind: EVAL_ACTION_KIND, edit: { changes: { [doc.uri]: [edit] } } };
}

/** The document's line end: that of its first line. */
function eolOf(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n';
}

const point = (line: number, character = 0): Range => ({ start: { line, character }, end: { line, character } });

/** "Add model-index": into the front matter (replacing its model-index, or before the closing `---`), or a new block. */
function addModelIndex(doc: CardDocument, fm: FrontMatter | null): CodeAction | null {
  const a = doc.analysis;
  const block = modelIndexFromRows(modelNameOf(a), benchmarkRowsOf(a));
  if (block.lines.length === 0) return null;
  const eol = eolOf(a.index.text);
  const text = block.lines.join(eol) + eol;
  if (!fm) return action(doc, ADD_MODEL_INDEX, { range: point(0), newText: `---${eol}${text}---${eol}` });
  // A block that does not read as a mapping, or is never closed, has no safe place for a key.
  if (fm.closeLine === null || fm.error !== null) return null;
  const keys = fm.entries.filter((e) => e.path.length === 1 && e.key === 'model-index');
  if (keys.length === 0) return action(doc, ADD_MODEL_INDEX, { range: point(fm.closeLine), newText: text });
  const [entry] = keys;
  if (keys.length > 1 || !entry) return null;
  const end = entry.valueRange.end;
  // The value's last line (a range that ends at a line's start ends on the line before), within the block.
  const last = Math.min(end.character === 0 && end.line > entry.line ? end.line - 1 : end.line, fm.closeLine - 1);
  const old = a.index.lines.slice(entry.line, last + 1);
  if (old.join('\n') === block.lines.join('\n')) return null;
  return action(doc, REPLACE_MODEL_INDEX, { range: { start: { line: entry.line, character: 0 }, end: { line: last + 1, character: 0 } }, newText: text });
}

/** The benchmark table's header and last row lines, from the body's tables; null without benchmark rows. */
function benchmarkTableLines(doc: CardDocument): { header: number; last: number } | null {
  const body = doc.analysis.body;
  const first = body?.benchmarks[0];
  if (!body || !first) return null;
  const table = body.tables.find((t) => t.line < first.line && t.rows.some((r) => r.line === first.line));
  const lastRow = table?.rows[table.rows.length - 1];
  return table && lastRow ? { header: table.line, last: lastRow.line } : null;
}

/** The Performance Benchmarks heading (or the table's header) to the last benchmark row; null without either. */
function tableZone(doc: CardDocument): Zone | null {
  const body = doc.analysis.body;
  const heading = body?.headings.find((h) => h.name === 'Performance Benchmarks');
  const rows = body?.benchmarks ?? [];
  const first = rows[0];
  const last = rows[rows.length - 1];
  // From the rows alone: the body's table list is read only once an action is built.
  if (!first || !last) return heading ? [heading.line, heading.line] : null;
  return [Math.min(heading?.line ?? first.line - 2, first.line - 2), last.line];
}

/** "Insert the benchmark table": replaces the table, else goes under the section heading, else where the section belongs. */
function insertTable(doc: CardDocument, fm: FrontMatter | null): CodeAction | null {
  const a = doc.analysis;
  const data = fm?.data;
  if (!data || !Object.hasOwn(data, 'model-index')) return null;
  const { rows } = rowsFromModelIndex(data['model-index']);
  if (rows.length === 0) return null;
  const lines = benchmarkTable(rows);
  const eol = eolOf(a.index.text);
  const table = lines.join(eol);
  const body = a.body;
  const heading = body?.headings.find((h) => h.name === 'Performance Benchmarks');
  const existing = benchmarkTableLines(doc);
  if (existing) {
    const { header, last } = existing;
    if (a.index.lines.slice(header, last + 1).join('\n') === lines.join('\n')) return null;
    const end = { line: last, character: (a.index.lines[last] ?? '').length };
    return action(doc, REPLACE_TABLE, { range: { start: { line: header, character: 0 }, end }, newText: table });
  }
  if (heading) {
    // A blank line after the table: a paragraph right below a table row would read as another row.
    const next = a.index.lines[heading.line + 1];
    const after = next === undefined || next.trim() === '' ? '' : eol;
    const character = (a.index.lines[heading.line] ?? '').length;
    return action(doc, INSERT_TABLE, { range: point(heading.line, character), newText: `${eol}${eol}${table}${after}` });
  }
  const section = `${sectionHeading('Performance Benchmarks')}${eol}${eol}${table}${eol}`;
  const later = body?.headings.find((h) => h.level === 2 && h.name !== null && SECTIONS.indexOf(h.name as (typeof SECTIONS)[number]) > SECTIONS.indexOf('Performance Benchmarks'));
  if (later) return action(doc, INSERT_TABLE, { range: point(later.line), newText: `${section}${eol}` });
  const text = a.index.text;
  const lead = text === '' ? '' : /\r?\n$|\r$/.test(text.slice(-2)) ? eol : `${eol}${eol}`;
  return action(doc, INSERT_TABLE, { range: point(a.index.lineCount - 1, (a.index.lines[a.index.lineCount - 1] ?? '').length), newText: `${lead}${section}` });
}
