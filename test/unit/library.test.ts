// The engine as a library: types/index.d.ts (hand-kept) is held to server/src/core at compile time,
// and the bundle dist/lib.js answers as the source does.
import { strict as assert } from 'assert';
import * as path from 'path';
import { describe, it } from 'node:test';
import type * as api from '../../types/index';
import * as core from '../../server/src/core';
import { fixture, REPO_ROOT } from './helpers/cards';

// Compile-time: every declaration of the public types is met by the source (npm test type-checks this file).
const implementation: typeof api = core;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const severities: Same<api.Severity, core.Severity> = true;
const metrics: Same<keyof api.Metrics, keyof core.Metrics> = true;

void describe('the library entry', () => {
  void it('declares what the source exports', () => {
    assert.equal(typeof implementation.analyzeCard, 'function');
    assert.ok(severities && metrics);
  });

  void it('dist/lib.js gives the same analysis as the source', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require(path.join(REPO_ROOT, 'dist', 'lib.js')) as typeof api;
    const card = fixture('seed-both.md').replace('- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:** 5.0 (Powerful)');
    const fromLib = lib.analyzeCard(card);
    const fromSource = core.analyzeCard(card);
    assert.deepEqual(fromLib.findings, fromSource.findings);
    assert.deepEqual(fromLib.metrics, fromSource.metrics);
    assert.deepEqual([...lib.RULE_IDS], [...core.RULE_IDS]);
    assert.equal(lib.fixAll(card), core.fixAll(card));
    const parsed = lib.parseConfig({ rules: { 'section-order': 'off' } });
    assert.ok(parsed.ok);
    assert.equal(parsed.config.rules['section-order'], 'off');
  });
});
