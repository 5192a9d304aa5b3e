// Every front matter key the engine knows: the leaderboard's own and Hugging Face's, looked up by name.
import { HUGGING_FACE_KEYS } from './huggingface/keys';
import { LEADERBOARD_KEYS, type FrontMatterKeySpec } from './frontMatterKeys';
import { valueTest, type ValueTest } from './valueTest';

export interface KnownKey extends FrontMatterKeySpec {
  /** The leaderboard's key (`parameters`), Hugging Face's (`license`), or both (`model_name`, `tags`). */
  family: 'leaderboard' | 'huggingface' | 'both';
  /** A Hugging Face key that alone makes front matter a model card's. */
  strongHuggingFace: boolean;
  /** A wrong value breaks the card: the leaderboard's keys, and Hugging Face's that the Hub checks at push. */
  strict: boolean;
  /** Whether a value fits the key's schema, answered without zod (see valueTest.ts). */
  test: ValueTest;
}

const table = new Map<string, KnownKey>();
for (const k of LEADERBOARD_KEYS) table.set(k.key, { ...k, family: 'leaderboard', strongHuggingFace: false, strict: true, test: valueTest(k.schema) });
for (const k of HUGGING_FACE_KEYS) {
  const lb = table.get(k.key);
  // A key of both families keeps the leaderboard's stricter shape and docs, and Hugging Face's strength.
  table.set(k.key, lb ? { ...lb, family: 'both', strongHuggingFace: k.strong } : { ...k, marksCard: false, family: 'huggingface', strongHuggingFace: k.strong, strict: k.checkedAtPush, test: valueTest(k.schema) });
}

/** Every known key, leaderboard keys first. */
export const KNOWN_KEYS: readonly KnownKey[] = [...table.values()];

/** The spec of a known key, or undefined (a Map, so `constructor` is not a key). */
export function frontMatterKey(key: string): KnownKey | undefined {
  return table.get(key);
}
