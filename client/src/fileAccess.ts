// The browser server's file access (protocol.ts): it runs in a web worker with no file system, so the
// client answers its reads with vscode.workspace.fs, whichever file system the workspace is on.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FileStatRequest, FindFilesRequest, ReadDirectoryRequest, ReadFilesRequest, type FileKind } from '../../server/src/protocol';

/** Files read at once for one request: a workspace check asks for a batch, and a virtual file system fetches each. */
const PARALLEL_READS = 8;
// ignoreBOM keeps a byte order mark in the text, as Node's Buffer#toString does on the desktop.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function kindOf(type: vscode.FileType): FileKind {
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/** A size for people: 10 MB, 512 KB, 10 bytes. */
function bytes(n: number): string {
  const [unit, name] = n >= 1024 * 1024 ? [1024 * 1024, 'MB'] : n >= 1024 ? [1024, 'KB'] : [1, 'bytes'];
  return `${(n / unit).toFixed(n % unit === 0 ? 0 : 1)} ${name}`;
}

async function stat(uri: string): Promise<FileStatRequest.Result> {
  try {
    const s = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
    return { kind: kindOf(s.type), mtime: s.mtime, size: s.size };
  } catch {
    return null;
  }
}

/** One file as text: a directory, a missing file or one over `maxBytes` (unless `head`) is an error, never a hang. */
async function readOne(uri: string, maxBytes: number, head: boolean): Promise<ReadFilesRequest.FileResult> {
  const target = vscode.Uri.parse(uri);
  try {
    const s = await vscode.workspace.fs.stat(target);
    if (s.type & vscode.FileType.Directory) return { error: 'is-directory', message: 'is a directory' };
    if (!head && s.size > maxBytes) return { error: 'too-large', message: `too large: ${bytes(s.size)}, the limit is ${bytes(maxBytes)}` };
    const data = await vscode.workspace.fs.readFile(target);
    // The size may have changed since the stat: the bytes read decide.
    if (!head && data.byteLength > maxBytes) return { error: 'too-large', message: `too large: ${bytes(data.byteLength)}, the limit is ${bytes(maxBytes)}` };
    return { text: decoder.decode(head ? data.subarray(0, maxBytes) : data) };
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return { error: 'not-found', message: 'no such file' };
    if (e instanceof vscode.FileSystemError && e.code === 'FileIsADirectory') return { error: 'is-directory', message: 'is a directory' };
    return { error: 'unreadable', message: e instanceof Error ? e.message : String(e) };
  }
}

async function readFiles({ uris, maxBytes, head }: ReadFilesRequest.Params): Promise<ReadFilesRequest.Result> {
  const results: ReadFilesRequest.FileResult[] = new Array<ReadFilesRequest.FileResult>(uris.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < uris.length; i = next++) results[i] = await readOne(uris[i] ?? '', maxBytes, head === true);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, uris.length) }, worker));
  return results;
}

async function readDirectory(uri: string): Promise<ReadDirectoryRequest.Result> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri));
    return entries.map(([name, type]) => [name, kindOf(type)]);
  } catch {
    return null;
  }
}

async function findFiles({ include, exclude, maxResults }: FindFilesRequest.Params, token: vscode.CancellationToken): Promise<FindFilesRequest.Result> {
  const uris = await vscode.workspace.findFiles(include, exclude, maxResults, token);
  return uris.map((u) => u.toString());
}

/** Registers the answers to the server's file requests; they outlive restarts of the server. */
export function serveFileAccess(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(FileStatRequest.method, (p: FileStatRequest.Params) => stat(p.uri)),
    client.onRequest(ReadFilesRequest.method, (p: ReadFilesRequest.Params) => readFiles(p)),
    client.onRequest(ReadDirectoryRequest.method, (p: ReadDirectoryRequest.Params) => readDirectory(p.uri)),
    client.onRequest(FindFilesRequest.method, (p: FindFilesRequest.Params, token: vscode.CancellationToken) => findFiles(p, token)),
  ];
}
