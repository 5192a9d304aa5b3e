// The browser twin of lsp/labs.ts: lab names and slugs of the nearest `labs/` folder, for Organization
// link completion, read through the client. Folders and lists are remembered until a lab file changes.
import type { Lab } from '../../core/service';
import type { WorkspaceFileSystem } from './fileSystem';
import { dirnameUri, joinUri, relativeUri } from './uri';

/** How far up from a card to look for a folder holding `labs/` (as on Node). */
const MAX_LEVELS = 8;
/** Lab files listed, and bytes read of each for its title (as on Node). */
const MAX_LABS = 2000;
const HEAD_BYTES = 1024;

type Named = { slug: string; name: string };

export class BrowserLabs {
  /** The labs folder found above each card folder (null: none). */
  private readonly dirs = new Map<string, Promise<string | null>>();
  private readonly lists = new Map<string, Promise<Named[]>>();

  constructor(private readonly fs: WorkspaceFileSystem) {}

  /** Labs of the nearest `labs/` folder, named by each file's `# Title` (else its slug), linked relative to the card's folder. */
  async labsFor(cardUri: string): Promise<Lab[]> {
    const cardDir = dirnameUri(cardUri);
    if (cardDir === null) return [];
    try {
      let dir = this.dirs.get(cardDir);
      if (!dir) this.dirs.set(cardDir, (dir = this.findLabsDir(cardDir)));
      const labsDir = await dir;
      if (labsDir === null) return [];
      let list = this.lists.get(labsDir);
      if (!list) this.lists.set(labsDir, (list = this.readLabs(labsDir)));
      const rel = relativeUri(cardDir, labsDir) ?? 'labs';
      return (await list).map((l) => ({ ...l, link: `${rel}/${l.slug}.md` }));
    } catch {
      // A failed request is not remembered: the next completion asks again.
      this.clear();
      return [];
    }
  }

  /** Forgets folders and lists (a lab file changed). */
  clear(): void {
    this.dirs.clear();
    this.lists.clear();
  }

  private async findLabsDir(cardDir: string): Promise<string | null> {
    let dir: string | null = cardDir;
    for (let i = 0; i < MAX_LEVELS && dir !== null; i++, dir = dirnameUri(dir)) {
      const candidate = joinUri(dir, 'labs');
      if ((await this.fs.stat(candidate))?.kind === 'directory') return candidate;
    }
    return null;
  }

  private async readLabs(dir: string): Promise<Named[]> {
    const entries = (await this.fs.readDirectory(dir)) ?? [];
    // Sorted by UTF-16 code units, as Node's Array.prototype.sort orders readdir's names.
    const names = entries.map(([n]) => n).filter((n) => n.endsWith('.md')).sort().slice(0, MAX_LABS);
    const heads = await this.fs.readFiles(names.map((n) => joinUri(dir, n)), HEAD_BYTES, true);
    return names.map((file, i) => {
      const head = heads[i];
      const slug = file.slice(0, -3);
      return { slug, name: (head && 'text' in head ? labTitle(head.text) : null) ?? slug };
    });
  }
}

/** The first H1 of a lab file's start, as lsp/labs.ts reads it. */
export function labTitle(head: string): string | null {
  return /^#[ \t]+(.+?)[ \t#]*$/m.exec(head)?.[1]?.trim() ?? null;
}
