// The new-card template, built from the vocabulary and written once: New Card renders it as plain text,
// Insert Template and the snippets file as snippet syntax. Every unknown is written the spec's way, so a
// fresh card checks clean.
import { USUAL_BENCHMARKS } from './benchmarks';
import { BODY_FIELD, BODY_FIELDS, type BodyFieldSpec } from './bodyFields';
import { LEADERBOARD_KEYS, type FrontMatterKeySpec } from './frontMatterKeys';
import { SECTIONS, SUBSECTIONS, sectionHeading, type SectionName } from './sections';
import { ARCHITECTURES, BODY_TYPES, FORMULA_TEXT, NO_TAGS_LINE, NO_TAGS_SECTION } from './words';

/** What New Card asks for, and today's date. */
export interface CardFields {
  modelName: string;
  organization: string;
  /** File name of the lab profile, without `.md`. */
  orgSlug: string;
  /** `YYYY-MM-DD` for Last Updated. */
  today: string;
}

/**
 * Writes one fill-in: `name` says which (a name used twice is the same fill-in, mirrored), `value` is the
 * default, `choices` (first = the default) what a snippet offers.
 */
export type Fill = (name: string, value: string, choices?: readonly string[]) => string;

/** One section of the template: what a new card says, and what its section snippet inserts when that differs. */
export interface TemplateSection {
  name: SectionName;
  /** The section's lines in a new card, heading first, no trailing blank line. */
  lines: (fill: Fill, f: CardFields) => string[];
  /** The section as its snippet inserts it into a card being written, where links are worth filling in. */
  snippetLines?: (fill: Fill, f: CardFields) => string[];
}

/** The fields New Card leaves for the snippet's placeholders. */
export const SNIPPET_CARD_FIELDS: CardFields = {
  modelName: 'Model Name',
  organization: 'Organization',
  orgSlug: 'lab-slug',
  today: '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE',
};

const released = BODY_FIELD.get('Released');

/** The value the cursor lands on after New Card: the first thing a person fills in. */
export const FIRST_FILL_IN = { label: '**Released:** ', value: released?.unknown ?? 'TBA' } as const;

/** The choices with the unknown one first, so accepting the default claims nothing. */
function unknownFirst(choices: readonly string[], unknown: string | undefined): string[] {
  return unknown !== undefined && choices.includes(unknown) ? [unknown, ...choices.filter((c) => c !== unknown)] : [...choices];
}

const labLink = (fill: Fill, f: CardFields): string => `../../labs/${fill('orgSlug', f.orgSlug)}.md`;

/** A field's value in a new card: its unknown form, a fill-in where a person types it, fixed text where it is fixed. */
function fieldValue(spec: BodyFieldSpec, fill: Fill, f: CardFields): string {
  const unknown = spec.unknown ?? '';
  switch (spec.kind) {
    case 'link':
      return `[${fill('organization', f.organization)}](${labLink(fill, f)})`;
    case 'access':
    case 'architecture': {
      const choices = unknownFirst(spec.choices ?? [], spec.unknown);
      return fill(spec.label, choices[0] ?? unknown, choices);
    }
    case 'ratio':
    case 'alscore':
      return unknown; // computed: the quick fix writes it once P and T are known
    case 'formula':
      return FORMULA_TEXT;
    case 'date':
      return f.today;
    case 'count':
    case 'release':
    case 'list':
      return `${fill(spec.label, unknown)}${spec.unit ?? ''}`;
  }
}

const fieldLine = (spec: BodyFieldSpec, fill: Fill, f: CardFields): string =>
  `${spec.place === 'bullet' ? '- ' : ''}**${spec.label}:** ${fieldValue(spec, fill, f)}`;

/** The lines of the sub-sections, each with the bullet fields whose home it is. */
function subsectionLines(fill: Fill, f: CardFields): string[] {
  return SUBSECTIONS.flatMap((sub, i) => [
    ...(i > 0 ? [''] : []),
    `### ${sub}`,
    ...BODY_FIELDS.filter((s) => s.place === 'bullet' && s.home === sub).map((s) => fieldLine(s, fill, f)),
  ]);
}

const BENCHMARK_HEAD = ['| Benchmark | Score | Description |', '|-----------|-------|-------------|'];

/** One benchmark row with its score to fill in (`-`: unknown). */
export const benchmarkRow = (name: string, score: string, description: string): string => `| **${name}** | ${score} | ${description} |`;

const BODIES: Readonly<Record<SectionName, Omit<TemplateSection, 'name'>>> = {
  Overview: { lines: (fill) => [fill('overview', 'What the model is for and what makes it notable.')] },
  'Technical Specifications': { lines: subsectionLines },
  'Performance Benchmarks': {
    lines: (fill) => [...BENCHMARK_HEAD, ...USUAL_BENCHMARKS.map((b) => benchmarkRow(b.name, fill(`score ${b.name}`, '-'), b.description))],
  },
  'Model Tags': { lines: (fill) => [fill('tags', NO_TAGS_SECTION)] },
  'Additional Notes': { lines: (fill) => [fill('notes', 'Sources for the numbers above.')] },
  Resources: {
    lines: (fill) => [`- 📄 Technical Documentation: ${fill('docs', 'TBA')}`],
    snippetLines: (fill) => [`- 🎮 [Try the Model](${fill('demo', 'https://huggingface.co/')})`, `- 📄 [Technical Documentation](${fill('docs', 'https://arxiv.org/')})`],
  },
  'Related Models': {
    lines: (fill, f) => relatedLab(fill, f),
    snippetLines: (fill, f) => [
      ...relatedLab(fill, f),
      '',
      '**Similar Architecture:**',
      `- See all [${fill('type', BODY_TYPES[0], BODY_TYPES)} models](../../architectures/${fill('architecture', ARCHITECTURES[0], ARCHITECTURES)}.md)`,
    ],
  },
};

