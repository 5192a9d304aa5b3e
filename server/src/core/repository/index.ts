// The leaderboard repository index (spec §5): every card, every page with tables of cards, every relative
// link, kept up to date file by file. Pure: files come in as text, and a host answers whether a path exists.
//
// API (paths are repository-relative POSIX paths, e.g. `models/acme/foo-7b.md`):
//   createRepositoryIndex(host[, { keepAnalyses, onCard }])  an empty index; `host.exists(path)` answers for paths
//                                      the index does not hold (folders, images, `../x` above the root)
//   index.update(path, text[, analysis]) add or replace a Markdown file; returns the paths whose repository
//                                      findings may have changed (itself included); `analysis` reuses a card
//                                      analysis the caller already made
//   index.updateMany(texts)            update for many files at once (a load): nothing global is recomputed
//                                      per file, and no affected paths are worked out
//   index.remove(path)                 the same, for a deleted file
//   index.hostChanged()                the host's exists() answers may have changed: link checks are redone
//   index.paths()                      every file held, sorted
//   index.findings(path, config?)      the file's repository-rule findings (fixes included; a file rename
//                                      is `fix.rename`, its link rewrites come from renameEdits)
//   index.cards()                      every card: { path, title, slug, lab, facts, analysis, … }
//   index.isDerivedPage(path)          a page with tables of cards: card rules are not run on it
//   index.file(path)                   what the index read of one file (links, tables of cards, facts)
//   isRepositoryRoot({ hasModels, hasLabs })  whether a folder's listing makes it a leaderboard repository
//   renameEdits(index, from, to)       the link rewrites a rename needs, per file (./rename.ts)
import { RULES } from '../rules/registry';
import { RepositoryRuleContext, type RowRef, type RuleConfig } from '../rules/repositoryContext';
import type { RepositoryRuleSpec } from '../rules/types';
import { DEFAULT_CONFIG } from '../constants';
import type { CardAnalysis } from '../analyze';
import { applySuppressions } from '../suppress';
import type { Finding } from '../types';
import { readFile, type RepositoryCard, type RepositoryFile } from './files';
import { dirname, isGithubRepoPage, type LinkTarget } from './paths';

export type { RepositoryCard, RepositoryFile, RepositoryLink, CardRow, CardTable, PortableCard } from './files';
export { portableCard, fromPortableCard } from './files';
export type { RuleConfig, RowRef } from '../rules/repositoryContext';
export { resolveLink, relativePath, type LinkTarget } from './paths';

/** One file's text for updateMany, with the analysis the caller already made of it, or what the index reads of it (made on another thread), if any. */
export interface RepositoryText {
  path: string;
  text: string;
  analysis?: CardAnalysis;
  file?: RepositoryFile;
}

/** What the index asks its environment: whether a repository path (or `../x` above the root) exists. */
export interface RepositoryHost {
  exists(path: string): 'file' | 'folder' | undefined;
}

export interface RepositoryIndex {
  update(path: string, text: string, analysis?: CardAnalysis): string[];
  updateMany(texts: Iterable<RepositoryText>): void;
  remove(path: string): string[];
  /** The host's answers may have changed (a file or folder the index does not hold was created or deleted). */
  hostChanged(): void;
  paths(): string[];
  findings(path: string, config?: RuleConfig): Finding[];
  cards(): readonly RepositoryCard[];
  isDerivedPage(path: string): boolean;
  file(path: string): RepositoryFile | undefined;
  /** Every row of every page that links the card. */
  rowsLinking(card: string): readonly RowRef[];
}

/** A folder is a leaderboard repository when it holds `models/` (with lab folders) and `labs/`. */
export function isRepositoryRoot(listing: { hasModels: boolean; hasLabs: boolean }): boolean {
  return listing.hasModels && listing.hasLabs;
}

const REPOSITORY_RULES: readonly RepositoryRuleSpec[] = RULES.filter((r): r is Extract<(typeof RULES)[number], { scope: 'repository' }> => r.scope === 'repository');

export interface RepositoryIndexOptions {
  /** Keep each card's analysis in `cards()` (default true); false keeps only what the repository rules read (the CLI). */
  keepAnalyses?: boolean;
  /** Told every card analysis the index reads or is given (before an index that keeps none lets it go). */
  onCard?: (path: string, analysis: CardAnalysis) => void;
}

