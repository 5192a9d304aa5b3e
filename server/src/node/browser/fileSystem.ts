// The file system the browser twins read through: in the web worker, requests the client answers with
// vscode.workspace.fs (lsp/browserHost.ts); in tests, a map in memory.
import type { FileStatRequest, ReadDirectoryRequest, ReadFilesRequest } from '../../protocol';

export interface WorkspaceFileSystem {
  stat(uri: string): Promise<FileStatRequest.Result>;
  /** One answer per URI, in order. */
  readFiles(uris: readonly string[], maxBytes: number, head?: boolean): Promise<ReadFilesRequest.FileResult[]>;
  readDirectory(uri: string): Promise<ReadDirectoryRequest.Result>;
}

/** One file's text; throws an Error carrying the failure's kind as its `code`. */
export async function readText(fs: WorkspaceFileSystem, uri: string, maxBytes: number): Promise<string> {
  const [result] = await fs.readFiles([uri], maxBytes);
  if (!result) throw Object.assign(new Error('no answer'), { code: 'unreadable' });
  if ('text' in result) return result.text;
  throw Object.assign(new Error(result.message), { code: result.error });
}
