// Generates realistic, varied model cards (both formats, ~5% with deliberate mistakes) for the benchmarks.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeCard, DEFAULT_CONFIG, roundScore, tierOf, writtenRatioOf } from '../server/src/core';
import { expectedCell } from '../server/src/core/repository/columns';
import { cardFacts, type CardFacts } from '../server/src/core/repository/facts';

export interface GeneratedCard {
  /** Path under the corpus root, e.g. `models/acme-ai/nova-7b.md`. */
  file: string;
  text: string;
  /** True when a mistake was planted on purpose. */
  broken: boolean;
}

const LABS = ['Acme AI', 'Northwind Labs', 'Orbital Research', 'Bluefin', 'Kestrel AI', 'Halcyon', 'Quanta Systems', 'Tidewater', 'Ember Labs', 'Lumen Institute', 'Cobalt AI', 'Granite Research'];
const FAMILIES = ['Nova', 'Aster', 'Pico', 'Vega', 'Orion', 'Lyra', 'Atlas', 'Helix', 'Zephyr', 'Cirrus', 'Quill', 'Sable', 'Tern', 'Mako'];
const TAGS = ['Reasoning', 'SOTA', 'Multimodal', 'Coding', 'Open weights', 'Agentic', 'Long context', 'Math'];
const DATA = ['synthetic', 'web-scale', 'code', 'books', 'dialogue', 'scientific papers', 'multilingual'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SIZES = [0.135, 0.5, 1.5, 3, 7, 8, 13, 14, 27, 32, 34, 70, 72, 78, 104, 175, 236, 405, 480, 671, 1000, 1800];
const TOKENS = [50, 300, 780, 1000, 1400, 2000, 3000, 6000, 8000, 12000, 15000, 18120, 20000, 36000];
const SENTENCES = [
  'The model was trained in several stages, starting from a broad web corpus and ending with curated instruction data.',
  'Its context window was extended during a dedicated long-context phase late in pre-training.',
  'Evaluation numbers are taken from the technical report and may use different prompting than other cards.',
  'A smaller distilled variant was released at the same time for on-device use.',
  'The lab reports strong results on mathematical reasoning after reinforcement learning on verifiable rewards.',
  'Safety tuning combined supervised refusals with preference optimisation over red-team prompts.',
  'Tokens include repeated epochs over high-quality subsets, so unique tokens are fewer than the total.',
  'Weights are available under a permissive licence with an acceptable-use policy.',
];

/** A small seeded PRNG (mulberry32): the same seed always gives the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const count = (b: number): string => `${b >= 1 && Number.isInteger(b * 10) ? b.toFixed(1) : String(b)}B`;

/** Generates card number `i`: mostly leaderboard cards, some front matter or both, a few broken. */
export function generateCard(i: number, random: () => number): GeneratedCard {
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const lab = pick(LABS);
  const p = pick(SIZES);
  const name = `${pick(FAMILIES)}-${i} ${p >= 1 ? `${p}B` : `${Math.round(p * 1000)}M`}`;
  const knownT = random() > 0.2;
  const t = knownT ? pick(TOKENS) : null;
  const tags = TAGS.filter(() => random() < 0.2);
  const data = DATA.filter(() => random() < 0.35);
  const released = random() < 0.05 ? 'TBA' : `${pick(MONTHS)}/${2019 + Math.floor(random() * 7)}`;
  const moe = p >= 200 && random() < 0.6;
  const bench = { MMLU: random() < 0.8 ? 40 + random() * 50 : null, 'MMLU-Pro': random() < 0.6 ? 20 + random() * 60 : null, GPQA: random() < 0.5 ? 20 + random() * 60 : null, HLE: random() < 0.2 ? random() * 30 : null };
  const roll = random();
  const kind = roll < 0.8 ? 'leaderboard' : roll < 0.9 ? 'frontmatter' : 'both';
  const broken = random() < 0.05;
  const notes = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(SENTENCES)).join(' ');

  // The derived values written the way the leaderboard writes them.
  let score = '-';
  let ratio = '- -';
  if (t !== null) {
    const rounded = roundScore(Math.sqrt(p * t) / 300);
    score = rounded === 0 ? '0.0' : `${rounded.toFixed(1)} (${tierOf(rounded, DEFAULT_CONFIG)})`;
    const written = writtenRatioOf(t / p, DEFAULT_CONFIG);
    ratio = `${written.toLocaleString('en-US')}:1 ${written >= 20 ? '✅ Compute-optimal' : '⚠️ Under-trained'}`;
  }
  let mmlu = bench.MMLU === null ? '-' : bench.MMLU.toFixed(1);
  if (broken) {
    const fault = Math.floor(random() * 3);
    if (fault === 0 && t !== null) score = `${(roundScore(Math.sqrt(p * t) / 300) + 1.3).toFixed(1)} (Mid-tier)`;
    else if (fault === 1 && t !== null) ratio = `${Math.ceil(t / p) + 7}:1 ✅ Compute-optimal`;
    else mmlu = '150.0';
  }

  const labSlug = slug(lab);
  const file = `models/${labSlug}/${slug(name)}.md`;
  const fm = [
    '---',
    `model_name: ${name}`,
    `organization: ${lab}`,
    `released: ${released === 'TBA' ? 'TBA' : `${released.slice(4)}-${String(MONTHS.indexOf(released.slice(0, 3)) + 1).padStart(2, '0')}`}`,
    'access: public',
    `architecture: ${moe ? 'moe' : 'dense'}`,
    `parameters: ${p}B`,
    `training_tokens: ${t === null ? 'null' : `${t}B`}`,
    `dataset_type: [${data.join(', ')}]`,
    'benchmarks:',
    ...Object.entries(bench).map(([k, v]) => `  ${k}: ${v === null ? 'null' : v.toFixed(1)}`),
    `tags: [${tags.join(', ')}]`,
    'last_updated: 2025-10-02',
    'license: apache-2.0',
    '---',
    '',
  ].join('\n');
  if (kind === 'frontmatter') return { file, text: `${fm}# ${name}\n\n${notes}\n\n## Usage\n\nLoad the weights with your usual inference stack.\n`, broken: false }; // faults are planted in the body only

  const body = `# ${name}

> ${tags.length > 0 ? tags.join(', ') : 'Large Language Model'}

**Organization:** [${lab}](../../labs/${labSlug}.md)
**Released:** ${released}
**Access:** 🟢 Public

---

## 📊 Overview

${name} is a ${moe ? 'mixture-of-experts' : 'dense'} language model developed by ${lab}.

## 🔧 Technical Specifications

### Model Architecture
- **Type:** ${moe ? 'MoE' : 'Dense'}
- **Parameters:** ${count(p)}
- **Training Tokens:** ${t === null ? '-B' : count(t)}
- **Token:Param Ratio:** ${ratio}

### Training Efficiency
- **ALScore:** ${score}
- **Formula:** √(Parameters × Tokens) ÷ 300

### Training Data
- **Dataset Type:** ${data.length > 0 ? data.join(', ') : '-'}

## 📈 Performance Benchmarks

| Benchmark | Score | Description |
|-----------|-------|-------------|
| **MMLU** | ${mmlu} | General knowledge across 57 subjects |
| **MMLU-Pro** | ${bench['MMLU-Pro'] === null ? '-' : bench['MMLU-Pro'].toFixed(1)} | Advanced MMLU variant |
| **GPQA** | ${bench.GPQA === null ? '-' : bench.GPQA.toFixed(1)} | Graduate-level reasoning |
| **HLE** | ${bench.HLE === null ? '-' : bench.HLE.toFixed(1)} | High-level evaluation |

**Analysis:** Benchmarks as reported by ${lab}.

## 🏷️ Model Tags

${tags.length > 0 ? tags.map((x) => `\`${x}\``).join(', ') : '_No specific tags_'}

