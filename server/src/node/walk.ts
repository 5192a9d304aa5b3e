// Finding the Markdown files to check: explicit files as given, directories walked in sorted order, globs
// expanded. Shared by the CLI (`modelcard check`) and the language server (Check Workspace), so both visit
// the same files: the skip rules, ignore files, which files count, the order and the symlink-loop guard live here only.
import { basename, isAbsolute, relative, resolve, sep } from 'path';
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'fs';
import { CONFIG_FILE_NAME } from './configFile';
import { compileGlob, globBase, isGlob, normalizeGlob, toPosix } from './globs';
import { IGNORE_FILES, IgnoreRules, type IgnoreLevel, type IgnoreOptions } from './ignore';

export interface InputFile {
  /** Absolute path, for reading. */
  abs: string;
  /** Path relative to the working directory with forward slashes, for reports. */
  display: string;
  /** Named on the command line: checked as a card whatever its content. */
  explicit: boolean;
}

export interface WalkResult {
  files: InputFile[];
  /** I/O problems (missing path, unreadable directory, a glob that matches nothing), one message each. */
  errors: string[];
  /** For each walked directory, whether its listing holds a .modelcardrc.json file (spares a stat). */
  listedConfigs: Map<string, boolean>;
  /** Files named explicitly but ignored, each with why (`drafts/x.md: ignored by .modelcardignore`). */
  ignoredExplicit: string[];
  /** Markdown files and folders left out by ignore files or --ignore while walking. */
  ignoredCount: number;
}

export interface WalkOptions {
  /**
   * Stop after this many files (a runaway workspace). Checked once per directory, so the walk may
   * list one directory more than needed; the result is cut to the limit. Default: no limit.
   */
  limit?: number;
  /** Ignore files and --ignore globs (default: .gitignore and .modelcardignore honoured, no globs). */
  ignore?: IgnoreRules | IgnoreOptions;
}

const SKIPPED_DIRS = new Set(['node_modules']);
const MARKDOWN = /\.md$/i;

/** Path relative to `cwd` with forward slashes (absolute when on another drive). */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  const shown = rel === '' ? basename(abs) : isAbsolute(rel) ? abs : rel;
  return shown.split(sep).join('/');
}

