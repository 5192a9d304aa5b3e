// Path arithmetic on URI strings (`file:///a/b.md`, `vscode-vfs://github/owner/repo/b.md`): in the browser
// the server has URIs, not paths, and no `path` module. Segments stay percent-encoded as the client wrote them.

/** A URI cut into its root (scheme and authority) and its path segments (encoded). */
export interface UriParts {
  root: string;
  segments: string[];
}

const URI = /^([a-zA-Z][a-zA-Z0-9+.-]*:(?:\/\/[^/?#]*)?)([^?#]*)/;

/** The root and path segments of a URI (query and fragment dropped), or null for a string that is no URI. */
export function parseUri(uri: string): UriParts | null {
  const m = URI.exec(uri);
  if (!m) return null;
  return { root: m[1] ?? '', segments: (m[2] ?? '').split('/').filter((s) => s !== '') };
}

/** The URI of a root and segments. */
export function formatUri({ root, segments }: UriParts): string {
  return `${root}/${segments.join('/')}`;
}

/** The folder holding `uri`, or null at the root. */
export function dirnameUri(uri: string): string | null {
  const parts = parseUri(uri);
  if (!parts || parts.segments.length === 0) return null;
  return formatUri({ root: parts.root, segments: parts.segments.slice(0, -1) });
}

/** `uri` followed by a relative path of plain text (`../base.json`, `labs`); a leading `/` starts at the root. */
export function joinUri(uri: string, relative: string): string {
  const parts = parseUri(uri) ?? { root: uri, segments: [] };
  const path = relative.replace(/\\/g, '/');
  const segments = path.startsWith('/') ? [] : [...parts.segments];
  for (const s of path.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(encodeURIComponent(s));
  }
  return formatUri({ root: parts.root, segments });
}

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** The path of `uri` below the folder `folder` as plain `/`-separated text (`models/x.md`), or null when it is not below it. */
export function pathBelow(folder: string, uri: string): string | null {
  const f = parseUri(folder);
  const u = parseUri(uri);
  if (!f || !u || f.root !== u.root || u.segments.length <= f.segments.length) return null;
  if (!f.segments.every((s, i) => s === u.segments[i])) return null;
  return u.segments.slice(f.segments.length).map(decode).join('/');
}

/** The plain-text relative path from the folder `from` to `to` (`../../labs`), or null across roots. */
export function relativeUri(from: string, to: string): string | null {
  const f = parseUri(from);
  const t = parseUri(to);
  if (!f || !t || f.root !== t.root) return null;
  let common = 0;
  while (common < f.segments.length && common < t.segments.length && f.segments[common] === t.segments[common]) common++;
  return [...f.segments.slice(common).map(() => '..'), ...t.segments.slice(common).map(decode)].join('/');
}

/** A URI as messages show it: a `file:` URI as its path, another as its root and decoded path. */
export function displayUri(uri: string): string {
  const parts = parseUri(uri);
  if (!parts) return uri;
  const path = `/${parts.segments.map(decode).join('/')}`;
  return parts.root.toLowerCase().startsWith('file:') ? path : `${parts.root}${path}`;
}
