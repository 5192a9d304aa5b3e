// Bounded words for card values in messages: a message never copies a whole value, however large.

/** Characters of a string value shown in a message before it is cut. */
export const SHOWN_TEXT = 80;

/** `text` cut to `max` characters (never inside a surrogate pair), with `…` when cut. */
export function shortText(text: string, max = SHOWN_TEXT): string {
  if (text.length <= max) return text;
  let end = max;
  // A lone high surrogate at the cut would be half a character.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A key, name or any card text for a message: cut (at `max` characters), and on one line. */
export function describeKey(key: string, max = SHOWN_TEXT): string {
  return oneLine(shortText(key, max));
}

/**
 * A value in a few words: `"text…"` (cut at ~80 characters), `a list of N items`, `a mapping`,
 * numbers as written when the source text is given (`1e3`), else as JavaScript prints them.
 */
export function describeValue(value: unknown, written?: string): string {
  if (typeof value === 'string') return JSON.stringify(shortText(value));
  if (typeof value === 'number') return written !== undefined && written !== '' ? oneLine(shortText(written)) : String(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'an empty value';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 1 ? 'a list of 1 item' : `a list of ${value.length} items`;
  return typeof value === 'object' ? 'a mapping' : typeof value;
}

/** Line breaks and tabs as spaces: a message stays on one line. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]/g, ' ');
}
