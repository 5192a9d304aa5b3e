// Cards read as CommonMark reads them: each construct in a card that has it and the same card without it.
// With the construct around, a card gets exactly the findings (rule ids and ranges) it gets without.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeCard, type Finding } from '../../server/src/core';
import { assertFindingsInside, fixture, insertAfter, rangeIn, replaceLine } from './helpers/cards';

const SEED = fixture('seed.md');
const AL = '- **ALScore:** 4.0 (Mid-tier)';

/** The seed with four faults at known lines: a bad release, a bad type, a wrong ratio, a wrong ALScore. */
const BROKEN = [
  ['**Released:** Dec/2024', '**Released:** 13/2024'],
  ['- **Type:** Dense', '- **Type:** Transformer'],
  ['- **Token:Param Ratio:** 233:1 ✅ Compute-optimal', '- **Token:Param Ratio:** 232:1 ✅ Compute-optimal'],
  [AL, '- **ALScore:** 5.0 (Mid-tier)'],
].reduce((t, [a, b]) => replaceLine(t, a ?? '', b ?? ''), SEED);

/** Rule ids and ranges of a card's findings, lines at or after `from` moved up by `shift` (the lines a construct added). */
function findings(text: string, from = Infinity, shift = 0): string[] {
  const move = (line: number): number => (line >= from ? line - shift : line);
  return analyzeCard(text).findings.map((f: Finding) => `${f.rule} ${move(f.range.start.line)}:${f.range.start.character}-${move(f.range.end.line)}:${f.range.end.character}`);
}

/** Inserts `block` after the line `after` of `base` and checks the findings are those of `base`. */
function assertSameFindings(base: string, after: string, block: string): void {
  const lineOf = base.split('\n').indexOf(after);
  assert.ok(lineOf >= 0, `no line ${after}`);
  const text = insertAfter(base, after, block);
  const added = block.split('\n').length;
  assert.deepEqual(findings(text, lineOf + 1, added), findings(base));
  assert.deepEqual(analyzeCard(text).body?.fields.map((f) => f.raw), analyzeCard(base).body?.fields.map((f) => f.raw));
  assertFindingsInside(text, analyzeCard(text).findings);
}

const HIDING: [name: string, after: string, block: string][] = [
  ['draft values in an HTML comment block', '**Access:** 🟢 Public', '<!--\n- **Parameters:** 1.0B\n**Released:** 13/2024\n## 📊 Overview\n-->'],
  ['an HTML comment block between field bullets', '- **Training Tokens:** 18120.0B', '<!-- draft:\n- **Parameters:** 7.0B\n-->'],
  ['a ```` fence holding an example card with ``` inside', 'Nothing to add: this card exists to be edited by tests.', '\n````markdown\n# Example 7B\n```\n- **ALScore:** 9.9 (Powerful)\n```\n## 📊 Overview\n**Organization:** [Other](x)\n````'],
  ['a ~~~ fence holding a ``` fence', 'Nothing to add: this card exists to be edited by tests.', '\n~~~\n```\n~~~~ not a close\n- **Parameters:** 2B\n~~~'],
  ['an indented code block of field lines', 'Nothing to add: this card exists to be edited by tests.', '\n    - **Parameters:** 3B\n    **Released:** 13/2024\n    # Example 3B\n\n    ## 📊 Overview'],
  ['an inline comment across the lines of a paragraph', 'Nothing to add: this card exists to be edited by tests.', 'Draft <!-- values\n**Access:** Open\n**Released:** 13/2024 -->'],
  ['a code span across the lines of a paragraph', 'Nothing to add: this card exists to be edited by tests.', 'Write `\n**Released:** 13/2024` like this.'],
  ['fields in a block quote after the first section', 'Nothing to add: this card exists to be edited by tests.', '\n> **Released:** 13/2024\n> - **Parameters:** 1B\n> # Quoted 1B'],
  ['an HTML block holding field lines', 'Nothing to add: this card exists to be edited by tests.', '\n<div class="draft">\n**Released:** 13/2024\n- **Parameters:** 1B\n</div>'],
  ['an unclosed script block to a blank line in a list item', '- **Dataset Type:** synthetic, web-scale', '  <script>\n  - **Formula:** x\n\n  </script>'],
  ['headings in list items', '- **Dataset Type:** synthetic, web-scale', '- # Listed 1B\n- ## 📊 Overview'],
];

