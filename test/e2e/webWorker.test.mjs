// The web extension's language server (dist/browserServer.js) as a real Web Worker in headless Chromium,
// driven with LSP messages over postMessage, as the browser client drives it in vscode.dev. The page is a
// pipe between the worker and this test, which plays the client: it answers the server's modelCard/fs
// requests from a workspace in memory (the browser client answers them from vscode.workspace.fs).
//
//   bash test/e2e/setup.sh      # once: Debian's chromium
//   npm run test:web            # builds, then runs this file
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM, REPO } from './codeserver.mjs';

const SERVER_JS = path.join(REPO, 'dist', 'browserServer.js');
const ROOT = 'vscode-vfs://github/example/leaderboard';
const CARD = `${ROOT}/models/example-labs/osprey-70b.md`;
const CARD_TEXT = fs.readFileSync(path.join(REPO, 'test', 'e2e', 'fixtures', 'cards', 'osprey-70b-broken.md'), 'utf8');
const CLEAN_TEXT = fs.readFileSync(path.join(REPO, 'test', 'e2e', 'fixtures', 'cards', 'heron-8b.md'), 'utf8');
const ALSCORE_HINT = '= √(70 × 15000) ÷ 300 = 3.42';
const TIMEOUT = 20_000;
// As the brief for this machine says: root, no GPU, no network side channels, a fresh profile.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The workspace the test client serves, by URI. */
const files = new Map(
  Object.entries({
    '.modelcardrc.json': JSON.stringify({ rules: { 'invalid-value': 'off' } }),
    'models/example-labs/osprey-70b.md': CARD_TEXT,
    'models/example-labs/heron-8b.md': CLEAN_TEXT,
    'labs/example-labs.md': '# Example Labs\n\nA lab.\n',
    'labs/other-lab.md': '# Other Lab\n',
    // With models/ and labs/ the workspace is a leaderboard repository: the pages the cards link exist.
    'architectures/dense.md': '# Dense models\n',
    'README.md': '# Example leaderboard\n',
    '.github/hidden.md': CARD_TEXT,
  }).map(([rel, text]) => [`${ROOT}/${rel}`, text]),
);
const isDir = (uri) => uri === ROOT || [...files.keys()].some((f) => f.startsWith(`${uri}/`));

/** Answers to the server's requests, as the browser client gives them (client/src/fileAccess.ts). */
const answers = {
  'workspace/configuration': (p) => p.items.map(() => ({})),
  'client/registerCapability': () => null,
  'modelCard/fs/stat': ({ uri }) => (files.has(uri) ? { kind: 'file', mtime: 1, size: Buffer.byteLength(files.get(uri)) } : isDir(uri) ? { kind: 'directory', mtime: 1, size: 0 } : null),
  'modelCard/fs/readFiles': ({ uris, maxBytes, head }) =>
    uris.map((uri) => (files.has(uri) ? { text: head ? Buffer.from(files.get(uri)).subarray(0, maxBytes).toString('utf8') : files.get(uri) } : { error: 'not-found', message: 'no such file' })),
  'modelCard/fs/readDirectory': ({ uri }) => (isDir(uri) ? [...new Set([...files.keys()].filter((f) => f.startsWith(`${uri}/`)).map((f) => f.slice(uri.length + 1).split('/')[0]))].map((n) => [n, files.has(`${uri}/${n}`) ? 'file' : 'directory']) : null),
  // vscode.workspace.findFiles with the server's exclude (hidden folders, node_modules).
  'modelCard/fs/findFiles': () => [...files.keys()].filter((f) => f.endsWith('.md') && !/\/\.[^/]+\//.test(f.slice(ROOT.length))),
};

/** JSON-RPC with the worker through the page: requests, notifications, and waits on what the server sends. */
class WorkerClient {
  constructor(page) {
    this.page = page;
    this.nextId = 1;
    this.pending = new Map();
    this.notifications = [];
    this.serverRequests = [];
    this.errors = [];
    this.waiters = [];
  }

  async start() {
    await this.page.exposeFunction('toTest', (message) => this.receive(message));
    await this.page.evaluate(() => {
      const worker = new Worker('/browserServer.js', { name: 'Model Card language server' });
      worker.onmessage = (e) => window.toTest(e.data);
      worker.onerror = (e) => window.toTest({ workerError: e.message });
      window.worker = worker;
    });
  }

  send(message) {
    return this.page.evaluate((m) => window.worker.postMessage(m), message);
  }

  async receive(message) {
    if (message.workerError) return void this.errors.push(message.workerError);
    if ('id' in message && 'method' in message) {
      this.serverRequests.push(message);
      const answer = answers[message.method];
      const reply = answer ? { jsonrpc: '2.0', id: message.id, result: answer(message.params) } : { jsonrpc: '2.0', id: message.id, error: { code: -32601, message: `unhandled ${message.method}` } };
      await this.send(reply);
    } else if ('id' in message) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    } else {
      this.notifications.push(message);
      this.waiters = this.waiters.filter((w) => (w.match(message) ? (w.resolve(message), false) : true));
    }
  }

  async request(method, params) {
    const id = this.nextId++;
    const reply = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${TIMEOUT} ms`)), TIMEOUT);
      this.pending.set(id, (m) => (clearTimeout(timer), resolve(m)));
    });
    await this.send({ jsonrpc: '2.0', id, method, params });
    const m = await reply;
    if (m.error) throw new Error(`${method}: ${m.error.message}`);
    return m.result;
  }

  notify(method, params) {
    return this.send({ jsonrpc: '2.0', method, params });
  }

  /** The first notification (already received or next) that `match` accepts. */
  waitFor(match, what, { seen = true } = {}) {
    const done = seen && this.notifications.find(match);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${TIMEOUT} ms; got ${JSON.stringify(this.notifications.map((n) => n.method))}`)), TIMEOUT);
      this.waiters.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  diagnostics(uri, options) {
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, `diagnostics for ${uri}`, options).then((m) => m.params.diagnostics);
  }
}

