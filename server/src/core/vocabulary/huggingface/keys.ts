// Hugging Face model card metadata keys for the engine: the documented keys (keyDocs.ts) with a zod schema
// of their shape, completion values, and how strongly each says "this is a model card".
import type { FrontMatterKeySpec } from '../frontMatterKeys';
import type { SchemaKit, ValueSchema } from '../schemaKit';
import { HF_KEY_DOCS, type HfShape } from './keyDocs';
import { HF_LICENSE_IDS, HF_PIPELINE_TAGS } from './lists';

export interface HfKey extends Omit<FrontMatterKeySpec, 'marksCard'> {
  /** The key alone says this is a model card (weak keys such as `tags` are used by other pages too). */
  strong: boolean;
  /** The Hub rejects a push with a wrong value (so a wrong shape is an error, else a warning). */
  checkedAtPush: boolean;
}

/** Keys other kinds of pages use too: alone, they do not make front matter a model card's. */
const WEAK: ReadonlySet<string> = new Set(['language', 'tags', 'metrics', 'description', 'model_name', 'thumbnail', 'buckets', 'license_details']);

/** A lenient schema of a shape: items of lists of text may be null (the Hub keeps them). */
function shapeSchema(z: SchemaKit, shape: HfShape): ValueSchema {
  const text = z.string();
  switch (shape) {
    case 'string':
      return text;
    case 'string-or-list':
      return z.union([text, z.array(z.nullable(z.union([text, z.number()])))]);
    case 'list':
      return z.union([text, z.array(z.unknown())]);
    case 'mapping':
      return z.record(z.string(), z.unknown());
    case 'list-of-mappings':
      return z.array(z.unknown());
    case 'bool':
      return z.boolean();
    case 'number':
      return z.number();
    case 'bool-or-string':
      return z.union([z.boolean(), text]);
    case 'bool-or-mapping':
      return z.union([z.boolean(), z.record(z.string(), z.unknown())]);
    case 'number-or-mapping':
      return z.union([z.number(), z.record(z.string(), z.unknown())]);
    case 'number-or-string':
      return z.union([z.number(), text]);
    default:
      return z.unknown();
  }
}

/** What a valid value of a shape looks like, completing "expected …". */
const EXPECT: Readonly<Record<HfShape, string>> = {
  string: 'text',
  'string-or-list': 'text or a list of text',
  list: 'a list',
  mapping: 'a mapping',
  'list-of-mappings': 'a list of mappings',
  bool: 'true or false',
  number: 'a number',
  any: 'any value',
  'bool-or-string': 'true, false or text',
  'bool-or-mapping': 'true, false or a mapping',
  'number-or-mapping': 'a number or a mapping',
  'number-or-string': 'a number or text',
};

/** Values offered by completion, where the Hub has a list. */
const CHOICES: Readonly<Record<string, readonly string[]>> = { license: HF_LICENSE_IDS, pipeline_tag: HF_PIPELINE_TAGS };

export const HUGGING_FACE_KEYS: readonly HfKey[] = HF_KEY_DOCS.map((d) => ({
  key: d.key,
  docs: d.docs,
  example: d.example.trim(),
  expect: EXPECT[d.shape],
  schema: (z: SchemaKit) => shapeSchema(z, d.shape),
  ...(d.values || Object.hasOwn(CHOICES, d.key) ? { choices: d.values ?? CHOICES[d.key] ?? [] } : {}),
  strong: !WEAK.has(d.key),
  checkedAtPush: d.hubCheck === 'rejected-at-push',
}));
