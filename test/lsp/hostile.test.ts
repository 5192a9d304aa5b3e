// The language server against a hostile client or workspace: broken frames, the shutdown lifecycle,
// requests for documents never opened, impossible positions, workspace trust and a FIFO in labs/.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { createMessageConnection, ErrorCodes, ResponseError, StreamMessageReader, StreamMessageWriter, type CompletionItem, type MessageConnection, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { BAD_ALSCORE, GOOD_CARD } from './cards';
import { markLine, SERVER, TestClient } from './client';

const T = { timeout: 30_000 };

/** A server on stdio with nothing attached: for raw bytes. Resolves with its exit code and stderr. */
function rawServer(): { child: ChildProcess; exited: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout?.resume();
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
  return { child, exited };
}

/** Resolves with `p`, or rejects after `ms` (a deaf server never answers). */
function within<R>(p: Promise<R>, ms: number, what: string): Promise<R> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

const frame = (body: string): string => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const INITIALIZE = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

void describe('a malformed stream ends the server (so the client restarts it)', () => {
  const cases: [string, string][] = [
    ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'],
    ['a Content-Length that is not a number', 'Content-Length: many\r\n\r\n{}'],
    ['a header line without a colon', 'hello there\r\n\r\n'],
    ['a body that is not JSON', frame('{"jsonrpc": "2.0", "id": 1, "method": ')],
    ['garbage after a good initialize', `${frame(INITIALIZE)}X-Nonsense: 1\r\n\r\n`],
  ];
  for (const [name, bytes] of cases) {
    void it(`exits 1 with a line on stderr: ${name}`, T, async () => {
      const { child, exited } = rawServer();
      // stdin stays open: the old server, deaf but alive, never exited here.
      child.stdin?.write(bytes);
      const { code, stderr } = await within(exited, 5000, 'exit');
      assert.equal(code, 1);
      assert.match(stderr, /^Model Card language server: malformed message stream \(.+\); exiting\.$/m);
      child.stdin?.destroy();
    });
  }
});

/** A connected client for the lifecycle tests; `config` counts workspace/configuration requests. */
async function connect(initializationOptions?: unknown, folder?: string, settings: Record<string, unknown> = {}): Promise<{ child: ChildProcess; conn: MessageConnection; config: { asked: number }; published: PublishDiagnosticsParams[]; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  if (!child.stdout || !child.stdin) throw new Error('no stdio');
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const config = { asked: 0 };
  const published: PublishDiagnosticsParams[] = [];
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => {
    config.asked += p.items.length;
    return p.items.map(() => settings);
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => published.push(p));
  conn.onNotification(() => undefined);
  conn.listen();
  const workspaceFolders = folder ? [{ uri: pathToFileURL(folder).toString(), name: 'ws' }] : null;
  await conn.sendRequest('initialize', { processId: null, rootUri: workspaceFolders?.[0]?.uri ?? null, workspaceFolders, capabilities: { workspace: { configuration: true } }, initializationOptions });
  await conn.sendNotification('initialized', {});
  return { child, conn, config, published, exited };
}

void describe('the LSP lifecycle', () => {
  void it('answers a request after shutdown with InvalidRequest, and exit then ends with 0', T, async () => {
    const { conn, exited } = await connect();
    const uri = 'file:///tmp/lifecycle/card.md';
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: GOOD_CARD } });
    assert.equal(await conn.sendRequest('shutdown'), null);
    for (const [method, params] of [['textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }], ['textDocument/documentSymbol', { textDocument: { uri } }], ['modelCard/preview', { uri }]] as const) {
      await assert.rejects(conn.sendRequest(method, params), (e: unknown) => e instanceof ResponseError && e.code === ErrorCodes.InvalidRequest, method);
    }
    await conn.sendNotification('exit');
    assert.equal(await within(exited, 5000, 'exit'), 0);
    conn.dispose();
  });

  void it('exits 1 on exit without shutdown, and on a closed stdin without shutdown; 0 after one', T, async () => {
    const a = await connect();
    await a.conn.sendNotification('exit');
    assert.equal(await within(a.exited, 5000, 'exit'), 1);
    a.conn.dispose();
    const b = await connect();
    b.child.stdin?.end();
    assert.equal(await within(b.exited, 5000, 'exit on EOF'), 1);
    b.conn.dispose();
    const c = await connect();
    await c.conn.sendRequest('shutdown');
    c.child.stdin?.end();
    assert.equal(await within(c.exited, 5000, 'exit on EOF after shutdown'), 0);
    c.conn.dispose();
  });
});

void describe('requests for documents never opened', () => {
  void it('10,000 of them resolve no settings and keep no entry, and are answered empty', { timeout: 120_000 }, async () => {
    const { conn, config, exited } = await connect();
    const position = { line: 0, character: 0 };
    const range = { start: position, end: position };
    const answers: Promise<unknown>[] = [];
    for (let i = 0; i < 10_000; i++) {
      const uri = `file:///never/opened/card-${i}.md`;
      const doc = { textDocument: { uri } };
      const request = [
        () => conn.sendRequest('textDocument/hover', { ...doc, position }),
        () => conn.sendRequest('textDocument/completion', { ...doc, position }),
        () => conn.sendRequest('textDocument/inlayHint', { ...doc, range }),
        () => conn.sendRequest('textDocument/codeAction', { ...doc, range, context: { diagnostics: [] } }),
        () => conn.sendRequest('textDocument/documentSymbol', doc),
        () => conn.sendRequest('modelCard/preview', { uri }),
      ][i % 6];
      if (request) answers.push(request());
    }
    const results = await Promise.all(answers);
    assert.ok(results.every((r) => r === null || (Array.isArray(r) && r.length === 0)));
    // Each settings entry is one workspace/configuration request: none means none was kept.
    assert.equal(config.asked, 0);
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    assert.equal(await exited, 0);
    conn.dispose();
  });
});

