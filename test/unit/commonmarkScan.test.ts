// The scanners' own output: per-line block facts, and inline links, code spans and comments with offsets.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineFlag, LineKind, scanBlocks } from '../../server/src/core/parse/blocks';
import { scanInline, type InlineLink } from '../../server/src/core/parse/inline';
import type { LinkDefinition } from '../../server/src/core/parse/linkDefs';

const K = LineKind;

void describe('scanBlocks', () => {
  const doc = [
    'Yi-34B', // 0
    '======', // 1
    '', // 2
    '> Reasoning', // 3
    'lazy line', // 4
    '', // 5
    '- **Type:** Dense', // 6
    '  1) nested', // 7
    '', // 8
    '```md', // 9
    '- **Parameters:** 1B', // 10
    '```', // 11
    '', // 12
    '    indented', // 13
    '', // 14
    '<!--', // 15
    'draft', // 16
    '-->', // 17
    '## Overview ##', // 18
    '| a | b |', // 19
    '|---|---|', // 20
    '| 1 | 2 |', // 21
    '', // 22
    '[ref]: <https://example.org> "t"', // 23
    'after', // 24
    '***', // 25
    '>\tquoted', // 26
  ];
  const scan = scanBlocks(doc);

  void it('classes every line', () => {
    const kinds = doc.map((_, l) => scan.kind(l));
    assert.deepEqual(kinds, [
      K.SetextText, K.SetextUnderline, K.Blank, K.Paragraph, K.Paragraph, K.Blank, K.Paragraph, K.Paragraph, K.Blank, K.FenceOpen, K.FenceBody, K.FenceClose, K.Blank,
      K.IndentedCode, K.Blank, K.Html, K.Html, K.Html, K.AtxHeading, K.TableHeader, K.TableDelimiter, K.TableRow, K.Blank, K.LinkDefinition, K.Paragraph, K.ThematicBreak, K.Paragraph,
    ]);
  });

  void it('gives heading levels and text ranges', () => {
    assert.equal(scan.level(0), 1);
    assert.equal(scan.headingText(0), 'Yi-34B');
    assert.equal(scan.level(18), 2);
    assert.equal(scan.headingText(18), 'Overview');
  });

  void it('gives containers, list markers, laziness and content starts', () => {
    assert.equal(scan.quotes(3), 1);
    assert.equal(scan.quotes(4), 1, 'a lazy line stays in the quote');
    assert.ok(scan.flags(4) & LineFlag.Lazy);
    assert.ok(scan.flags(6) & LineFlag.ItemStart);
    assert.equal(scan.marker(6), 0);
    assert.equal(scan.content(6), 2);
    assert.equal(scan.items(7), 2);
    assert.ok(scan.flags(7) & LineFlag.Ordered);
    assert.equal(scan.marker(7), 2);
    assert.equal(scan.content(7), 5);
    assert.equal(scan.content(13), 4);
    assert.equal(scan.content(26), 2, 'a tab after > counts to the next stop');
    assert.ok(scan.flags(24) & LineFlag.ParagraphStart);
  });

  void it('collects link reference definitions', () => {
    const ref = scan.definitions.get('REF');
    assert.equal(ref?.destination, 'https://example.org');
    assert.equal(ref?.title, 't');
    assert.deepEqual(ref?.destinationRange, { start: { line: 23, character: 8 }, end: { line: 23, character: 27 } });
  });

  void it('scans only the lines it is given, and never throws on odd text', () => {
    const part = scanBlocks(['# a', '```', 'b'], 1);
    assert.equal(part.kind(0), K.Blank);
    assert.equal(part.kind(2), K.FenceBody);
    for (const lines of [[''], ['\0'], ['\t\t>\t-\t1.\t'], ['>'.repeat(1000)], ['- '.repeat(1000)], ['|', '|-|']]) scanBlocks(lines);
  });
});

/** The links of a text as [kind, destination, text] (and image flag when set). */
function links(text: string, definitions: Map<string, LinkDefinition> | null = null): [string, string, string, ...string[]][] {
  return scanInline(text, 0, text.length, definitions).links.map((l: InlineLink) => [l.kind, l.destination, text.slice(l.textStart, l.textEnd), ...(l.image ? ['image'] : [])]);
}

