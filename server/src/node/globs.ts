// Every glob of the project (CLI arguments, --ignore, config overrides, the modelCard.files setting) goes
// through picomatch here: one semantics everywhere, each pattern compiled once, too-complex patterns refused.
import type * as picomatchModule from './picomatch';

// Loaded on first use: most runs have no glob, and picomatch is a quarter of the CLI bundle (which keeps it apart).
let loaded: typeof picomatchModule.picomatch | undefined;
function picomatch(): typeof picomatchModule.picomatch {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= (require('./picomatch') as typeof picomatchModule).picomatch);
}

export type Matcher = (posixPath: string) => boolean;

/** A glob that cannot be used: too complex or too long. */
export class GlobError extends Error {}

export interface GlobOptions {
  /** Patterns without a slash match the last segment at any depth (`*.draft.md`), as in .gitignore. */
  basename?: boolean;
}

const MAX_LENGTH = 4096;
// picomatch compiles to a backtracking RegExp: stars and braces multiply the work on a near miss.
// Measured on a 255-character name: 3 stars in a segment 50 ms, 4 stars 2.5 s, so at most 4 in all.
const MAX_STARS = 4;
const MAX_STARS_PER_SEGMENT = 3;
const MAX_BRACES = 8;

const compiled = new Map<string, Matcher>();

/** `\` separators as `/` on Windows, where backslash is no escape; a leading `./` dropped. */
export function normalizeGlob(pattern: string, windows = process.platform === 'win32'): string {
  let p = windows ? pattern.replace(/\\/g, '/') : pattern;
  if (p.startsWith('./')) p = p.slice(2);
  // `**/**/` is `**/`: collapsed so that a pattern of a thousand of them stays one.
  while (p.includes('**/**/')) p = p.split('**/**/').join('**/');
  while (p.endsWith('/**/**')) p = p.slice(0, -3);
  return p;
}

/** Throws a GlobError naming the problem when the pattern could take long to match. */
export function checkGlob(pattern: string): void {
  if (pattern.length > MAX_LENGTH) throw new GlobError(`glob is longer than ${MAX_LENGTH} characters`);
  let stars = 0;
  let segmentStars = 0;
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '/') {
      segmentStars = 0;
    } else if (c === '*' || ((c === '+' || c === '@' || c === '?' || c === '!') && pattern[i + 1] === '(')) {
      while (pattern[i + 1] === '*') i++;
      stars++;
      segmentStars++;
    } else if (c === '{') {
      braces++;
    }
    if (stars > MAX_STARS || segmentStars > MAX_STARS_PER_SEGMENT) throw new GlobError(`glob is too complex: at most ${MAX_STARS} wildcards ("*", "**", extglobs), ${MAX_STARS_PER_SEGMENT} in one path segment`);
    if (braces > MAX_BRACES) throw new GlobError(`glob is too complex: at most ${MAX_BRACES} brace groups`);
  }
}

/** The matcher of one pattern (compiled once), for `/`-separated relative paths; throws GlobError. */
export function compileGlob(pattern: string, options: GlobOptions = {}): Matcher {
  const key = `${options.basename ? 'b' : '-'}${pattern}`;
  let m = compiled.get(key);
  if (!m) {
    const p = normalizeGlob(pattern);
    checkGlob(p);
    const full = picomatch()(p, { dot: false });
    // picomatch's own basename option also turns patterns with a slash into basename tests: done here instead.
    m = options.basename && !p.includes('/') ? (path) => full(path.slice(path.lastIndexOf('/') + 1)) : full;
    compiled.set(key, m);
  }
  return m;
}

/**
 * The matcher of a list: a path matches when it matches a pattern without `!` (or there is none) and
 * no pattern with `!` (`["models/**", "!models/drafts/**"]`). Throws GlobError for a bad pattern.
 */
export function compileGlobList(patterns: readonly string[], options: GlobOptions = {}): Matcher {
  const include: Matcher[] = [];
  const exclude: Matcher[] = [];
  for (const pattern of patterns) {
    if (pattern.startsWith('!') && !pattern.startsWith('!(')) exclude.push(compileGlob(pattern.slice(1), options));
    else include.push(compileGlob(pattern, options));
  }
  return (p) => (include.length === 0 || include.some((m) => m(p))) && !exclude.some((m) => m(p));
}

/** True when the argument has glob syntax (an existing path of that name is taken as a path first). */
export function isGlob(arg: string): boolean {
  return picomatch().scan(normalizeGlob(arg)).isGlob;
}

/** The folder part of a glob before its first wildcard (`models/**\/*.md` -> `models`), or `.`. */
export function globBase(pattern: string): string {
  const base = picomatch().scan(normalizeGlob(pattern)).base;
  return base === '' ? '.' : base;
}

/** A path with `/` separators, for matching. */
export function toPosix(p: string, sep = process.platform === 'win32' ? '\\' : '/'): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
