// Workspace folders and URI <-> path conversion for the server's file system access.
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { WorkspaceFolder } from 'vscode-languageserver';

/** The file system path of a `file:` URI, or null for other schemes (untitled, vscode-vfs). */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** A `file:` URI for a path. */
export function pathToUri(file: string): string {
  return pathToFileURL(file).toString();
}

export class Workspace {
  private folders: { uri: string; path: string }[] = [];

  /** Replaces the folder list (initialize, or a workspace folder change). */
  setFolders(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    const list = folders && folders.length > 0 ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.folders = list.flatMap((uri) => {
      const p = uriToPath(uri);
      return p ? [{ uri, path: path.resolve(p) }] : [];
    });
  }

  /** Adds and removes folders as the client reports. */
  changeFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => f.uri));
    const kept = this.folders.filter((f) => !gone.has(f.uri)).map((f) => ({ uri: f.uri, name: '' }));
    this.setFolders([...kept, ...added]);
  }

  /** Folder paths, for the workspace-wide check. */
  get folderPaths(): string[] {
    return this.folders.map((f) => f.path);
  }

  /** The innermost workspace folder holding a file, or null. */
  folderOf(file: string): string | null {
    let best: string | null = null;
    for (const f of this.folders) {
      const rel = path.relative(f.path, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (best === null || f.path.length > best.length)) best = f.path;
    }
    return best;
  }
}
