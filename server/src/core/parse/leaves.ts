// Start conditions of CommonMark leaf blocks and GFM table rows, tested at a line's first non-space character.
// Each test is a forward walk over one line.
import { BACKSLASH, BACKTICK, COLON, DASH, EQ, HASH, isSpaceOrTab, isTrimSpace, onlySpaces, PIPE, PLUS, RPAREN, skipRun, skipSpaces, SPACE, STAR, TAB, TILDE, trimSpacesEnd, UNDERSCORE, DOT } from './chars';

/** Level (1–6) of the ATX heading opening at `pos`, or 0. */
export function atxLevel(text: string, pos: number): number {
  const run = skipRun(text, pos, text.length, HASH) - pos;
  if (run < 1 || run > 6) return 0;
  const next = text.charCodeAt(pos + run);
  return pos + run >= text.length || next === SPACE || next === TAB ? run : 0;
}

/** Where the text of an ATX heading starts: after the opening run of `level` × `#` at `pos` and its spaces. */
export function atxTextStart(text: string, pos: number, level: number): number {
  return skipSpaces(text, pos + level, text.length);
}

/** Where the text of an ATX heading starting at `start` ends: before a closing run of `#` and trailing spaces. */
export function atxTextEnd(text: string, start: number): number {
  let end = trimSpacesEnd(text, start, text.length);
  let hashes = end;
  while (hashes > start && text.charCodeAt(hashes - 1) === HASH) hashes--;
  // A closing sequence is all `#` or follows a space or tab.
  if (hashes < end && (hashes === start || isSpaceOrTab(text.charCodeAt(hashes - 1)))) end = trimSpacesEnd(text, start, hashes);
  return end;
}

/** Length of the code fence opening at `pos` (3 or more backticks or tildes), or 0. */
export function fenceOpenLength(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c !== BACKTICK && c !== TILDE) return 0;
  const after = skipRun(text, pos, text.length, c);
  if (after - pos < 3) return 0;
  // A backtick fence's info string may not hold a backtick (it would read as inline code).
  if (c === BACKTICK && text.indexOf('`', after) >= 0) return 0;
  return after - pos;
}

/** True when the line closes a fence of `length` × `fence` (same character, at least as long, then only spaces). */
export function closesFence(text: string, pos: number, fence: number, length: number): boolean {
  if (text.charCodeAt(pos) !== fence) return false;
  const after = skipRun(text, pos, text.length, fence);
  return after - pos >= length && onlySpaces(text, after, text.length);
}

// A line of nested list markers (`- - - … x`) is tested once per level: the character that ended the last
// failed test ends every later one on the same line, so the walk is not repeated.
let failedText = '';
let failedMarker = 0;
let failedAt = -1;

/** True for a thematic break: three or more of one of `*`, `-`, `_`, with only spaces and tabs between. */
export function isThematicBreak(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c !== STAR && c !== DASH && c !== UNDERSCORE) return false;
  if (text === failedText && c === failedMarker && pos < failedAt) return false;
  let count = 0;
  const end = text.length;
  for (let i = pos; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d === c) count++;
    else if (d !== SPACE && d !== TAB) {
      failedText = text;
      failedMarker = c;
      failedAt = i;
      return false;
    }
  }
  return count >= 3;
}

/** Level of a setext underline at `pos` (`=` gives 1, `-` gives 2), or 0. */
export function setextLevel(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c !== EQ && c !== DASH) return 0;
  return onlySpaces(text, skipRun(text, pos, text.length, c), text.length) ? (c === EQ ? 1 : 2) : 0;
}

/**
 * The list marker at `pos`: its length (1 for a bullet, digits + 1 for an ordered marker), negated when it
 * is an ordered marker whose number is not 1; 0 when there is none. A marker is followed by a space, a tab
 * or the end of the line.
 */
