// One Markdown file of the repository as the index reads it: its card (under models/), its relative
// links, and its tables of cards. Derived once per text version; nothing here looks at other files.
import { analyzeCard, parsedBodyOf, type CardAnalysis } from '../analyze';
import { parseBody, type BodyCard, type TableCell } from '../parseBody';
import { parseFrontMatter } from '../parseFrontMatter';
import { LineIndex } from '../text';
import type { FrontMatter } from '../parse/frontMatter';
import type { Range } from '../types';
import { SUPPRESSION_PREFIX } from '../suppress';
import { titleSlug } from '../vocabulary/slug';
import { columnOf, type Column } from './columns';
import { cardFacts, type CardFacts } from './facts';
import { basename, resolveLink, type LinkTarget } from './paths';

/** A card of the repository: what the Leaderboard view lists. */
export interface RepositoryCard {
  path: string;
  /** The H1 (or front matter model_name), or null. */
  title: string | null;
  /** The title's slug (spec §5), or null without a title. */
  slug: string | null;
  /** The lab folder `models/<lab>/`, or null for a card elsewhere. */
  lab: string | null;
  /** The title's range (the first H1), or null: where a file name that is not its slug is reported. */
  titleRange: Range | null;
  /** The body's first Organization field: its line and value range, or null. */
  organization: { line: number; valueRange: Range } | null;
  /** The card's release date as read (what the counts of released models look at). */
  released: string | null;
  /** What derived tables copy from the card. */
  facts: CardFacts;
  /** The card's analysis; null in an index that keeps none (the CLI: a check needs only the parts above). */
  analysis: CardAnalysis | null;
}

/** A relative link of a file, resolved. */
export interface RepositoryLink {
  /** As written (escapes resolved). */
  destination: string;
  target: LinkTarget;
  /** The destination's range (where a broken link is reported). */
  range: Range;
  line: number;
  image: boolean;
}

/** A table row that links a card. */
export interface CardRow {
  line: number;
  /** The card's repository path. */
  card: string;
  /** The link to the card. */
  link: RepositoryLink;
  /** Cells by column index (the header's order). */
  cells: TableCell[];
}

/** A table whose rows link cards. */
export interface CardTable {
  line: number;
  header: string[];
  /** The card fact each column names, or null (`Rank`, an unknown header). */
  columns: (Column | null)[];
  rows: CardRow[];
}

export interface RepositoryFile {
  path: string;
  text: string;
  lines: LineIndex;
  /** The parsed body, for suppression comments: a page's only when it has one, a card's too in an index that keeps no analyses. */
  body: BodyCard | null;
  /** A card's front matter, for its suppression comments (null as for `body`). */
  frontMatter: FrontMatter | null;
  card: RepositoryCard | null;
  facts: CardFacts | null;
  links: RepositoryLink[];
  tables: CardTable[];
}

/** True for a path where a card lives: a Markdown file under `models/`. */
export function isCardPath(path: string): boolean {
  return path.startsWith('models/') && /\.md$/i.test(path);
}

/**
 * Reads one file; `analysis` reuses an analysis of this text the caller already has (the CLI's check): a
 * card's, or a page's parsed body. `keepAnalysis` false keeps only what the repository rules read of a card
 * (its facts, links and a few ranges), so a card's analysis dies young: retained, 700 of them cost a CLI run
 * more in garbage collection than reading them.
 */
export function readFile(path: string, text: string, analysis?: CardAnalysis, keepAnalysis = true, onCard?: (path: string, analysis: CardAnalysis) => void): RepositoryFile {
  if (!isCardPath(path)) return readPage(path, text, analysis);
  const a = analysis ?? analyzeCard(text, { assumeCard: true });
  onCard?.(path, a);
  return readCard(path, text, a, keepAnalysis);
}

/** A card as another thread hands it over (a CLI worker): what an index that keeps no analyses holds of it, but its line index. */
export type PortableCard = Omit<RepositoryFile, 'lines'>;

/**
 * What an index that keeps no analyses reads of a card, in a form that crosses threads (plain data); null
 * for a card with suppression comments, whose parsed body does not cross (the receiver reads it again).
 */
