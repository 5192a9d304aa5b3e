// unknown-key: a front matter key that is neither the leaderboard's nor Hugging Face's; a warning only
// when it looks like a typo of a known key (Hugging Face keeps any other key).
import { describeKey } from '../parse/describe';
import { frontMatterKey, KNOWN_KEYS } from '../vocabulary/keys';
import { COMMUNITY_MODEL_KEYS, DATASET_CARD_KEYS, SPACE_KEYS } from '../vocabulary/pages';
import { boundedDistance } from './nearest';
import { defineRule } from './types';

export default defineRule({
  id: 'unknown-key',
  severity: 'warning',
  description: 'A front matter key looks like a misspelt known key (other unknown keys are a hint).',
  fixable: 'suggestion',
  scope: 'card',
  docs: {
    summary:
      'A front matter key that is not in the schema: a warning with the nearest known key as a suggestion\nwhen it looks like a typo (`paramters` → `parameters`, `licence` → `license`); any other unknown key\nis only a hint, since Hugging Face keeps keys it does not know. The Hub\'s Space and dataset card keys\nthat turn up in model repositories (`duplicated_from`, `pinned`, `task_categories`) and the keys\npublishers\' tools write (`quantized_by`, `model_creator`, `model_type`, `prompt_template`) are no\nfinding.',
    example: { lang: 'yaml', text: 'paramters: 78B' },
    message: 'Unknown front matter key "paramters": did you mean "parameters"?',
  },
  check(ctx) {
    for (const entry of ctx.topLevelEntries()) {
      if (frontMatterKey(entry.key) !== undefined || isKeptKey(entry.key)) continue;
      const near = nearestKey(entry.key);
      if (near) {
        ctx.report(entry.keyRange, `Unknown front matter key "${describeKey(entry.key)}": did you mean "${near}"?`, { suggestions: [ctx.replace(`Rename to ${near}`, entry.keyRange, near)] });
      } else {
        ctx.report(entry.keyRange, `Front matter key "${describeKey(entry.key)}" is neither a leaderboard key nor a Hugging Face model card key`, { severity: 'hint' });
      }
    }
  },
});

/**
 * Keys that are not a model card's but are no mistake either: the Hub's keys of Spaces and dataset cards,
 * which turn up in model repositories (the Hub writes `duplicated_from` into a duplicated one; dataset keys
 * are copied from a dataset's card), and the keys publishers' tools write.
 */
function isKeptKey(key: string): boolean {
  return SPACE_KEYS.has(key) || DATASET_CARD_KEYS.has(key) || COMMUNITY_MODEL_KEYS.has(key);
}

// Words in another order count too: paramters_active is near active_parameters.
const sortedWords = (k: string): string => k.replace(/-/g, '_').split('_').sort().join('_');

/** The known keys with their forms for comparing, built once. */
let known: { key: string; underscored: string; sorted: string }[] | null = null;

/** The known key nearest to a misspelt one (a small edit distance, or a case/separator/word-order variant). */
export function nearestKey(key: string): string | null {
  if (key.length > 64) return null;
  known ??= KNOWN_KEYS.map((k) => ({ key: k.key, underscored: k.key.replace(/-/g, '_'), sorted: sortedWords(k.key) }));
  const folded = key.toLowerCase().replace(/[-\s]/g, '_');
  // One edit in a short key, two in a long one: `model_type` (three from `model_name`) is another key, not a typo.
  const limit = key.length <= 4 ? 0 : key.length <= 9 ? 1 : 2;
  const foldedSorted = folded.includes('_') ? sortedWords(folded) : null;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const k of known) {
    // A separator variant (`model_index`) or a singular/plural one (`tag`, `licenses`) at any length.
    if (k.underscored === folded || `${k.key}s` === folded || k.key === `${folded}s`) return k.key;
    let d = boundedDistance(folded, k.key, limit);
    if (foldedSorted !== null && d > limit) d = boundedDistance(foldedSorted, k.sorted, limit);
    if (d < bestDistance) {
      bestDistance = d;
      best = k.key;
    }
  }
  return best;
}