export function createRepositoryIndex(host: RepositoryHost, options: RepositoryIndexOptions = {}): RepositoryIndex {
  const keepAnalyses = options.keepAnalyses ?? true;
  const files = new Map<string, RepositoryFile>();
  // Folders that hold an indexed file, with how many: a link to `labs/` exists while a lab page does.
  const folders = new Map<string, number>();
  // Who links what (targets as resolved), and which rows link each card: a card's list is replaced, never
  // changed, so rules may cache what they derive from it (tableRows.ts).
  const linkers = new Map<string, Set<string>>();
  const rows = new Map<string, readonly RowRef[]>();
  let sorted: string[] | null = null;
  let cardList: RepositoryCard[] | null = null;
  // Bumped whenever what a link may point at changes (a file added or removed here or in the host).
  let epoch = 0;

  function attach(f: RepositoryFile): void {
    for (let d = dirname(f.path); d !== ''; d = dirname(d)) folders.set(d, (folders.get(d) ?? 0) + 1);
    for (const l of f.links) {
      let set = linkers.get(l.target.path);
      if (!set) linkers.set(l.target.path, (set = new Set()));
      set.add(f.path);
    }
    for (const table of f.tables) for (const row of table.rows) rows.set(row.card, [...(rows.get(row.card) ?? []), { page: f.path, table, row }]);
  }

  function detach(f: RepositoryFile): void {
    for (let d = dirname(f.path); d !== ''; d = dirname(d)) {
      const n = (folders.get(d) ?? 1) - 1;
      if (n <= 0) folders.delete(d);
      else folders.set(d, n);
    }
    for (const l of f.links) linkers.get(l.target.path)?.delete(f.path);
    for (const table of f.tables) {
      for (const row of table.rows) {
        const list = rows.get(row.card);
        if (!list) continue;
        const kept = list.filter((r) => r.page !== f.path);
        if (kept.length > 0) rows.set(row.card, kept);
        else rows.delete(row.card);
      }
    }
  }

  // The files whose findings may change when `path` changes: itself, those linking it or a folder above it,
  // and, for a page, the other pages with rows of the same cards (collisions span pages).
  function affected(path: string, before: RepositoryFile | undefined, after: RepositoryFile | undefined): string[] {
    const out = new Set<string>([path]);
    for (let p = path; p !== ''; p = dirname(p)) for (const from of linkers.get(p) ?? []) out.add(from);
    const cards = new Set<string>();
    for (const f of [before, after]) for (const t of f?.tables ?? []) for (const r of t.rows) cards.add(r.card);
    for (const c of cards) for (const r of rows.get(c) ?? []) out.add(r.page);
    return [...out].sort();
  }

  const view = {
    file: (path: string) => files.get(path),
    exists(target: LinkTarget): 'file' | 'folder' | 'page' | undefined {
      if (target.above === 0) {
        if (target.path === '' || folders.has(target.path)) return 'folder';
        if (files.has(target.path)) return 'file';
      } else if (isGithubRepoPage(target)) return 'page';
      return host.exists(target.path);
    },
    rowsLinking: (card: string): readonly RowRef[] => rows.get(card) ?? [],
    paths: (): string[] => (sorted ??= [...files.keys()].sort()),
    epoch: () => epoch,
  };

  function put(path: string, text: string, analysis: CardAnalysis | undefined, read?: RepositoryFile): { before: RepositoryFile | undefined; after: RepositoryFile } {
    const before = files.get(path);
    if (before) detach(before);
    const after = read ?? readFile(path, text, analysis, keepAnalyses, options.onCard);
    files.set(path, after);
    attach(after);
    if (!before) {
      sorted = null;
      epoch++;
    }
    cardList = null;
    return { before, after };
  }

  return {
    update(path, text, analysis) {
      const { before, after } = put(path, text, analysis);
      return affected(path, before, after);
    },
    updateMany(texts) {
      for (const t of texts) put(t.path, t.text, t.analysis, t.file);
    },
    remove(path) {
      const before = files.get(path);
      if (!before) return [];
      detach(before);
      files.delete(path);
      sorted = null;
      epoch++;
      cardList = null;
      return affected(path, before, undefined);
    },
    paths: view.paths,
    hostChanged() {
      epoch++;
    },
    findings(path, config = DEFAULT_CONFIG) {
      const file = files.get(path);
      if (!file) return [];
      const ctx = new RepositoryRuleContext(view, file, config);
      for (const rule of REPOSITORY_RULES) if (ctx.enabled(rule.id)) ctx.run(rule);
      return applySuppressions(file.lines, ctx.findings, file.body, file.frontMatter).sort(
        (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
      );
    },
    cards() {
      return (cardList ??= view.paths().flatMap((p) => files.get(p)?.card ?? []));
    },
    isDerivedPage: (path) => (files.get(path)?.tables.length ?? 0) > 0,
    file: view.file,
    rowsLinking: view.rowsLinking,
  };
}

export { renameEdits } from './rename';
export { staleTables, type StaleItem } from './tables';
export { statedCounts, type StatedCount } from './counts';