void describe('constructs that hide field and heading lines', () => {
  for (const [name, after, block] of HIDING) {
    void it(name, () => assertSameFindings(BROKEN, after, block));
  }

  void it('the broken card has its four findings', () => {
    assert.deepEqual(analyzeCard(BROKEN).findings.map((f) => f.rule), ['invalid-value', 'invalid-value', 'ratio-mismatch', 'alscore-mismatch']);
  });

  void it('faults after an unclosed fence are in code, and those before still found', () => {
    const text = insertAfter(BROKEN, '### Training Data', '```');
    const rules = analyzeCard(text).findings.map((f) => `${f.rule}@${f.range.start.line}`);
    assert.ok(rules.includes(`invalid-value@${rangeIn(text, '**Released:** 13/2024', '13').start.line}`), 'the release before the fence');
    assert.ok(rules.some((r) => r.startsWith('missing-section')), 'sections after the fence are code');
    assert.ok(!rules.some((r) => r.startsWith('duplicate-')), 'nothing read twice');
  });
});

void describe('constructs the engine reads where it did not', () => {
  void it('a setext title (Yi-34B over ======)', () => {
    const text = replaceLine(BROKEN, '# Seedling 78B', 'Seedling 78B\n============');
    const a = analyzeCard(text);
    assert.equal(a.card.modelName, 'Seedling 78B');
    assert.deepEqual(a.body?.titles[0]?.range, rangeIn(text, 'Seedling 78B', 'Seedling 78B'));
    assert.deepEqual(findings(text, 1, 1), findings(BROKEN));
  });

  void it('a setext section heading', () => {
    const text = replaceLine(BROKEN, '## 📝 Additional Notes', '📝 Additional Notes\n---');
    assert.deepEqual(findings(text, BROKEN.split('\n').indexOf('## 📝 Additional Notes') + 1, 1), findings(BROKEN));
    assert.ok(analyzeCard(text).body?.headings.some((h) => h.name === 'Additional Notes' && h.level === 2));
  });

  void it('a --- right under the header fields makes them a setext heading, not fields', () => {
    const text = replaceLine(SEED, '**Access:** 🟢 Public', '**Access:** 🟢 Public\n---');
    const a = analyzeCard(text);
    assert.ok(!a.body?.first.has('Organization'), 'CommonMark renders these lines as one heading');
    assert.ok(a.findings.some((f) => f.rule === 'missing-field' && f.message.includes('Organization')));
  });

  void it('an ATX title with a closing sequence, and # C# keeps its #', () => {
    assert.equal(analyzeCard(replaceLine(SEED, '# Seedling 78B', '# Seedling 78B ##')).card.modelName, 'Seedling 78B');
    assert.equal(analyzeCard(replaceLine(SEED, '# Seedling 78B', '# Seedling C#')).card.modelName, 'Seedling C#');
  });

  void it('a title only inside a fence is no title', () => {
    const text = replaceLine(SEED, '# Seedling 78B', '```\n# Seedling 78B\n```');
    assert.ok(analyzeCard(text).findings.some((f) => f.rule === 'missing-field' && f.message.includes('no title')));
  });

  void it('the tag line in a block quote, and a quote later is not one', () => {
    assert.deepEqual(analyzeCard(replaceLine(SEED, '> Reasoning', '  > Reasoning')).body?.tagLine?.tags, ['Reasoning']);
    const late = analyzeCard(replaceLine(SEED, '> Reasoning', '').concat('\n> SOTA\n'));
    assert.equal(late.body?.tagLine, null);
  });

  void it('fields after a blank line inside <details> are fields (the HTML block ends at the blank line)', () => {
    const text = insertAfter(SEED, '### Training Data', '<details>\n\n- **Formula:** √(P × T) ÷ 300\n\n</details>');
    assert.ok(analyzeCard(text).findings.some((f) => f.rule === 'duplicate-field'));
  });

  void it('a trailing comment is not part of the value, on its line or running on', () => {
    const one = analyzeCard(replaceLine(SEED, AL, `${AL} <!-- checked -->`));
    assert.equal(one.body?.first.get('ALScore')?.raw, '4.0 (Mid-tier)');
    const text = replaceLine(SEED, '**Released:** Dec/2024', '**Released:** Dec/2024 <!-- checked\nby hand -->');
    const two = analyzeCard(text);
    assert.equal(two.body?.first.get('Released')?.raw, 'Dec/2024');
    assert.deepEqual(two.body?.first.get('Released')?.valueRange, rangeIn(text, '**Released:** Dec/2024 <!-- checked', 'Dec/2024'));
    assert.deepEqual(two.findings, []);
  });

  void it('a header field on a paragraph line of a list item is a field; a bullet field only on the item\'s first line', () => {
    const text = insertAfter(SEED, '- **Dataset Type:** synthetic, web-scale', '- Note\n  **Released:** 13/2024\n  - **Formula:** x');
    const rules = analyzeCard(text).findings.map((f) => f.rule);
    assert.equal(rules.filter((r) => r === 'duplicate-field').length, 2);
  });

  void it('a field indented 1–3 spaces is a field; after a blank line, 4 spaces make code', () => {
    assert.equal(analyzeCard(replaceLine(SEED, '**Released:** Dec/2024', '   **Released:** Dec/2024')).body?.first.get('Released')?.raw, 'Dec/2024');
    assert.deepEqual(analyzeCard(replaceLine(SEED, '**Released:** Dec/2024', '**Released:** Dec/2024\n\n    **Released:** 13/2024')).findings, []);
  });
});

