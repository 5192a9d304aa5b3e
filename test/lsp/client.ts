// A small LSP client for the tests and the benchmark: spawns dist/server.js over stdio like an editor would.
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type MessageConnection,
  type Position,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';

import { REPO_ROOT as ROOT } from '../helpers/paths';

export { ROOT };
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface StartOptions {
  /** Answer workspace/configuration with these `modelCard` settings; omit for a client without that capability. */
  settings?: Record<string, unknown>;
  /** Workspace folder path. */
  folder?: string;
  /** Extra client capabilities. */
  capabilities?: ClientCapabilities;
  /** Node options for the server process (the benchmark's `--cpu-prof`). */
  nodeArgs?: string[];
}

type Waiter = { match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void };

export class TestClient {
  /** Every publishDiagnostics notification, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every modelCard/status notification. */
  readonly statuses: { uri: string; isCard: boolean; alScore: number | null; tier: string | null }[] = [];
  readonly warnings: string[] = [];
  private waiters: Waiter[] = [];
  private statusWaiters: { uri: string; resolve: () => void }[] = [];
  private readonly versions = new Map<string, number>();
  settings: Record<string, unknown> | undefined;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  static async start(options: StartOptions = {}): Promise<TestClient> {
    // SERVER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) profiles the server under a test or benchmark.
    const envArgs = process.env.SERVER_NODE_ARGS?.split(' ').filter((a) => a !== '') ?? [];
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...envArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    if (!child.stdout || !child.stdin) throw new Error('server stdio not available');
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(child, connection);
    client.settings = options.settings;
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => client.onDiagnostics(p));
    connection.onNotification('modelCard/status', (p: TestClient['statuses'][number]) => {
      client.statuses.push(p);
      client.statusWaiters = client.statusWaiters.filter((w) => (w.uri === p.uri ? (w.resolve(), false) : true));
    });
    connection.onNotification('window/showMessage', (p: { message: string }) => client.warnings.push(p.message));
    connection.onNotification('window/logMessage', () => undefined);
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => client.settings ?? {}));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/inlayHint/refresh', () => null);
    connection.listen();
    const folder = options.folder;
    const capabilities: ClientCapabilities = {
      ...options.capabilities,
      workspace: { configuration: options.settings !== undefined, workspaceFolders: true, ...options.capabilities?.workspace },
      textDocument: { publishDiagnostics: { versionSupport: true }, ...options.capabilities?.textDocument },
    };
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).toString() : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).toString(), name: path.basename(folder) }] : null,
      capabilities,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private readonly listeners = new Set<(p: PublishDiagnosticsParams) => void>();

  /** Calls `fn` on every publishDiagnostics from now on; returns the unsubscribe. */
  onPublish(fn: (p: PublishDiagnosticsParams) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private onDiagnostics(p: PublishDiagnosticsParams): void {
    for (const fn of this.listeners) fn(p);
    this.published.push(p);
    this.waiters = this.waiters.filter((w) => (w.match(p) ? (w.resolve(p), false) : true));
  }

  /** Resolves with the diagnostics published for `uri` at `version` (or any version when omitted). */
  diagnostics(uri: string, version?: number, timeoutMs = 5000): Promise<Diagnostic[]> {
    const match = (p: PublishDiagnosticsParams): boolean => p.uri === uri && (version === undefined || p.version === version);
    const seen = this.published.find(match);
    if (seen) return Promise.resolve(seen.diagnostics);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version ?? '?'} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ match, resolve: (p) => (clearTimeout(timer), resolve(p.diagnostics)) });
    });
  }

  /** Resolves with the next diagnostics published for `uri` from now on. */
  nextDiagnostics(uri: string, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ match: (p) => p.uri === uri, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** Resolves at the next status notification for `uri` (sent after each analysis). */
  nextStatus(uri: string, timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no status for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.statusWaiters.push({ uri, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends changes as the next version and returns that version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** shutdown + exit, then waits for the process to end. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.process.exitCode !== null ? resolve() : this.process.once('exit', () => resolve())));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    const timer = setTimeout(() => this.process.kill(), 2000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/** Splits a text with one cursor marker into the text and the marker's position. */
export function withCursor(marked: string, marker = '|'): { text: string; position: Position } {
  const at = marked.indexOf(marker);
  if (at < 0 || marked.indexOf(marker, at + 1) >= 0) throw new Error(`exactly one cursor marker ${marker} expected`);
  const before = marked.slice(0, at);
  const lines = before.split('\n');
  return { text: before + marked.slice(at + marker.length), position: { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length } };
}

/** A document URI for a file name under a folder (need not exist). */
export function fileUri(folder: string, name: string): string {
  return pathToFileURL(path.join(folder, name)).toString();
}

/** Replaces the card line starting with `prefix` by `markedLine`, whose cursor marker gives the position. */
export function markLine(card: string, prefix: string, markedLine: string, marker = '|'): { text: string; position: Position } {
  const lines = card.split('\n');
  const line = lines.findIndex((l) => l.startsWith(prefix));
  if (line < 0) throw new Error(`no line starts with ${prefix}`);
  const at = markedLine.lastIndexOf(marker);
  if (at < 0) throw new Error(`cursor marker ${marker} expected in ${markedLine}`);
  lines[line] = markedLine.slice(0, at) + markedLine.slice(at + marker.length);
  return { text: lines.join('\n'), position: { line, character: at } };
}
