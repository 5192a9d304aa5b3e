// The server's host in a web worker: no file system of its own, so every read is a request that the
// browser client answers with vscode.workspace.fs and vscode.workspace.findFiles (protocol.ts).
import type { Connection, WorkspaceFolder } from 'vscode-languageserver';
import type { Lab } from '../core/service';
import { BrowserConfigResolver } from '../node/browser/configResolver';
import type { WorkspaceFileSystem } from '../node/browser/fileSystem';
import { BrowserLabs } from '../node/browser/labs';
import { formatUri, joinUri, parseUri, pathBelow } from '../node/browser/uri';
import { FileStatRequest, FindFilesRequest, ReadDirectoryRequest, ReadFilesRequest } from '../protocol';
import type { ConfigLookup, ServerHost } from './host';

/** The largest card read, as on Node (node/read.ts). */
const MAX_CARD_BYTES = 10 * 1024 * 1024;
/** Check Workspace reads this many files per request: one round trip to the client each, not one per file. */
const READ_AHEAD = 16;
/** What Check Workspace visits: Markdown files (any case of `.md`), hidden folders and node_modules skipped, as the CLI's walk. */
const CARD_FILES: Omit<FindFilesRequest.Params, 'maxResults'> = { include: '**/*.[mM][dD]', exclude: '**/{node_modules,.*}/**' };

/** Requests to the client, as the file system the browser twins read through. */
export function clientFileSystem(connection: Connection): WorkspaceFileSystem {
  return {
    stat: (uri) => connection.sendRequest<FileStatRequest.Result>(FileStatRequest.method, { uri } satisfies FileStatRequest.Params),
    readFiles: (uris, maxBytes, head) => connection.sendRequest<ReadFilesRequest.Result>(ReadFilesRequest.method, { uris: [...uris], maxBytes, ...(head ? { head } : {}) } satisfies ReadFilesRequest.Params),
    readDirectory: (uri) => connection.sendRequest<ReadDirectoryRequest.Result>(ReadDirectoryRequest.method, { uri } satisfies ReadDirectoryRequest.Params),
  };
}

/** A folder URI in the form the URI helpers give (no trailing slash), or null for no URI. */
const normalized = (uri: string): string | null => {
  const parts = parseUri(uri);
  return parts ? formatUri(parts) : null;
};

export class BrowserHost implements ServerHost {
  private folders: string[] = [];
  private readonly fs: WorkspaceFileSystem;
  private readonly labsTwin: BrowserLabs;
  /** One resolver per folder and configFile setting, dropped when a config may have changed. */
  private readonly resolvers = new Map<string, BrowserConfigResolver>();
  /** Check Workspace's files in order, and reads already asked for. */
  private walked: string[] = [];
  private readonly reads = new Map<string, Promise<ReadFilesRequest.FileResult | undefined>>();

  constructor(private readonly connection: Connection) {
    this.fs = clientFileSystem(connection);
    this.labsTwin = new BrowserLabs(this.fs);
  }

  setFolders(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    const list = folders && folders.length > 0 ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.folders = list.flatMap((uri) => normalized(uri) ?? []);
  }

  changeFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => normalized(f.uri)));
    this.folders = [...this.folders.filter((f) => !gone.has(f)), ...added.flatMap((f) => normalized(f.uri) ?? [])];
  }

  /** The innermost workspace folder holding `uri`, or null. */
  private folderOf(uri: string): string | null {
    let best: string | null = null;
    for (const f of this.folders) if (pathBelow(f, uri) !== null && (best === null || f.length > best.length)) best = f;
    return best;
  }

  relativePath(uri: string): string | null {
    const folder = this.folderOf(uri);
    return folder === null ? null : pathBelow(folder, uri);
  }

  /** As on Node, for cards in a workspace folder; a card outside every folder has no file system to look in. */
  async loadConfig(uri: string, configFile: string): Promise<ConfigLookup | null> {
    const folder = this.folderOf(uri);
    if (folder === null) return null;
    const explicit = configFile.trim();
    const key = `${folder}\0${explicit}`;
    let resolver = this.resolvers.get(key);
    if (!resolver) {
      resolver = new BrowserConfigResolver(this.fs, explicit ? { explicit: joinUri(folder, explicit) } : { stopAt: folder });
      this.resolvers.set(key, resolver);
    }
    try {
      return await resolver.forFile(uri);
    } catch (e) {
      // The client did not answer (another client, or it went away): the defaults, and the next resolve asks again.
      this.connection.console.warn(`modelCard: the configuration of ${uri} could not be read: ${String(e)}`);
      return null;
    }
  }

  clearConfigs(): void {
    this.resolvers.clear();
  }

  labs(uri: string): Promise<readonly Lab[]> {
    return this.labsTwin.labsFor(uri);
  }

  clearLabs(): void {
    this.labsTwin.clear();
  }

  async workspaceFiles(limit: number): Promise<string[]> {
    const found = await this.connection.sendRequest<FindFilesRequest.Result>(FindFilesRequest.method, { ...CARD_FILES, maxResults: limit } satisfies FindFilesRequest.Params);
    // Names compare by UTF-16 code units: the order does not depend on the locale, or on the search's.
    this.walked = found.slice(0, limit).sort();
    this.reads.clear();
    return [...this.walked];
  }

  async readFile(uri: string): Promise<string> {
    if (!this.reads.has(uri)) this.readAhead(uri);
    const result = await this.reads.get(uri);
    this.reads.delete(uri);
    if (!result) throw new Error(`${uri}: no answer`);
    if ('error' in result) throw new Error(`${uri}: ${result.message}`);
    return result.text;
  }

  /** Asks for `uri` and the next files of the walk in one request. */
  private readAhead(uri: string): void {
    const start = this.walked.indexOf(uri);
    const batch = start < 0 ? [uri] : this.walked.slice(start, start + READ_AHEAD).filter((u) => !this.reads.has(u));
    const answer = this.fs.readFiles(batch, MAX_CARD_BYTES);
    // A failed request fails each of its files (read as "no answer"), never as an unhandled rejection.
    batch.forEach((u, i) => this.reads.set(u, answer.then((results) => results[i], () => undefined)));
  }
}
