// The server with the browser host, in this process: every file it reads is a modelCard/fs request that
// the test answers from memory, as the browser client answers from vscode.workspace.fs. The same wiring
// runs in a real web worker in test/e2e/webWorker.test.mjs.
import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import {
  createConnection,
  createMessageConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type CompletionItem,
  type Diagnostic,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { BrowserHost } from '../../server/src/lsp/browserHost';
import { startServer } from '../../server/src/lsp/server';
import { FileStatRequest, FindFilesRequest, ReadDirectoryRequest, ReadFilesRequest, type CheckWorkspaceRequest } from '../../server/src/protocol';
import { MemoryFs } from '../helpers/memoryFs';
import { BAD_ALSCORE, GOOD_CARD, PLAIN_MARKDOWN } from './cards';
import { markLine } from './client';

const ROOT = 'vscode-vfs://github/example/leaderboard';
const rc = (rules: Record<string, string>, more: object = {}): string => JSON.stringify({ rules, ...more });

/** A client of an in-process browser-host server, answering its file requests from `fs`. */
class MemoryClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly warnings: string[] = [];
  /** File requests by method, to count round trips. */
  readonly requests: string[] = [];
  private waiters: { match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

  private constructor(
    readonly connection: MessageConnection,
    readonly fs: MemoryFs,
  ) {}

  static async start(fs: MemoryFs, { trusted = true, settings = {} }: { trusted?: boolean; settings?: Record<string, unknown> } = {}): Promise<MemoryClient> {
    const up = new PassThrough();
    const down = new PassThrough();
    const server = createConnection(ProposedFeatures.all, new StreamMessageReader(up), new StreamMessageWriter(down));
    startServer(server, new BrowserHost(server));
    const connection = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    const client = new MemoryClient(connection, fs);
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.published.push(p);
      client.waiters = client.waiters.filter((w) => (w.match(p) ? (w.resolve(p), false) : true));
    });
    connection.onNotification('window/showMessage', (p: { message: string }) => client.warnings.push(p.message));
    connection.onNotification('window/logMessage', () => undefined);
    connection.onNotification('modelCard/status', () => undefined);
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    connection.onRequest('client/registerCapability', () => null);
    const count = <P, R>(method: string, answer: (p: P) => R) => (p: P): R => (client.requests.push(method), answer(p));
    connection.onRequest(FileStatRequest.method, count(FileStatRequest.method, (p: FileStatRequest.Params) => fs.stat(p.uri)));
    connection.onRequest(ReadFilesRequest.method, count(ReadFilesRequest.method, (p: ReadFilesRequest.Params) => fs.readFiles(p.uris, p.maxBytes, p.head)));
    connection.onRequest(ReadDirectoryRequest.method, count(ReadDirectoryRequest.method, (p: ReadDirectoryRequest.Params) => fs.readDirectory(p.uri)));
    connection.onRequest(FindFilesRequest.method, count(FindFilesRequest.method, (p: FindFilesRequest.Params) => fs.findFiles(p)));
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: null,
      rootUri: ROOT,
      workspaceFolders: [{ uri: ROOT, name: 'leaderboard' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { trusted },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** The next diagnostics published for `uri` (or the first already published when `seen`). */
  diagnostics(uri: string, { seen = true } = {}): Promise<Diagnostic[]> {
    const done = seen ? this.published.find((p) => p.uri === uri) : undefined;
    if (done) return Promise.resolve(done.diagnostics);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 5000);
      this.waiters.push({ match: (p) => p.uri === uri, resolve: (p) => (clearTimeout(timer), resolve(p.diagnostics)) });
    });
  }

  open(uri: string, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    this.connection.dispose();
  }
}

const codes = (ds: Diagnostic[]): string[] => ds.map((d) => String(d.code));

