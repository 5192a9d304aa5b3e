// The server's host on Node: workspace folders as paths, the CLI's config resolver, the labs/ folder and
// the CLI's walk, all on the disk.
import { statSync } from 'fs';
import * as path from 'path';
import { ConfigResolver } from '../node/configResolver';
import { readRegularFile, readRegularFileAsync } from '../node/read';
import { collectFiles } from '../node/walk';
import type { Lab } from '../core/service';
import type { ConfigLookup, RepositoryFiles, ServerHost } from './host';
import { listFiles, toPosixPath } from './nodeFiles';
import { clearLabs, labsFor } from './labs';
import { pathToUri, uriToPath, Workspace } from './workspace';
import type { WorkspaceFolder } from 'vscode-languageserver';

/** Files read between two turns of the event loop. */
const READ_BATCH = 64;

const isFolder = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

export class NodeHost implements ServerHost {
  private readonly workspace = new Workspace();
  /** One resolver per folder and configFile setting, dropped when a config may have changed. */
  private readonly resolvers = new Map<string, ConfigResolver>();

  setFolders(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    this.workspace.setFolders(folders, rootUri);
  }

  changeFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    this.workspace.changeFolders(added, removed);
  }

  relativePath(uri: string): string | null {
    const file = uriToPath(uri);
    const folder = file ? this.workspace.folderOf(file) : null;
    return file !== null && folder !== null ? path.relative(folder, file) : null;
  }

  /** The explicit `modelCard.configFile`, else the nearest .modelcardrc.json up to the workspace folder; overrides for this file applied. */
  loadConfig(uri: string, configFile: string): ConfigLookup | null {
    const file = uriToPath(uri);
    if (!file) return null;
    const folder = this.workspace.folderOf(file);
    const explicit = configFile.trim();
    const key = `${folder ?? ''}\0${explicit}`;
    let resolver = this.resolvers.get(key);
    if (!resolver) {
      // Revalidating: a change to any file of the chain (an extended one too) shows on the next resolve.
      resolver = new ConfigResolver({ revalidate: true, ...(explicit ? { explicit: path.resolve(folder ?? path.dirname(file), explicit) } : folder ? { stopAt: folder } : {}) });
      this.resolvers.set(key, resolver);
    }
    return resolver.forFile(file);
  }

  clearConfigs(): void {
    this.resolvers.clear();
  }

  labs(uri: string): readonly Lab[] {
    const file = uriToPath(uri);
    return file ? labsFor(file) : [];
  }

  clearLabs(): void {
    clearLabs();
  }

  workspaceFiles(limit: number): Promise<string[]> {
    // The CLI's walk, so the editor and `modelcard check <folder>` visit the same files: hidden folders and
    // node_modules skipped, symlinked folders followed once. Synchronous, but it only lists folders (no
    // reads) and is dwarfed by the analysis; the limit keeps a runaway workspace bounded.
    const folders = this.workspace.folderPaths;
    const { files } = collectFiles(folders, folders[0] ?? process.cwd(), { limit });
    return Promise.resolve(files.map((f) => pathToUri(f.abs)));
  }

  folderUris(): readonly string[] {
    return this.workspace.folderUris;
  }

  repositoryFiles(folder: string, limit: number): Promise<RepositoryFiles | null> {
    const root = uriToPath(folder);
    if (root === null || !isFolder(path.join(root, 'models')) || !isFolder(path.join(root, 'labs'))) return Promise.resolve(null);
    // Check Workspace's walk for the Markdown (ignore files honoured); every file for link targets.
    const { files } = collectFiles([root], root, { limit });
    const markdown = files.map((f) => toPosixPath(path.relative(root, f.abs)));
    return Promise.resolve({ markdown, all: listFiles(root, limit) });
  }

  uriBelow(folder: string, relative: string): string {
    return pathToUri(path.join(uriToPath(folder) ?? '', ...relative.split('/')));
  }

  pathBelow(folder: string, uri: string): string | null {
    const root = uriToPath(folder);
    const file = uriToPath(uri);
    if (root === null || file === null) return null;
    const rel = path.relative(root, file);
    return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? null : toPosixPath(rel);
  }

  async readTexts(uris: readonly string[]): Promise<(string | null)[]> {
    // Synchronous reads of small files cost a tenth of the promise-based ones (4 calls through the thread pool
    // each); a turn of the event loop between batches keeps keystrokes answered while 1,000 files are read.
    const texts: (string | null)[] = [];
    for (let i = 0; i < uris.length; i++) {
      if (i > 0 && i % READ_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
      const file = uriToPath(uris[i] ?? '');
      let text: string | null = null;
      try {
        if (file) text = readRegularFile(file).toString('utf8');
      } catch {
        // missing, too large or not a regular file
      }
      texts.push(text);
    }
    return texts;
  }

  async readFile(uri: string): Promise<string> {
    const file = uriToPath(uri);
    if (!file) throw new Error(`not a file: ${uri}`);
    // Regular files of at most 10 MB: a FIFO swapped in after the walk must not take a worker thread.
    return (await readRegularFileAsync(file)).toString('utf8');
  }
}
