// The counts derived pages write beside their tables (`**Total Models:** 679`, `- [Acme](labs/acme.md): 38
// models`), recomputed from the cards. Only counts with an exact definition are read; prose is left alone.
import type { Range } from '../types';
import type { RepositoryFile } from './files';
import { basename } from './paths';
import type { RepositoryCard } from './files';

/** A count a page states, and what the cards say. */
export interface StatedCount {
  line: number;
  /** The number's range. */
  range: Range;
  label: string;
  stated: number;
  computed: number;
}

const ARCHITECTURES: ReadonlySet<string> = new Set(['dense', 'moe', 'hybrid', 'matformer', 'compound', 'coe']);
const MONTH_YEAR = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/\d{4}$/i;

interface Tally {
  cards: readonly RepositoryCard[];
}

const type = (c: RepositoryCard): string => (c.facts.type ?? '-').trim().toLowerCase();
const isPublic = (c: RepositoryCard): boolean => c.facts.access === 'public';
const isPrivate = (c: RepositoryCard): boolean => c.facts.access === 'private';

/** What a `**Label:** N` line counts, for the cards in scope (a lab page counts its lab's cards); null when unknown. */
function countOf(label: string, cards: readonly RepositoryCard[], all: Tally): number | null {
  const l = label.toLowerCase();
  if (l === 'total models') return cards.length;
  if (l === 'public models' || l === 'total public models') return cards.filter(isPublic).length;
  if (l === 'private models' || l === 'total private models') return cards.filter(isPrivate).length;
  if (l === 'labs tracked') return new Set(all.cards.flatMap((c) => (c.lab === null ? [] : [c.lab]))).size;
  if (l === 'total released models') return cards.filter((c) => MONTH_YEAR.test((c.released ?? '').trim())).length;
  if (l === 'total reasoning models') return cards.filter((c) => c.facts.tags.some((t) => t.toLowerCase() === 'reasoning')).length;
  const m = /^total (\S+) models$/.exec(l);
  if (m?.[1] && ARCHITECTURES.has(m[1])) return cards.filter((c) => type(c) === m[1]).length;
  return null;
}

/** Every count of a page that has an exact definition, with what the cards say. */
export function statedCounts(file: RepositoryFile, cards: readonly RepositoryCard[]): StatedCount[] {
  const all: Tally = { cards };
  const lab = file.path.startsWith('labs/') && file.path.split('/').length === 2 ? basename(file.path).slice(0, -3) : null;
  const scope = lab === null ? cards : cards.filter((c) => c.lab === lab);
  const out: StatedCount[] = [];
  let fence: string | null = null;
  file.lines.lines.forEach((line, n) => {
    const t = line.trim();
    // Counts inside a fenced code block are examples, not counts.
    const f = /^(`{3,}|~{3,})/.exec(t)?.[1];
    if (f) {
      if (fence === null) fence = f;
      else if (f[0] === fence[0] && f.length >= fence.length) fence = null;
      return;
    }
    if (fence !== null) return;
    const labelled = /^(?:- )?\*\*([A-Za-z ]+):\*\* (\d+)\s*$/.exec(t);
    if (labelled?.[1] && labelled[2]) {
      const computed = countOf(labelled[1], scope, all);
      if (computed !== null) out.push(at(line, n, labelled[1], labelled[2], computed));
      return;
    }
    const perLab = /^- \[[^\]]+\]\((?:\.\.\/)?labs\/([^)\s]+)\.md\): (\d+) (public )?models?$/.exec(t);
    if (perLab?.[1] && perLab[2]) {
      const inLab = cards.filter((c) => c.lab === perLab[1]);
      out.push(at(line, n, perLab[3] ? `${perLab[1]} public models` : `${perLab[1]} models`, perLab[2], perLab[3] ? inLab.filter(isPublic).length : inLab.length));
      return;
    }
    const perType = /^- ([A-Za-z]+): (\d+) models?$/.exec(t);
    if (perType?.[1] && perType[2] && ARCHITECTURES.has(perType[1].toLowerCase())) {
      const name = perType[1].toLowerCase();
      out.push(at(line, n, `${perType[1]} models`, perType[2], cards.filter((c) => type(c) === name).length));
    }
  });
  return out;
}

// The number is the last digits run on the line: its range is found from the end.
function at(line: string, n: number, label: string, digits: string, computed: number): StatedCount {
  const trimmedEnd = line.trimEnd();
  let end = trimmedEnd.length;
  // `: 38 models` ends in a word; the number is the digits run before it.
  const idx = trimmedEnd.lastIndexOf(` ${digits}`);
  const start = idx >= 0 ? idx + 1 : end - digits.length;
  end = start + digits.length;
  return { line: n, range: { start: { line: n, character: start }, end: { line: n, character: end } }, label, stated: Number(digits), computed };
}
