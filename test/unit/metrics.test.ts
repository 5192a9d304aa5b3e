// Derived metrics: the seed card's arithmetic, count parsing, rounding, tiers and config thresholds.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  alScoreHint,
  analyzeCard,
  computeMetrics,
  DEFAULT_CONFIG,
  frontMatterHint,
  parseConfig,
  readCount,
  ratioHint,
  roundScore,
  tierOf,
  trainingHint,
  writtenRatioOf,
  type EngineConfig,
  type Metrics,
} from '../../server/src/core';
import { fixture, replaceLine } from './helpers/cards';

function config(input: unknown): EngineConfig {
  const r = parseConfig(input);
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.config;
}

const close = (actual: number | null, expected: number, tolerance = 1e-9): void => {
  assert.ok(actual !== null, 'metric is null');
  assert.ok(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)), `${actual} is not ≈ ${expected}`);
};

function assertSeedMetrics(m: Metrics): void {
  assert.equal(m.parametersB, 78);
  assert.equal(m.trainingTokensB, 18120);
  close(m.alScore, Math.sqrt(78 * 18120) / 300);
  close(m.alScore, 3.963, 1e-4);
  assert.equal(m.alScoreRounded, 4.0);
  assert.equal(m.tier, 'Mid-tier');
  close(m.tokensPerParam, 18120 / 78);
  close(m.tokensPerParam, 232.3077, 1e-6);
  assert.equal(m.writtenRatio, 233);
  assert.equal(m.computeOptimal, true);
  close(m.chinchillaTokensB, 1560);
  close(m.trainingFlops, 6 * 78e9 * 18120e9);
  close(m.trainingFlops, 8.48016e24);
}

void describe('the seed card metrics match the spec arithmetic', () => {
  void it('leaderboard body', () => {
    const a = analyzeCard(fixture('seed.md'));
    assert.equal(a.format, 'leaderboard');
    assertSeedMetrics(a.metrics);
  });

  void it('front matter (parameters: 78B, training_tokens: 18.12T)', () => {
    const a = analyzeCard(fixture('seed-frontmatter.md'));
    assert.equal(a.format, 'frontmatter');
    assertSeedMetrics(a.metrics);
  });

  void it('both formats', () => {
    assertSeedMetrics(analyzeCard(fixture('seed-both.md')).metrics);
  });

  const forms: [string, string][] = [
    ['78000M', '18120B'],
    ['78.0B', '18,120B'],
    ['78', '18120'],
    ['7.8e10', '1.812e13'],
    ['0.078T', '18120000M'],
    ['"78"', '"18.12T"'],
  ];
  for (const [p, t] of forms) {
    void it(`front matter counts ${p} and ${t}`, () => {
      const fm = fixture('seed-frontmatter.md');
      const text = replaceLine(replaceLine(fm, 'parameters: 78B', `parameters: ${p}`), 'training_tokens: 18.12T', `training_tokens: ${t}`);
      const a = analyzeCard(text);
      assert.deepEqual(a.findings, []);
      assertSeedMetrics(a.metrics);
    });
  }

  void it('body unknowns leave every metric null (and Chinchilla tokens need only P)', () => {
    const seed = fixture('seed.md');
    const text = replaceLine(replaceLine(replaceLine(seed, '- **Training Tokens:** 18120.0B', '- **Training Tokens:** -B'), '- **Token:Param Ratio:** 233:1 ✅ Compute-optimal', '- **Token:Param Ratio:** - -'), '- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:** -');
    const m = analyzeCard(text).metrics;
    assert.deepEqual(m, {
      parametersB: 78,
      trainingTokensB: null,
      alScore: null,
      alScoreRounded: null,
      tier: null,
      tokensPerParam: null,
      writtenRatio: null,
      computeOptimal: null,
      chinchillaTokensB: 1560,
      trainingFlops: null,
    });
  });
});

void describe('readCount', () => {
  const values: [unknown, number][] = [
    ['78B', 78],
    ['78.0B', 78],
    ['78b', 78],
    ['135M', 0.135],
    ['1.8T', 1800],
    ['18.12T', 18120],
    ['7e9', 7],
    ['15e12', 15000],
    ['1.5e3B', 1500],
    ['1,000B', 1000],
    ['1,875', 1875],
    ['18,120.5B', 18120.5],
    ['78', 78],
    ['0.135B', 0.135],
    ['.5B', 0.5],
    ['500K', 0.0005],
    [' 78B ', 78],
    ['78 B', 78],
    [78, 78],
    [7e9, 7],
  ];
  for (const [input, billions] of values) {
    void it(`${JSON.stringify(input)} is ${billions}B`, () => {
      const r = readCount(input);
      assert.equal(r.kind, 'value');
      if (r.kind === 'value') close(r.value, billions, 1e-12);
    });
  }
  for (const input of ['-', '-B', '- -', '--', 'TBA', '', '  ', null, undefined]) {
    void it(`${JSON.stringify(input)} is unknown`, () => assert.deepEqual(readCount(input), { kind: 'unknown' }));
  }
  for (const input of ['78 bn', '78BB', 'seventy', '1,00B', '-5B', '78B tokens', 'NaN', 'Infinity', '0x10', -1, NaN, true, {}, [78]]) {
    void it(`${typeof input === 'number' ? String(input) : JSON.stringify(input)} is invalid`, () => assert.equal(readCount(input).kind, 'invalid'));
  }
  // Zero, and counts past 10¹⁵, are out of any sane range: never a metric, so no ALScore is ever infinite.
  for (const input of [0, '0B', '0', '1e400', '1e308T', '2000000B', '1e16', '1e-300B', '0.0000000001B', Infinity, 1e300]) {
    void it(`${typeof input === 'number' ? String(input) : JSON.stringify(input)} is out of range`, () => assert.deepEqual(readCount(input), { kind: 'invalid', outOfRange: true }));
  }
});

