// Character classes of CommonMark by char code: the scanners compare codes and never build strings to test.
// Loops that run per character test spaces and tabs in place (`c === SPACE || c === TAB`): the reader mostly
// runs cold, where a call per character costs more than the test.

export const TAB = 9;
export const NL = 10;
export const SPACE = 32;
export const BANG = 33;
export const QUOTE = 34;
export const HASH = 35;
export const AMP = 38;
export const APOS = 39;
export const LPAREN = 40;
export const RPAREN = 41;
export const STAR = 42;
export const PLUS = 43;
export const DASH = 45;
export const DOT = 46;
export const SLASH = 47;
export const COLON = 58;
export const LT = 60;
export const EQ = 61;
export const GT = 62;
export const QUESTION = 63;
export const LBRACKET = 91;
export const BACKSLASH = 92;
export const RBRACKET = 93;
export const UNDERSCORE = 95;
export const BACKTICK = 96;
export const PIPE = 124;
export const TILDE = 126;

export function isSpaceOrTab(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Space, tab or line break: the whitespace that may separate a link's parts. */
export function isLinkSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === NL;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c);
}

/** ASCII punctuation: the characters a backslash escapes. */
export function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** What String.prototype.trim removes: markdown-it trims table cells and the header row with it. */
export function isTrimSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Index of the first character at or after `pos` that is not a space or tab (at most `end`). */
export function skipSpaces(text: string, pos: number, end: number): number {
  for (; pos < end; pos++) {
    const c = text.charCodeAt(pos);
    if (c !== SPACE && c !== TAB) break;
  }
  return pos;
}

/** Index after the last character before `end` (and at or after `min`) that is not a space or tab. */
export function trimSpacesEnd(text: string, min: number, end: number): number {
  for (; end > min; end--) {
    const c = text.charCodeAt(end - 1);
    if (c !== SPACE && c !== TAB) break;
  }
  return end;
}

/** Index of the end of the run of `c` starting at `pos`. */
export function skipRun(text: string, pos: number, end: number, c: number): number {
  while (pos < end && text.charCodeAt(pos) === c) pos++;
  return pos;
}

/** True when only spaces and tabs lie between `pos` and `end`. */
export function onlySpaces(text: string, pos: number, end: number): boolean {
  return skipSpaces(text, pos, end) >= end;
}

/** The text with backslash escapes resolved (a backslash before ASCII punctuation is dropped). */
export function unescapeMarkdown(raw: string): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length - 1; i++) {
    if (raw.charCodeAt(i) === BACKSLASH && isAsciiPunct(raw.charCodeAt(i + 1))) {
      out += raw.slice(from, i);
      from = i + 1;
      i++;
    }
  }
  return out + raw.slice(from);
}

/**
 * A link label as lookups compare it: inner runs of whitespace made one space, trimmed, and case-folded
 * (lower then upper case, so ß and SS meet).
 */
export function normalizeLabel(raw: string): string {
  let out = '';
  let pendingSpace = false;
  let from = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === SPACE || c === TAB || c === NL || c === 13 || c === 12 || c === 11) {
      if (from >= 0) {
        out += raw.slice(from, i);
        from = -1;
        pendingSpace = true;
      }
    } else if (from < 0) {
      if (pendingSpace && out !== '') out += ' ';
      pendingSpace = false;
      from = i;
    }
  }
  if (from >= 0) out += raw.slice(from);
  return out.toLowerCase().toUpperCase();
}