// Names compare by UTF-16 code units, so the order does not depend on the machine's locale.
const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Collects the files under `paths` (files, directories and globs), each once, in a stable order:
 * directories depth-first with names sorted by UTF-16 code units, hidden folders, node_modules and
 * ignored paths skipped, symlinked folders followed once (loops end), dangling links skipped, `*.md`
 * files only (explicit files as given; a glob's own matches). Throws GlobError for a bad glob.
 */
export function collectFiles(paths: readonly string[], cwd: string, options?: WalkOptions): WalkResult {
  const limit = options?.limit ?? Infinity;
  const rules = options?.ignore instanceof IgnoreRules ? options.ignore : new IgnoreRules(cwd, options?.ignore);
  const files: InputFile[] = [];
  const errors: string[] = [];
  const ignoredExplicit: string[] = [];
  let ignoredCount = 0;
  const seen = new Map<string, InputFile>();
  const visitedDirs = new Set<string>();
  const listedConfigs = new Map<string, boolean>();

  // `display` is passed down while walking: path.relative per file is measurable on big folders.
  const add = (abs: string, explicit: boolean, display = displayPath(abs, cwd)): void => {
    const known = seen.get(abs);
    if (known) {
      known.explicit ||= explicit;
      return;
    }
    const file = { abs, display, explicit };
    seen.set(abs, file);
    files.push(file);
  };

  // Symlinked directories can loop back, so each directory's real path is tracked: derived from its
  // parent's for plain directories, asked of the OS (one syscall) only at the root and for links.
  const realPath = (p: string): string => {
    try {
      return realpathSync.native(p);
    } catch {
      return p;
    }
  };
  /** Walks `dir`; `accept` decides which files count (default: *.md). Returns how many files it added. */
  // The real path of the root being walked: folder links are followed only below it.
  let rootReal = '';
  const walk = (dir: string, shownAs: string, real: string, parentChain: readonly IgnoreLevel[] | null, accept: ((display: string, abs: string) => boolean) | null, visited = visitedDirs): number => {
    if (visited.has(real) || files.length >= limit) return 0;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push(`${shownAs || '.'}: cannot read directory (${errorCode(e)})`);
      return 0;
    }
    entries.sort(byName);
    // A symlinked config is left to findConfigFile's stat, as when a single file is checked.
    let hasConfig: boolean | null = false;
    let ignoreNames: Set<string> | null = null;
    for (const e of entries) {
      if (e.name === CONFIG_FILE_NAME) hasConfig = e.isSymbolicLink() ? null : hasConfig === true || e.isFile();
      else if ((IGNORE_FILES as readonly string[]).includes(e.name)) (ignoreNames ??= new Set()).add(e.name);
    }
    if (hasConfig !== null) listedConfigs.set(dir, hasConfig);
    const chain = rules.useFiles ? (parentChain === null ? rules.chain(dir) : rules.descend(parentChain, dir, ignoreNames ?? new Set())) : [];
    const ignored = chain.length > 0 || rules.hasGlobs ? rules.folderTest(dir, chain) : null;
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    let added = 0;
    for (const entry of entries) {
      const abs = prefix + entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const link = entry.isSymbolicLink();
      if (link) {
        try {
          const st = statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link in a walked folder is not the user's request
        }
      }
      const shown = shownAs === '' ? entry.name : `${shownAs}/${entry.name}`;
      if (isDir) {
        if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
        if (ignored && ignored(entry.name, true, shown) !== null) {
          ignoredCount++;
          continue;
        }
        const target = link ? realPath(abs) : real + sep + entry.name;
        // A folder link is followed only within the walked root: never up to an ancestor or `/`.
        if (link && !isWithin(target, rootReal)) continue;
        added += walk(abs, shown, target, chain, accept, visited);
      } else if (isFile && (accept ? accept(shown, abs) : MARKDOWN.test(entry.name))) {
        if (ignored && ignored(entry.name, false, shown) !== null) {
          ignoredCount++;
          continue;
        }
        add(abs, false, shown);
        added++;
      }
    }
    return added;
  };

  const expandGlob = (pattern: string): void => {
    const normalized = normalizeGlob(pattern);
    const absolute = isAbsolute(normalized);
    const matcher = compileGlob(normalized);
    const base = resolve(cwd, globBase(normalized));
    // Matches are tested on the path relative to the working directory (absolute for an absolute glob).
    const accept = (shown: string, abs: string): boolean => matcher(absolute ? toPosix(abs, sep) : shown);
    let st: Stats | undefined;
    try {
      st = statSync(base);
    } catch {
      st = undefined;
    }
    const before = ignoredCount;
    // A walk of its own: folders another path already walked may hold this glob's matches (counted even if already listed).
    if (st?.isDirectory()) rootReal = realPath(base);
    const found = st?.isDirectory() ? walk(base, base === cwd ? '' : displayPath(base, cwd), rootReal, null, accept, new Set()) : 0;
    if (found === 0) errors.push(`${pattern}: no files match${ignoredCount > before ? ` (${ignoredCount - before} ignored)` : ''}`);
  };

  for (const given of paths) {
    if (files.length >= limit) break;
    const abs = resolve(cwd, given);
    let st: Stats;
    try {
      st = statSync(abs);
    } catch (e) {
      if (errorCode(e) === 'ENOENT' && isGlob(given)) expandGlob(given);
      else errors.push(`${given}: ${errorCode(e) === 'ENOENT' ? 'no such file or directory' : `cannot be read (${errorCode(e)})`}`);
      continue;
    }
    if (st.isDirectory()) {
      rootReal = realPath(abs);
      walk(abs, abs === cwd ? '' : displayPath(abs, cwd), rootReal, null, null);
      continue;
    }
    const why = rules.testPath(abs);
    if (why === null) add(abs, true);
    else ignoredExplicit.push(`${displayPath(abs, cwd)}: ignored by ${why}`);
  }
  if (files.length > limit) files.length = limit;
  return { files, errors, listedConfigs, ignoredExplicit, ignoredCount };
}

/** Whether `p` is `root` or below it (both real paths). */
function isWithin(p: string, root: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith('..' + sep));
}

/** The errno code of an I/O error, or its message. */
export function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}
