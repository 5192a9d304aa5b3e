// A small fictional leaderboard repository written beside the e2e cards (models/, labs/, architectures/,
// rankings/ at the workspace root, so the language server keeps its repository index), and the two checks
// on it: a broken link found in a card, and a rankings row's Params cell fixed from its card.
import fs from 'node:fs';
import path from 'node:path';

/** The lab and its two cards: Plover 7B is clean; Plover 30B links an architecture page that does not exist. */
const LAB = { slug: 'plover', name: 'Plover' };
const SMALL = { title: 'Plover 7B', params: '7.0B', tokens: '2000.0B', ratio: '286:1 ✅ Compute-optimal', alScore: '0.4 (Lightweight)', type: 'Dense', arch: 'dense' };
const LARGE = { title: 'Plover 30B', params: '30.0B', tokens: '9000.0B', ratio: '300:1 ✅ Compute-optimal', alScore: '1.7 (Mid-tier)', type: 'Dense', arch: 'hybrid' };
const cardPath = (c) => `models/${LAB.slug}/${c.title.toLowerCase().replace(/ /g, '-')}.md`;

export const REPO_CARD = cardPath(LARGE);
export const RANKINGS = 'rankings/by-alscore.md';
const MISSING = '../../architectures/hybrid.md';
/** The rankings row that contradicts Plover 7B's card (Params 70.0B for 7.0B). */
const WRONG_ROW = `| 2 | [${SMALL.title}](../${cardPath(SMALL)}) | ${LAB.name} | 70.0B | ${num(SMALL.alScore)} |`;
const FIXED_ROW = WRONG_ROW.replace('70.0B', SMALL.params);

function num(alScore) {
  return alScore.split(' ')[0];
}

function cardText(c) {
  return `# ${c.title}

> Large Language Model

**Organization:** [${LAB.name}](../../labs/${LAB.slug}.md)
**Released:** Sep/2025
**Access:** 🟢 Public

---

## 📊 Overview

A fictional model of a fictional lab, for the end-to-end test of the repository rules.

## 🔧 Technical Specifications

### Model Architecture
- **Type:** ${c.type}
- **Parameters:** ${c.params}
- **Training Tokens:** ${c.tokens}
- **Token:Param Ratio:** ${c.ratio}

### Training Efficiency
- **ALScore:** ${c.alScore}
- **Formula:** √(Parameters × Tokens) ÷ 300

### Training Data
- **Dataset Type:** synthetic

## 📈 Performance Benchmarks

| Benchmark | Score | Description |
|-----------|-------|-------------|
| **MMLU** | - | General knowledge |
| **MMLU-Pro** | - | Harder multiple choice |
| **GPQA** | - | Graduate-level questions |
| **HLE** | - | Hard expert questions |

## 🏷️ Model Tags

_No specific tags_

## 📝 Additional Notes

Fixture numbers.

## 🔗 Resources

- 📄 [Technical Documentation](https://example.com/${LAB.slug})

## 🔍 Related Models

**From ${LAB.name}:**
- See all models in [${LAB.name} profile](../../labs/${LAB.slug}.md)

**Similar Architecture:**
- See all [${c.type} models](../../architectures/${c.arch}.md)

---

**Last Updated:** 2025-10-02

[← Back to Leaderboard](../../README.md)
`;
}

const FILES = {
  [cardPath(SMALL)]: cardText(SMALL),
  [cardPath(LARGE)]: cardText(LARGE),
  [`labs/${LAB.slug}.md`]: `# ${LAB.name}

A fictional lab. Its models (a list, not a table: the rankings row is the only one that links Plover 7B):

- [${LARGE.title}](../${cardPath(LARGE)})
- [${SMALL.title}](../${cardPath(SMALL)})

[← Back to Home](../README.md)
`,
  'architectures/dense.md': '# Dense\n\nEvery dense model of the leaderboard.\n',
  [RANKINGS]: `# Models by ALScore

| Rank | Model | Lab | Params | ALScore |
|------|-------|-----|--------|---------|
| 1 | [${LARGE.title}](../${cardPath(LARGE)}) | ${LAB.name} | ${LARGE.params} | ${num(LARGE.alScore)} |
${WRONG_ROW}

[← Back to Home](../README.md)
`,
  'README.md': `# Fictional Leaderboard\n\n- [${LAB.name}](labs/${LAB.slug}.md)\n- [By ALScore](${RANKINGS})\n`,
  // The e2e's own cards (cards/, examples/) sit outside models/<lab>/ and link above the root: not the repository's.
  '.modelcardrc.json': `${JSON.stringify({ overrides: [{ files: ['cards/**', 'examples/**'], rules: Object.fromEntries(['broken-link', 'organization-folder-mismatch', 'file-name-mismatch', 'card-collision', 'table-row-mismatch'].map((r) => [r, 'off'])) }] }, null, 2)}\n`,
};

/** 1-based line and column of `needle` in `text` (its first occurrence). */
function position(text, needle) {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" is not in the fixture`);
  return { line: i + 1, col: lines[i].indexOf(needle) + 1, lineText: lines[i] };
}

/** Writes the repository into `dir`; returns what the checks expect, positions read from the written text. */
export function writeRepository(dir) {
  for (const [p, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.join(dir, path.dirname(p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), text);
  }
  const link = position(FILES[REPO_CARD], MISSING);
  const cell = position(FILES[RANKINGS], WRONG_ROW);
  cell.col = WRONG_ROW.indexOf('70.0B') + 1;
  return {
    brokenLink: { rule: 'broken-link', severity: 'Warning', line: link.line, col: link.col, message: `\`${MISSING}\` does not exist (architectures/hybrid.md)` },
    rowMismatch: { rule: 'table-row-mismatch', severity: 'Warning', line: cell.line, col: cell.col, message: `Params \`70.0B\` contradicts ${cardPath(SMALL)} (\`${SMALL.params}\`)` },
    quickFix: `Write ${SMALL.params} from the card`,
    wrongRow: WRONG_ROW,
    fixedRow: FIXED_ROW,
  };
}