function relatedLab(fill: Fill, f: CardFields): string[] {
  const org = fill('organization', f.organization);
  return [`**From ${org}:**`, `- See all models in [${org} profile](${labLink(fill, f)})`];
}

/** The sections in their required order. */
export const TEMPLATE_SECTIONS: readonly TemplateSection[] = SECTIONS.map((name) => ({ name, ...BODIES[name] }));

/** A section's lines, heading first: as a new card has it, or (`snippet`) as its section snippet inserts it. */
export function sectionLines(section: TemplateSection, fill: Fill, f: CardFields, snippet = false): string[] {
  const body = (snippet ? section.snippetLines : undefined) ?? section.lines;
  return [sectionHeading(section.name), '', ...body(fill, f)];
}

/** The whole leaderboard card's lines, ending with an empty line (the final newline). */
export function cardLines(f: CardFields, fill: Fill): string[] {
  const header = BODY_FIELDS.filter((s) => s.place === 'header' && !s.footer);
  const footer = BODY_FIELDS.filter((s) => s.place === 'header' && s.footer);
  // Built in reading order: a snippet numbers its tab stops by first appearance.
  return [
    `# ${fill('modelName', f.modelName)}`,
    '',
    `> ${fill('tagLine', NO_TAGS_LINE)}`,
    '',
    ...header.map((s) => fieldLine(s, fill, f)),
    '',
    '---',
    '',
    ...TEMPLATE_SECTIONS.flatMap((s) => [...sectionLines(s, fill, f), '']),
    '---',
    '',
    ...footer.flatMap((s) => [fieldLine(s, fill, f), '']),
    `[← Back to Leaderboard](../../README.md) • [View All ${fill('organization', f.organization)} Models](${labLink(fill, f)})`,
    '',
  ];
}

/** A front matter key's value in a new card (`null` and `[]` are unknown and empty); `scores` spans lines. */
function keyValue(spec: FrontMatterKeySpec, fill: Fill, f: CardFields): string {
  switch (spec.kind) {
    case 'text':
      return spec.key === 'organization' ? fill('organization', f.organization) : fill('modelName', f.modelName);
    case 'release':
      return fill(spec.key, released?.unknown ?? 'TBA');
    case 'date':
      return f.today;
    case 'choice': {
      const choices = unknownFirst(spec.choices ?? [], 'unknown');
      return fill(spec.key, choices[0] ?? '', choices);
    }
    case 'count':
      return fill(spec.key, 'null');
    case 'list':
      return `[${fill(spec.key, '')}]`;
    case 'scores':
      return USUAL_BENCHMARKS.map((b) => `\n  ${b.name}: ${fill(`score ${b.name}`, 'null')}`).join('');
    case undefined:
      return fill(spec.key, spec.example);
  }
}

/** A card written only in front matter (the leaderboard's keys) and its title, ending with an empty line. */
export function frontMatterCardLines(f: CardFields, fill: Fill): string[] {
  const keys = LEADERBOARD_KEYS.filter((k) => k.template !== false);
  const lines = keys.flatMap((k) => `${k.key}:${k.kind === 'scores' ? '' : ' '}${keyValue(k, fill, f)}`.split('\n'));
  return ['---', ...lines, '---', '', `# ${fill('modelName', f.modelName)}`, ''];
}

/** Plain text: every fill-in is its default. */
export const plainFill: Fill = (_name, value) => value;

/** Escapes text for a snippet placeholder, or (`inChoice`) for one choice of a choice list. */
export function escapeSnippet(text: string, inChoice = false): string {
  return text.replace(inChoice ? /[$}\\,|]/g : /[$}\\]/g, '\\$&');
}

/**
 * A fresh snippet writer: tab stops numbered in order of first appearance, a name written again reuses
 * the same tab stop.
 */
export function snippetFill(): Fill {
  const written = new Map<string, string>();
  return (name, value, choices) => {
    const known = written.get(name);
    if (known !== undefined) return known;
    const stop = written.size + 1;
    const text = choices
      ? `\${${stop}|${choices.map((c) => escapeSnippet(c, true)).join(',')}|}`
      : value === '' ? `\${${stop}}` : `\${${stop}:${escapeSnippet(value)}}`;
    written.set(name, text);
    return text;
  };
}

/** The card as plain text, for a new file. */
export function cardText(f: CardFields): string {
  return cardLines(f, plainFill).join('\n');
}

/** The card as snippet syntax: tab stops on every fill-in, choices for Access and Type, today's date from snippet variables. */
export function cardSnippet(): string {
  return cardLines(SNIPPET_CARD_FIELDS, snippetFill()).join('\n');
}
