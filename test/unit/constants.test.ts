// The zod-free constants the engine loads eagerly must agree with the zod schemas they stand in for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EngineConfigSchema } from '../../server/src/core/config';
import { CARD_KEYS, DEFAULT_CONFIG, FRONT_MATTER_KEYS } from '../../server/src/core/constants';
import { FrontMatterSchema } from '../../server/src/core/schema';

void describe('engine constants', () => {
  void it('FRONT_MATTER_KEYS lists exactly the keys of the front matter schema', () => {
    assert.deepEqual([...FRONT_MATTER_KEYS], Object.keys(FrontMatterSchema.shape));
  });
  void it('CARD_KEYS are front matter keys', () => {
    for (const k of CARD_KEYS) assert.ok((FRONT_MATTER_KEYS as readonly string[]).includes(k), k);
  });
  void it('DEFAULT_CONFIG equals the defaults of the config schema', () => {
    assert.deepEqual(DEFAULT_CONFIG, EngineConfigSchema.parse({}));
  });
});
