// A small fictional leaderboard repository (labs Acme and Globex, made-up models), built in memory or on disk.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface CardSpec {
  title: string;
  lab: string;
  labName: string;
  params: string;
  tokens: string;
  ratio: string;
  alScore: string;
  released: string;
  access: '🟢 Public' | '🔴 Private' | '❓ Unknown';
  type: string;
  mmlu: string;
  tags: string;
  tryLink: string | null;
}

export const HERON: CardSpec = { title: 'Heron 8B', lab: 'acme', labName: 'Acme', params: '8.0B', tokens: '2000.0B', ratio: '250:1 ✅ Compute-optimal', alScore: '0.4 (Lightweight)', released: 'Mar/2024', access: '🟢 Public', type: 'Dense', mmlu: '61.2', tags: 'Reasoning', tryLink: 'https://example.com/heron' };
export const WREN: CardSpec = { title: 'Wren 70B', lab: 'acme', labName: 'Acme', params: '70.0B', tokens: '9000.0B', ratio: '129:1 ✅ Compute-optimal', alScore: '2.6 (Mid-tier)', released: 'Aug/2024', access: '🔴 Private', type: 'MoE', mmlu: '-', tags: 'Large Language Model', tryLink: 'Deprecated' };
export const OTTER: CardSpec = { title: 'Otter 1B', lab: 'globex', labName: 'Globex', params: '1.0B', tokens: '100.0B', ratio: '100:1 ✅ Compute-optimal', alScore: '0.0', released: 'Jan/2023', access: '❓ Unknown', type: 'Dense', mmlu: '30.5', tags: 'Large Language Model', tryLink: null };

/** A card in the leaderboard layout. */
export function cardText(c: CardSpec): string {
  const arch = c.type === '-' ? '' : c.type.toLowerCase();
  return `# ${c.title}

> ${c.tags}

**Organization:** [${c.labName}](../../labs/${c.lab}.md)
**Released:** ${c.released}
**Access:** ${c.access}

---

## 📊 Overview

A fictional model written for Model Card Studio's tests.

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
| **MMLU** | ${c.mmlu} | General knowledge |
| **MMLU-Pro** | - | Harder multiple choice |
| **GPQA** | - | Graduate-level questions |
| **HLE** | - | Hard expert questions |

## 🏷️ Model Tags

${c.tags === 'Large Language Model' ? '_No specific tags_' : c.tags.split(', ').map((t) => `\`${t}\``).join(', ')}

## 📝 Additional Notes

Fixture numbers.

## 🔗 Resources
${c.tryLink === null ? '' : `\n- 🎮 [Try the Model](${c.tryLink})`}
- 📄 [Technical Documentation](https://example.com/paper)

## 🔍 Related Models

**From ${c.labName}:**
- See all models in [${c.labName} profile](../../labs/${c.lab}.md)

**Similar Architecture:**
- See all [${c.type} models](../../architectures/${arch}.md)

---

**Last Updated:** 2025-10-02

[← Back to Leaderboard](../../README.md) • [View All ${c.labName} Models](../../labs/${c.lab}.md)
`;
}

export const slugOf = (c: CardSpec): string => c.title.toLowerCase().replace(/ /g, '-');
export const cardPath = (c: CardSpec): string => `models/${c.lab}/${slugOf(c)}.md`;

const status = (c: CardSpec): string => (c.access.startsWith('🟢') ? '🟢' : c.access.startsWith('🔴') ? '🔴' : c.type === '-' ? '-' : '🟡');
const num = (s: string): string => s.split(' ')[0] ?? '-';

/** A lab page row: Model | Params | Architecture | ALScore | MMLU | GPQA | Released | Status. */
export function labRow(c: CardSpec, target = cardPath(c)): string {
  return `| [${c.title}](../${target}) | ${c.params} | ${c.type} | ${num(c.alScore)} | ${c.mmlu} | - | ${c.released} | ${status(c)} |`;
}

/** A by-date row: Date | Model | Lab | Params | ALScore | MMLU | Tags | Links. */
export function dateRow(c: CardSpec, target = cardPath(c)): string {
  const tags = c.tags === 'Large Language Model' ? '-' : c.tags;
  return `| ${c.released} | [${c.title}](../${target}) | ${c.labName} | ${c.params} | ${num(c.alScore)} | ${c.mmlu} | ${tags} | ${c.tryLink === null ? '-' : `[🔗](${c.tryLink})`} |`;
}

export function labPage(name: string, rows: string[], total: number, pub: number): string {
  return `# ${name}\n\n**Total Models:** ${total}\n**Public Models:** ${pub}\n\n## Models\n\n| Model | Params | Architecture | ALScore | MMLU | GPQA | Released | Status |\n|-------|--------|--------------|---------|------|------|----------|--------|\n${rows.join('\n')}\n\n---\n\n[← Back to Home](../README.md) • [View All Labs](../labs/)\n`;
}

export function byDatePage(rows: string[], total: number): string {
  return `# Models by Release Date\n\n**Last Updated:** 2025-10-02\n**Total Released Models:** ${total}\n\n| Date | Model | Lab | Params | ALScore | MMLU | Tags | Links |\n|------|-------|-----|--------|---------|------|------|-------|\n${rows.join('\n')}\n\n---\n\n[← Back to Home](../README.md)\n`;
}

/** A consistent repository: three cards, two lab pages, a by-date ranking, a README, one architecture page. */
export function cleanRepository(): Map<string, string> {
  const files = new Map<string, string>();
  for (const c of [HERON, WREN, OTTER]) files.set(cardPath(c), cardText(c).replace(`[Try the Model](Deprecated)`, '[Try the Model](https://example.com/wren)'));
  const wren = { ...WREN, tryLink: 'https://example.com/wren' };
  files.set('labs/acme.md', labPage('Acme', [labRow(wren), labRow(HERON)], 2, 1));
  files.set('labs/globex.md', labPage('Globex', [labRow(OTTER)], 1, 0));
  files.set('rankings/by-date.md', byDatePage([dateRow(wren), dateRow(HERON), dateRow(OTTER)], 3));
  files.set('README.md', '# Fictional Leaderboard\n\n**Total Models:** 3\n\n- [Acme](labs/acme.md): 2 models\n- [Open an issue](../../issues)\n- [Labs](labs/)\n');
  files.set('architectures/dense.md', '# Dense\n\n**Total Dense Models:** 2\n');
  files.set('architectures/moe.md', '# MoE\n\n**Total MoE Models:** 1\n');
  return files;
}

/** A host over an in-memory file map: folders are the prefixes of its paths. */
export function memoryHost(files: ReadonlyMap<string, string>): { exists(p: string): 'file' | 'folder' | undefined } {
  return {
    exists(p) {
      if (files.has(p)) return 'file';
      for (const k of files.keys()) if (k.startsWith(p + '/')) return 'folder';
      return undefined;
    },
  };
}

/** Writes the files under a new temporary folder; returns it. */
export function writeRepository(files: ReadonlyMap<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mcs-repo-'));
  for (const [p, text] of files) {
    fs.mkdirSync(path.join(root, path.dirname(p)), { recursive: true });
    fs.writeFileSync(path.join(root, p), text);
  }
  return root;
}