void describe('the server with the browser host', () => {
  const clients: MemoryClient[] = [];
  const start = async (files: Record<string, string>, options?: Parameters<typeof MemoryClient.start>[1]): Promise<MemoryClient> => {
    const client = await MemoryClient.start(new MemoryFs(ROOT, files), options);
    clients.push(client);
    return client;
  };
  after(async () => {
    await Promise.all(clients.map((c) => c.stop()));
  });

  void it('reads .modelcardrc.json through the client once the workspace is trusted, not before', async () => {
    const client = await start({ 'models/.modelcardrc.json': rc({ 'alscore-mismatch': 'warning' }) }, { trusted: false });
    const uri = `${ROOT}/models/northwind/aurora.md`;
    await client.open(uri, BAD_ALSCORE);
    const untrusted = await client.diagnostics(uri);
    assert.equal(untrusted.find((d) => d.code === 'alscore-mismatch')?.severity, DiagnosticSeverity.Error);
    assert.ok(!client.fs.log.some((l) => l.includes('.modelcardrc.json')), `no config read while untrusted: ${client.fs.log.join(', ')}`);

    const next = client.diagnostics(uri, { seen: false });
    await client.connection.sendNotification('modelCard/workspaceTrust', { trusted: true });
    assert.equal((await next).find((d) => d.code === 'alscore-mismatch')?.severity, DiagnosticSeverity.Warning);
    assert.ok(client.fs.log.includes(`read ${ROOT}/models/.modelcardrc.json`));
  });

  void it('warns once about a config the browser cannot resolve, and checks with the defaults', async () => {
    const client = await start({ '.modelcardrc.json': rc({}, { extends: 'some-shared-config' }) });
    const uri = `${ROOT}/aurora.md`;
    await client.open(uri, BAD_ALSCORE);
    assert.deepEqual(codes(await client.diagnostics(uri)), ['alscore-mismatch']);
    assert.equal(client.warnings.length, 1);
    assert.match(client.warnings[0] ?? '', /cannot find "some-shared-config": a package cannot be resolved in the browser.*Using the default configuration/);
  });

  void it('matches modelCard.files against the path below the workspace folder', async () => {
    const client = await start({}, { settings: { files: ['notes/**'] } });
    const matched = `${ROOT}/notes/plain.md`;
    const other = `${ROOT}/docs/plain.md`;
    await client.open(matched, PLAIN_MARKDOWN);
    await client.open(other, PLAIN_MARKDOWN);
    assert.ok((await client.diagnostics(matched)).length > 0, 'a file matched by the glob is checked as a card');
    assert.equal(client.published.filter((p) => p.uri === other && p.diagnostics.length > 0).length, 0);
  });

  void it("completes Organization with the workspace's labs/ folder, read through the client", async () => {
    const client = await start({ 'labs/northwind-labs.md': '# Northwind Labs\n\nA lab.\n', 'labs/acme-ai.md': '# Acme AI\n', 'labs/notes.txt': 'not a lab' });
    const uri = `${ROOT}/models/northwind-labs/aurora.md`;
    const { text, position } = markLine(GOOD_CARD, '**Organization:**', '**Organization:** |');
    await client.open(uri, text);
    await client.diagnostics(uri);
    const items = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
    assert.deepEqual(items.map((i) => i.label), ['[Acme AI](../../labs/acme-ai.md)', '[Northwind Labs](../../labs/northwind-labs.md)']);
  });

  void it('checks the workspace through findFiles, reading files in batches', async () => {
    const files: Record<string, string> = { '.modelcardrc.json': rc({ 'alscore-mismatch': 'off' }), 'models/a.md': GOOD_CARD, 'models/b.md': BAD_ALSCORE, 'notes.md': PLAIN_MARKDOWN, '.github/card.md': BAD_ALSCORE };
    for (let i = 0; i < 20; i++) files[`models/many/m${String(i).padStart(2, '0')}.md`] = GOOD_CARD;
    const client = await start(files, { settings: { rules: { 'alscore-mismatch': 'warning' } } });
    const open = `${ROOT}/models/a.md`;
    await client.open(open, BAD_ALSCORE);
    await client.diagnostics(open);
    const result = await client.connection.sendRequest<CheckWorkspaceRequest.Result>('modelCard/checkWorkspace', {});
    assert.deepEqual(result, { files: 23, cards: 22, errors: 0, warnings: 2 }, 'the open card as edited, the settings over the file, the hidden folder left out');
    assert.deepEqual(codes(await client.diagnostics(`${ROOT}/models/b.md`)), ['alscore-mismatch']);
    assert.equal(client.published.filter((p) => p.uri === `${ROOT}/.github/card.md`).length, 0);
    const batches = client.requests.filter((m) => m === ReadFilesRequest.method).length;
    assert.ok(batches <= 4, `21 unopened files read in ${batches} requests`);
  });
});
