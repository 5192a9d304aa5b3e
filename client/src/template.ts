// The new-card template, written once and rendered as plain text (New Card) or as a snippet (Insert Template).
// Pure: no vscode import, so the unit tests can check it with the engine.

/** Renders one fill-in: a tab stop with a default, or a choice whose first entry is the default. */
type Slot = (stop: number, value: string, choices?: readonly string[]) => string;

export interface CardFields {
  modelName: string;
  organization: string;
  /** File name of the lab profile, without `.md`. */
  orgSlug: string;
  /** `YYYY-MM-DD` for Last Updated. */
  today: string;
}

export const ACCESS_CHOICES = ['❓ Unknown', '🟢 Public', '🔴 Private'] as const;
export const TYPE_CHOICES = ['-', 'Dense', 'MoE', 'Hybrid', 'MatFormer', 'Compound', 'CoE'] as const;

/** The value the cursor lands on after New Card: the first thing a person fills in. */
export const FIRST_FILL_IN = { label: '**Released:** ', value: 'TBA' } as const;

/** A lowercase ASCII slug for file names: `Llama 3.1 (405B)` -> `llama-31-405b`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[./]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Today as `YYYY-MM-DD` (local time, as a person reads the calendar). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The card's lines; every unknown is written the spec's way (`TBA`, `-`, `-B`, `- -`) so it checks clean. */
function cardLines(f: CardFields, slot: Slot): string[] {
  const org = slot(2, f.organization);
  const lab = `../../labs/${slot(3, f.orgSlug)}.md`;
  return [
    `# ${slot(1, f.modelName)}`,
    '',
    '> Large Language Model',
    '',
    `**Organization:** [${org}](${lab})`,
    `${FIRST_FILL_IN.label}${slot(4, FIRST_FILL_IN.value)}`,
    `**Access:** ${slot(5, ACCESS_CHOICES[0], ACCESS_CHOICES)}`,
    '',
    '---',
    '',
    '## 📊 Overview',
    '',
    `${slot(6, 'What the model is for and what makes it notable.')}`,
    '',
    '## 🔧 Technical Specifications',
    '',
    '### Model Architecture',
    `- **Type:** ${slot(7, TYPE_CHOICES[0], TYPE_CHOICES)}`,
    `- **Parameters:** ${slot(8, '-')}B`,
    `- **Training Tokens:** ${slot(9, '-')}B`,
    '- **Token:Param Ratio:** - -',
    '',
    '### Training Efficiency',
    '- **ALScore:** -',
    '- **Formula:** √(Parameters × Tokens) ÷ 300',
    '',
    '### Training Data',
    `- **Dataset Type:** ${slot(10, '-')}`,
    '',
    '## 📈 Performance Benchmarks',
    '',
    '| Benchmark | Score | Description |',
    '|-----------|-------|-------------|',
    `| **MMLU** | ${slot(11, '-')} | General knowledge across 57 subjects |`,
    `| **MMLU-Pro** | ${slot(12, '-')} | Advanced MMLU variant |`,
    `| **GPQA** | ${slot(13, '-')} | Graduate-level reasoning |`,
    `| **HLE** | ${slot(14, '-')} | High-level evaluation |`,
    '',
    '## 🏷️ Model Tags',
    '',
    '_No specific tags_',
    '',
    '## 📝 Additional Notes',
    '',
    `${slot(15, 'Sources for the numbers above.')}`,
    '',
    '## 🔗 Resources',
    '',
    `- 📄 Technical Documentation: ${slot(16, 'TBA')}`,
    '',
    '## 🔍 Related Models',
    '',
    `**From ${org}:**`,
    `- See all models in [${org} profile](${lab})`,
    '',
    '---',
    '',
    `**Last Updated:** ${f.today}`,
    '',
    `[← Back to Leaderboard](../../README.md) • [View All ${org} Models](${lab})`,
    '',
  ];
}

/** The card as plain text, for a new file. */
export function cardText(f: CardFields): string {
  return cardLines(f, (_stop, value) => value).join('\n');
}

/** Escapes text for a snippet placeholder or choice. */
export function escapeSnippet(text: string, inChoice = false): string {
  return text.replace(inChoice ? /[$}\\,|]/g : /[$}\\]/g, '\\$&');
}

/** The card as snippet syntax: tab stops on every fill-in, choices for Access and Type, today's date from snippet variables. */
export function cardSnippet(): string {
  const seen = new Set<number>();
  const slot: Slot = (stop, value, choices) => {
    if (seen.has(stop)) return `$${stop}`;
    seen.add(stop);
    if (choices) return `\${${stop}|${choices.map((c) => escapeSnippet(c, true)).join(',')}|}`;
    return `\${${stop}:${escapeSnippet(value)}}`;
  };
  return cardLines({ modelName: 'Model Name', organization: 'Organization', orgSlug: 'lab-slug', today: '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE' }, slot).join('\n');
}
