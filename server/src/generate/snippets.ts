// snippets/markdown.code-snippets, written from the card template and the field, section and benchmark tables.
import { USUAL_BENCHMARKS } from '../core/vocabulary/benchmarks';
import { BODY_FIELD, type BodyFieldName, type SnippetValues } from '../core/vocabulary/bodyFields';
import { SECTION_EMOJI, type SectionName } from '../core/vocabulary/sections';
import { benchmarkRow, cardSnippet, frontMatterCardLines, sectionLines, snippetFill, SNIPPET_CARD_FIELDS, TEMPLATE_SECTIONS } from '../core/vocabulary/template';
import { hfCardSnippet } from '../core/vocabulary/huggingface/template';
import { ACCESS_LABELS } from '../core/vocabulary/words';

export const SNIPPETS_FILE = 'snippets/markdown.code-snippets';

export interface Snippet {
  prefix: string[];
  description: string;
  body: string[];
}

/** `a, b or c`. */
const orList = (words: readonly string[]): string => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`);

/** The section snippets' prefixes and descriptions (a Record: a new section without a snippet does not compile). */
const SECTION_SNIPPETS: Readonly<Record<SectionName, { prefix: string; description: (heading: string) => string }>> = {
  Overview: { prefix: 'mc-overview', description: (h) => `The ${h} section.` },
  'Technical Specifications': { prefix: 'mc-techspecs', description: (h) => `The ${h} section with its three sub-sections; ratio and ALScore are left for the quick fix to compute.` },
  'Performance Benchmarks': { prefix: 'mc-benchmarks', description: (h) => `The ${h} table with the usual rows.` },
  'Model Tags': { prefix: 'mc-tags', description: (h) => `The ${h} section: the tag line's tags in backticks, or _No specific tags_.` },
  'Additional Notes': { prefix: 'mc-notes', description: (h) => `The ${h} section.` },
  Resources: { prefix: 'mc-resources', description: (h) => `The ${h} section.` },
  'Related Models': { prefix: 'mc-related', description: (h) => `The ${h} section: the lab profile and the architecture page.` },
};

/** Header fields with a snippet of their own. */
const FIELD_SNIPPETS: readonly { label: BodyFieldName; name: string; prefix: string; description: string }[] = [
  { label: 'Released', name: 'Release date', prefix: 'mc-released', description: 'The Released field: Mon/YYYY.' },
  { label: 'Access', name: 'Access field', prefix: 'mc-access', description: `The Access field: ${orList(Object.values(ACCESS_LABELS))}.` },
];

/** What a field snippet fills in: snippet variables, and no computed values. */
const VARIABLES: SnippetValues = { year: '$CURRENT_YEAR', today: SNIPPET_CARD_FIELDS.today, alScore: null, ratio: null };

/** Every snippet by name, in the order of the file. */
export function snippets(): Record<string, Snippet> {
  const out: Record<string, Snippet> = Object.create(null) as Record<string, Snippet>;
  out['Model card (leaderboard layout)'] = {
    prefix: ['modelcard', 'mc-card'],
    description: 'A full model card in the leaderboard layout; unknowns are written TBA, - and - - so it checks clean.',
    body: cardSnippet().split('\n'),
  };
  out['Model card (front matter)'] = {
    prefix: ['modelcard-frontmatter', 'mc-frontmatter'],
    description: 'A model card as YAML front matter (Hugging Face compatible keys).',
    body: [...frontMatterCardLines(SNIPPET_CARD_FIELDS, snippetFill()), '$0'],
  };
  out['Hugging Face model card'] = {
    prefix: ['hf-card', 'mc-huggingface'],
    description: "A Hugging Face model card (a model repository's README.md): the metadata keys of hub-docs' annotated template with the Hub's licenses, libraries and tasks as choices, and the usual sections.",
    body: [...hfCardSnippet().split('\n').slice(0, -1), '$0'],
  };
  const fill = snippetFill();
  const names = USUAL_BENCHMARKS.map((b) => b.name);
  out['Benchmark row'] = {
    prefix: ['benchmark-row', 'mc-benchmark'],
    description: 'A row of the Performance Benchmarks table: name, score (0–100 or -), description.',
    body: [`${benchmarkRow(fill('name', names[0] ?? '', names), fill('score', '-'), fill('description', 'Description'))}$0`],
  };
  for (const f of FIELD_SNIPPETS) {
    const spec = BODY_FIELD.get(f.label);
    if (spec) out[f.name] = { prefix: [f.prefix], description: f.description, body: [`**${spec.label}:** ${spec.snippet(VARIABLES)}$0`] };
  }
  for (const section of TEMPLATE_SECTIONS) {
    const { prefix, description } = SECTION_SNIPPETS[section.name];
    out[`${section.name} section`] = {
      prefix: [prefix],
      description: description(`${SECTION_EMOJI[section.name]} ${section.name}`),
      body: [...sectionLines(section, snippetFill(), SNIPPET_CARD_FIELDS, true), '$0'],
    };
  }
  return out;
}

/** The snippets file's text. */
export function snippetsJson(): string {
  return `${JSON.stringify(snippets(), null, 2)}\n`;
}
