// Every file below a folder on disk, for the repository index's "does this link target exist".
import { readdirSync } from 'fs';
import * as path from 'path';

/** A relative path with `/` separators on every platform. */
export const toPosixPath = (p: string): string => p.split(path.sep).join('/');

/**
 * Every file below `root` as POSIX paths relative to it, hidden folders and node_modules skipped (as the
 * walk), symlinks listed but not followed (a loop cannot trap the listing); at most `limit`.
 */
export function listFiles(root: string, limit: number): string[] {
  const out: string[] = [];
  const stack: string[] = [''];
  while (stack.length > 0 && out.length < limit) {
    const rel = stack.pop() ?? '';
    let entries;
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') stack.push(child);
      } else out.push(child);
    }
  }
  return out.slice(0, limit);
}