describe('dist/browserServer.js in a Web Worker in Chromium', () => {
  let httpServer;
  let context;
  let profile;
  let client;
  const codes = (ds) => ds.map((d) => d.code).sort();
  const lineOf = (prefix) => CARD_TEXT.split('\n').findIndex((l) => l.startsWith(prefix));

  before(async () => {
    assert.ok(fs.existsSync(SERVER_JS), `${SERVER_JS} is missing: npm run build`);
    assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: bash test/e2e/setup.sh`);
    // A page and the worker script on loopback: a worker cannot start from a file: page.
    httpServer = http.createServer((req, res) => {
      if (req.url === '/browserServer.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(fs.readFileSync(SERVER_JS));
      } else {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!DOCTYPE html><title>worker host</title>');
      }
    });
    await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-web-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, timeout: 60_000 });
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`http://127.0.0.1:${httpServer.address().port}/`);
    client = new WorkerClient(page);
    client.pageErrors = pageErrors;
    await client.start();
  });

  after(async () => {
    await context?.close();
    httpServer?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('initializes as the desktop server does', async () => {
    const result = await client.request('initialize', {
      processId: null,
      rootUri: ROOT,
      workspaceFolders: [{ uri: ROOT, name: 'leaderboard' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, inlayHint: { refreshSupport: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      // The browser client's initializationOptions in an untrusted workspace: no config is read yet.
      initializationOptions: { trusted: false },
    });
    assert.equal(result.serverInfo.name, 'Model Card Studio');
    assert.equal(result.capabilities.hoverProvider, true);
    assert.ok(result.capabilities.inlayHintProvider);
    assert.deepEqual(result.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'refactor.rewrite', 'source.fixAll.modelcard']);
    await client.notify('initialized', {});
  });

  it('publishes alscore-mismatch for a card with a wrong ALScore', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri: CARD, languageId: 'markdown', version: 1, text: CARD_TEXT } });
    const ds = await client.diagnostics(CARD);
    assert.deepEqual(codes(ds), ['alscore-mismatch', 'invalid-value', 'ratio-mismatch'], 'untrusted: the .modelcardrc.json turning invalid-value off is not read');
    const al = ds.find((d) => d.code === 'alscore-mismatch');
    assert.deepEqual(al.range.start, { line: lineOf('- **ALScore:**'), character: 15 });
    assert.match(al.message, /ALScore 5\.0 does not follow from 70\.0B parameters and 15000\.0B tokens/);
    const configReads = client.serverRequests.filter((r) => r.method.startsWith('modelCard/fs/') && JSON.stringify(r.params).includes('.modelcardrc.json'));
    assert.deepEqual(configReads, [], 'no config request while untrusted');
  });

  it('shows the ALScore formula as an inlay hint and explains it on hover', async () => {
    const uri = { uri: CARD };
    const hints = await client.request('textDocument/inlayHint', { textDocument: uri, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } });
    const hint = hints.find((h) => h.position.line === lineOf('- **ALScore:**'));
    assert.equal(hint?.label, ALSCORE_HINT);
    const hover = await client.request('textDocument/hover', { textDocument: uri, position: { line: lineOf('- **ALScore:**'), character: 6 } });
    assert.match(hover.contents.value, /√\(Parameters × Tokens\) ÷ 300/);
    assert.match(hover.contents.value, /√\(70 × 15000\) ÷ 300 = 3\.42/);
  });

  it('offers the quick fix and the outline', async () => {
    const line = lineOf('- **ALScore:**');
    const ds = await client.diagnostics(CARD);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: CARD }, range: { start: { line, character: 16 }, end: { line, character: 16 } }, context: { diagnostics: ds.filter((d) => d.range.start.line === line) } });
    assert.ok(actions.some((a) => a.title === 'Write ALScore 3.4 (Mid-tier)'), JSON.stringify(actions.map((a) => a.title)));
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: CARD } });
    assert.equal(symbols[0]?.name, 'Osprey 70B');
  });

  it('completes Organization from the labs/ folder, read through the client', async () => {
    const line = lineOf('**Organization:**');
    const items = await client.request('textDocument/completion', { textDocument: { uri: CARD }, position: { line, character: '**Organization:** '.length } });
    const labels = (Array.isArray(items) ? items : items.items).map((i) => i.label);
    assert.ok(labels.includes('[Example Labs](../../labs/example-labs.md)') && labels.includes('[Other Lab](../../labs/other-lab.md)'), JSON.stringify(labels));
    assert.ok(client.serverRequests.some((r) => r.method === 'modelCard/fs/readDirectory' && r.params.uri === `${ROOT}/labs`));
  });

  it('reads .modelcardrc.json through the client once the workspace is trusted', async () => {
    const next = client.diagnostics(CARD, { seen: false });
    await client.notify('modelCard/workspaceTrust', { trusted: true });
    assert.deepEqual(codes(await next), ['alscore-mismatch', 'ratio-mismatch']);
    assert.ok(client.serverRequests.some((r) => r.method === 'modelCard/fs/readFiles' && r.params.uris.includes(`${ROOT}/.modelcardrc.json`)));
  });

  it('checks the workspace with the files the client finds', async () => {
    const result = await client.request('modelCard/checkWorkspace', {});
    assert.deepEqual(result, { files: 6, cards: 2, errors: 2, warnings: 0 });
    assert.deepEqual(await client.diagnostics(`${ROOT}/models/example-labs/heron-8b.md`), []);
  });

  it('runs the rules across files in the worker: a link to a page the repository lacks is a broken-link', async () => {
    const uri = `${ROOT}/models/example-labs/heron-8b.md`;
    const next = client.diagnostics(uri, { seen: false });
    const text = CLEAN_TEXT.replace('../../architectures/dense.md', '../../architectures/hybrid.md');
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const ds = await next;
    assert.deepEqual(ds.map((d) => [d.code, d.range.start.line]), [['broken-link', text.split('\n').findIndex((l) => l.includes('hybrid.md'))]]);
  });

  it('answers the metrics preview request', async () => {
    const preview = await client.request('modelCard/preview', { uri: CARD });
    assert.equal(preview.isCard, true);
    assert.equal(preview.explain.alScore, ALSCORE_HINT);
    assert.deepEqual(preview.findings.map((f) => f.rule).sort(), ['alscore-mismatch', 'ratio-mismatch']);
  });

  it('ran without an error in the worker or the page, and shuts down', async () => {
    assert.equal(await client.request('shutdown', null), null);
    await client.notify('exit', null);
    assert.deepEqual(client.errors, []);
    assert.deepEqual(client.pageErrors, []);
  });
});
