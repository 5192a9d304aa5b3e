// What a Markdown document is: a leaderboard card (body, front matter or both), a Hugging Face model card,
// or not a model card at all (ordinary Markdown, a dataset card, a Space, a site page).
import type { BodyCard } from './parseBody';
import type { FrontMatter } from './parseFrontMatter';
import type { LineIndex } from './text';
import type { CardFormat, Heading } from './types';
import { frontMatterKey } from './vocabulary/keys';
import { SECTIONS, startsWithSymbol } from './vocabulary/sections';
import { DATASET_CARD_KEYS, MODEL_ONLY_KEYS, SITE_PAGE_KEYS, SPACE_KEYS, SPACE_ONLY_KEYS } from './vocabulary/pages';

/** How front matter reads: the leaderboard's keys, Hugging Face model metadata, another kind of page, or nothing known. */
export type FrontMatterKind = 'leaderboard' | 'huggingface' | 'other-page' | 'unknown';

export interface CardKind {
  isCard: boolean;
  format: CardFormat | null;
  /** The body is checked as a leaderboard body. */
  hasBody: boolean;
  /** The front matter is checked. */
  checkFrontMatter: boolean;
  frontMatterKind: FrontMatterKind | null;
}

/** How many body signals (distinct field labels, emoji section headings) make Markdown a leaderboard card. */
const BODY_SIGNALS = 2;

/**
 * Distinct leaderboard field labels, and sections headed the leaderboard's way (`## 📊 Overview`): a Hugging
 * Face card's plain `## Technical Specifications` is no sign of a leaderboard body.
 */
export function bodySignalCount(body: BodyCard): number {
  let n = body.first.size;
  for (const h of body.headings) if (isLeaderboardSection(h)) n++;
  return n;
}

/** A section heading written the leaderboard's way: level 2, a known section, led by its emoji. */
function isLeaderboardSection(h: Heading): boolean {
  return h.level === 2 && h.name !== null && startsWithSymbol(h.text);
}

/** The keys of front matter: from the YAML, or, when the YAML is broken, also from its lines (`key:` at column 0). */
function keysOf(fm: FrontMatter, index?: LineIndex): string[] {
  if (fm.data !== null) return Object.keys(fm.data);
  const keys = fm.topLevel.map((e) => e.key);
  if (!index) return keys;
  const end = Math.min(fm.closeLine ?? index.lineCount, fm.openLine + 1 + 10_000);
  for (let line = fm.openLine + 1; line < end; line++) {
    const m = TOP_LEVEL_KEY.exec(index.lines[line] ?? '');
    if (m?.[1] !== undefined) keys.push(m[1]);
  }
  return keys;
}

/** A top-level `key:` line (a plain key at column 0); one class then a colon, so no backtracking. */
const TOP_LEVEL_KEY = /^([A-Za-z_][\w.-]{0,63}):(?:\s|$)/;

/**
 * The body fields only a leaderboard card has (its header lines and its own metric): a Hugging Face card's
 * prose may well list `**Parameters:**` and `**Training Tokens:**`, but not these.
 */
const LEADERBOARD_MARKS = ['Organization', 'Released', 'Access', 'ALScore'] as const;

/** Whether the body has a field or a section heading that only the leaderboard's layout has. */
export function hasLeaderboardMark(body: BodyCard): boolean {
  for (const name of LEADERBOARD_MARKS) if (body.first.has(name)) return true;
  return body.headings.some(isLeaderboardSection);
}

/**
 * Whether the text from `from` holds a leaderboard field mark's raw text (`**Organization:**`: readField takes
 * the label literally). Each `:**` is found by a native search and the label before it compared: a regular
 * expression led by `**` tried every bold run of a long body.
 */
function hasMarkFieldText(text: string, from: number): boolean {
  for (let colon = text.indexOf(':**', from); colon >= 0; colon = text.indexOf(':**', colon + 3)) {
    for (const label of LEADERBOARD_MARKS) {
      const start = colon - label.length - 2;
      if (start >= from && text.startsWith(label, colon - label.length) && text.startsWith('**', start)) return true;
    }
  }
  return false;
}

/** An ATX heading's opening, alone before a section name on its line: that heading's text starts with a letter. */
const ATX_OPENING = /^ {0,3}#{1,6}[ \t]+$/;

/** A line start, what precedes its first ASCII letter or digit, and a section name there (any case, words joined by white space). */
let sectionFirstOnLine: RegExp | undefined;

/**
 * False only when no leaderboard mark can be in the text, read without parsing it: no `**Organization:**`-like
 * field text, and no line whose first ASCII letter or digit starts a section name, unless the line is an ATX
 * heading that starts with the name (its text starts with a letter, not the leaderboard's emoji). Anything
 * else (a name after a symbol, alone on a line that a setext heading may continue, in a block quote) counts as
 * a possible mark; then the body is parsed. A necessary condition for hasLeaderboardMark, held to it by a test.
 * `from`: where the body starts (0, or the line break before its first line: front matter is not read).
 */
