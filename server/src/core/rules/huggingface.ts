// What the Hugging Face rules share: the metadata's values with their key paths.
import type { RuleContext } from './context';

/** A value with the key path it was read from (`['license', 1]` for the second license of a list). */
export interface PathValue {
  value: unknown;
  path: (string | number)[];
}

/** The metadata value of a top-level key, or undefined (own keys only: `constructor` is nobody's key). */
export function metadata(ctx: RuleContext, key: string): unknown {
  const data = ctx.frontMatter?.data;
  return data && Object.hasOwn(data, key) ? data[key] : undefined;
}

/** A key's value, or each item of a list value, with their paths; nothing for null (an absent key). */
export function valuesOf(ctx: RuleContext, key: string): PathValue[] {
  const value = metadata(ctx, key);
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return (value as unknown[]).map((item, i) => ({ value: item, path: [key, i] }));
  return [{ value, path: [key] }];
}

/** True for a plain mapping (not a list, not null). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
