// Reads the leaderboard body where CommonMark sees its parts: title, tag line, fields, sections, benchmarks,
// tags, and every link, table and HTML comment, with ranges. The lines are read once by the block scan
// (parse/blocks.ts); inline Markdown is read only in blocks that hold a backtick, `<` or `[`.
import { BodyReader, type BodyLink, type BodyTable, type BodyVocabulary, type HtmlComment } from './parse/bodyReader';
import type { LineIndex } from './text';
import type { BenchmarkRow, Heading, Located, SourceField } from './types';

export type { BodyLink, BodyTable, HtmlComment, TableCell, TableRow } from './parse/bodyReader';

/** Header fields (`**Label:** value` lines) and field bullets (`- **Label:** value`) the spec defines. */
export const HEADER_FIELDS = ['Organization', 'Released', 'Access', 'Last Updated'] as const;
export const BULLET_FIELDS = ['Type', 'Parameters', 'Training Tokens', 'Token:Param Ratio', 'ALScore', 'Formula', 'Dataset Type'] as const;
export type BodyFieldName = (typeof HEADER_FIELDS)[number] | (typeof BULLET_FIELDS)[number];
export type BodyField = SourceField & { name: BodyFieldName };

/** Sections in the order the spec requires, and the sub-sections of Technical Specifications. */
export const SECTIONS = ['Overview', 'Technical Specifications', 'Performance Benchmarks', 'Model Tags', 'Additional Notes', 'Resources', 'Related Models'] as const;
export const SECTION_EMOJI: Record<(typeof SECTIONS)[number], string> = {
  Overview: '📊',
  'Technical Specifications': '🔧',
  'Performance Benchmarks': '📈',
  'Model Tags': '🏷️',
  'Additional Notes': '📝',
  Resources: '🔗',
  'Related Models': '🔍',
};
export const SUBSECTIONS = ['Model Architecture', 'Training Efficiency', 'Training Data'] as const;

export interface BodyCard {
  /** First line of the body (after any front matter). */
  startLine: number;
  titles: Located[];
  tagLine: (Located & { tags: string[] }) | null;
  /** Every recognised field occurrence in document order (duplicates included). */
  fields: BodyField[];
  /** The first occurrence of each field, by name. */
  first: Map<BodyFieldName, BodyField>;
  headings: Heading[];
  benchmarks: BenchmarkRow[];
  /** Tags listed in the Model Tags section, or null when the section has no tag line. */
  tagsSection: (Located & { tags: string[] }) | null;
  /** How many spec-defined labels the body has: used to tell a card from other Markdown. */
  cardSignals: number;
  // The three below are read on first use (most checks need none of them).
  /** Every link and image of the body as CommonMark reads them (inline, reference, autolink), in document order of their blocks. */
  readonly links: BodyLink[];
  /** Every GFM table of the body (the Performance Benchmarks one also gives `benchmarks`). */
  readonly tables: BodyTable[];
  /** Every HTML comment of the body, in HTML blocks and inline; never one in code. */
  readonly htmlComments: HtmlComment[];
  /** The links of the blocks that start on lines [fromLine, toLine): a section's, without reading the whole body. */
  linksIn(fromLine: number, toLine: number): BodyLink[];
}

const headerNames: ReadonlySet<string> = new Set<string>(HEADER_FIELDS);
const bulletNames: ReadonlySet<string> = new Set<string>(BULLET_FIELDS);

// Cards repeat the same few headings, so each distinct heading text is looked up once per level.
const LEVELS = {
  2: { names: SECTIONS as readonly string[], lower: SECTIONS.map((s) => s.toLowerCase()), cache: new Map<string, string | null>() },
  3: { names: SUBSECTIONS as readonly string[], lower: SUBSECTIONS.map((s) => s.toLowerCase()), cache: new Map<string, string | null>() },
};
let leadingNonWord: RegExp | undefined;

/** Canonical section name for a heading text such as `📊 Overview`, or null. */
export function sectionName(text: string, level: number): string | null {
  if (level !== 2 && level !== 3) return null;
  const { names, lower, cache } = LEVELS[level];
  const known = cache.get(text);
  if (known !== undefined) return known;
  const words = stripLeadingNonWord(text).trim().toLowerCase();
  const name = names[lower.indexOf(words)] ?? null;
  if (cache.size < 1000) cache.set(text, name);
  return name;
}

/**
 * The text without its leading non-letters and non-digits (`📊 Overview` -> `Overview`). Emoji, symbols and
 * ASCII punctuation are skipped by code; anything else goes to the Unicode-aware regex, whose first use
 * costs milliseconds to compile.
 */
function stripLeadingNonWord(text: string): string {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return text.slice(i);
      i++;
    } else if (c === 0x200d || c === 0xfe0f || c === 0xfe0e || (c >= 0x2190 && c <= 0x23ff) || (c >= 0x2500 && c <= 0x2775) || (c >= 0x2794 && c <= 0x2bff)) {
      i++; // joiners, variation selectors, arrows, technical symbols, shapes, dingbats (none a letter or digit)
    } else if (c >= 0xd800 && c <= 0xdbff && pictograph(text, i)) {
      i += 2;
    } else {
      return text.slice(i).replace((leadingNonWord ??= /^[^\p{L}\p{N}]+/u), '');
    }
  }
  return '';
}

/** True when the surrogate pair at `i` is an emoji or pictograph (U+1F300–U+1FAFF: symbols, none a letter or digit). */
function pictograph(text: string, i: number): boolean {
  const lo = text.charCodeAt(i + 1);
  if (lo < 0xdc00 || lo > 0xdfff) return false;
  const cp = 0x10000 + ((text.charCodeAt(i) - 0xd800) << 10) + (lo - 0xdc00);
  return cp >= 0x1f300 && cp <= 0x1faff;
}

/** Splits a tag line (`Reasoning, SOTA`) into tags; the no-tags placeholder gives none. */
export function tagLineTags(raw: string): string[] {
  const tags = raw.split(',').map((t) => t.trim()).filter(Boolean);
  return tags.length === 1 && tags[0]?.toLowerCase() === 'large language model' ? [] : tags;
}

const VOCABULARY: BodyVocabulary = { headerFields: headerNames, bulletFields: bulletNames, sectionName, tagLineTags };

/** A parsed body: its links, tables and comments are collected on first use (a class: getters on a literal are slow to make). */
class ParsedBody implements BodyCard {
  titles: Located[] = [];
  tagLine: (Located & { tags: string[] }) | null = null;
  fields: BodyField[] = [];
  first = new Map<BodyFieldName, BodyField>();
  headings: Heading[] = [];
  benchmarks: BenchmarkRow[] = [];
  tagsSection: (Located & { tags: string[] }) | null = null;
  cardSignals = 0;

  constructor(
    readonly startLine: number,
    private readonly reader: BodyReader,
  ) {}

  get links(): BodyLink[] {
    return this.reader.extras().links;
  }

  get tables(): BodyTable[] {
    return this.reader.extras().tables;
  }

  get htmlComments(): HtmlComment[] {
    return this.reader.extras().htmlComments;
  }

  linksIn(fromLine: number, toLine: number): BodyLink[] {
    return this.reader.linksIn(fromLine, toLine);
  }
}

/** Parses the body lines from `startLine` on. Never throws; time is linear in the text. */
export function parseBody(index: LineIndex, startLine: number): BodyCard {
  const reader = new BodyReader(index.lines, startLine, VOCABULARY);
  const card = new ParsedBody(startLine, reader);
  reader.read(card);
  return card;
}