export function portableCard(path: string, text: string, analysis: CardAnalysis): PortableCard | null {
  if (!isCardPath(path) || text.includes(SUPPRESSION_PREFIX)) return null;
  const { lines, ...portable } = readCard(path, text, analysis, false);
  void lines;
  return portable;
}

/** The file a portable card stands for (its line index made again from its text). */
export function fromPortableCard(card: PortableCard): RepositoryFile {
  return { ...card, lines: new LineIndex(card.text) };
}

function readCard(path: string, text: string, a: CardAnalysis, keepAnalysis: boolean): RepositoryFile {
  const title = a.body?.titles[0]?.value ?? a.card.modelName;
  const parts = path.split('/');
  const organization = a.body?.first.get('Organization');
  const facts = cardFacts(a);
  const card: RepositoryCard = {
    path,
    title,
    slug: title === null ? null : titleSlug(title),
    lab: parts.length === 3 ? (parts[1] ?? null) : null,
    titleRange: a.body?.titles[0]?.range ?? null,
    organization: organization ? { line: organization.line, valueRange: organization.valueRange } : null,
    released: a.card.released,
    facts,
    analysis: keepAnalysis ? a : null,
  };
  // Suppression comments are read from the body and the front matter: without an analysis, kept only when the card has one.
  const keepParts = keepAnalysis || text.includes(SUPPRESSION_PREFIX);
  return {
    path,
    text,
    lines: a.index,
    body: keepParts ? a.body : null,
    frontMatter: keepParts ? a.frontMatter : null,
    card,
    facts,
    links: relativeLinks(path, a.body),
    tables: [],
  };
}

function readPage(path: string, text: string, analysis: CardAnalysis | undefined): RepositoryFile {
  let lines: LineIndex;
  let body: BodyCard;
  const parsed = analysis && analysis.index.text === text ? parsedBodyOf(analysis) : undefined;
  if (analysis && parsed) {
    lines = analysis.index;
    body = parsed;
  } else {
    lines = new LineIndex(text);
    const fm = parseFrontMatter(lines);
    body = parseBody(lines, fm ? (fm.closeLine ?? fm.openLine) + 1 : 0);
  }
  const links = relativeLinks(path, body);
  // The parsed body is kept for suppression comments only: the rules read the page's links and tables of cards,
  // and a page's body (its block scan, fields, every table cell) was most of what a repository check kept alive.
  const keptBody = text.includes(SUPPRESSION_PREFIX) ? body : null;
  return { path, text, lines, body: keptBody, frontMatter: null, card: null, facts: null, links, tables: cardTables(body, links) };
}

/** The body's links that resolve to a path of the repository. */
function relativeLinks(path: string, body: BodyCard | null): RepositoryLink[] {
  const links: RepositoryLink[] = [];
  for (const l of body?.links ?? []) {
    const target = resolveLink(path, l.destination);
    if (target) links.push({ destination: l.destination, target, range: l.destinationRange, line: l.line, image: l.image });
  }
  return links;
}

// Tables whose rows link a card; a row's card is the first link in it that lands on a Markdown file under models/.
function cardTables(body: BodyCard, links: readonly RepositoryLink[]): CardTable[] {
  if (body.tables.length === 0) return [];
  const byLine = new Map<number, RepositoryLink[]>();
  for (const l of links) {
    if (!isCardPath(l.target.path)) continue;
    const list = byLine.get(l.line);
    if (list) list.push(l);
    else byLine.set(l.line, [l]);
  }
  const out: CardTable[] = [];
  for (const t of body.tables) {
    const rows: CardRow[] = [];
    for (const r of t.rows) {
      const link = byLine.get(r.line)?.[0];
      if (link) rows.push({ line: r.line, card: link.target.path, link, cells: r.cells });
    }
    if (rows.length === 0) continue;
    const header = t.header.map((c) => c.text);
    out.push({ line: t.line, header, columns: header.map(columnOf), rows });
  }
  return out;
}

/** The card file name a title asks for (`models/acme/heron-8b.md`), or null when it already has it. */
export function wantedCardPath(card: RepositoryCard): string | null {
  if (card.slug === null || card.slug === '') return null;
  const name = basename(card.path);
  const stem = name.slice(0, -3);
  if (stem.normalize('NFC') === card.slug.normalize('NFC')) return null;
  return card.path.slice(0, card.path.length - name.length) + card.slug + '.md';
}