## 📝 Additional Notes

${notes}

## 🔗 Resources

- 🎮 [Try the Model](https://example.com/${labSlug}/${slug(name)})
- 📄 [Technical Documentation](https://example.com/${labSlug}/${slug(name)}/report.pdf)

## 🔍 Related Models

**From ${lab}:**
- See all models in [${lab} profile](../../labs/${labSlug}.md)

**Similar Architecture:**
- See all [${moe ? 'MoE' : 'Dense'} models](../../architectures/${moe ? 'moe' : 'dense'}.md)

---

**Last Updated:** 2025-10-02

[← Back to Leaderboard](../../README.md) • [View All ${lab} Models](../../labs/${labSlug}.md)
`;
  return { file, text: kind === 'both' ? fm + body : body, broken };
}

/** `n` cards from a seed, each with a distinct file name. */
export function generateCorpus(n: number, seed = 42): GeneratedCard[] {
  const random = rng(seed);
  return Array.from({ length: n }, (_, i) => generateCard(i, random));
}

/**
 * Writes a leaderboard-like repository: cards under models/, plus a README and lab pages that are not cards.
 * `leaderboardOnly`: only cards without front matter, as the real leaderboard's are.
 */
export function writeCorpus(dir: string, n: number, seed = 42, leaderboardOnly = false): GeneratedCard[] {
  const cards = leaderboardOnly ? generateCorpus(n * 2, seed).filter((c) => !c.text.startsWith('---')).slice(0, n) : generateCorpus(n, seed);
  for (const c of cards) {
    fs.mkdirSync(path.join(dir, path.dirname(c.file)), { recursive: true });
    fs.writeFileSync(path.join(dir, c.file), c.text);
  }
  fs.mkdirSync(path.join(dir, 'labs'), { recursive: true });
  for (const lab of LABS) fs.writeFileSync(path.join(dir, 'labs', `${slug(lab)}.md`), `# ${lab}\n\nModels by ${lab}.\n\n- [All models](../README.md)\n`);
  fs.writeFileSync(path.join(dir, 'README.md'), `# Leaderboard\n\n${cards.length} models.\n\n| Model | Lab |\n|---|---|\n${cards.slice(0, 50).map((c) => `| [${c.file}](${c.file}) | - |`).join('\n')}\n`);
  return cards;
}

/**
 * Writes a leaderboard repository with derived pages: leaderboard cards under models/<lab>/, a lab page per
 * lab (a table of its cards and its counts), rankings/by-date.md (every card) and a README (top 30 and
 * counts), each row written from its card as the real repository's generator writes them.
 */
export function writeLeaderboardRepository(dir: string, n: number, seed = 11): GeneratedCard[] {
  const cards = writeCorpus(dir, n, seed, true);
  const facts = cards.map((c) => ({ c, f: cardFacts(analyzeCard(c.text, { assumeCard: true })) }));
  const cell = (kind: Parameters<typeof expectedCell>[0]['kind'], f: CardFacts, current = ''): string => expectedCell({ kind } as Parameters<typeof expectedCell>[0], current, f);
  const row = (rel: string, c: GeneratedCard, f: CardFacts, kinds: Parameters<typeof expectedCell>[0]['kind'][]): string =>
    `| ${kinds.map((k) => (k === 'title' ? `[${f.title ?? ''}](${rel}${c.file})` : cell(k, f))).join(' | ')} |`;
  const byLab = new Map<string, typeof facts>();
  for (const x of facts) {
    const lab = x.c.file.split('/')[1] ?? '';
    byLab.set(lab, [...(byLab.get(lab) ?? []), x]);
  }
  for (const [lab, list] of byLab) {
    const pub = list.filter((x) => x.f.access === 'public').length;
    const rows = list.map((x) => row('../', x.c, x.f, ['title', 'params', 'type', 'alscore', 'released', 'status']));
    fs.writeFileSync(path.join(dir, 'labs', `${lab}.md`), `# ${list[0]?.f.organization ?? lab}\n\n**Total Models:** ${list.length}\n**Public Models:** ${pub}\n\n## Models\n\n| Model | Params | Architecture | ALScore | Released | Status |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n\n---\n\n[← Back to Home](../README.md) • [View All Labs](../labs/)\n`);
  }
  fs.mkdirSync(path.join(dir, 'rankings'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'architectures'), { recursive: true });
  for (const t of ['dense', 'moe', 'hybrid', 'matformer', 'compound', 'coe']) fs.writeFileSync(path.join(dir, 'architectures', `${t}.md`), `# ${t}\n\n[← Back to Home](../README.md)\n`);
  const dated = facts.map((x) => row('../', x.c, x.f, ['released', 'title', 'lab', 'params', 'alscore', 'tags', 'links']));
  fs.writeFileSync(path.join(dir, 'rankings', 'by-date.md'), `# Models by Release Date\n\n| Date | Model | Lab | Params | ALScore | Tags | Links |\n|---|---|---|---|---|---|---|\n${dated.join('\n')}\n`);
  const top = facts.slice(0, 30).map((x, i) => `| ${i + 1} ${row('', x.c, x.f, ['title', 'lab', 'params', 'tokens', 'alscore', 'status'])}`);
  fs.writeFileSync(path.join(dir, 'README.md'), `# Leaderboard\n\n**Total Models:** ${cards.length}\n\n| Rank | Model | Lab | Params | Tokens | ALScore | Status |\n|---|---|---|---|---|---|---|\n${top.join('\n')}\n\n- [Labs](labs/) • [Open an issue](../../issues)\n`);
  return cards;
}
