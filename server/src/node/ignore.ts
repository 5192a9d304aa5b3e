// What the walk leaves out: .gitignore and .modelcardignore (gitignore semantics through the `ignore`
// package, each file applying to its own folder, deeper files winning) and --ignore globs (picomatch).
import { dirname, join, sep } from 'path';
import { existsSync, readFileSync } from 'fs';
import type { Ignore, Options } from 'ignore';
import { compileGlob, toPosix, type Matcher } from './globs';

// Loaded when a folder has an ignore file: evaluating the module costs a few ms a run without one need not pay.
let createIgnore: ((options: Options) => Ignore) | undefined;
function newRules(options: Options): Ignore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  createIgnore ??= require('ignore') as (options: Options) => Ignore;
  return createIgnore(options);
}

export const IGNORE_FILES = ['.gitignore', '.modelcardignore'] as const;

/** The rules of one folder's ignore files. */
export interface IgnoreLevel {
  dir: string;
  rules: Ignore;
}

// Git compares case-insensitively where the file system does (core.ignoreCase).
const IGNORE_CASE = process.platform === 'win32' || process.platform === 'darwin';

export interface IgnoreOptions {
  /** --ignore globs, relative to the working directory. */
  globs?: readonly string[];
  /** Read .gitignore and .modelcardignore (default true). */
  files?: boolean;
}

/** One per run: every folder's ignore files are read once, every glob compiled once. */
export class IgnoreRules {
  private readonly levels = new Map<string, IgnoreLevel | null>();
  private readonly chains = new Map<string, readonly IgnoreLevel[]>();
  private readonly tops = new Map<string, string>();
  private readonly globs: Matcher[];
  readonly useFiles: boolean;

  /** Throws GlobError for a bad --ignore glob. */
  constructor(
    private readonly cwd: string,
    options: IgnoreOptions = {},
  ) {
    this.globs = (options.globs ?? []).map((g) => compileGlob(g, { basename: true }));
    this.useFiles = options.files !== false;
  }

  /** True when --ignore globs were given. */
  get hasGlobs(): boolean {
    return this.globs.length > 0;
  }

  /** The level of `dir`, read once; `names` is the directory's listing when the walk has it (spares stats). */
  level(dir: string, names?: ReadonlySet<string>): IgnoreLevel | null {
    const known = this.levels.get(dir);
    if (known !== undefined) return known;
    let level: IgnoreLevel | null = null;
    if (this.useFiles) {
      for (const name of IGNORE_FILES) {
        if (names && !names.has(name)) continue;
        const text = readIfFile(join(dir, name));
        if (text === null) continue;
        level ??= { dir, rules: newRules({ ignorecase: IGNORE_CASE }) };
        level.rules.add(text.split(/\r?\n/).map((pattern) => ({ pattern, mark: name })));
      }
    }
    this.levels.set(dir, level);
    return level;
  }

  /** The levels that apply inside `dir`, from the top (the repository root) down to `dir` itself. */
  chain(dir: string): readonly IgnoreLevel[] {
    let chain = this.chains.get(dir);
    if (chain) return chain;
    const top = this.top(dir);
    const parent = dirname(dir);
    const above = dir === top || parent === dir ? [] : this.chain(parent);
    const own = this.level(dir);
    chain = own ? [...above, own] : above;
    this.chains.set(dir, chain);
    return chain;
  }

  /** Extends a parent's chain with a walked directory's own level (its listing spares the stats). */
  descend(parentChain: readonly IgnoreLevel[], dir: string, names: ReadonlySet<string>): readonly IgnoreLevel[] {
    const own = this.level(dir, names);
    const chain = own ? [...parentChain, own] : parentChain;
    this.chains.set(dir, chain);
    return chain;
  }

  /** The test of the entries of one walked folder: why each is left out, or null. Each level's path to the folder is found once, not per entry. */
  folderTest(dir: string, chain: readonly IgnoreLevel[]): (name: string, isDir: boolean, display: string) => string | null {
    const levels = chain.map((level) => {
      const rel = relativeInside(level.dir, dir);
      return rel === null ? null : { rules: level.rules, prefix: rel === '' ? '' : `${rel}/` };
    });
    return (name, isDir, display) => {
      if (this.globs.length > 0 && this.globs.some((m) => m(display))) return '--ignore';
      // The deepest file that says something decides, as in git.
      for (let i = levels.length - 1; i >= 0; i--) {
        const level = levels[i];
        if (!level) continue;
        const r = level.rules.test(isDir ? `${level.prefix}${name}/` : level.prefix + name);
        if (r.ignored) return r.rule?.mark ?? IGNORE_FILES[0];
        if (r.unignored) return null;
      }
      return null;
    };
  }

  /** Why an entry is left out (`.gitignore`, `--ignore`), or null; `chain` is its folder's. */
  test(abs: string, isDir: boolean, chain: readonly IgnoreLevel[], display: string): string | null {
    if (this.globs.length > 0) {
      const rel = toPosix(display);
      if (this.globs.some((m) => m(rel))) return '--ignore';
    }
    // The deepest file that says something decides, as in git.
    for (let i = chain.length - 1; i >= 0; i--) {
      const level = chain[i];
      if (!level) continue;
      const rel = relativeInside(level.dir, abs);
      if (rel === null || rel === '') continue;
      const r = level.rules.test(isDir ? `${rel}/` : rel);
      if (r.ignored) return r.rule?.mark ?? IGNORE_FILES[0];
      if (r.unignored) return null;
    }
    return null;
  }

  /** Why a file that was not walked to (named, matched by a glob, --stdin-filename) is left out, or null. */
  testPath(abs: string): string | null {
    const dir = dirname(abs);
    // A file in an ignored folder is ignored whatever a deeper file says, as in git.
    const top = this.top(dir);
    const folders: string[] = [];
    for (let d = dir; d !== top && dirname(d) !== d; d = dirname(d)) folders.unshift(d);
    for (const d of folders) {
      const why = this.test(d, true, this.chain(dirname(d)), this.display(d));
      if (why !== null) return why;
    }
    return this.test(abs, false, this.chain(dir), this.display(abs));
  }

  // The path --ignore globs see: relative to the working directory.
  private display(abs: string): string {
    return relativeInside(this.cwd, abs) ?? toPosix(abs, sep);
  }

  /** Where ignore files start to apply for `dir`: the repository root (a folder with `.git`), else the working directory when `dir` is in it, else `dir`. */
  top(dir: string): string {
    let top = this.tops.get(dir);
    if (top !== undefined) return top;
    top = dir;
    for (let d = dir; ; d = dirname(d)) {
      if (existsSync(join(d, '.git'))) {
        top = d;
        break;
      }
      if (dirname(d) === d) {
        top = relativeInside(this.cwd, dir) !== null ? this.cwd : dir;
        break;
      }
    }
    this.tops.set(dir, top);
    return top;
  }
}

/** `abs` relative to `dir` with `/` separators ('' for `dir` itself), or null when outside it; both absolute and normalized. */
function relativeInside(dir: string, abs: string): string | null {
  if (abs === dir) return '';
  // A prefix test, not path.relative: this runs for every walked entry, and path.relative resolves both paths first.
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  if (!abs.startsWith(prefix)) return null;
  const rel = abs.slice(prefix.length);
  return sep === '/' ? rel : toPosix(rel, sep);
}

function readIfFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // absent, a folder, or unreadable: no rules
  }
}
