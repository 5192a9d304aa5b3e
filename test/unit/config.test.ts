// Configuration: severities per rule, rules off, thresholds, ratio rounding, and clear errors for bad configs.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard, applyEdits, DEFAULT_CONFIG, parseConfig, parseConfigText, RULE_IDS, withRuleOverrides, type EngineConfig } from '../../server/src/core';
import { byRule, fixture, only, rangeIn, replaceLine, show } from './helpers/cards';

const SEED = fixture('seed.md');
const AL = '- **ALScore:** 4.0 (Mid-tier)';
const RATIO = '- **Token:Param Ratio:** 233:1 ✅ Compute-optimal';

function config(input: unknown): EngineConfig {
  const r = parseConfig(input);
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.config;
}

function error(input: unknown): string {
  const r = parseConfig(input);
  assert.equal(r.ok, false, `config ${JSON.stringify(input)} should be rejected`);
  return r.ok ? '' : r.error;
}

void describe('config defaults', () => {
  void it('an empty config is the default: 20:1, tiers 20/10/5/1, ceil, no overrides', () => {
    const c = config({});
    assert.deepEqual(c, DEFAULT_CONFIG);
    assert.equal(c.computeOptimalRatio, 20);
    assert.deepEqual(c.tiers, { extremelyPowerful: 20, veryPowerful: 10, powerful: 5, midTier: 1 });
    assert.equal(c.ratioRounding, 'ceil');
    assert.deepEqual(c.rules, {});
  });

  void it('partial tiers keep the other defaults, and $schema is allowed', () => {
    const c = config({ $schema: './schemas/modelcardrc.schema.json', tiers: { powerful: 6 } });
    assert.deepEqual(c.tiers, { extremelyPowerful: 20, veryPowerful: 10, powerful: 6, midTier: 1 });
  });

  void it('parseConfigText reads JSON and reports broken JSON', () => {
    const r = parseConfigText('{"rules": {"section-order": "off"}}');
    assert.ok(r.ok);
    assert.equal(r.config.rules['section-order'], 'off');
    const bad = parseConfigText('{');
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.error, /^not valid JSON/);
  });
});

void describe('bad configs get a clear message naming the key', () => {
  void it('a severity that does not exist', () => {
    assert.equal(error({ rules: { 'alscore-mismatch': 'fatal' } }), '"rules.alscore-mismatch": must be one of error, warning, information, hint, off');
  });

  void it('an unknown top-level key', () => {
    const e = error({ severity: { 'alscore-mismatch': 'off' } });
    assert.match(e, /^"severity": unknown key/);
    assert.match(e, /computeOptimalRatio, tiers, ratioRounding, rules/);
  });

  void it('an unknown rule id names the rule and lists the rule ids', () => {
    const e = error({ rules: { 'alscore-missmatch': 'off' } });
    assert.match(e, /^"rules\.alscore-missmatch": unknown rule id/);
    assert.ok(e.includes('alscore-mismatch'), e);
    assert.ok(!e.includes('computeOptimalRatio'), `lists the rule ids, not the top-level keys: ${e}`);
  });

  void it('a wrong type for tiers.powerful', () => {
    const e = error({ tiers: { powerful: 'high' } });
    assert.match(e, /^"tiers\.powerful": /);
    assert.match(e, /number/);
  });

  void it('an unknown key inside tiers lists the tier keys', () => {
    assert.match(error({ tiers: { mid: 1 } }), /^"tiers\.mid": unknown key \(known: extremelyPowerful, veryPowerful, powerful, midTier\)/);
  });

  void it('other wrong values', () => {
    assert.match(error({ computeOptimalRatio: -1 }), /^"computeOptimalRatio": /);
    assert.match(error({ computeOptimalRatio: '20' }), /^"computeOptimalRatio": /);
    assert.match(error({ ratioRounding: 'up' }), /^"ratioRounding": .*ceil/);
    assert.match(error({ rules: [] }), /^"rules": /);
    assert.match(error({ tiers: { midTier: -1 } }), /^"tiers\.midTier": /);
    for (const notObject of [null, [], 5, 'x']) assert.ok(error(notObject).length > 0);
  });
});

