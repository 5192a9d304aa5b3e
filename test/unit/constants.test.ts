// The zod-free tables the engine loads eagerly must agree with the zod schemas built from them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configSchemas } from '../../server/src/core/engineConfig';
import { RULE_IDS } from '../../server/src/core/rules/registry';
import { DEFAULT_CONFIG } from '../../server/src/core/constants';
import { FrontMatterSchema } from '../../server/src/core/schema';
import { KNOWN_KEYS, LEADERBOARD_KEYS } from '../../server/src/core/vocabulary';

void describe('engine constants', () => {
  void it('KNOWN_KEYS lists exactly the keys of the front matter schema', () => {
    assert.deepEqual(KNOWN_KEYS.map((k) => k.key), Object.keys(FrontMatterSchema.shape));
  });
  void it('every leaderboard key is a known key, first', () => {
    assert.deepEqual(KNOWN_KEYS.slice(0, LEADERBOARD_KEYS.length).map((k) => k.key), LEADERBOARD_KEYS.map((k) => k.key));
  });
  void it('DEFAULT_CONFIG equals the defaults of the config schema', () => {
    assert.deepEqual(DEFAULT_CONFIG, configSchemas(RULE_IDS).EngineConfigSchema.parse({}));
  });
});
