// Cells of a GFM table row as markdown-it splits them: at each `|` not right after a backslash, the empty
// cells before the first and after the last pipe dropped, each cell trimmed.
import { BACKSLASH, isTrimSpace, PIPE } from './chars';
import { rowEnd, rowStart } from './leaves';

/** Appends [start, end) pairs of the row's trimmed cells (row content from `pos`) to `out`. */
export function rowCellBounds(text: string, pos: number, out: number[] = []): number[] {
  const start = rowStart(text, pos);
  const end = rowEnd(text, start);
  // A row that opens or closes with a pipe has no cell before or after it.
  const opening = end > start && text.charCodeAt(start) === PIPE;
  const closing = end > start && text.charCodeAt(end - 1) === PIPE && (end - 1 === start || text.charCodeAt(end - 2) !== BACKSLASH);
  let cellStart = opening ? start + 1 : start;
  const stopAt = closing && end - 1 > start ? end - 1 : end;
  if (opening && closing && end - 1 === start) return out;
  for (let pipe = text.indexOf('|', cellStart); ; pipe = text.indexOf('|', pipe + 1)) {
    if (pipe >= stopAt) pipe = -1;
    if (pipe > start && text.charCodeAt(pipe - 1) === BACKSLASH) continue;
    let s = cellStart;
    let e = pipe < 0 ? stopAt : pipe;
    while (s < e && isTrimSpace(text.charCodeAt(s))) s++;
    while (e > s && isTrimSpace(text.charCodeAt(e - 1))) e--;
    out.push(s, e);
    if (pipe < 0) break;
    cellStart = pipe + 1;
  }
  return out;
}
