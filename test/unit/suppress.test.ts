// Suppression comments, as markdownlint users write them.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard, type RuleId } from '../../server/src/core';
import { fixture, insertAfter, replaceLine } from './helpers/cards';

const SEED = fixture('seed.md');
const AL = '- **ALScore:** 4.0 (Mid-tier)';
const BAD_AL = '- **ALScore:** 5.0 (Powerful)';
const RATIO = '- **Token:Param Ratio:** 233:1 ✅ Compute-optimal';
const BAD_RATIO = '- **Token:Param Ratio:** 232:1 ✅ Compute-optimal';

/** The seed with a wrong ALScore, a wrong ratio, a bad release and a bad type: one finding each. */
const BROKEN = [
  [AL, BAD_AL],
  [RATIO, BAD_RATIO],
  ['**Released:** Dec/2024', '**Released:** 13/2024'],
  ['- **Type:** Dense', '- **Type:** Transformer'],
].reduce((t, [a, b]) => replaceLine(t, a ?? '', b ?? ''), SEED);

const rules = (text: string): string[] => analyzeCard(text).findings.map((f) => `${f.rule}@${f.range.start.line + 1}`);
const has = (text: string, rule: RuleId): number => analyzeCard(text).findings.filter((f) => f.rule === rule).length;

void describe('suppression comments', () => {
  void it('the broken card reports each fault once', () => {
    assert.deepEqual(
      analyzeCard(BROKEN).findings.map((f) => f.rule),
      ['invalid-value', 'invalid-value', 'ratio-mismatch', 'alscore-mismatch'],
    );
  });

  void it('modelcard-disable rule-id silences that rule from the comment on', () => {
    const text = insertAfter(BROKEN, '# Seedling 78B', '<!-- modelcard-disable alscore-mismatch -->');
    assert.equal(has(text, 'alscore-mismatch'), 0);
    assert.equal(has(text, 'ratio-mismatch'), 1);
    assert.equal(has(text, 'invalid-value'), 2);
  });

  void it('a disable comment does not reach back to findings before it', () => {
    const text = insertAfter(BROKEN, '### Training Data', '<!-- modelcard-disable alscore-mismatch -->');
    assert.equal(has(text, 'alscore-mismatch'), 1);
  });

  void it('modelcard-enable rule-id ends the silence', () => {
    let text = insertAfter(BROKEN, '# Seedling 78B', '<!-- modelcard-disable invalid-value -->');
    text = insertAfter(text, '**Access:** 🟢 Public', '<!-- modelcard-enable invalid-value -->');
    const found = analyzeCard(text).findings.filter((f) => f.rule === 'invalid-value');
    assert.equal(found.length, 1);
    assert.ok(found[0]?.message.includes('Transformer'), 'the Type after the enable comment is still reported');
  });

  void it('modelcard-disable-next-line rule-id silences only the next line', () => {
    const text = insertAfter(BROKEN, '### Training Efficiency', '<!-- modelcard-disable-next-line alscore-mismatch -->');
    assert.equal(has(text, 'alscore-mismatch'), 0);
    const far = insertAfter(BROKEN, '### Model Architecture', '<!-- modelcard-disable-next-line alscore-mismatch invalid-value -->');
    assert.equal(has(far, 'alscore-mismatch'), 1, 'the ALScore is not the next line');
    assert.equal(has(far, 'invalid-value'), 1, 'only the Type line after the comment is silenced');
  });

  void it('a comment without rule ids silences every rule', () => {
    const text = insertAfter(BROKEN, '### Model Architecture', '<!-- modelcard-disable -->');
    assert.deepEqual(rules(text), ['invalid-value@6']);
    const next = insertAfter(BROKEN, '### Training Efficiency', '<!-- modelcard-disable-next-line -->');
    assert.equal(has(next, 'alscore-mismatch'), 0);
    assert.equal(has(next, 'ratio-mismatch'), 1);
  });

  void it('enable without ids ends every silence', () => {
    let text = insertAfter(BROKEN, '# Seedling 78B', '<!-- modelcard-disable -->');
    text = insertAfter(text, '### Training Efficiency', '<!-- modelcard-enable -->');
    assert.deepEqual(analyzeCard(text).findings.map((f) => f.rule), ['alscore-mismatch']);
  });

  void it('enable of one rule after disable of all re-enables only that rule', () => {
    let text = insertAfter(BROKEN, '# Seedling 78B', '<!-- modelcard-disable -->');
    text = insertAfter(text, '**Access:** 🟢 Public', '<!-- modelcard-enable alscore-mismatch -->');
    assert.deepEqual(analyzeCard(text).findings.map((f) => f.rule), ['alscore-mismatch']);
  });

  void it('several ids, separated by spaces or commas', () => {
    const spaced = insertAfter(BROKEN, '# Seedling 78B', '<!-- modelcard-disable alscore-mismatch ratio-mismatch -->');
    assert.deepEqual(analyzeCard(spaced).findings.map((f) => f.rule), ['invalid-value', 'invalid-value']);
    const commas = insertAfter(BROKEN, '# Seedling 78B', '<!-- modelcard-disable alscore-mismatch, ratio-mismatch,invalid-value -->');
    assert.deepEqual(analyzeCard(commas).findings, []);
  });

  void it('an unknown rule id silences nothing', () => {
    const text = insertAfter(BROKEN, '# Seedling 78B', '<!-- modelcard-disable no-such-rule -->');
    assert.equal(analyzeCard(text).findings.length, 4);
  });

  void it('modelcard-disable-file silences a rule everywhere, even above the comment', () => {
    const text = `${BROKEN}\n<!-- modelcard-disable-file invalid-value -->\n`;
    assert.deepEqual(analyzeCard(text).findings.map((f) => f.rule), ['ratio-mismatch', 'alscore-mismatch']);
  });

  void it('modelcard-disable-line at the end of a field line silences that line and keeps the value readable', () => {
    const text = replaceLine(BROKEN, BAD_AL, `${BAD_AL} <!-- modelcard-disable-line alscore-mismatch -->`);
    assert.deepEqual(analyzeCard(text).findings.map((f) => f.rule), ['invalid-value', 'invalid-value', 'ratio-mismatch']);
  });

  void it('a disable-next-line written without spaces, before a blank line, silences nothing else', () => {
    const text = insertAfter(BROKEN, '# Seedling 78B', '<!--modelcard-disable-next-line-->');
    assert.deepEqual(analyzeCard(text).findings.length, 4, 'the blank line after it holds no finding');
  });

  void it('front matter: a YAML comment silences the next key', () => {
    const fm = fixture('seed-frontmatter.md');
    const text = replaceLine(fm, 'parameters: 78B', '# modelcard-disable-next-line unknown-key\nparamters: 78B');
    assert.equal(has(text, 'unknown-key'), 0);
    assert.equal(has(replaceLine(fm, 'parameters: 78B', 'paramters: 78B'), 'unknown-key'), 1);
  });
});

