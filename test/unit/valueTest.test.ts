// The vocabulary's value schemas read as predicates (vocabulary/valueTest.ts) against the same schemas
// built with zod: for every known key and every value, the predicate says what safeParse says. A value
// pool of the edges (counts, dates, numbers past the ranges, NaN, lists with nulls, mappings with a
// `__proto__` key, null-prototype objects as the YAML reader makes them) and random JSON values.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { keySchema } from '../../server/src/core/schema';
import { KNOWN_KEYS } from '../../server/src/core/vocabulary/keys';

/** A value as the YAML reader makes it: mappings without a prototype, at every depth. */
function asRead(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asRead);
  if (value === null || typeof value !== 'object') return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) out[k] = asRead(v);
  return out;
}

const SCALARS: unknown[] = [
  '', ' ', 'x', 'mit', 'MIT', 'apache-2.0', 'other', 'text-generation', 'transformers', 'en', '78B', '78.0B', '135M', '1.8T', '7e9', '1,800B', ' 78B ', '78 bn',
  '0', '-1', '0.000000001B', '0.0000000001B', '1000000B', '1000001B', '2024-12', '2024-13', '2024-12-31', '2025-02-30', 'Dec/2024', 'dec/2024', 'TBA',
  '2025-10-02', '2025-1-2', 'public', 'private', 'unknown', 'Public', 'dense', 'moe', 'https://example.org', 'org/model', '__proto__',
  0, -0, 1, -1, 0.5, 1e-10, 99.9, 100, 100.5, 101, 1e9, 1e15, 1e16, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, true, false, null,
];
const LISTS: unknown[] = [[], ['a'], ['a', 'b'], ['a', 1], [1], [null], ['a', null, 2], [true], [Number.NaN], [[]], [{}], [{ a: 1 }], [''], ['78B']];
const MAPPINGS: unknown[] = [
  {}, { a: 1 }, { a: null }, { a: 'x' }, { a: -1 }, { a: 101 }, { MMLU: 80.1, GPQA: null }, { a: [1] }, { a: { b: 1 } }, { 1: 2 }, { a: Number.NaN }, { a: Number.POSITIVE_INFINITY }, { a: true },
  JSON.parse('{"__proto__": 500}') as unknown, JSON.parse('{"__proto__": 50, "a": 101}') as unknown,
];

function agree(value: unknown): void {
  for (const spec of KNOWN_KEYS) {
    const zod = keySchema(spec.key).safeParse(value).success;
    assert.equal(spec.test(value), zod, `${spec.key}: ${String(JSON.stringify(value))} (zod says ${zod})`);
  }
}

void describe('value schemas as predicates', () => {
  void it('answer as zod does for every known key, on the edges of every shape', () => {
    const pool = [...SCALARS, ...LISTS, ...MAPPINGS];
    for (const value of pool) {
      agree(value);
      agree(asRead(value));
    }
    // Plain objects with an own __proto__ key, read both ways; a class instance is no plain object.
    agree(Object.defineProperty({}, '__proto__', { value: 5, enumerable: true }));
    agree(new (class Thing {})());
  });

  void it('answer as zod does on random JSON values, with and without prototypes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        agree(value);
        agree(asRead(value));
      }),
      { seed: 5, numRuns: 2000 },
    );
  });
});
