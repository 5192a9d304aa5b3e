// Repository-relative POSIX paths and relative links resolved the way github.com resolves them.

/** A relative link's target: a repository path (`models/acme/foo.md`), or where it lands above the root. */
export interface LinkTarget {
  /** Normalized repository-relative path; starts with `../` when the link climbs above the root. */
  path: string;
  /** How many levels the link climbs above the repository root (0: inside). */
  above: number;
}

// GitHub's repository pages: `../../issues` from the root lands on /owner/repo/issues.
const GITHUB_REPO_PAGES: ReadonlySet<string> = new Set([
  'issues', 'pulls', 'wiki', 'actions', 'projects', 'security', 'pulse', 'graphs', 'network', 'discussions', 'releases', 'tags',
  'branches', 'commits', 'stargazers', 'watchers', 'forks', 'settings', 'compare', 'milestones', 'labels', 'contributors',
]);

/** The folder part of a repository path (`models/acme` for `models/acme/foo.md`; `` at the root). */
export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** The last segment of a path. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True for a destination with a scheme (`https:`, `mailto:`), protocol-relative (`//host`) or an anchor only. */
export function isExternal(destination: string): boolean {
  if (destination.startsWith('#') || destination.startsWith('//')) return true;
  for (let i = 0; i < destination.length && i < 33; i++) {
    const c = destination.charCodeAt(i);
    if (c === 58) return i > 0; // ':' after a scheme's letters
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (!(letter || (i > 0 && ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)))) return false;
  }
  return false;
}

/** Percent-decodes a path; a malformed escape leaves it as written. */
function decode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Resolves a link destination written in `from` (a repository path): `#fragment` and `?query` dropped,
 * percent-decoded, `.` and `..` and empty segments (`models//x.md`) folded. Null for an external link,
 * an anchor or an empty destination. A leading `/` is the repository root, as on github.com.
 */
export function resolveLink(from: string, destination: string): LinkTarget | null {
  const raw = destination.trim();
  if (raw === '' || isExternal(raw)) return null;
  let end = raw.length;
  const hash = raw.indexOf('#');
  if (hash >= 0) end = hash;
  const query = raw.indexOf('?');
  if (query >= 0 && query < end) end = query;
  const written = decode(raw.slice(0, end));
  if (written === '') return null; // `?x` or `#x` only: the page itself
  const parts: string[] = written.startsWith('/') ? [] : dirname(from).split('/').filter((s) => s !== '');
  let above = 0;
  for (const seg of written.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length > 0) parts.pop();
      else above++;
    } else parts.push(seg);
  }
  return { path: '../'.repeat(above) + parts.join('/'), above };
}

/**
 * Whether a target above the root lands on a page github.com serves: the repository's own pages
 * (`../../issues` from the root is /owner/repo/issues). One level up is `/blob/<name>`, a branch
 * that is not there.
 */
export function isGithubRepoPage(target: LinkTarget): boolean {
  if (target.above !== 2) return false;
  const first = target.path.slice(6).split('/')[0] ?? '';
  return GITHUB_REPO_PAGES.has(first);
}

/** The relative destination from the folder of `from` to `to` (both repository paths). */
export function relativePath(from: string, to: string): string {
  const a = dirname(from).split('/').filter((s) => s !== '');
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return '../'.repeat(a.length - i) + b.slice(i).join('/');
}

/** Escapes what a Markdown link destination cannot hold bare (spaces, parentheses). */
export function encodeDestination(path: string): string {
  return /[\s()<>]/.test(path) ? path.replace(/[\s()<>]/g, (c) => encodeURIComponent(c)) : path;
}