export function mayHoldLeaderboardMark(text: string, from = 0): boolean {
  if (hasMarkFieldText(text, from)) return true;
  // Linear: each line start is tried once, its lazy prefix stops at the line's first letter, digit or line
  // break, and the names are literal words joined by \s+ (one run of white space, no nested repetition).
  sectionFirstOnLine ??= new RegExp(`(?:^|[\\n\\r])([^A-Za-z0-9\\n\\r]*?)(?:${SECTIONS.map((s) => s.toLowerCase().split(' ').join('\\s+')).join('|')})`, 'gi');
  sectionFirstOnLine.lastIndex = from;
  for (let m = sectionFirstOnLine.exec(text); m !== null; m = sectionFirstOnLine.exec(text)) if (!ATX_OPENING.test(m[1] ?? '')) return true;
  return false;
}

/**
 * Reads what the front matter's keys say it is. A Space's own keys (`sdk`, `app_file`…) make it a Space;
 * dataset card keys make it a dataset card unless a key only model cards have is there too; the Space keys
 * model cards share (`pinned`, `duplicated_from`…) make it another page only beside no model card key.
 */
export function frontMatterKind(fm: FrontMatter, index?: LineIndex): FrontMatterKind {
  return readKind(fm, index).kind;
}

/** For front matter of another kind of page, what it is and the key that says so (`a Hugging Face Space's README (sdk)`); else null. */
export function otherPageReason(fm: FrontMatter, index?: LineIndex): string | null {
  const { kind, by } = readKind(fm, index);
  return kind === 'other-page' && by !== null ? `${by.what} (${by.key})` : null;
}

interface KindReading {
  kind: FrontMatterKind;
  /** For another kind of page: what it is, and the first key that says so. */
  by: { what: string; key: string } | null;
}

function readKind(fm: FrontMatter, index?: LineIndex): KindReading {
  let huggingFace = false;
  let weak = false;
  let space: string | null = null;
  let spaceLike: string | null = null;
  let dataset: string | null = null;
  let modelOnly = false;
  let site: string | null = null;
  for (const key of keysOf(fm, index)) {
    const known = frontMatterKey(key);
    if (known?.marksCard === true) {
      // A `parameters` mapping is Hugging Face's generation settings, not the leaderboard's count.
      const value = key === 'parameters' ? fm.data?.parameters : undefined;
      if (!(value !== null && typeof value === 'object')) return { kind: 'leaderboard', by: null };
    }
    if (known?.strongHuggingFace === true) huggingFace = true;
    else if (known) weak = true;
    if (SPACE_ONLY_KEYS.has(key)) space ??= key;
    else if (SPACE_KEYS.has(key)) spaceLike ??= key;
    if (DATASET_CARD_KEYS.has(key)) dataset ??= key;
    if (MODEL_ONLY_KEYS.has(key)) modelOnly = true;
    if (SITE_PAGE_KEYS.has(key)) site ??= key;
  }
  if (space !== null) return { kind: 'other-page', by: { what: "a Hugging Face Space's README", key: space } };
  if (dataset !== null && !modelOnly) return { kind: 'other-page', by: { what: 'a Hugging Face dataset card', key: dataset } };
  if (huggingFace) return { kind: 'huggingface', by: null };
  if (site !== null) return { kind: 'other-page', by: { what: "a site generator's page", key: site } };
  if (spaceLike !== null) return { kind: 'other-page', by: { what: "a Hugging Face Space's README", key: spaceLike } };
  return { kind: weak ? 'huggingface' : 'unknown', by: null };
}

/**
 * Decides what the document is; `assumeCard`: checked as a card whatever its content (a file named explicitly).
 * `body` may be a function that parses it: under Hugging Face metadata it is called only when the text may hold
 * a leaderboard mark (most Hugging Face cards are decided without parsing their long Markdown bodies).
 */
export function cardKind(body: BodyCard | (() => BodyCard), fm: FrontMatter | null, assumeCard: boolean, index?: LineIndex): CardKind {
  const fmKind = fm ? frontMatterKind(fm, index) : null;
  const read = typeof body === 'function' ? body : (): BodyCard => body;
  // Under Hugging Face metadata the body is a leaderboard body only with a mark of the leaderboard's layout.
  const bodySignals =
    fmKind === 'huggingface'
      ? (index === undefined || fm === null || mayHoldLeaderboardMark(index.text, fm.bodyOffset)) && hasLeaderboardMark(read()) && bodySignalCount(read()) >= BODY_SIGNALS
      : bodySignalCount(read()) >= BODY_SIGNALS;
  if (fmKind === 'other-page' && !bodySignals) return { isCard: false, format: null, hasBody: false, checkFrontMatter: false, frontMatterKind: fmKind };
  const fmIsCard = fmKind === 'leaderboard' || fmKind === 'huggingface';
  let hasBody = bodySignals;
  const isCard = hasBody || fmIsCard || assumeCard;
  if (!isCard) return { isCard: false, format: null, hasBody: false, checkFrontMatter: false, frontMatterKind: fmKind };
  // A file named as a card with nothing that says which kind is checked as a leaderboard body.
  if (!hasBody && !fmIsCard) hasBody = true;
  const checkFrontMatter = fm !== null && (fmIsCard || fm.error !== null || keysOf(fm).length > 0);
  const format: CardFormat = hasBody ? (checkFrontMatter ? 'both' : 'leaderboard') : fmKind === 'leaderboard' ? 'frontmatter' : 'huggingface';
  return { isCard, format, hasBody, checkFrontMatter, frontMatterKind: fmKind };
}