void describe('links, tables and comments of the body', () => {
  void it('reads [🔗](Allen (static demo only)) as a link to Allen with a title, and reports htps://', () => {
    const text = replaceLine(SEED, '- 🎮 [Try the Model](https://example.org/try)', '- 🎮 [🔗](Allen (static demo only))\n- 🎮 [Try](htps://example.org/try)');
    const a = analyzeCard(text);
    const allen = a.body?.links.find((l) => l.destination === 'Allen');
    assert.equal(allen?.title, 'static demo only');
    assert.deepEqual(allen?.destinationRange, rangeIn(text, '- 🎮 [🔗](Allen (static demo only))', 'Allen'));
    assert.deepEqual(allen?.textRange, rangeIn(text, '- 🎮 [🔗](Allen (static demo only))', '🔗'));
    assert.deepEqual(a.findings.map((f) => [f.rule, f.range]), [['invalid-value', rangeIn(text, '- 🎮 [Try](htps://example.org/try)', 'htps://example.org/try')]]);
  });

  void it('resolves reference links against definitions, and checks them at the definition', () => {
    let text = replaceLine(SEED, '**Organization:** [Seed Labs](../../labs/seed-labs.md)', '**Organization:** [Seed Labs][lab]');
    text = replaceLine(text, '- 📄 [Technical Documentation](https://example.org/paper)', '- 📄 [Technical Documentation][paper]\n- 📄 [Paper again][paper]\n\n[lab]: ../../labs/seed-labs.md\n[paper]: <htps://example.org/paper> "The paper"');
    const a = analyzeCard(text);
    const lab = a.body?.links.find((l) => l.label === 'LAB');
    assert.equal(lab?.destination, '../../labs/seed-labs.md');
    assert.equal(lab?.kind, 'full');
    assert.deepEqual(lab?.destinationRange, rangeIn(text, '[lab]: ../../labs/seed-labs.md', '../../labs/seed-labs.md'));
    assert.deepEqual(a.findings.map((f) => [f.rule, f.range]), [['invalid-value', rangeIn(text, '[paper]: <htps://example.org/paper> "The paper"', 'htps://example.org/paper')]]);
  });

  void it('no link inside a code span, an HTML comment or code; links in headings and table cells', () => {
    const text = insertAfter(SEED, 'Nothing to add: this card exists to be edited by tests.', '`[a](x)` <!-- [b](y) -->\n\n    [c](z)\n\n| [d](w) | <https://example.org/e> |\n|---|---|\n\n### [f](v)');
    const destinations = analyzeCard(text).body?.links.map((l) => l.destination) ?? [];
    for (const d of ['x', 'y', 'z']) assert.ok(!destinations.includes(d), d);
    for (const d of ['w', 'https://example.org/e', 'v']) assert.ok(destinations.includes(d), d);
  });

  void it('tables: header, rows and cell ranges; only the benchmark table gives benchmarks', () => {
    const text = insertAfter(SEED, 'Nothing to add: this card exists to be edited by tests.', '\n| Benchmark | Score |\n|---|---|\n| **Other** | 150 |');
    const a = analyzeCard(text);
    assert.equal(a.body?.tables.length, 2);
    const notes = a.body?.tables[1];
    assert.deepEqual(notes?.header.map((c) => c.text), ['Benchmark', 'Score']);
    assert.deepEqual(notes?.rows[0]?.cells[1]?.range, rangeIn(text, '| **Other** | 150 |', '150'));
    assert.deepEqual(a.body?.benchmarks.map((b) => b.name), ['MMLU', 'MMLU-Pro', 'GPQA', 'HLE']);
    assert.deepEqual(a.findings, []);
  });

  void it('HTML comments in blocks and inline, never in code', () => {
    // An HTML block opened by <!-- runs to its --> (blank lines included): one left open runs to the end.
    const text = `${insertAfter(SEED, 'Nothing to add: this card exists to be edited by tests.', '\n<!-- block -->\n\nText <!-- inline\nacross --> end.\n\n```\n<!-- in code -->\n```')}\n<!-- open to the end of the block\n\nstill open`;
    const comments = analyzeCard(text).body?.htmlComments ?? [];
    assert.deepEqual(comments.map((c) => [c.text.trim(), c.block, c.closed]), [['block', true, true], ['inline\nacross', false, true], ['open to the end of the block\n\nstill open', true, false]]);
    assert.deepEqual(comments[1]?.range.start, rangeIn(text, 'Text <!-- inline', '<!--').start);
    assert.deepEqual(comments[1]?.range.end, rangeIn(text, 'across --> end.', '-->').end);
  });
});

