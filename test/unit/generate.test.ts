// The generated files (README rule reference, snippets, grammar) are exactly what the tables give now.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RULES, RULE_IDS } from '../../server/src/core';
import { GENERATORS, generateAll, README_FILE } from '../../server/src/generate';
import { RULES_END, RULES_START, rulesMarkdown, withRules } from '../../server/src/generate/readme';
import { REPO_ROOT } from './helpers/cards';

const read = (file: string): string | null => {
  try {
    return fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
  } catch {
    return null;
  }
};

void describe('generated files', () => {
  for (const g of GENERATORS) {
    void it(`${g.file} is what the tables generate (run \`npm run generate\` when this fails)`, () => {
      const committed = read(g.file);
      assert.ok(committed !== null, `${g.file} is missing`);
      assert.equal(committed, g.generate(committed));
    });
  }

  void it('are deterministic and end with one newline', () => {
    const a = generateAll(read);
    const b = generateAll(read);
    assert.deepEqual(a, b);
    for (const { file, text } of a) assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), file);
  });

  void it('generating twice changes nothing', () => {
    for (const g of GENERATORS) {
      const once = g.generate(read(g.file));
      assert.equal(g.generate(once), once, g.file);
    }
  });

  void it('the JSON files parse', () => {
    for (const { file, text } of generateAll(read)) if (file.endsWith('.json') || file.endsWith('.code-snippets')) assert.doesNotThrow(() => JSON.parse(text), file);
  });
});

/** The README text between the rule markers. */
function rulesSection(): string {
  const readme = read(README_FILE) ?? '';
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  assert.ok(start >= 0 && end > start, 'README.md has the rule markers');
  return readme.slice(start, end);
}

void describe('README rule reference', () => {
  void it('has a ### section for exactly the registry ids, in registry order', () => {
    const ids = [...rulesSection().matchAll(/^### (\S+)$/gm)].map((m) => m[1]);
    assert.deepEqual(ids, [...RULE_IDS]);
  });

  void it('has a table row for exactly the registry ids, with default severity and fix', () => {
    const rows = [...rulesSection().matchAll(/^\| \[`([^`]+)`\]\(#([^)]+)\) \| ([^|]+) \| ([^|]*)\|$/gm)];
    assert.deepEqual(rows.map((r) => r[1]), [...RULE_IDS]);
    for (const [row, rule] of rows.map((r, i) => [r, RULES[i]] as const)) {
      assert.ok(rule);
      assert.equal(row[2], rule.id, 'the link is the section anchor');
      assert.equal(row[3], rule.docs.severityText ?? rule.severity);
      assert.equal((row[4] ?? '').trim(), rule.docs.fixText ?? (rule.fixable === 'none' ? '' : rule.fixable));
    }
  });

  void it("shows each rule's summary, example and message", () => {
    const section = rulesSection();
    for (const rule of RULES) {
      assert.ok(section.includes(`### ${rule.id}\n\n${rule.docs.summary}\n`), rule.id);
      if (rule.docs.example) assert.ok(section.includes(`\`\`\`${rule.docs.example.lang}\n${rule.docs.example.text}\n\`\`\``), rule.id);
      if (rule.docs.message) assert.ok(section.includes(`> ${rule.docs.message}\n`), rule.id);
    }
  });

  void it('keeps the text around the markers and the line endings', () => {
    const readme = `# Title\r\n\r\n${RULES_START}\r\nold\r\n${RULES_END}\r\n\r\n### After\r\n`;
    const out = withRules(readme);
    assert.ok(out.startsWith(`# Title\r\n\r\n${RULES_START}\r\n`) && out.endsWith(`${RULES_END}\r\n\r\n### After\r\n`));
    assert.ok(!/[^\r]\n/.test(out), 'every line ends with CRLF');
    assert.ok(out.includes(rulesMarkdown().split('\n').join('\r\n')));
  });

  void it('refuses a README without both markers, or with them twice', () => {
    assert.throws(() => withRules('# Title\n'), /rules:start/);
    assert.throws(() => withRules(`${RULES_END}\n${RULES_START}\n`), /rules:start/);
    assert.throws(() => withRules(`${RULES_START}\n${RULES_END}\n${RULES_START}\n${RULES_END}\n`), /rules:start/);
  });

  void it('a rule without an example or message gets neither', () => {
    const [first] = RULES;
    assert.ok(first);
    const bare = rulesMarkdown([{ ...first, docs: { summary: 'Only a summary.' } }]);
    assert.ok(bare.includes(`### ${first.id}\n\nOnly a summary.\n`));
    assert.ok(!bare.includes('```') && !bare.includes('\n> '));
  });
});
