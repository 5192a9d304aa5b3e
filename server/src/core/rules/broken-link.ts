import type { RepositoryFile, RepositoryLink } from '../repository/files';
import { basename, dirname, relativePath } from '../repository/paths';
import type { RepositoryView } from './repositoryContext';
import { nearestOf } from './nearest';
import { defineRule } from './types';

// The extension a link may leave out or get wrong: `../labs/acme` for `../labs/acme.md`.
const stem = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
};

export default defineRule({
  id: 'broken-link',
  severity: 'warning',
  description: 'A relative link whose target does not exist in the repository.',
  fixable: 'some',
  scope: 'repository',
  docs: {
    summary:
      'In a leaderboard repository, a relative link (in a card, a table of cards or any other page) whose target is neither a file nor a folder. Links are read as CommonMark reads them: `[🔗](Allen (static demo only))` is a link to `Allen` with a title, so it is broken; `[x](Weights leaked: https://…)` is no link at all. The target is resolved against the file\'s folder as GitHub resolves it (`#fragment` and `?query` dropped, percent-escapes decoded); a link to an existing folder is fine, and a link that climbs two levels above the root onto one of GitHub\'s repository pages (`../../issues` from the root) is too. The fix points the link at the existing file that differs only in case or extension; a nearby name is offered as a suggestion.',
    example: { lang: 'markdown', text: '- See all [Hybrid models](../../architectures/hybrid.md)' },
    message: '`../../architectures/hybrid.md` does not exist (architectures/hybrid.md)',
    fixText: 'when only case or extension differ',
  },
  check(ctx) {
    for (const link of brokenLinks(ctx.repo, ctx.file)) {
      const target = link.target.path;
      const where = link.target.above > 0 ? 'above the repository root' : target;
      const fragment = link.destination.includes('#') ? link.destination.slice(link.destination.indexOf('#')) : '';
      const nearest = link.target.above > 0 ? null : nearestCached(ctx.repo.paths(), target);
      const title = (p: string): string => `Link to ${p}`;
      const edit = (p: string) => ({ title: title(p), edits: [{ range: link.range, newText: relativePath(ctx.file.path, p) + fragment }] });
      const message = `\`${link.destination}\` does not exist (${where})${nearest ? `: did you mean ${nearest.path}?` : ''}`;
      if (nearest?.certain) ctx.report(link.range, message, { fix: edit(nearest.path) });
      else ctx.report(link.range, message, nearest ? { suggestions: [edit(nearest.path)] } : {});
    }
  },
});

/** How many link lookups were done, for tests that an edit redoes only the files it concerns. */
export const linkWork = { resolved: 0 };

// A file's broken links, kept while nothing was added or removed (the repository's epoch).
const brokenByFile = new WeakMap<RepositoryFile, { epoch: number; broken: RepositoryLink[] }>();

function brokenLinks(repo: RepositoryView, file: RepositoryFile): RepositoryLink[] {
  const epoch = repo.epoch();
  const known = brokenByFile.get(file);
  if (known?.epoch === epoch) return known.broken;
  linkWork.resolved++;
  const seen = new Set<string>();
  const broken: RepositoryLink[] = [];
  for (const link of file.links) {
    const key = `${link.range.start.line}:${link.range.start.character}`;
    if (seen.has(key) || repo.exists(link.target) !== undefined) continue;
    seen.add(key);
    broken.push(link);
  }
  brokenByFile.set(file, { epoch, broken });
  return broken;
}

// Nearest names per target, kept while the list of paths is the same array (it is replaced on add and remove).
const nearestByPaths = new WeakMap<readonly string[], Map<string, { path: string; certain: boolean } | null>>();

function nearestCached(paths: readonly string[], target: string): { path: string; certain: boolean } | null {
  let known = nearestByPaths.get(paths);
  if (!known) nearestByPaths.set(paths, (known = new Map<string, { path: string; certain: boolean } | null>()));
  if (known.has(target)) return known.get(target) ?? null;
  const found = nearestFile(paths, target);
  known.set(target, found);
  return found;
}

/** The existing file a missing target most likely means: certain when only case or extension differ. */
function nearestFile(paths: readonly string[], target: string): { path: string; certain: boolean } | null {
  const folder = dirname(target).toLowerCase();
  const inFolder = paths.filter((p) => dirname(p).toLowerCase() === folder);
  if (inFolder.length === 0) return null;
  const lower = target.toLowerCase();
  const same = inFolder.filter((p) => p.toLowerCase() === lower || stem(p).toLowerCase() === stem(target).toLowerCase() || stem(p).toLowerCase() === lower);
  if (same.length === 1 && same[0] !== undefined) return { path: same[0], certain: true };
  if (same.length > 1) return null;
  const names = inFolder.map(basename);
  const near = nearestOf(basename(target), names);
  const path = near ? inFolder[names.indexOf(near.value)] : undefined;
  return path ? { path, certain: false } : null;
}