const def = (label: string, destination: string): LinkDefinition => ({ label, destination, title: null, line: 0, destinationRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });

void describe('scanInline', () => {
  void it('reads [🔗](Allen (static demo only)) as a link to Allen with a title', () => {
    const text = '- [🔗](Allen (static demo only))';
    const [link] = scanInline(text, 0, text.length, null).links;
    assert.equal(link?.destination, 'Allen');
    assert.equal(link?.title, 'static demo only');
    assert.equal(text.slice(link?.destinationStart, link?.destinationEnd), 'Allen');
    assert.equal(text.slice(link?.start, link?.end), '[🔗](Allen (static demo only))');
  });

  void it('destinations: <…> with spaces, balanced parentheses, escapes, empty', () => {
    assert.deepEqual(links('[a](<b c>)'), [['inline', 'b c', 'a']]);
    assert.deepEqual(links('[a](b(c)d)'), [['inline', 'b(c)d', 'a']]);
    assert.deepEqual(links('[a](b\\)c)'), [['inline', 'b)c', 'a']]);
    assert.deepEqual(links('[a]()'), [['inline', '', 'a']]);
    assert.deepEqual(links('[a](b c)'), []);
    assert.deepEqual(links('[a](b(c)'), []);
    assert.deepEqual(links('[a](\n  b\n  "t"\n)'), [['inline', 'b', 'a']]);
  });

  void it('link text: nested brackets, images in links, no link in a link', () => {
    assert.deepEqual(links('[a [b] c](d)'), [['inline', 'd', 'a [b] c']]);
    assert.deepEqual(links('[![img](i.png)](page)'), [['inline', 'i.png', 'img', 'image'], ['inline', 'page', '![img](i.png)']]);
    assert.deepEqual(links('[a [b](c) d](e)'), [['inline', 'c', 'b']]);
    assert.deepEqual(links('\\[a](b)'), []);
  });

  void it('code spans and raw HTML bind tighter than links', () => {
    assert.deepEqual(links('`[a](b)`'), []);
    assert.deepEqual(links('[a `]` b](c)'), [['inline', 'c', 'a `]` b']]);
    assert.deepEqual(links('[a `b](c)`'), []);
    assert.deepEqual(links('[a <span title="](x)">](y)'), [['inline', 'y', 'a <span title="](x)">']]);
    assert.deepEqual(links('<!-- [a](b) --> [c](d)'), [['inline', 'd', 'c']]);
  });

  void it('autolinks', () => {
    assert.deepEqual(links('<https://example.org/a>'), [['autolink', 'https://example.org/a', 'https://example.org/a']]);
    assert.deepEqual(links('<heron@example.org>'), [['autolink', 'mailto:heron@example.org', 'heron@example.org']]);
    assert.deepEqual(links('<not an autolink> <a:b>'), []);
  });

  void it('reference links: full, collapsed, shortcut, and labels that match nothing', () => {
    const defs = new Map([['REF', def('REF', '/r')], ['TWO WORDS', def('TWO WORDS', '/t')]]);
    assert.deepEqual(links('[x][ref] [Ref][] [REF] [two  words]', defs), [['full', '/r', 'x'], ['collapsed', '/r', 'Ref'], ['shortcut', '/r', 'REF'], ['shortcut', '/t', 'two  words']]);
    assert.deepEqual(links('[x][none] [none] [ref][none]', defs), []);
    assert.deepEqual(links('[ref]', null), []);
  });

  void it('code spans by backtick run length, comments, and what is left open', () => {
    const text = '`a` ``b`c`` ```x`` <!-- c --> <!--> <!-- open';
    const scan = scanInline(text, 0, text.length, null);
    const pairs = (p: number[]): string[] => p.flatMap((s, k) => (k % 2 === 0 ? [text.slice(s, p[k + 1])] : []));
    assert.deepEqual(pairs(scan.codeSpans), ['`a`', '``b`c``']);
    assert.deepEqual(pairs(scan.comments), ['<!-- c -->', '<!-->']);
  });

  void it('reads only [start, end)', () => {
    const text = '[a](b) [c](d) [e](f)';
    assert.deepEqual(scanInline(text, 7, 13, null).links.map((l) => l.destination), ['d']);
  });
});
