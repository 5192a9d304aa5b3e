// Cells of a GFM table row as markdown-it splits them: at each `|` not right after a backslash, the empty
// cells before the first and after the last pipe dropped, each cell trimmed.
import { BACKSLASH, isTrimSpace, PIPE } from './chars';
import { trimmedRow } from './leaves';

/** Appends [start, end) pairs of the row's trimmed cells (row content from `pos`) to `out`. */
export function rowCellBounds(text: string, pos: number, out: number[] = []): number[] {
  const [start, end] = trimmedRow(text, pos);
  let cellStart = start;
  const first = out.length;
  for (let i = start; i <= end; i++) {
    if (i < end && (text.charCodeAt(i) !== PIPE || (i > start && text.charCodeAt(i - 1) === BACKSLASH))) continue;
    let s = cellStart;
    let e = i;
    while (s < e && isTrimSpace(text.charCodeAt(s))) s++;
    while (e > s && isTrimSpace(text.charCodeAt(e - 1))) e--;
    out.push(s, e);
    cellStart = i + 1;
  }
  // A row that opens or closes with a pipe has no cell before or after it.
  if (out.length > first && text.charCodeAt(start) === PIPE) out.splice(first, 2);
  const closing = end > start && text.charCodeAt(end - 1) === PIPE && (end - 1 === start || text.charCodeAt(end - 2) !== BACKSLASH);
  if (out.length > first && closing) out.length -= 2;
  return out;
}