void describe('configured severities and rules', () => {
  const broken = replaceLine(SEED, AL, '- **ALScore:** 5.0 (Powerful)');

  void it('a severity per rule replaces the default', () => {
    const c = config({ rules: { 'alscore-mismatch': 'warning', 'alscore-tier-mismatch': 'hint' } });
    const a = analyzeCard(broken, { config: c });
    assert.equal(byRule(a, 'alscore-mismatch')[0]?.severity, 'warning');
    const d = analyzeCard(broken);
    assert.equal(byRule(d, 'alscore-mismatch')[0]?.severity, 'error');
  });

  void it('a configured severity wins over the required/recommended split of missing-field', () => {
    const text = replaceLine(replaceLine(SEED, '**Access:** 🟢 Public', null), '- **Dataset Type:** synthetic, web-scale', null);
    const found = byRule(analyzeCard(text, { config: config({ rules: { 'missing-field': 'hint' } }) }), 'missing-field');
    assert.equal(found.length, 2);
    assert.ok(found.every((f) => f.severity === 'hint'));
  });

  void it('a rule turned off reports nothing, other rules still do', () => {
    const a = analyzeCard(broken, { config: config({ rules: { 'alscore-mismatch': 'off' } }) });
    assert.deepEqual(byRule(a, 'alscore-mismatch'), []);
    assert.equal(byRule(a, 'alscore-tier-mismatch').length, 0, '5.0 (Powerful) is a consistent tier');
    const tiers = replaceLine(SEED, AL, '- **ALScore:** 4.0 (Powerful)');
    assert.equal(byRule(analyzeCard(tiers), 'alscore-tier-mismatch').length, 1);
    const b = analyzeCard(tiers, { config: config({ rules: { 'alscore-tier-mismatch': 'off', 'alscore-mismatch': 'error' } }) });
    assert.deepEqual(b.findings, []);
    const c = analyzeCard(broken, { config: config({ rules: { 'alscore-tier-mismatch': 'off' } }) });
    assert.deepEqual(c.findings.map((f) => f.rule), ['alscore-mismatch']);
    // With alscore-mismatch off, a tier that does not follow from the stated score is still reported.
    const midTier = replaceLine(SEED, AL, '- **ALScore:** 5.0 (Mid-tier)');
    assert.deepEqual(analyzeCard(midTier).findings.map((f) => f.rule), ['alscore-mismatch']);
    const d = analyzeCard(midTier, { config: config({ rules: { 'alscore-mismatch': 'off' } }) });
    assert.deepEqual(d.findings.map((f) => f.rule), ['alscore-tier-mismatch']);
  });

  void it('every rule can be turned off', () => {
    const all = Object.fromEntries(RULE_IDS.map((r) => [r, 'off']));
    const text = replaceLine(replaceLine(broken, RATIO, '- **Token:Param Ratio:** 1:1 ✅ Compute-optimal'), '**Access:** 🟢 Public', '**Access:** Open');
    assert.ok(analyzeCard(text).findings.length >= 3);
    assert.deepEqual(analyzeCard(text, { config: config({ rules: all }) }).findings.map(show), []);
  });

  void it('withRuleOverrides layers severities over a config', () => {
    const base = config({ computeOptimalRatio: 25, rules: { 'section-order': 'off', 'tags-mismatch': 'error' } });
    const c = withRuleOverrides(base, { 'tags-mismatch': 'hint', 'unknown-key': 'off' });
    assert.equal(c.computeOptimalRatio, 25);
    assert.deepEqual(c.rules, { 'section-order': 'off', 'tags-mismatch': 'hint', 'unknown-key': 'off' });
    assert.deepEqual(base.rules, { 'section-order': 'off', 'tags-mismatch': 'error' }, 'the base is not changed');
  });
});

void describe('configured thresholds', () => {
  // 10.0B and 210.0B: 21:1, ALScore √2100 ÷ 300 = 0.15 → 0.2.
  const card21 = [
    ['- **Parameters:** 78.0B', '- **Parameters:** 10.0B'],
    ['- **Training Tokens:** 18120.0B', '- **Training Tokens:** 210.0B'],
    [RATIO, '- **Token:Param Ratio:** 21:1 ✅ Compute-optimal'],
    [AL, '- **ALScore:** 0.2 (Lightweight)'],
  ].reduce((t, [a, b]) => replaceLine(t, a ?? '', b ?? ''), SEED);

  void it('computeOptimalRatio 25 turns 21:1 into Under-trained', () => {
    assert.deepEqual(analyzeCard(card21).findings.map(show), []);
    const c = config({ computeOptimalRatio: 25 });
    const f = only(card21, 'ratio-label-mismatch', { config: c });
    assert.deepEqual(f.range, rangeIn(card21, '- **Token:Param Ratio:** 21:1 ✅ Compute-optimal', '✅ Compute-optimal'));
    assert.match(f.message, /21:1 is below 25:1, so it is ⚠️ Under-trained/);
    assert.ok(f.fix);
    assert.ok(applyEdits(card21, f.fix.edits).includes('- **Token:Param Ratio:** 21:1 ⚠️ Under-trained\n'));
    assert.equal(analyzeCard(card21, { config: c }).metrics.computeOptimal, false);
  });

  void it('ratioRounding round: the seed 233:1 should be 232:1', () => {
    const c = config({ ratioRounding: 'round' });
    const f = only(SEED, 'ratio-mismatch', { config: c });
    assert.deepEqual(f.range, rangeIn(SEED, RATIO, '233'));
    assert.match(f.message, /18120 ÷ 78 = 232\.3, rounded 232:1 ✅ Compute-optimal/);
    assert.equal(analyzeCard(SEED, { config: config({ ratioRounding: 'floor' }) }).findings.filter((x) => x.rule === 'ratio-mismatch').length, 1);
  });

  void it('tier bounds: midTier 5 makes 4.0 Lightweight', () => {
    const f = only(SEED, 'alscore-tier-mismatch', { config: config({ tiers: { midTier: 5, powerful: 8 } }) });
    assert.deepEqual(f.range, rangeIn(SEED, AL, 'Mid-tier'));
    assert.match(f.message, /ALScore 4\.0 is Lightweight, not Mid-tier/);
    assert.match(f.message, /≥ 5 Mid-tier/);
  });
});
