// The `modelCard.files` setting: picomatch globs, the same as the CLI's and the config overrides'.
import { compileGlob, compileGlobList, toPosix } from '../node/globs';

/** True when a workspace-relative path matches the globs (`!` patterns exclude); a bad glob is left out. */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  const usable = globs.filter((g) => {
    try {
      compileGlob(g.startsWith('!') && !g.startsWith('!(') ? g.slice(1) : g);
      return true;
    } catch {
      return false;
    }
  });
  return usable.length > 0 && compileGlobList(usable)(toPosix(relativePath));
}
