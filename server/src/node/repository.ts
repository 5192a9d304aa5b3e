// The leaderboard repository on disk: finds its root, lists and reads its Markdown files through the
// shared walk and safe reader (same ignore rules as `modelcard check`), and answers whether a path exists.
import * as fs from 'fs';
import * as path from 'path';
import type { CardAnalysis } from '../core/analyze';
import { createRepositoryIndex, fromPortableCard, isRepositoryRoot, type PortableCard, type RepositoryHost, type RepositoryIndex, type RepositoryText } from '../core/repository';
import { isCardPath, readFile } from '../core/repository/files';
import { IgnoreRules, type IgnoreOptions } from './ignore';
import { readRegularFile } from './read';
import { notTextReason } from './textFile';
import { decodeCard } from './utf8';
import { collectFiles } from './walk';

/** Whether `dir` holds `models/` with at least one lab folder, and `labs/`. */
export function looksLikeRepository(dir: string): boolean {
  const isDir = (p: string): boolean => {
    try {
      return fs.statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  if (!isDir(path.join(dir, 'labs'))) return false;
  let hasModels = false;
  try {
    hasModels = fs.readdirSync(path.join(dir, 'models'), { withFileTypes: true }).some((e) => e.isDirectory() && !e.name.startsWith('.'));
  } catch {
    hasModels = false;
  }
  return isRepositoryRoot({ hasModels, hasLabs: true });
}

/** The repository root holding `start` (a file or folder), searched upward; undefined when there is none. */
export async function findRepositoryRoot(start: string): Promise<string | undefined> {
  return Promise.resolve(findRepositoryRootSync(start));
}

/** findRepositoryRoot, synchronously (the CLI). */
export function findRepositoryRootSync(start: string): string | undefined {
  let dir = path.resolve(start);
  try {
    if (!fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    dir = path.dirname(dir);
  }
  for (;;) {
    if (looksLikeRepository(dir)) return dir;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** A host on the disk: stats are cached (a page links the same folders hundreds of times). */
export function diskHost(root: string): RepositoryHost {
  const cache = new Map<string, 'file' | 'folder' | undefined>();
  return {
    exists(rel) {
      if (cache.has(rel)) return cache.get(rel);
      let kind: 'file' | 'folder' | undefined;
      try {
        const st = fs.statSync(path.join(root, ...rel.split('/')));
        kind = st.isDirectory() ? 'folder' : 'file';
      } catch {
        kind = undefined;
      }
      cache.set(rel, kind);
      return kind;
    },
  };
}

export interface LoadOptions {
  /** Ignore files and --ignore globs, as the check walks. */
  ignore?: IgnoreRules | IgnoreOptions;
  /** Keep each card's analysis in the index (default true); the CLI keeps only what the repository rules read. */
  keepAnalyses?: boolean;
}

/** A repository being loaded while the CLI checks its files: the check hands over each analysis it made. */
export interface RepositoryLoader {
  root: string;
  index: RepositoryIndex;
  /**
   * A checked file's analysis (by absolute path): a card goes into the index at once, so the analysis is not
   * retained when the index keeps none; a page is read at once too, and finish() adds the pages in walk order.
   */
  add(abs: string, analysis: CardAnalysis): void;
  /** A checked card as a worker thread read it for the index (see portableCard). */
  addPortable(abs: string, card: PortableCard): void;
  /** Reads the files not handed over and adds the pages; returns the files that could not be read. */
  finish(): string[];
}

/** Starts loading the repository at `root`: its files are listed now, read by finish() unless add() had them. */
export function startRepositorySync(root: string, options: LoadOptions = {}): RepositoryLoader {
  const abs = path.resolve(root);
  const index = createRepositoryIndex(diskHost(abs), { keepAnalyses: options.keepAnalyses ?? true });
  const walked = collectFiles([abs], abs, { ignore: options.ignore ?? new IgnoreRules(abs) });
  const listed = new Set(walked.files.map((f) => f.abs));
  const cards = new Set<string>();
  const pages = new Map<string, RepositoryText>();
  return {
    root: abs,
    index,
    add(file, analysis) {
      const rel = listed.has(file) ? repositoryPath(abs, file) : null;
      if (rel === null) return;
      const text = analysis.index.text;
      if (isCardPath(rel)) {
        // A card path the check did not read as a card is analysed again as one (assumeCard).
        index.updateMany([{ path: rel, text, ...(analysis.isCard ? { analysis } : {}) }]);
        cards.add(file);
      } else {
        // Read now, added in walk order by finish(): the page's analysis and parsed body die young.
        pages.set(file, { path: rel, text, file: readFile(rel, text, analysis) });
      }
    },
    addPortable(file, card) {
      if (!listed.has(file) || repositoryPath(abs, file) !== card.path) return;
      index.updateMany([{ path: card.path, text: card.text, file: fromPortableCard(card) }]);
      cards.add(file);
    },
    finish() {
      const errors = [...walked.errors];
      const texts: RepositoryText[] = [];
      for (const file of walked.files) {
        const rel = repositoryPath(abs, file.abs);
        if (rel === null) continue;
        if (cards.has(file.abs)) continue;
        const page = pages.get(file.abs);
        if (page) {
          texts.push(page);
          continue;
        }
        try {
          const bytes = readRegularFile(file.abs);
          const reason = notTextReason(bytes);
          if (reason !== null && reason !== 'not UTF-8 text') continue;
          texts.push({ path: rel, text: decodeCard(bytes, false).text });
        } catch (e) {
          errors.push(`${rel}: cannot be read (${e instanceof Error ? e.message : String(e)})`);
        }
      }
      cards.clear();
      pages.clear();
      index.updateMany(texts);
      return errors;
    },
  };
}

/** The repository's path of an absolute file path (POSIX), or null when it is outside `root`. */
export function repositoryPath(root: string, abs: string): string | null {
  // The walk gives paths under the root as root + separator + rest: no need for path.relative, which
  // resolves both paths against the working folder (a visible share of a CLI run, called per file).
  if (abs.length > root.length + 1 && abs.startsWith(root) && abs[root.length] === path.sep && !root.endsWith(path.sep)) {
    const rest = abs.slice(root.length + 1);
    if (!/(?:^|[\\/])\.\.?(?:[\\/]|$)|[\\/]{2}/.test(rest)) return path.sep === '/' ? rest : rest.split(path.sep).join('/');
  }
  const rel = path.relative(root, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/** Reads every Markdown file under `root` into a new index; unreadable and binary files are left out. */
export async function loadRepository(root: string, options: LoadOptions = {}): Promise<{ index: RepositoryIndex; root: string; errors: string[] }> {
  return Promise.resolve(loadRepositorySync(root, options));
}

/** loadRepository, synchronously (the CLI's `tables`). */
export function loadRepositorySync(root: string, options: LoadOptions = {}): { index: RepositoryIndex; root: string; errors: string[] } {
  const loader = startRepositorySync(root, options);
  const errors = loader.finish();
  return { index: loader.index, root: loader.root, errors };
}
