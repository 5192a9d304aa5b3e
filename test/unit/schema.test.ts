// The committed JSON Schemas must be exactly what the zod sources generate now.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { test } from 'node:test';
import { KNOWN_KEYS, RULE_IDS } from '../../server/src/core';
import { generateSchemas } from '../../server/src/cli/jsonSchema';

// Compiled to out/test/unit: the repository root is three levels up.
import { REPO_ROOT as ROOT } from '../helpers/paths';

for (const { file, json } of generateSchemas()) {
  void test(`${file} matches the zod source (run \`npm run schema\` when this fails)`, () => {
    const committed = fs.readFileSync(path.join(ROOT, file), 'utf8');
    assert.equal(committed, json);
  });
}

void test('generation is deterministic and ends with a newline', () => {
  const a = generateSchemas();
  const b = generateSchemas();
  assert.deepEqual(a, b);
  for (const s of a) assert.ok(s.json.endsWith('}\n'), s.file);
});

void test('the front matter schema lists every front matter key', () => {
  const fm = JSON.parse(generateSchemas()[0]?.json ?? '{}') as { properties: Record<string, unknown>; $schema: string };
  assert.equal(fm.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.deepEqual(Object.keys(fm.properties), KNOWN_KEYS.map((k) => k.key));
});

void test('the config schema rejects unknown keys and knows every rule id', () => {
  type RulesSchema = { propertyNames: { enum: string[] }; additionalProperties: { enum: string[] } };
  const rc = JSON.parse(generateSchemas()[1]?.json ?? '{}') as { additionalProperties: boolean; required?: string[]; properties: { rules: RulesSchema } };
  assert.equal(rc.additionalProperties, false);
  assert.equal(rc.required, undefined, 'every key has a default, so none is required');
  assert.deepEqual(rc.properties.rules.propertyNames.enum, [...RULE_IDS]);
  assert.deepEqual(rc.properties.rules.additionalProperties.enum, ['error', 'warning', 'information', 'hint', 'off']);
});

void test('package.json points jsonValidation at the generated config schema', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { url: string }[] } };
  const urls = pkg.contributes.jsonValidation.map((v) => path.normalize(v.url));
  assert.ok(urls.includes(path.normalize('./schemas/modelcardrc.schema.json')));
});
