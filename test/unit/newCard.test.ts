// New Card in a leaderboard repository (spec §5): the card's path from its title's slug, the lab link to an
// existing lab page or a new one, and the new lab page, which lists the card and checks clean.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard, cardText, hfCardText, labPageText, planNewCard } from '../../server/src/core';

const LABS = ['labs/adept.md', 'labs/01-ai.md', 'labs/eth-zürich.md', 'labs/README.txt', 'models/x/labs.md'];

void describe('planNewCard', () => {
  void it('files the card under an existing lab found by name', () => {
    assert.deepEqual(planNewCard(LABS, 'Fuyu Heavy 2', 'Adept'), {
      cardPath: 'models/adept/fuyu-heavy-2.md',
      labSlug: 'adept',
      labLink: '../../labs/adept.md',
      labPageIsNew: false,
      labPagePath: 'labs/adept.md',
    });
  });

  void it('keeps the file name of an existing page picked by its stem, Unicode included', () => {
    assert.equal(planNewCard(LABS, 'Yi Lightning', '01-ai')?.cardPath, 'models/01-ai/yi-lightning.md');
    const eth = planNewCard(LABS, 'Apertus 8B', 'ETH Zürich');
    assert.equal(eth?.labLink, '../../labs/eth-zürich.md');
    assert.equal(eth?.labPageIsNew, false);
  });

  void it('names a new lab by the slug rule and says its page is new', () => {
    const plan = planNewCard(LABS, "Rubik's Model (preview)", "Rubik's AI");
    assert.deepEqual(plan, {
      cardPath: 'models/rubiks-ai/rubiks-model-preview.md',
      labSlug: 'rubiks-ai',
      labLink: '../../labs/rubiks-ai.md',
      labPageIsNew: true,
      labPagePath: 'labs/rubiks-ai.md',
    });
  });

  void it('ignores paths that are not lab pages, and refuses titles without a letter or digit', () => {
    assert.equal(planNewCard(LABS, 'Model', 'README')?.labPageIsNew, true);
    assert.equal(planNewCard(LABS, 'Model', 'labs')?.labPageIsNew, true);
    assert.equal(planNewCard(LABS, '!!!', 'Adept'), null);
    assert.equal(planNewCard(LABS, 'Model', '  '), null);
    assert.equal(planNewCard([], 'constructor', '__proto__')?.cardPath, 'models/__proto__/constructor.md');
  });

  void it('writes a lab page in the repository layout that links the card', () => {
    const plan = planNewCard([], 'Heron 8B', 'Example Labs');
    assert.ok(plan);
    const page = labPageText('Example Labs', { title: 'Heron 8B', cardPath: plan.cardPath });
    const lines = page.split('\n');
    assert.equal(lines[0], '# Example Labs');
    assert.ok(lines.includes('| [Heron 8B](../models/example-labs/heron-8b.md) | - | - | - | - | - | TBA | 🟡 |'));
    assert.ok(lines.includes('**Total Models:** 1'));
    assert.equal(analyzeCard(page).isCard, false, 'a lab page is not a card');
  });

  void it('the card New Card writes there links the lab and checks clean', () => {
    const plan = planNewCard(LABS, 'Fuyu Heavy 2', 'Adept');
    assert.ok(plan);
    const text = cardText({ modelName: 'Fuyu Heavy 2', organization: 'Adept', orgSlug: plan.labSlug, today: '2025-03-07' });
    assert.ok(text.includes('**Organization:** [Adept](../../labs/adept.md)'));
    assert.deepEqual(analyzeCard(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
  });
});

void describe('Hugging Face card template', () => {
  const text = hfCardText('Heron 8B');
  void it('is a Hugging Face card that checks clean', () => {
    const a = analyzeCard(text);
    assert.equal(a.format, 'huggingface');
    assert.deepEqual(a.findings.map((f) => `${f.rule}: ${f.message}`), []);
  });

  void it("has hub-docs' metadata keys and the template's sections", () => {
    for (const key of ['language:', 'license: unknown', 'library_name: transformers', 'pipeline_tag: text-generation', 'datasets: []']) assert.ok(text.includes(`\n${key}`), key);
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual(headings.slice(0, 3), ['## Model Details', '## Uses', '## Bias, Risks, and Limitations']);
    assert.ok(text.includes('\n# Heron 8B\n'));
  });
});
