// A small glob -> RegExp conversion for the `modelCard.files` setting (no dependency needed).

// Converts a glob (`models/**/*.md`, `{a,b}/*.md`, `card?.md`) to an anchored RegExp over `/` paths.
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inGroup = 0;
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  for (let i = 0; i < g.length; i++) {
    const c = g[i] ?? '';
    if (c === '*') {
      if (g[i + 1] === '*') {
        // `**/` matches zero or more whole folders; a trailing `**` matches anything.
        const slash = g[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup > 0) {
      re += '|';
    } else if (c === '[') {
      const end = g.indexOf(']', i + 1);
      if (end < 0) {
        re += '\\[';
      } else {
        const body = g.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else {
      re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
    }
  }
  while (inGroup-- > 0) re += ')';
  return new RegExp(`^${re}$`);
}

/** True when a workspace-relative path matches one of the globs; bad globs never match. */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  const p = relativePath.replace(/\\/g, '/');
  return globs.some((glob) => {
    try {
      return globToRegExp(glob).test(p);
    } catch {
      return false;
    }
  });
}
