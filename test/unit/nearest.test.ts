// Did-you-mean: the bounded edit distance agrees with the full one, and nearest picks only certain or unique answers.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { boundedDistance, levenshtein, nearestOf } from '../../server/src/core/rules/nearest';
import { nearestKey } from '../../server/src/core/rules/unknown-key';

void describe('did-you-mean', () => {
  void it('boundedDistance equals the edit distance up to the limit, and limit + 1 past it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 4 }), (a, b, k) => {
        const full = levenshtein(a, b);
        assert.equal(boundedDistance(a, b, k), full <= k ? full : k + 1);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  void it('nearestOf: a spelling variant is certain, a unique near miss a suggestion, a tie nothing', () => {
    assert.deepEqual(nearestOf('Apache 2.0', ['apache-2.0', 'mit']), { value: 'apache-2.0', certain: true });
    assert.deepEqual(nearestOf('text-generaton', ['text-generation', 'text-classification']), { value: 'text-generation', certain: false });
    assert.equal(nearestOf('abcd', ['abce', 'abcf']), null);
  });

  void it('nearestKey: typos, plurals and separators, never another key', () => {
    assert.equal(nearestKey('paramters'), 'parameters');
    assert.equal(nearestKey('licence'), 'license');
    assert.equal(nearestKey('model_index'), 'model-index');
    assert.equal(nearestKey('tag'), 'tags');
    assert.equal(nearestKey('paramters_active'), 'active_parameters');
    assert.equal(nearestKey('model_type'), null);
    assert.equal(nearestKey('x'.repeat(1000)), null);
  });
});
