// New Card and Insert Template: the card templates live in the engine's vocabulary, built from its tables;
// where a card goes in a leaderboard repository is the engine's planNewCard.
export { titleSlug } from '../../server/src/core/vocabulary/slug';
export { cardSnippet, cardText, FIRST_FILL_IN, type CardFields } from '../../server/src/core/vocabulary/template';
export { hfCardText } from '../../server/src/core/vocabulary/huggingface/template';
export { labPageText, planNewCard, type NewCardPlan } from '../../server/src/core/newCard';

/** Today as `YYYY-MM-DD` (local time, as a person reads the calendar). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
