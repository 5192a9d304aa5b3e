// titleSlug is the leaderboard repository's file-name rule (spec §5), checked on its examples and the shared cards.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { titleSlug } from '../../server/src/core';
import { markdownFiles, SHARED_CARDS } from './helpers/cards';

void describe('titleSlug', () => {
  const cases: [string, string][] = [
    ["Rubik's AI", 'rubiks-ai'],
    ['ETH Zürich', 'eth-zürich'],
    ['TÜLU 3', 'tülu-3'],
    ['Claude 3.5 Sonnet', 'claude-35-sonnet'],
    ['‘monorepo-Transformer’', 'monorepo-transformer'],
    ['GPT-4 Classic (gpt-4-0314 & gpt-4-0613, non-Turbo)', 'gpt-4-classic-gpt-4-0314-gpt-4-0613-non-turbo'],
    ['Shanghai AI Laboratory/SenseTime', 'shanghai-ai-laboratorysensetime'],
    ['Command-R+', 'command-r'],
    ['snake_case Model', 'snake_case-model'],
    ['Qwen2.5-Max', 'qwen25-max'],
    ['文心一言 4.0', '文心一言-40'],
    ['  padded  title  ', 'padded-title'],
    ['', ''],
  ];
  for (const [title, slug] of cases) {
    void it(`${JSON.stringify(title)} -> ${JSON.stringify(slug)}`, () => assert.equal(titleSlug(title), slug));
  }

  void it('turns each run of spaces, with dropped characters inside it, into one dash', () => {
    assert.equal(titleSlug('a  b'), 'a-b');
    assert.equal(titleSlug('a ( ) b'), 'a-b');
    assert.equal(titleSlug('a - b'), 'a---b');
    assert.equal(titleSlug('a\u00a0b'), 'a-b');
  });

  void it('drops emoji, marks and symbols, keeps Unicode digits and letters', () => {
    assert.equal(titleSlug('🚀 Rocket ✅'), '-rocket-');
    assert.equal(titleSlug('Cafe\u0301'), 'cafe');
    assert.equal(titleSlug('Model²'), 'model²');
  });

  void it('takes linear time on long hostile titles', () => {
    const long = ' ('.repeat(200_000) + 'x' + '-'.repeat(200_000);
    const start = performance.now();
    assert.equal(titleSlug(long).length, 1 + 1 + 200_000);
    assert.ok(performance.now() - start < 2000);
  });

  const files = markdownFiles(SHARED_CARDS);
  void it('names every shared card file after its title', { skip: files.length === 0 ? `no shared cards at ${SHARED_CARDS}` : false }, () => {
    for (const file of files) {
      const title = /^# (.+)$/m.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
      assert.equal(titleSlug(title), path.basename(file, '.md'), file);
    }
  });
});