void describe('suppression comments are read only where CommonMark and YAML see comments', () => {
  const DISABLE_ALL = '<!-- modelcard-disable-file -->';

  void it('in a comment of its own it silences; the same text in a fenced code block does not', () => {
    assert.deepEqual(rules(insertAfter(BROKEN, '# Seedling 78B', DISABLE_ALL)), []);
    for (const fence of ['```', '~~~', '````markdown']) {
      const close = fence.replace('markdown', '');
      const text = insertAfter(BROKEN, '# Seedling 78B', `\n${fence}\n${DISABLE_ALL}\n${close}\n`);
      assert.equal(analyzeCard(text).findings.length, 4, `in a ${fence} fence: ${rules(text).join(', ')}`);
    }
  });

  void it('in an indented code block or inline code it does not silence', () => {
    const indented = insertAfter(BROKEN, '**Access:** 🟢 Public', `\n    ${DISABLE_ALL}\n`);
    assert.equal(analyzeCard(indented).findings.length, 4, rules(indented).join(', '));
    const inline = insertAfter(BROKEN, '**Access:** 🟢 Public', `\nWrite \`${DISABLE_ALL}\` to silence a card.\n`);
    assert.equal(analyzeCard(inline).findings.length, 4, rules(inline).join(', '));
    const visible = insertAfter(BROKEN, '**Access:** 🟢 Public', `\nWrite ${DISABLE_ALL} to silence a card.\n`);
    assert.deepEqual(rules(visible), [], 'the same comment in the paragraph, outside code, silences');
  });

  void it('a Markdown heading or line starting with # is no directive in the body', () => {
    const text = insertAfter(BROKEN, '**Access:** 🟢 Public', '\n# modelcard-disable-file\n');
    assert.equal(has(text, 'alscore-mismatch'), 1);
  });

  void it('a comment left open silences nothing', () => {
    const text = `${BROKEN}\n\n<!-- modelcard-disable-file\n`;
    assert.equal(analyzeCard(text).findings.length, 4);
  });

  void it('a comment over several lines: ids on any line, disable-next-line applies after its last line', () => {
    const ids = insertAfter(BROKEN, '# Seedling 78B', '<!--\n  modelcard-disable alscore-mismatch,\n  ratio-mismatch\n-->');
    assert.deepEqual(analyzeCard(ids).findings.map((f) => f.rule), ['invalid-value', 'invalid-value']);
    const next = insertAfter(BROKEN, '### Training Efficiency', '<!-- modelcard-disable-next-line\n     alscore-mismatch -->');
    assert.equal(has(next, 'alscore-mismatch'), 0, 'the line after the comment is the ALScore line');
    const before = insertAfter(BROKEN, '### Training Efficiency', '<!-- modelcard-disable-next-line\n     alscore-mismatch\n\n-->');
    assert.equal(has(before, 'alscore-mismatch'), 0, 'a blank line does not end an HTML comment block');
  });

  void it('a word that only starts like a directive is none', () => {
    const text = insertAfter(BROKEN, '# Seedling 78B', '<!-- modelcard-disablement of nothing -->');
    assert.equal(analyzeCard(text).findings.length, 4);
  });

  void it('front matter: a # comment after a value silences its line; # inside a quoted or block scalar does not', () => {
    const fm = fixture('seed-frontmatter.md');
    const typo = replaceLine(fm, 'parameters: 78B', 'paramters: 78B # modelcard-disable-line unknown-key');
    assert.equal(has(typo, 'unknown-key'), 0);
    const quoted = replaceLine(fm, 'parameters: 78B', 'paramters: 78B\nlicense_name: "x # modelcard-disable-file"');
    assert.equal(has(quoted, 'unknown-key'), 1, 'the # is inside a quoted string');
    const block = replaceLine(fm, 'parameters: 78B', 'paramters: 78B\nlicense_name: |\n  # modelcard-disable-file\n  text');
    assert.equal(has(block, 'unknown-key'), 1, 'the # is a line of a literal block');
    const glued = replaceLine(fm, 'parameters: 78B', 'paramters: 78B#modelcard-disable-line');
    assert.ok(has(glued, 'unknown-key') >= 1, 'a # right after a value is part of the value, not a comment');
  });
});