void describe('odd input never throws', () => {
  const constructs = HIDING.reduce((t, [, after, block]) => insertAfter(t, after, block), BROKEN);

  void it('every construct at once gives the broken card\'s findings, in CRLF too', () => {
    const rules = (text: string): string[] => analyzeCard(text).findings.map((f) => f.rule).sort();
    assert.deepEqual(rules(constructs), rules(BROKEN));
    const crlf = constructs.replace(/\n/g, '\r\n');
    assert.deepEqual(analyzeCard(crlf).findings, analyzeCard(constructs).findings);
  });

  void it('unterminated comments, fences and code spans', () => {
    for (const opener of ['<!--', '```', '~~~~', '    code', '<pre>', '`', '[', '<?', '<![CDATA[', '> ```', '- <!--']) {
      for (const after of ['# Seedling 78B', '**Access:** 🟢 Public', '### Training Data', '**Last Updated:** 2025-10-02']) {
        const text = insertAfter(BROKEN, after, opener);
        assertFindingsInside(text, analyzeCard(text).findings);
      }
      const end = `${BROKEN}\n${opener}`;
      assertFindingsInside(end, analyzeCard(end).findings);
    }
  });

  void it('NUL bytes, lone CRs and BOMs', () => {
    for (const text of [constructs.replace(/ /g, '\0'), constructs.replace(/\n/g, '\r'), `\ufeff${constructs}`, constructs.replace(/\*/g, '\0*'), '\0'.repeat(1000)]) {
      assertFindingsInside(text, analyzeCard(text).findings);
    }
  });

  void it('a 10 MB card', () => {
    const chunk = `${constructs}\n\n`;
    const text = chunk.repeat(Math.ceil((10 * 1024 * 1024) / chunk.length));
    const started = Date.now();
    const a = analyzeCard(text);
    assert.ok(a.isCard);
    assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
    assert.ok((a.body?.fields.length ?? 0) > 1000);
  });
});
