// The leaderboard row of a card: numbers as numbers (null when unknown), display strings, findings counted.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard } from '../../server/src/core';
import { benchmarkColumnOf } from '../../server/src/core/leaderboard/benchmarks';
import { leaderboardRow } from '../../server/src/core/leaderboard/rows';
import { fixture, replaceLine } from './helpers/cards';

const rowOf = (text: string, fallback = 'file'): NonNullable<ReturnType<typeof leaderboardRow>> => {
  const row = leaderboardRow('models/x.md', analyzeCard(text), fallback);
  assert.ok(row, 'expected a row');
  return row;
};

// A Hugging Face card written for this test: no leaderboard keys, results in model-index.
const HF_CARD = `---
license: apache-2.0
pipeline_tag: text-generation
model-index:
- name: finch-7b
  results:
  - task:
      type: text-generation
    dataset:
      type: TIGER-Lab/MMLU-Pro
      name: MMLU-Pro
    metrics:
    - type: acc
      value: 31.5
  - task:
      type: text-generation
    dataset:
      type: cais/mmlu
      name: MMLU (5-shot)
    metrics:
    - type: acc
      value: 64.6
  - task:
      type: text-generation
    dataset:
      type: Idavidrein/gpqa
      name: GPQA Diamond
    metrics:
    - type: acc
      value: 30.1
---

# finch-7b

A fine-tuned model written for the tests.
`;

void describe('leaderboard rows', () => {
  void it('reads a leaderboard card: numbers, tier, ratio, benchmarks and display strings', () => {
    const row = rowOf(fixture('seed.md'));
    assert.equal(row.name, 'Seedling 78B');
    assert.equal(row.lab, 'Seed Labs');
    assert.equal(row.format, 'leaderboard');
    assert.equal(row.parametersB, 78);
    assert.equal(row.trainingTokensB, 18120);
    assert.equal(row.alScore, 4);
    assert.equal(row.tier, 'Mid-tier');
    assert.equal(row.ratio, 233);
    assert.equal(row.released, 'Dec/2024');
    assert.equal(row.releasedKey, '2024-12');
    assert.equal(row.access, 'public');
    assert.deepEqual([row.mmlu, row.gpqa, row.hle], [86.1, 49, null]);
    assert.deepEqual(row.findings, { errors: 0, warnings: 0 });
    assert.deepEqual(row.text, {
      parameters: '78B', tokens: '18,120B', alScore: '4.0', tier: 'Mid-tier', ratio: '233:1', released: 'Dec/2024', access: '🟢 Public', mmlu: '86.1', gpqa: '49', hle: '—',
    });
  });

  void it('computes the ALScore from P and T (not the stated one) and counts the findings', () => {
    const text = replaceLine(fixture('seed.md'), '- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:** 5.0 (Mid-tier)').replace('**Access:** 🟢 Public', '**Access:** Open');
    const row = rowOf(text);
    assert.equal(row.alScore, 4);
    assert.equal(row.access, null);
    assert.equal(row.text.access, '—');
    assert.ok(row.findings.errors >= 2, `errors: ${row.findings.errors}`);
  });

  void it('leaves unknowns null and shows —', () => {
    const text = replaceLine(fixture('seed.md'), '- **Training Tokens:** 18120.0B', '- **Training Tokens:** -B');
    const row = rowOf(text);
    assert.equal(row.parametersB, 78);
    assert.deepEqual([row.trainingTokensB, row.alScore, row.tier, row.ratio], [null, null, null, null]);
    assert.deepEqual([row.text.tokens, row.text.alScore, row.text.tier, row.text.ratio], ['—', '—', '—', '—']);
  });

  void it('reads a Hugging Face card: its model-index gives MMLU and GPQA (not MMLU-Pro)', () => {
    const row = rowOf(HF_CARD);
    assert.equal(row.format, 'huggingface');
    assert.equal(row.name, 'finch-7b');
    assert.equal(row.lab, null);
    assert.deepEqual([row.parametersB, row.trainingTokensB, row.alScore], [null, null, null]);
    assert.deepEqual([row.mmlu, row.gpqa, row.hle], [64.6, 30.1, null]);
  });

  void it('takes P and T from front matter `parameters` and `training_tokens` beside a model-index', () => {
    const row = rowOf(HF_CARD.replace('pipeline_tag: text-generation\n', 'pipeline_tag: text-generation\nparameters: 7B\ntraining_tokens: 2T\n'));
    assert.equal(row.parametersB, 7);
    assert.equal(row.trainingTokensB, 2000);
    assert.equal(row.alScore, 0.4);
    assert.equal(row.tier, 'Lightweight');
    assert.deepEqual([row.mmlu, row.gpqa], [64.6, 30.1]);
  });

  void it('names a card without a model name by the fallback', () => {
    const row = rowOf(HF_CARD.replace('- name: finch-7b', '- name: ""').replace('# finch-7b', '# '), 'finch.md');
    assert.equal(row.name, 'finch.md');
  });

  void it('gives no row for Markdown that is not a card', () => {
    assert.equal(leaderboardRow('README.md', analyzeCard('# Notes\n\nJust text.\n'), 'README.md'), null);
  });

  void it('takes front matter release forms and keeps TBA unsortable', () => {
    const fm = '---\nmodel_name: Wren\norganization: Lab\nreleased: 2024-09\naccess: private\nparameters: 1.5B\ntraining_tokens: 3T\n---\n# Wren\n';
    const row = rowOf(fm);
    assert.equal(row.releasedKey, '2024-09');
    assert.equal(row.access, 'private');
    assert.equal(row.text.access, '🔴 Private');
    assert.equal(rowOf(fm.replace('2024-09', 'TBA')).releasedKey, null);
  });

  void it('matches benchmark datasets by id or name, never a near miss', () => {
    assert.equal(benchmarkColumnOf('cais/mmlu'), 'mmlu');
    assert.equal(benchmarkColumnOf('MMLU (5-shot)'), 'mmlu');
    assert.equal(benchmarkColumnOf('TIGER-Lab/MMLU-Pro'), null);
    assert.equal(benchmarkColumnOf('Idavidrein/gpqa'), 'gpqa');
    assert.equal(benchmarkColumnOf("Humanity's Last Exam"), 'hle');
    assert.equal(benchmarkColumnOf('cais/hle'), 'hle');
    assert.equal(benchmarkColumnOf('hellaswag'), null);
    assert.equal(benchmarkColumnOf('constructor'), null);
  });
});