export function listMarker(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  let after: number;
  let one = true;
  if (c === DASH || c === PLUS || c === STAR) {
    after = pos + 1;
  } else if (c >= 48 && c <= 57) {
    let i = pos;
    let value = 0;
    for (; i < text.length && i - pos < 10; i++) {
      const digit = text.charCodeAt(i);
      if (digit < 48 || digit > 57) break;
      value = value * 10 + (digit - 48);
    }
    const d = text.charCodeAt(i);
    if (i - pos > 9 || (d !== DOT && d !== RPAREN)) return 0;
    after = i + 1;
    one = value === 1;
  } else {
    return 0;
  }
  if (after < text.length) {
    const next = text.charCodeAt(after);
    if (next !== SPACE && next !== TAB) return 0;
  }
  return one ? after - pos : pos - after;
}

/**
 * Cells of a table delimiter row (`|---|:--:|`) as markdown-it counts them, or 0 when the line is not one:
 * only `|`, `-`, `:` and spaces; each cell `:?-+:?`; empty cells only at either end.
 */
export function delimiterCells(text: string, pos: number): number {
  const end = text.length;
  if (pos + 1 >= end) return 0;
  const first = text.charCodeAt(pos);
  const second = text.charCodeAt(pos + 1);
  if (first !== PIPE && first !== DASH && first !== COLON) return 0;
  if (second !== PIPE && second !== DASH && second !== COLON && !isSpaceOrTab(second)) return 0;
  // `- ` would be a list item.
  if (first === DASH && isSpaceOrTab(second)) return 0;
  let cells = 0;
  let cellStart = pos;
  let empties = 0;
  for (let i = pos; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : PIPE;
    if (c === PIPE) {
      const verdict = delimiterCell(text, cellStart, i);
      if (verdict < 0) return 0;
      if (verdict === 0) {
        // An empty cell is allowed only first or last.
        if (cellStart !== pos && i !== end) return 0;
        empties++;
      } else {
        cells++;
      }
      cellStart = i + 1;
    } else if (c !== DASH && c !== COLON && !isSpaceOrTab(c)) {
      return 0;
    }
  }
  return empties > 2 ? 0 : cells;
}

/** 1 for a delimiter cell `:?-+:?` (spaces around), 0 for an empty one, -1 otherwise. */
function delimiterCell(text: string, start: number, end: number): number {
  let i = skipSpaces(text, start, end);
  const stop = trimSpacesEnd(text, i, end);
  if (i === stop) return 0;
  if (text.charCodeAt(i) === COLON) i++;
  const dashes = skipRun(text, i, stop, DASH);
  if (dashes === i) return -1;
  i = dashes;
  if (i < stop && text.charCodeAt(i) === COLON) i++;
  return i === stop ? 1 : -1;
}

/** Start of a row's text from `pos` once trimmed as String.prototype.trim would. */
export function rowStart(text: string, pos: number): number {
  let start = pos;
  while (start < text.length && isTrimSpace(text.charCodeAt(start))) start++;
  return start;
}

/** End of a row's text starting at `start` once trimmed (two numbers, not a tuple: no array per row). */
export function rowEnd(text: string, start: number): number {
  let end = text.length;
  while (end > start && isTrimSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Cells of a table row as markdown-it counts them: split at every `|` not right after a backslash, an empty
 * first and last cell dropped. -1 when the row has no `|` at all (so cannot be a header).
 */
export function rowCells(text: string, pos: number): number {
  const start = rowStart(text, pos);
  const end = rowEnd(text, start);
  let pipes = 0;
  let first = -1;
  let last = -1;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === PIPE && (i === start || text.charCodeAt(i - 1) !== BACKSLASH)) {
      if (first < 0) first = i;
      last = i;
      pipes++;
    }
  }
  if (pipes === 0 && text.indexOf('|', start) < 0) return -1;
  let cells = pipes + 1;
  if (first === start) cells--;
  if (last === end - 1 && last >= 0 && cells > 0) cells--;
  return cells;
}
