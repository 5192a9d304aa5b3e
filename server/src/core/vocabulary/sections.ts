// The leaderboard body's sections in their required order, their emoji, and the sub-sections.

export const SECTIONS = ['Overview', 'Technical Specifications', 'Performance Benchmarks', 'Model Tags', 'Additional Notes', 'Resources', 'Related Models'] as const;
export type SectionName = (typeof SECTIONS)[number];
export const SECTION_EMOJI: Readonly<Record<SectionName, string>> = {
  Overview: '📊',
  'Technical Specifications': '🔧',
  'Performance Benchmarks': '📈',
  'Model Tags': '🏷️',
  'Additional Notes': '📝',
  Resources: '🔗',
  'Related Models': '🔍',
};

/** Sub-sections of Technical Specifications, in order. */
export const SUBSECTIONS = ['Model Architecture', 'Training Efficiency', 'Training Data'] as const;
export type SubsectionName = (typeof SUBSECTIONS)[number];

/** The heading line a section is written with: `## 📊 Overview`. */
export function sectionHeading(name: SectionName): string {
  return `## ${SECTION_EMOJI[name]} ${name}`;
}

// Cards repeat the same few headings, so each distinct heading text is looked up once per level.
const LEVELS = {
  2: { names: SECTIONS as readonly string[], lower: SECTIONS.map((s) => s.toLowerCase()), cache: new Map<string, string | null>() },
  3: { names: SUBSECTIONS as readonly string[], lower: SUBSECTIONS.map((s) => s.toLowerCase()), cache: new Map<string, string | null>() },
};
let leadingNonWord: RegExp | undefined;

/** Canonical section name for a heading text such as `📊 Overview` (level 2) or `Model Architecture` (level 3), or null. */
export function sectionName(text: string, level: number): string | null {
  if (level !== 2 && level !== 3) return null;
  const { names, lower, cache } = LEVELS[level];
  const known = cache.get(text);
  if (known !== undefined) return known;
  const words = stripLeadingNonWord(text).trim().toLowerCase();
  const name = names[lower.indexOf(words)] ?? null;
  // The key is a copy: the text is often a slice of a card, and a slice keeps the whole card alive.
  if (cache.size < 1000 && text.length <= 200) cache.set(copyOf(text), name);
  return name;
}

/** A string with its own characters (not a slice of a larger one, which would keep that one in memory). */
function copyOf(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** True when a heading text starts with a symbol (the leaderboard's `📊 Overview`), not a letter or digit. */
export function startsWithSymbol(text: string): boolean {
  const t = text.trimStart();
  return t.length > 0 && stripLeadingNonWord(t).length < t.length;
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
