// A card renamed: the edits that keep every relative link to it pointing at it (and its own links, which
// move with it only when it changes folder).
import type { TextEdit } from '../types';
import type { RepositoryIndex } from './index';
import { dirname, relativePath } from './paths';

/** Per file, the edits a rename `from` → `to` needs: each link to the old path rewritten, its fragment kept. */
export function renameEdits(index: RepositoryIndex, from: string, to: string): { path: string; edits: TextEdit[] }[] {
  const out: { path: string; edits: TextEdit[] }[] = [];
  const moved = dirname(from) !== dirname(to);
  for (const p of index.paths()) {
    const file = index.file(p);
    if (!file) continue;
    const edits: TextEdit[] = [];
    const seen = new Set<string>();
    // The renamed file's own links are written from its new folder.
    const base = p === from ? to : p;
    for (const l of file.links) {
      const pointsAtOld = l.target.above === 0 && l.target.path === from;
      if (!pointsAtOld && !(p === from && moved)) continue;
      const key = `${l.range.start.line}:${l.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const hash = l.destination.indexOf('#');
      const fragment = hash >= 0 ? l.destination.slice(hash) : '';
      const target = pointsAtOld ? to : l.target.path;
      edits.push({ range: l.range, newText: relativePath(base, target) + fragment });
    }
    if (edits.length > 0) out.push({ path: p, edits });
  }
  return out;
}
