// Where New Card puts a card in a leaderboard repository (spec §5): `models/<lab>/<title slug>.md`, its
// Organization link to `labs/<lab>.md`, and the lab page to create when the lab is new. Pure: the client
// lists the lab pages, asks, and writes.
import { titleSlug } from './vocabulary/slug';

export interface NewCardPlan {
  /** Repository-relative, with `/`: `models/example-labs/heron-8b.md`. */
  cardPath: string;
  /** The lab's file name without `.md`: an existing page's, else the lab name's slug. */
  labSlug: string;
  /** The Organization link's target, relative to the card: `../../labs/example-labs.md`. */
  labLink: string;
  /** No page in `labPagePaths` is this lab's. */
  labPageIsNew: boolean;
  /** `labs/example-labs.md`. */
  labPagePath: string;
}

/** The file name of a `labs/<name>.md` path without `.md`, or null for any other path. */
function labStem(path: string): string | null {
  const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!p.startsWith('labs/') || !p.endsWith('.md')) return null;
  const stem = p.slice('labs/'.length, -'.md'.length);
  return stem && !stem.includes('/') ? stem : null;
}

/**
 * The plan for a card titled `title` by `lab` (a lab name, or an existing page's file name); null when the
 * title or the lab has no letter or digit to name a file by. `labPagePaths`: repository-relative paths of
 * the lab pages (`labs/adept.md`).
 */
export function planNewCard(labPagePaths: readonly string[], title: string, lab: string): NewCardPlan | null {
  const cardSlug = titleSlug(title);
  const wanted = titleSlug(lab);
  if (!cardSlug || !wanted) return null;
  const stems = labPagePaths.map(labStem).filter((s): s is string => s !== null);
  // An existing page wins: by its exact file name, else by slug (`Adept` finds `adept.md`).
  const existing = stems.find((s) => s === lab.trim()) ?? stems.find((s) => s.toLowerCase() === wanted) ?? stems.find((s) => titleSlug(s) === wanted);
  const labSlug = existing ?? wanted;
  return {
    cardPath: `models/${labSlug}/${cardSlug}.md`,
    labSlug,
    labLink: `../../labs/${labSlug}.md`,
    labPageIsNew: existing === undefined,
    labPagePath: `labs/${labSlug}.md`,
  };
}

/** The columns of a lab page's table of models (spec §5). */
export const LAB_TABLE_HEAD = ['| Model | Params | Architecture | ALScore | MMLU | GPQA | Released | Status |', '|-------|--------|--------------|---------|------|------|----------|--------|'];

/** A minimal lab page in the repository's layout, listing the new card with its unknowns (`-`, TBA, 🟡). */
export function labPageText(labName: string, card: { title: string; cardPath: string }): string {
  return [
    `# ${labName.trim()}`,
    '',
    '**Total Models:** 1',
    '**Public Models:** 0',
    '',
    '## Models',
    '',
    ...LAB_TABLE_HEAD,
    `| [${card.title.trim()}](../${card.cardPath}) | - | - | - | - | - | TBA | 🟡 |`,
    '',
    '---',
    '',
    '[← Back to Home](../README.md) • [View All Labs](../labs/)',
    '',
  ].join('\n');
}
