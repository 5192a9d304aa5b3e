// The parts of a link that inline links and link reference definitions share: label, destination and title.
// Each scanner reads forward from `pos` and returns where the part ends, or -1; none looks back.
import { BACKSLASH, GT, isAsciiPunct, LBRACKET, LPAREN, LT, NL, QUOTE, APOS, RBRACKET, RPAREN } from './chars';

/** Longest link label CommonMark accepts, in characters. */
const MAX_LABEL = 999;
/** Parentheses nest at most this deep in a destination (as markdown-it and cmark limit them). */
const MAX_PAREN_DEPTH = 32;

/**
 * End of the link label whose `[` is at `pos`: the index of its `]`, or -1. A label holds no unescaped
 * bracket, at most 999 characters, and something other than whitespace (unless `allowBlank`: a reference
 * link's `[ ]` is read as a label that matches nothing).
 */
export function scanLabel(text: string, pos: number, end: number, allowBlank = false): number {
  const limit = Math.min(end, pos + 1 + MAX_LABEL + 1);
  let solid = false;
  for (let i = pos + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === RBRACKET) return (solid || allowBlank) && i - pos - 1 <= MAX_LABEL ? i : -1;
    if (c === LBRACKET) return -1;
    if (c === BACKSLASH && i + 1 < end && isAsciiPunct(text.charCodeAt(i + 1))) {
      solid = true;
      i++;
    } else if (c !== 32 && c !== 9 && c !== NL) {
      solid = true;
    }
  }
  return -1;
}

/** A run of destination characters that need no look (anchored with `y`, one character class: it cannot backtrack). */
// eslint-disable-next-line no-control-regex -- the class excludes the control characters a destination ends at
const PLAIN_DESTINATION = /[^\x01-\x20()\\\x7f]*/y;

/**
 * End of the link destination starting at `pos`: after the `>` of `<…>`, or after the last character of a
 * bare destination (balanced parentheses, no spaces or control characters). -1 when there is none; a bare
 * destination may not be empty.
 */
export function scanDestination(text: string, pos: number, end: number): number {
  if (text.charCodeAt(pos) === LT) {
    for (let i = pos + 1; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === GT) return i + 1;
      if (c === LT || c === NL) return -1;
      if (c === BACKSLASH && i + 1 < end && isAsciiPunct(text.charCodeAt(i + 1))) i++;
    }
    return -1;
  }
  let depth = 0;
  let i = pos;
  for (; i < end; i++) {
    // Most characters of a URL are none of space, controls, parentheses or backslash: a native skip over them.
    PLAIN_DESTINATION.lastIndex = i;
    PLAIN_DESTINATION.test(text);
    i = PLAIN_DESTINATION.lastIndex;
    if (i >= end) break;
    const c = text.charCodeAt(i);
    // NUL reads as U+FFFD (CommonMark replaces it), so it is not a control character here.
    if (c === 32 || (c < 32 && c !== 0) || c === 127) break;
    if (c === BACKSLASH && i + 1 < end && isAsciiPunct(text.charCodeAt(i + 1))) {
      i++;
    } else if (c === LPAREN) {
      if (++depth > MAX_PAREN_DEPTH) return -1;
    } else if (c === RPAREN) {
      if (depth === 0) break;
      depth--;
    }
  }
  return i === pos || depth !== 0 ? -1 : i;
}

/** The raw destination text of a destination scanned from `start` to `end`: without its `<` `>`. */
export function destinationBounds(text: string, start: number, end: number): [number, number] {
  return text.charCodeAt(start) === LT ? [start + 1, end - 1] : [start, end];
}

/**
 * End (after the closing delimiter) of the link title opening at `pos` with `"`, `'` or `(`, or -1.
 * A title may span lines; one opened with `(` holds no unescaped `(`.
 */
export function scanTitle(text: string, pos: number, end: number): number {
  const open = text.charCodeAt(pos);
  const close = open === LPAREN ? RPAREN : open === QUOTE || open === APOS ? open : -1;
  if (close < 0) return -1;
  for (let i = pos + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === close) return i + 1;
    if (open === LPAREN && c === LPAREN) return -1;
    if (c === BACKSLASH && i + 1 < end) i++;
  }
  return -1;
}
