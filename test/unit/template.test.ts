// The template and the snippets follow the vocabulary tables: a field, section, benchmark or key added
// there shows up here without another edit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ACCESS_LABELS, BODY_FIELDS, cardSnippet, cardText, FIRST_FILL_IN, frontMatterCardLines, LEADERBOARD_KEYS, MONTHS, plainFill, SECTIONS, sectionHeading, SUBSECTIONS, USUAL_BENCHMARKS,
} from '../../server/src/core';
import { snippets } from '../../server/src/generate/snippets';

const FIELDS = { modelName: 'Acme 7B', organization: 'Acme AI', orgSlug: 'acme-ai', today: '2025-03-07' };
const card = cardText(FIELDS);
const lines = card.split('\n');

void describe('card template', () => {
  void it('has every section in order with its emoji, and the sub-sections in order', () => {
    const headings = lines.filter((l) => l.startsWith('## '));
    assert.deepEqual(headings, SECTIONS.map(sectionHeading));
    assert.deepEqual(lines.filter((l) => l.startsWith('### ')), SUBSECTIONS.map((s) => `### ${s}`));
  });

  void it('writes every body field once, bullets under their home sub-section, each unknown the spec way', () => {
    for (const f of BODY_FIELDS) {
      const prefix = `${f.place === 'bullet' ? '- ' : ''}**${f.label}:** `;
      const at = lines.findIndex((l) => l.startsWith(prefix));
      assert.ok(at >= 0, f.label);
      assert.equal(lines.filter((l) => l.startsWith(prefix)).length, 1, f.label);
      if (f.home) assert.equal(lines.slice(0, at).reverse().find((l) => l.startsWith('### ')), `### ${f.home}`, f.label);
      const value = lines[at]?.slice(prefix.length);
      if (f.unknown !== undefined && f.kind !== 'date') assert.equal(value, `${f.unknown}${f.unit ?? ''}`, f.label);
    }
  });

  void it('puts header fields under the title and footer fields after the closing rule', () => {
    const rule = lines.lastIndexOf('---');
    for (const f of BODY_FIELDS.filter((s) => s.place === 'header')) {
      const at = lines.findIndex((l) => l.startsWith(`**${f.label}:**`));
      assert.equal(at > rule, f.footer === true, f.label);
    }
    assert.ok(card.includes(`**Last Updated:** ${FIELDS.today}`));
  });

  void it('lists the usual benchmarks with their descriptions', () => {
    for (const b of USUAL_BENCHMARKS) assert.ok(lines.includes(`| **${b.name}** | - | ${b.description} |`), b.name);
  });

  void it('starts the cursor on the first fill-in', () => {
    assert.ok(lines.includes(`${FIRST_FILL_IN.label}${FIRST_FILL_IN.value}`));
  });

  void it('as a snippet, numbers tab stops in reading order and mirrors repeated ones', () => {
    const stops = [...cardSnippet().matchAll(/\$\{(\d+)[:|}]/g)].map((m) => Number(m[1]));
    const firsts = stops.filter((n, i) => stops.indexOf(n) === i);
    assert.deepEqual(firsts, firsts.map((_, i) => i + 1));
    assert.ok(cardSnippet().includes('**Access:** ${6|❓ Unknown,🟢 Public,🔴 Private|}'));
    assert.ok(cardSnippet().includes('**From ${3:Organization}:**'), 'the organization is one tab stop wherever it appears');
  });

  void it('the front matter card writes each leaderboard key a new card needs, once', () => {
    const fm = frontMatterCardLines(FIELDS, plainFill);
    const keys = fm.map((l) => /^([a-z_]+):/.exec(l)?.[1]).filter((k): k is string => k !== undefined);
    assert.deepEqual(keys, LEADERBOARD_KEYS.filter((k) => k.template !== false).map((k) => k.key));
    for (const b of USUAL_BENCHMARKS) assert.ok(fm.includes(`  ${b.name}: null`), b.name);
  });
});

void describe('generated snippets', () => {
  const all = Object.values(snippets());
  const byPrefix = (p: string) => all.find((s) => s.prefix.includes(p));

  void it('has a snippet per section, whose body starts with its heading', () => {
    for (const name of SECTIONS) {
      const s = all.find((x) => x.body[0] === sectionHeading(name));
      assert.ok(s, name);
      assert.equal(s.body[s.body.length - 1], '$0');
    }
  });

  void it('offers the usual benchmarks, the months and the access labels', () => {
    assert.ok(byPrefix('benchmark-row')?.body[0]?.includes(`\${1|${USUAL_BENCHMARKS.map((b) => b.name).join(',')}|}`));
    assert.ok(byPrefix('mc-released')?.body[0]?.includes(MONTHS.join(',')));
    assert.ok(byPrefix('mc-access')?.body[0]?.includes(Object.values(ACCESS_LABELS).join(',')));
  });
});
