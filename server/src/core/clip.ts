// Bounded quoting of card text in messages: a message never carries more than a short excerpt of a value.

/** The text, cut to `max` characters with an ellipsis when longer. */
export function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** A value for a message: `"text"` (clipped), `a list`, `a mapping`, numbers and booleans as they are (never a whole structure). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${clip(value)}"`;
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return clip(String(value));
  return typeof value;
}
