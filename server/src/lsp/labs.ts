// The workspace's `labs/` folder: lab names and slugs for Organization link completion.
import * as fs from 'fs';
import * as path from 'path';
import { readHead } from '../node/read';

export interface Lab {
  slug: string;
  name: string;
  /** Link target relative to the card's folder. */
  link: string;
}

/** How far up from a card to look for a folder holding `labs/`. */
const MAX_LEVELS = 8;
const cache = new Map<string, { mtimeMs: number; labs: { slug: string; name: string }[] }>();

/** The labs folder nearest above a card file, or null. */
export function findLabsDir(cardFile: string): string | null {
  let dir = path.dirname(cardFile);
  for (let i = 0; i < MAX_LEVELS; i++) {
    const candidate = path.join(dir, 'labs');
    try {
      if (fs.statSync(candidate).isDirectory()) return candidate;
    } catch {
      // not here: keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  return null;
}

/** Labs of the nearest `labs/` folder, named by each file's `# Title` (else its slug). */
export function labsFor(cardFile: string): Lab[] {
  const dir = findLabsDir(cardFile);
  if (!dir) return [];
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(dir).mtimeMs;
  } catch {
    return [];
  }
  let entry = cache.get(dir);
  if (!entry || entry.mtimeMs !== mtimeMs) {
    entry = { mtimeMs, labs: readLabs(dir) };
    cache.set(dir, entry);
  }
  const rel = path.relative(path.dirname(cardFile), dir).split(path.sep).join('/');
  return entry.labs.map((l) => ({ ...l, link: `${rel}/${l.slug}.md` }));
}

/** Forgets cached lab lists (a lab file changed). */
export function clearLabs(): void {
  cache.clear();
}

function readLabs(dir: string): { slug: string; name: string }[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
  } catch {
    return [];
  }
  return names.slice(0, 2000).map((file) => {
    const slug = file.slice(0, -3);
    return { slug, name: titleOf(path.join(dir, file)) ?? slug };
  });
}

/** The first H1 of a lab file, reading only its start (a FIFO or device is skipped, never waited on). */
function titleOf(file: string): string | null {
  const head = readHead(file, 1024);
  const m = head && /^#[ \t]+(.+?)[ \t#]*$/m.exec(head.toString('utf8'));
  return m?.[1]?.trim() ?? null;
}
