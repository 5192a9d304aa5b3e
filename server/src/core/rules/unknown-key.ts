// unknown-key: a front matter key that is neither the leaderboard's nor Hugging Face's; a warning only
// when it looks like a typo of a known key (Hugging Face keeps any other key).
import { clip } from '../clip';
import { frontMatterKey, KNOWN_KEYS } from '../vocabulary/keys';
import { defineRule } from './types';

export default defineRule({
  id: 'unknown-key',
  severity: 'warning',
  description: 'A front matter key looks like a misspelt known key (other unknown keys are a hint).',
  fixable: 'suggestion',
  scope: 'card',
  docs: {
    summary:
      'A front matter key that is not in the schema: a warning with the nearest known key as a suggestion\nwhen it looks like a typo (`paramters` → `parameters`, `licence` → `license`); any other unknown key\nis only a hint, since Hugging Face keeps keys it does not know.',
    example: { lang: 'yaml', text: 'paramters: 78B' },
    message: 'Unknown front matter key "paramters": did you mean "parameters"?',
  },
  check(ctx) {
    for (const entry of ctx.frontMatter?.entries ?? []) {
      if (entry.path.length !== 1 || frontMatterKey(entry.key) !== undefined) continue;
      const near = nearestKey(entry.key);
      if (near) {
        ctx.report(entry.keyRange, `Unknown front matter key "${clip(entry.key)}": did you mean "${near}"?`, { suggestions: [ctx.replace(`Rename to ${near}`, entry.keyRange, near)] });
      } else {
        ctx.report(entry.keyRange, `Front matter key "${clip(entry.key)}" is neither a leaderboard key nor a Hugging Face model card key`, { severity: 'hint' });
      }
    }
  },
});

/** The known key nearest to a misspelt one (a small edit distance, or a case/separator/word-order variant). */
export function nearestKey(key: string): string | null {
  if (key.length > 64) return null;
  const folded = key.toLowerCase().replace(/[-\s]/g, '_');
  // Words in another order count too: paramters_active is near active_parameters.
  const sortedWords = (k: string): string => k.replace(/-/g, '_').split('_').sort().join('_');
  const foldedSorted = sortedWords(folded);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const { key: known } of KNOWN_KEYS) {
    if (known.replace(/-/g, '_') === folded) return known;
    const d = Math.min(levenshtein(folded, known), levenshtein(foldedSorted, sortedWords(known)));
    if (d < bestDistance) {
      bestDistance = d;
      best = known;
    }
  }
  return bestDistance <= Math.min(3, Math.max(1, Math.floor(key.length / 3))) ? best : null;
}

/** Edit distance (insert, delete, substitute), for short keys. */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