void describe('positions from the client', () => {
  const clients: TestClient[] = [];
  after(async () => Promise.all(clients.map((c) => c.stop())));

  void it('completion and hover at a line past the end, a negative or fractional position: empty, never echoed', T, async () => {
    const client = await TestClient.start();
    clients.push(client);
    const uri = 'file:///tmp/positions/card.md';
    await client.open(uri, GOOD_CARD);
    await client.diagnostics(uri, 1);
    const lines = GOOD_CARD.split('\n').length;
    for (const position of [{ line: lines + 5, character: 0 }, { line: 1e9, character: 1e9 }, { line: 0, character: -3 }, { line: -1, character: 0 }, { line: 2.5, character: 0 }, { line: 3, character: Number.MAX_SAFE_INTEGER + 2 }]) {
      const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
      assert.deepEqual(items, [], JSON.stringify(position));
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position }), null, JSON.stringify(position));
    }
    // A character past the line's end is its end (LSP): items for the end of the Organization line.
    const { text, position } = markLine(GOOD_CARD, '**Released:**', '**Released:** |');
    const v = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, text }]);
    await client.diagnostics(uri, v);
    const items = await client.request<{ textEdit?: { range: { end: { character: number } } } }[]>('textDocument/completion', { textDocument: { uri }, position: { ...position, character: 500 } });
    assert.ok(items.length > 0);
    assert.ok(items.every((i) => (i.textEdit?.range.end.character ?? 0) <= position.character), 'ranges stay within the line');
  });
});

void describe('ranges from the client', () => {
  void it('inlay hints and code actions for a malformed or inverted range: empty, and no error logged', T, async () => {
    const { conn, exited } = await connect();
    const errors: string[] = [];
    conn.onNotification('window/logMessage', (p: { type: number; message: string }) => p.type === 1 && errors.push(p.message));
    const uri = 'file:///tmp/ranges/card.md';
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: GOOD_CARD } });
    for (const range of [null, { start: null, end: null }, { start: { line: 1.5, character: null }, end: { line: 2, character: 0 } }, { start: { line: 50, character: 0 }, end: { line: 2, character: 0 } }]) {
      assert.deepEqual(await conn.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range }), [], JSON.stringify(range));
      assert.deepEqual(await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }), [], JSON.stringify(range));
    }
    assert.deepEqual(errors, []);
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    assert.equal(await exited, 0);
    conn.dispose();
  });
});

/** A workspace folder with files, removed after the suite. */
const folders: string[] = [];
after(() => folders.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function workspace(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-hostile-ws-')));
  folders.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

void describe('workspace trust', () => {
  const off = JSON.stringify({ rules: { 'alscore-mismatch': 'off' } });

  void it('reads no .modelcardrc.json and ignores modelCard.configFile until the workspace is trusted', T, async () => {
    const dir = workspace({ '.modelcardrc.json': off, 'custom.json': off, 'other/.keep': '' });
    const { conn, published } = await connect({ trusted: false }, dir, { configFile: '' });
    const uri = pathToFileURL(path.join(dir, 'card.md')).toString();
    const next = (): Promise<PublishDiagnosticsParams> => {
      const seen = published.length;
      return within(new Promise((resolve) => {
        const poll = setInterval(() => {
          const p = published.slice(seen).find((x) => x.uri === uri);
          if (p) resolve((clearInterval(poll), p));
        }, 10);
      }), 5000, 'diagnostics');
    };
    let diagnostics = next();
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: BAD_ALSCORE } });
    assert.ok((await diagnostics).diagnostics.some((d) => d.code === 'alscore-mismatch'), 'untrusted: the folder\'s config is not applied');
    diagnostics = next();
    await conn.sendNotification('modelCard/workspaceTrust', { trusted: true });
    assert.deepEqual((await diagnostics).diagnostics, [], 'trusted: the config turns the rule off');
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    conn.dispose();
  });

  void it('ignores an explicit modelCard.configFile while untrusted', T, async () => {
    const dir = workspace({ 'custom.json': off });
    const { conn, published } = await connect({ trusted: false }, dir, { configFile: 'custom.json' });
    const uri = pathToFileURL(path.join(dir, 'card.md')).toString();
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: BAD_ALSCORE } });
    const preview = await conn.sendRequest<{ findings: { rule: string }[] }>('modelCard/preview', { uri });
    assert.ok(preview.findings.some((f) => f.rule === 'alscore-mismatch'));
    assert.ok(published.every((p) => p.uri === uri));
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    conn.dispose();
  });
});

void describe('a FIFO in labs/', { skip: process.platform === 'win32' && 'no FIFOs' }, () => {
  void it('is skipped: Organization completion still answers, with the other labs', T, async () => {
    const dir = workspace({ 'labs/acme-ai.md': '# Acme AI\n' });
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'labs', 'blocked.md')]).status, 0);
    const client = await TestClient.start({ folder: dir });
    const uri = pathToFileURL(path.join(dir, 'models', 'acme', 'card.md')).toString();
    const { text, position } = markLine(GOOD_CARD, '**Organization:**', '**Organization:** |');
    await client.open(uri, text);
    const items = await within(client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position }), 5000, 'completion');
    assert.deepEqual(items.map((i) => i.label), ['[Acme AI](../../labs/acme-ai.md)', '[blocked](../../labs/blocked.md)']);
    await within(client.stop(), 5000, 'stop');
  });
});
