// The zod/mini builders the vocabulary's value schemas use, as one type: the tables get them passed in, so
// they never load zod, and the bundle that does keeps only these (passing the whole namespace would keep
// all of zod, its 40 locales included).
import type * as Z from 'zod/mini';

export type SchemaKit = Pick<
  typeof Z,
  'array' | 'boolean' | 'enum' | 'maximum' | 'minLength' | 'minimum' | 'nonnegative' | 'null' | 'nullable' | 'number' | 'record' | 'refine' | 'regex' | 'string' | 'union' | 'unknown'
>;

/** A schema built by a vocabulary table. */
export type ValueSchema = Z.ZodMiniType;
