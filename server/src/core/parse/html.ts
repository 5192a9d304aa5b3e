// Raw HTML as CommonMark 0.31.2 reads it: open and closing tags, and the start and end conditions of
// HTML blocks. Every scanner walks forward once and gives up at the first character that cannot fit.
import { BANG, DASH, GT, isAsciiAlnum, isAsciiLetter, isSpaceOrTab, LT, NL, onlySpaces, QUESTION, SLASH } from './chars';

/** Type 1 tags: their blocks run to the matching closing tag, blank lines included. */
const RAW_TAGS = ['script', 'pre', 'style', 'textarea'];
/** Type 6 tags: their blocks run to a blank line. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu', 'menuitem', 'nav', 'noframes',
  'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title',
  'tr', 'track', 'ul',
]);

function isTagSpace(c: number): boolean {
  return c === 32 || c === 9 || c === NL;
}

/** End of the tag name starting at `pos` (an ASCII letter, then letters, digits and `-`), or -1. */
function tagNameEnd(text: string, pos: number, end: number): number {
  if (pos >= end || !isAsciiLetter(text.charCodeAt(pos))) return -1;
  pos++;
  while (pos < end) {
    const c = text.charCodeAt(pos);
    if (!isAsciiAlnum(c) && c !== DASH) break;
    pos++;
  }
  return pos;
}

function isAttrNameStart(c: number): boolean {
  return isAsciiLetter(c) || c === 95 || c === 58;
}

function isAttrNameChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 95 || c === 58 || c === 46 || c === DASH;
}

/** Unquoted attribute values exclude whitespace, quotes, `=`, `<`, `>` and backticks. */
function isUnquotedValueChar(c: number): boolean {
  return c > 32 && c !== 34 && c !== 39 && c !== 61 && c !== LT && c !== GT && c !== 96;
}

/** End (after `>`) of the open tag whose `<` is at `pos`, or -1. Whitespace may include line breaks. */
export function scanOpenTag(text: string, pos: number, end: number): number {
  let i = tagNameEnd(text, pos + 1, end);
  if (i < 0) return -1;
  for (;;) {
    const spaceStart = i;
    while (i < end && isTagSpace(text.charCodeAt(i))) i++;
    if (i >= end) return -1;
    let c = text.charCodeAt(i);
    if (c === GT) return i + 1;
    if (c === SLASH) return i + 1 < end && text.charCodeAt(i + 1) === GT ? i + 2 : -1;
    // An attribute needs whitespace before its name.
    if (i === spaceStart || !isAttrNameStart(c)) return -1;
    i++;
    while (i < end && isAttrNameChar(text.charCodeAt(i))) i++;
    let j = i;
    while (j < end && isTagSpace(text.charCodeAt(j))) j++;
    if (j >= end || text.charCodeAt(j) !== 61 /* = */) continue;
    j++;
    while (j < end && isTagSpace(text.charCodeAt(j))) j++;
    if (j >= end) return -1;
    c = text.charCodeAt(j);
    if (c === 34 || c === 39) {
      const close = text.indexOf(c === 34 ? '"' : "'", j + 1);
      if (close < 0 || close >= end) return -1;
      i = close + 1;
    } else {
      const valueStart = j;
      while (j < end && isUnquotedValueChar(text.charCodeAt(j))) j++;
      if (j === valueStart) return -1;
      i = j;
    }
  }
}

/** End (after `>`) of the closing tag whose `<` is at `pos`, or -1. */
export function scanClosingTag(text: string, pos: number, end: number): number {
  if (text.charCodeAt(pos + 1) !== SLASH) return -1;
  let i = tagNameEnd(text, pos + 2, end);
  if (i < 0) return -1;
  while (i < end && isTagSpace(text.charCodeAt(i))) i++;
  return i < end && text.charCodeAt(i) === GT ? i + 1 : -1;
}

/** The tag name at `pos` in lower case when it is one of `names`, else null (never allocates for long names). */
function tagNameAt(text: string, pos: number, end: number): string | null {
  const nameEnd = tagNameEnd(text, pos, end);
  if (nameEnd < 0 || nameEnd - pos > 10) return null;
  return text.slice(pos, nameEnd).toLowerCase();
}

/**
 * The HTML block type (1–7) whose start condition the line meets at `pos` (its `<`), or 0.
 * Type 7 is only returned when `allow7` (it cannot interrupt a paragraph).
 */
export function htmlBlockStart(text: string, pos: number, end: number, allow7: boolean): number {
  if (text.charCodeAt(pos) !== LT || pos + 1 >= end) return 0;
  const c = text.charCodeAt(pos + 1);
  if (c === BANG) {
    if (text.startsWith('<!--', pos)) return 2;
    if (text.startsWith('<![CDATA[', pos)) return 5;
    return isAsciiLetter(text.charCodeAt(pos + 2)) ? 4 : 0;
  }
  if (c === QUESTION) return 3;
  const closing = c === SLASH;
  const nameStart = closing ? pos + 2 : pos + 1;
  const name = tagNameAt(text, nameStart, end);
  if (name !== null) {
    const after = nameStart + name.length;
    const next = after < end ? text.charCodeAt(after) : -1;
    if (!closing && RAW_TAGS.includes(name) && (next === -1 || isSpaceOrTab(next) || next === GT)) return 1;
    if (BLOCK_TAGS.has(name) && (next === -1 || isSpaceOrTab(next) || next === GT || (next === SLASH && text.charCodeAt(after + 1) === GT))) return 6;
    if (RAW_TAGS.includes(name)) return 0;
  }
  if (!allow7) return 0;
  const tagEnd = closing ? scanClosingTag(text, pos, end) : scanOpenTag(text, pos, end);
  return tagEnd > 0 && onlySpaces(text, tagEnd, end) ? 7 : 0;
}

/** True when a line (from `pos`) meets the end condition of an HTML block of `type` 1–5. */
export function htmlBlockEnds(type: number, text: string, pos: number): boolean {
  switch (type) {
    case 1:
      return closesRawTag(text, pos);
    case 2:
      return text.indexOf('-->', pos) >= 0;
    case 3:
      return text.indexOf('?>', pos) >= 0;
    case 4:
      return text.indexOf('>', pos) >= 0;
    case 5:
      return text.indexOf(']]>', pos) >= 0;
    default:
      return false;
  }
}

/** True when the text holds `</script>`, `</pre>`, `</style>` or `</textarea>` in any case. */
function closesRawTag(text: string, pos: number): boolean {
  for (let i = text.indexOf('</', pos); i >= 0; i = text.indexOf('</', i + 2)) {
    const name = tagNameAt(text, i + 2, text.length);
    if (name !== null && RAW_TAGS.includes(name) && text.charCodeAt(i + 2 + name.length) === GT) return true;
  }
  return false;
}
