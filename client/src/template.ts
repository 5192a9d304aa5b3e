// New Card and Insert Template: the card template lives in the engine's vocabulary, built from its tables.
export { titleSlug } from '../../server/src/core/vocabulary/slug';
export { cardSnippet, cardText, FIRST_FILL_IN, type CardFields } from '../../server/src/core/vocabulary/template';

/** Today as `YYYY-MM-DD` (local time, as a person reads the calendar). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
