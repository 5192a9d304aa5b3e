// Finding the Markdown files to check: explicit files as given, directories walked in sorted order.
// Shared by the CLI (`modelcard check`) and the language server (Check Workspace), so both visit the
// same files: the skip rules, which files count, the order and the symlink-loop guard live here only.
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME } from './configFile';

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
  /** I/O problems (missing path, unreadable directory), one message each. */
  errors: string[];
  /** For each walked directory, whether its listing holds a .modelcardrc.json file (spares a stat). */
  listedConfigs: Map<string, boolean>;
}

export interface WalkOptions {
  /**
   * Stop after this many files (a runaway workspace). Checked once per directory, so the walk may
   * list one directory more than needed; the result is cut to the limit. Default: no limit.
   */
  limit?: number;
}

const SKIPPED_DIRS = new Set(['node_modules']);

/** Path relative to `cwd` with forward slashes (absolute when on another drive). */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  const shown = rel === '' ? path.basename(abs) : path.isAbsolute(rel) ? abs : rel;
  return shown.split(path.sep).join('/');
}

// Names compare by UTF-16 code units, so the order does not depend on the machine's locale.
const byName = (a: fs.Dirent, b: fs.Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Collects the files under `paths` (files and directories), each once, in a stable order: directories
 * depth-first with names sorted by UTF-16 code units, hidden folders and node_modules skipped, symlinked
 * folders followed once (loops end) and only when they stay inside the root, dangling links skipped,
 * `*.md` files only (explicit files as given).
 */
export function collectFiles(paths: readonly string[], cwd: string, options?: WalkOptions): WalkResult {
  const limit = options?.limit ?? Infinity;
  const files: InputFile[] = [];
  const errors: string[] = [];
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
      return fs.realpathSync.native(p);
    } catch {
      return p;
    }
  };
  let rootReal = '';
  const walk = (dir: string, shownAs: string, real: string): void => {
    if (visitedDirs.has(real) || files.length >= limit) return;
    visitedDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push(`${shownAs || '.'}: cannot read directory (${errorCode(e)})`);
      return;
    }
    entries.sort(byName);
    // A symlinked config is left to findConfigFile's stat, as when a single file is checked.
    const rc = entries.find((e) => e.name === CONFIG_FILE_NAME);
    if (!rc?.isSymbolicLink()) listedConfigs.set(dir, rc?.isFile() ?? false);
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const entry of entries) {
      const abs = prefix + entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const link = entry.isSymbolicLink();
      if (link) {
        try {
          const st = fs.statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link in a walked folder is not the user's request
        }
      }
      if (isDir) {
        if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) {
          const target = link ? realPath(abs) : real + path.sep + entry.name;
          // A folder link is followed only within the walked root: never up to an ancestor or `/`.
          if (!link || isWithin(target, rootReal)) walk(abs, shownAs === '' ? entry.name : `${shownAs}/${entry.name}`, target);
        }
      } else if (isFile && /\.md$/i.test(entry.name)) {
        add(abs, false, shownAs === '' ? entry.name : `${shownAs}/${entry.name}`);
      }
    }
  };

  for (const given of paths) {
    if (files.length >= limit) break;
    const abs = path.resolve(cwd, given);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      errors.push(`${given}: ${errorCode(e) === 'ENOENT' ? 'no such file or directory' : `cannot be read (${errorCode(e)})`}`);
      continue;
    }
    if (st.isDirectory()) {
      rootReal = realPath(abs);
      walk(abs, abs === cwd ? '' : displayPath(abs, cwd), rootReal);
    } else add(abs, true);
  }
  if (files.length > limit) files.length = limit;
  return { files, errors, listedConfigs };
}

/** Whether `p` is `root` or below it (both real paths). */
function isWithin(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!path.isAbsolute(rel) && rel !== '..' && !rel.startsWith('..' + path.sep));
}

/** The errno code of an I/O error, or its message. */
export function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}
