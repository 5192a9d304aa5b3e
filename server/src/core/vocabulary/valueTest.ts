// The vocabulary's value schemas read a second way: as plain predicates. Each key's `schema(z)` is written
// once against the builder kit (schemaKit.ts); given zod/mini it builds the zod schema (JSON Schema, the
// editor, messages), given this kit it builds a function that answers the same yes/no as that schema's
// safeParse without loading zod. A check runs it on every key of every card; a test holds the two
// readings to each other, key by key, on a pool of values.
import type { SchemaKit, ValueSchema } from './schemaKit';

/** Whether a value fits a key's schema: what `keySchema(key).safeParse(value).success` says. */
export type ValueTest = (value: unknown) => boolean;

/** A predicate that can take checks as a zod/mini schema does (`z.string().check(z.minLength(1))`). */
interface TestSchema extends ValueTest {
  check(...checks: ValueTest[]): TestSchema;
}

function schema(test: ValueTest): TestSchema {
  const s = test as TestSchema;
  // zod runs a schema's checks only on a value of its type; a value passes when every check does.
  s.check = (...checks) => schema((v) => test(v) && checks.every((c) => c(v)));
  return s;
}

/** zod's isPlainObject: an object that is no array, with no prototype or a plain one. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const ctor = (v as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto = (ctor as { prototype?: unknown }).prototype;
  if (typeof proto !== 'object' || proto === null || Array.isArray(proto)) return false;
  return Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

const kit = {
  string: () => schema((v) => typeof v === 'string'),
  number: () => schema((v) => typeof v === 'number' && Number.isFinite(v)),
  boolean: () => schema((v) => typeof v === 'boolean'),
  null: () => schema((v) => v === null),
  unknown: () => schema(() => true),
  enum: (values: readonly string[]) => {
    const set = new Set<unknown>(values);
    return schema((v) => set.has(v));
  },
  nullable: (inner: ValueTest) => schema((v) => v === null || inner(v)),
  union: (options: readonly ValueTest[]) => schema((v) => options.some((o) => o(v))),
  array: (item: ValueTest) => schema((v) => Array.isArray(v) && v.every((x) => item(x))),
  // Own enumerable keys (zod reads them with Reflect.ownKeys), `__proto__` skipped as zod skips it.
  record: (key: ValueTest, value: ValueTest) =>
    schema((v) => {
      if (!isPlainObject(v)) return false;
      for (const k of Reflect.ownKeys(v)) {
        if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, k)) continue;
        if (!key(k) || !value(v[k as string])) return false;
      }
      return true;
    }),
  // Checks.
  minLength: (n: number): ValueTest => (v) => (v as { length: number }).length >= n,
  minimum: (n: number): ValueTest => (v) => (v as number) >= n,
  maximum: (n: number): ValueTest => (v) => (v as number) <= n,
  nonnegative: (): ValueTest => (v) => (v as number) >= 0,
  regex: (pattern: RegExp): ValueTest => (v) => {
    pattern.lastIndex = 0;
    return pattern.test(v as string);
  },
  refine: (fn: (v: never) => unknown): ValueTest => (v) => Boolean(fn(v as never)),
};

/** The kit that builds predicates; its builders stand in for zod/mini's, hence the cast. */
const TEST_KIT = kit as unknown as SchemaKit;

/** A key's schema as a predicate. */
export function valueTest(schemaOf: (z: SchemaKit) => ValueSchema): ValueTest {
  return schemaOf(TEST_KIT) as unknown as ValueTest;
}
