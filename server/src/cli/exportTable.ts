// The leaderboard table as files for spreadsheets and scripts: RFC 4180 CSV and a JSON array, one row per
// card with the same columns (numbers as numbers, unknown as an empty cell or null).
import { plain } from '../core';
import type { LeaderboardRow } from '../core/leaderboard/rows';

type Cell = { kind: 'text'; value: string | null } | { kind: 'number'; value: number | null };

const text = (value: string | null): Cell => ({ kind: 'text', value });
const num = (value: number | null): Cell => ({ kind: 'number', value });

/** The columns in order: CSV header name, JSON key, and the cell of a row. */
export const EXPORT_COLUMNS: readonly { csv: string; json: string; cell: (r: LeaderboardRow) => Cell }[] = [
  { csv: 'path', json: 'path', cell: (r) => text(r.uri) },
  { csv: 'name', json: 'name', cell: (r) => text(r.name) },
  { csv: 'lab', json: 'lab', cell: (r) => text(r.lab) },
  { csv: 'format', json: 'format', cell: (r) => text(r.format) },
  { csv: 'parameters_b', json: 'parametersB', cell: (r) => num(r.parametersB) },
  { csv: 'training_tokens_b', json: 'trainingTokensB', cell: (r) => num(r.trainingTokensB) },
  { csv: 'alscore', json: 'alScore', cell: (r) => num(r.alScore) },
  { csv: 'tier', json: 'tier', cell: (r) => text(r.tier) },
  { csv: 'tokens_per_param', json: 'ratio', cell: (r) => num(r.ratio) },
  { csv: 'released', json: 'released', cell: (r) => text(r.released) },
  { csv: 'access', json: 'access', cell: (r) => text(r.access) },
  { csv: 'mmlu', json: 'mmlu', cell: (r) => num(r.mmlu) },
  { csv: 'gpqa', json: 'gpqa', cell: (r) => num(r.gpqa) },
  { csv: 'hle', json: 'hle', cell: (r) => num(r.hle) },
  { csv: 'errors', json: 'errors', cell: (r) => num(r.findings.errors) },
  { csv: 'warnings', json: 'warnings', cell: (r) => num(r.findings.warnings) },
];

/** First characters that make a spreadsheet read a text cell as a formula (OWASP's list: = + - @, tab, CR). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** One CSV field: a text starting like a formula gets a leading `'`; quoted when it holds `,` `"` CR or LF. */
export function csvField(cell: Cell): string {
  if (cell.value === null) return '';
  if (cell.kind === 'number') return plain(cell.value);
  const value = FORMULA_START.has(cell.value.charAt(0)) ? `'${cell.value}` : cell.value;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180: a header row, then one record per row, every record ended by CRLF. */
export function toCsv(rows: readonly LeaderboardRow[]): string {
  const header = EXPORT_COLUMNS.map((c) => c.csv).join(',');
  const records = rows.map((r) => EXPORT_COLUMNS.map((c) => csvField(c.cell(r))).join(','));
  return [header, ...records].map((line) => `${line}\r\n`).join('');
}

/** A JSON array of objects with the columns' keys (exact values: no formula guard is needed in JSON). */
export function toJson(rows: readonly LeaderboardRow[]): string {
  const objects = rows.map((r) => Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.json, c.cell(r).value])));
  return `${JSON.stringify(objects, null, 2)}\n`;
}
