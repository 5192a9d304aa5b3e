// A workspace file system in memory, answering as the browser client does (client/src/fileAccess.ts), for
// the browser twins and the browser host without a browser.
import type { WorkspaceFileSystem } from '../../server/src/node/browser/fileSystem';
import type { FileStatRequest, FindFilesRequest, ReadDirectoryRequest, ReadFilesRequest } from '../../server/src/protocol';

export class MemoryFs implements WorkspaceFileSystem {
  private readonly files = new Map<string, { text: string; mtime: number }>();
  private clock = 1;
  /** Every request, as `method uri` (`stat vscode-vfs://…/x`), in order. */
  readonly log: string[] = [];

  /** A file system holding `files` (paths relative to `root`, a folder URI without a trailing slash). */
  constructor(
    readonly root: string,
    files: Record<string, string> = {},
  ) {
    for (const [rel, text] of Object.entries(files)) this.write(rel, text);
  }

  uri(rel: string): string {
    return `${this.root}/${rel}`;
  }

  /** Writes a file, with a newer modification time. */
  write(rel: string, text: string): void {
    this.files.set(this.uri(rel), { text, mtime: this.clock++ });
  }

  private isDirectory(uri: string): boolean {
    return uri === this.root || [...this.files.keys()].some((f) => f.startsWith(`${uri}/`));
  }

  stat(uri: string): Promise<FileStatRequest.Result> {
    this.log.push(`stat ${uri}`);
    const file = this.files.get(uri);
    if (file) return Promise.resolve({ kind: 'file', mtime: file.mtime, size: new TextEncoder().encode(file.text).length });
    return Promise.resolve(this.isDirectory(uri) ? { kind: 'directory', mtime: 0, size: 0 } : null);
  }

  readFiles(uris: readonly string[], maxBytes: number, head?: boolean): Promise<ReadFilesRequest.FileResult[]> {
    return Promise.resolve(
      uris.map((uri): ReadFilesRequest.FileResult => {
        this.log.push(`read ${uri}`);
        const file = this.files.get(uri);
        if (!file) return this.isDirectory(uri) ? { error: 'is-directory', message: 'is a directory' } : { error: 'not-found', message: 'no such file' };
        const bytes = new TextEncoder().encode(file.text);
        if (head) return { text: new TextDecoder().decode(bytes.subarray(0, maxBytes)) };
        return bytes.length > maxBytes ? { error: 'too-large', message: `too large: ${bytes.length} bytes` } : { text: file.text };
      }),
    );
  }

  readDirectory(uri: string): Promise<ReadDirectoryRequest.Result> {
    this.log.push(`readDirectory ${uri}`);
    if (!this.isDirectory(uri)) return Promise.resolve(null);
    const entries = new Map<string, 'file' | 'directory'>();
    for (const f of this.files.keys()) {
      if (!f.startsWith(`${uri}/`)) continue;
      const [name, ...rest] = f.slice(uri.length + 1).split('/');
      if (name) entries.set(name, rest.length > 0 ? 'directory' : 'file');
    }
    return Promise.resolve([...entries]);
  }

  /** As vscode.workspace.findFiles with the browser host's globs: `.md` files, hidden folders and node_modules left out, in no particular order. */
  findFiles(params: FindFilesRequest.Params): FindFilesRequest.Result {
    this.log.push(`findFiles ${params.include}`);
    const found = [...this.files.keys()].filter((f) => /\.md$/i.test(f) && !/\/(\.[^/]*|node_modules)\//.test(f.slice(this.root.length)));
    return found.reverse().slice(0, params.maxResults);
  }
}
