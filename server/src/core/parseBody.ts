// Reads the leaderboard body where CommonMark sees its parts: title, tag line, fields, sections, benchmarks,
// tags, and every link, table and HTML comment, with ranges. The lines are read once by the block scan
// (parse/blocks.ts); inline Markdown is read only in blocks that hold a backtick, `<` or `[`.
import { BodyReader, type BodyLink, type BodyTable, type BodyVocabulary, type HtmlComment } from './parse/bodyReader';
import type { LineIndex } from './text';
import type { BenchmarkRow, Heading, Located, SourceField } from './types';

export type { BodyLink, BodyTable, HtmlComment, TableCell, TableRow } from './parse/bodyReader';

import { BULLET_FIELDS, HEADER_FIELDS, type BodyFieldName } from './vocabulary/bodyFields';
import { tagLineTags } from './vocabulary/readers';
import { sectionName } from './vocabulary/sections';

export { BULLET_FIELDS, HEADER_FIELDS, type BodyFieldName } from './vocabulary/bodyFields';
export { SECTIONS, SECTION_EMOJI, SUBSECTIONS, sectionName } from './vocabulary/sections';
export { tagLineTags } from './vocabulary/readers';
export type BodyField = SourceField & { name: BodyFieldName };

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
