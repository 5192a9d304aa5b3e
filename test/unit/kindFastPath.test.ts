// The fast path for Hugging Face cards: cardKind decides one without parsing its body when
// mayHoldLeaderboardMark says the text can hold no mark of a leaderboard body. That is sound only if the
// raw-text test is a necessary condition: whenever the parsed body has a mark, the test must say it may.
// Held here on every Markdown file of the project and the shared cards, and on bodies made to probe its
// edges (section names after symbols, across setext lines, in containers, with comments, CRLF).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeCard } from '../../server/src/core';
import { hasLeaderboardMark, mayHoldLeaderboardMark } from '../../server/src/core/kind';
import { parseBody } from '../../server/src/core/parseBody';
import { LineIndex } from '../../server/src/core/text';
import { SECTIONS, SECTION_EMOJI } from '../../server/src/core/vocabulary/sections';
import { markdownFiles, REPO_ROOT, SHARED_CARDS } from './helpers/cards';

/** A mark in the parsed body implies the raw-text test said it may be there. */
function assertNecessary(text: string, what: string): void {
  if (hasLeaderboardMark(parseBody(new LineIndex(text), 0))) assert.ok(mayHoldLeaderboardMark(text), `${what}: a mark the raw-text test missed:\n${text.slice(0, 400)}`);
}

/** Bodies around one section heading, written every way the reader may take it as one. */
function headingVariants(name: string): string[] {
  const emoji = SECTION_EMOJI[name as keyof typeof SECTION_EMOJI];
  const words = name.split(' ');
  const out: string[] = [];
  for (const lead of [`${emoji} `, `${emoji}`, '* ', '- ', '→ ', '1 ', '', 'The ', '\t', '&#128202; ', '`x` ', '<!-- c --> ', '**', '_']) {
    const text = `${lead}${name}`;
    out.push(`## ${text}`, `## ${text} ##`, `##\t${text}`, `   ## ${text}`, `    ## ${text}`, `## ${text} <!-- note -->`, `## ${text.toUpperCase()}`);
    out.push(`${text}\n---`, `${text}\n===`, `Intro line\n${text}\n---`, `> ## ${text}`, `- ## ${text}`, `1. ## ${text}`, `## ${text}\r\n\r\nProse.`);
    if (words.length > 1) out.push(`${lead}${words[0]}\n${words.slice(1).join(' ')}\n---`, `${lead}${words[0]}\r\n${words.slice(1).join(' ')}\r\n---`);
    out.push(`${lead.trim()}\n${name}\n---`, `${lead.trim()}\r${name}\r---`);
  }
  return out.map((body) => `# A model\n\nSome prose.\n\n${body}\n\nMore prose.\n`);
}

void describe('the Hugging Face fast path (mayHoldLeaderboardMark)', () => {
  void it('is a necessary condition for a leaderboard mark on every Markdown file of the project and the shared cards', () => {
    const files = [...markdownFiles(path.join(REPO_ROOT, 'test')), ...markdownFiles(path.join(REPO_ROOT, 'examples')), ...markdownFiles(SHARED_CARDS)];
    assert.ok(files.length > 100);
    let marks = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      assertNecessary(text, path.relative(REPO_ROOT, file));
      if (hasLeaderboardMark(parseBody(new LineIndex(text), 0))) marks++;
    }
    assert.ok(marks > 40, `the files hold leaderboard bodies (${marks})`);
  });

  void it('is a necessary condition on headings written every way around each section name', () => {
    let cases = 0;
    let marked = 0;
    for (const name of SECTIONS) {
      for (const text of headingVariants(name)) {
        assertNecessary(text, name);
        cases++;
        if (hasLeaderboardMark(parseBody(new LineIndex(text), 0))) marked++;
      }
    }
    assert.ok(marked > 100 && marked < cases, `${marked} of ${cases} variants hold a mark: both kinds are tested`);
  });

  void it('is a necessary condition on random lines built from the pieces of headings and fields', () => {
    const pieces = ['## ', '# ', '---', '===', '> ', '- ', '1. ', '📊 ', '🔧', 'Overview', 'Technical', 'Specifications', 'Resources', 'Model Tags', '**Organization:**', '**ALScore:** 1.0', ' ', '\t', '\n', '\r\n', '\r', '```', '<!--', '-->', 'text', '*', '#'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const len = 1 + next(24);
      for (let k = 0; k < len; k++) text += pieces[next(pieces.length)] ?? '';
      assertNecessary(text, `random text ${i}`);
    }
  });

  void it('lets most Hugging Face cards through without parsing: prose headings that start with a letter', () => {
    for (const body of ['## Overview', '## Model Overview', '### Technical Specifications', '## Resources and links', '# Overview', 'See the Resources below.']) {
      assert.equal(mayHoldLeaderboardMark(`---\nlicense: mit\n---\n# Heron\n\n${body}\n\nText.\n`), false, body);
    }
    for (const body of ['## 📊 Overview', '**Organization:** Acme', '📊\nOverview\n---', '> ## 🔧 Technical Specifications']) {
      assert.equal(mayHoldLeaderboardMark(`---\nlicense: mit\n---\n# Heron\n\n${body}\n\nText.\n`), true, body);
    }
  });

  void it('gives the same analysis as parsing the body first (a card with a mark, one without, one with suppressions)', () => {
    const hf = (body: string): string => `---\nlicense: mit\npipeline_tag: text-generation\n---\n# Heron\n\n${body}\n`;
    const noMark = analyzeCard(hf('## Model Overview\n\n* **Parameters:** 7B\n* **Training Tokens:** 2T'));
    assert.equal(noMark.format, 'huggingface');
    assert.deepEqual(noMark.findings, []);
    const marked = analyzeCard(hf('**Organization:** [Acme](../../labs/acme.md)\n\n## 📊 Overview\n\n- **Parameters:** 7.0B'));
    assert.equal(marked.format, 'both');
    const suppressed = analyzeCard(hf('<!-- modelcard-disable-file hf-license -->').replace('license: mit', 'license: asdf'));
    assert.deepEqual(suppressed.findings.map((f) => f.rule), [], 'a suppression comment in the body is still read');
    assert.equal(analyzeCard(hf('').replace('license: mit', 'license: asdf')).findings[0]?.rule, 'hf-license');
  });

  void it('reads a long single line with many section names in linear time', () => {
    const line = '→ x Overview '.repeat(200_000);
    const started = process.hrtime.bigint();
    assert.equal(mayHoldLeaderboardMark(line), false);
    assert.equal(mayHoldLeaderboardMark(`${'#'.repeat(3)} ${'\t'.repeat(100_000)}Overview`.repeat(20)), false);
    // Generous: a quadratic scan of 2.6 MB takes minutes.
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 5000);
  });
});