void describe('metric definitions', () => {
  void it('roundScore rounds half up without float noise', () => {
    assert.equal(roundScore(3.9628), 4.0);
    assert.equal(roundScore(0.05), 0.1);
    assert.equal(roundScore(0.15), 0.2);
    assert.equal(roundScore(0.25), 0.3);
    assert.equal(roundScore(1.45), 1.5);
    assert.equal(roundScore(0.0499999), 0);
    assert.equal(roundScore(0.0317), 0);
    assert.equal(roundScore(19.96), 20);
  });

  void it('tierOf uses the rounded score and the tier bounds', () => {
    const cases: [number, string][] = [
      [0, 'Lightweight'],
      [0.9, 'Lightweight'],
      [1, 'Mid-tier'],
      [4.9, 'Mid-tier'],
      [5, 'Powerful'],
      [9.9, 'Powerful'],
      [10, 'Very powerful'],
      [19.9, 'Very powerful'],
      [20, 'Extremely powerful'],
      [41.6, 'Extremely powerful'],
    ];
    for (const [score, tier] of cases) assert.equal(tierOf(score, DEFAULT_CONFIG), tier, String(score));
    // 19.96 rounds to 20.0, which is Extremely powerful.
    assert.equal(computeMetrics(1, 300 * 300 * 19.96 * 19.96, DEFAULT_CONFIG).tier, 'Extremely powerful');
  });

  void it('writtenRatioOf rounds up, immune to float noise, or as configured', () => {
    assert.equal(writtenRatioOf(232.3077, DEFAULT_CONFIG), 233);
    assert.equal(writtenRatioOf(19.4, DEFAULT_CONFIG), 20);
    assert.equal(writtenRatioOf(20, DEFAULT_CONFIG), 20);
    assert.equal(writtenRatioOf(0.3 / 0.1, DEFAULT_CONFIG), 3, '0.3 / 0.1 = 2.9999999999999996');
    assert.equal(writtenRatioOf(7 * (1 / 7) * 20, DEFAULT_CONFIG), 20);
    assert.equal(writtenRatioOf(232.3077, config({ ratioRounding: 'round' })), 232);
    assert.equal(writtenRatioOf(232.7, config({ ratioRounding: 'floor' })), 232);
  });

  void it('a zero parameter count gives no ratio and a zero score', () => {
    const m = computeMetrics(0, 100, DEFAULT_CONFIG);
    assert.equal(m.tokensPerParam, null);
    assert.equal(m.writtenRatio, null);
    assert.equal(m.computeOptimal, null);
    assert.equal(m.alScore, 0);
    assert.equal(m.alScoreRounded, 0);
    assert.equal(m.tier, 'Lightweight');
  });

  void it('thresholds from the config change compute-optimal, Chinchilla tokens and tiers', () => {
    const strict = config({ computeOptimalRatio: 25, tiers: { midTier: 5 } });
    const m = computeMetrics(10, 210, strict);
    assert.equal(m.writtenRatio, 21);
    assert.equal(m.computeOptimal, false);
    assert.equal(m.chinchillaTokensB, 250);
    assert.equal(computeMetrics(10, 210, DEFAULT_CONFIG).computeOptimal, true);
    assert.equal(computeMetrics(78, 18120, strict).tier, 'Lightweight');
  });

  void it('hint texts carry the card numbers', () => {
    const m = computeMetrics(78, 18120, DEFAULT_CONFIG);
    assert.equal(alScoreHint(m), '= √(78 × 18120) ÷ 300 = 3.96');
    assert.equal(ratioHint(m), '= 232.3 tokens/param');
    assert.equal(trainingHint(m), 'Chinchilla 1,560B · ≈ 8.48 × 10²⁴ FLOPs');
    assert.equal(frontMatterHint(m, DEFAULT_CONFIG), 'ALScore 4.0 Mid-tier · 233:1 ✅');
    // Within VS Code's default inlay hint length (43) even for the largest cards.
    const big = computeMetrics(2500, 130000, DEFAULT_CONFIG);
    for (const hint of [alScoreHint(big), ratioHint(big), trainingHint(big), frontMatterHint(big, DEFAULT_CONFIG)]) assert.ok((hint ?? '').length <= 43, hint ?? '');
    const none = computeMetrics(null, null, DEFAULT_CONFIG);
    assert.equal(alScoreHint(none), null);
    assert.equal(ratioHint(none), null);
    assert.equal(trainingHint(none), null);
    assert.equal(frontMatterHint(none, DEFAULT_CONFIG), null);
  });
});
