// Settings and .modelcardrc.json over stdio: severities, live changes, a bad file, globs, preview and workspace check.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { DiagnosticSeverity, type CompletionItem, type InlayHint } from 'vscode-languageserver/node';
import type { CardPreview, CheckWorkspaceRequest } from '../../server/src/protocol';
import { BAD_ALSCORE, GOOD_CARD, PLAIN_MARKDOWN } from './cards';
import { fileUri, markLine, TestClient } from './client';

const all = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

/** A temporary workspace with files written from a map of relative paths to contents. */
function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-ws-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
const rc = (rules: Record<string, string>): string => JSON.stringify({ rules });

void describe('.modelcardrc.json and settings', () => {
  const clients: TestClient[] = [];
  const dirs: string[] = [];
  const start = async (files: Record<string, string>, settings?: Record<string, unknown>): Promise<{ client: TestClient; dir: string }> => {
    const dir = workspace(files);
    dirs.push(dir);
    const client = await TestClient.start({ folder: dir, ...(settings ? { settings } : {}), capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    clients.push(client);
    return { client, dir };
  };
  after(async () => {
    await Promise.all(clients.map((c) => c.stop()));
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  void it('applies the severity from the nearest .modelcardrc.json (client without workspace/configuration)', async () => {
    const { client, dir } = await start({ '.modelcardrc.json': rc({ 'alscore-mismatch': 'warning' }) });
    const uri = fileUri(dir, 'models/northwind/aurora.md');
    await client.open(uri, BAD_ALSCORE);
    const [d] = await client.diagnostics(uri, 1);
    assert.equal(d?.code, 'alscore-mismatch');
    assert.equal(d?.severity, DiagnosticSeverity.Warning);
  });

  void it('layers modelCard.rules settings over the file, and re-reads the file when it changes', async () => {
    const { client, dir } = await start({ '.modelcardrc.json': rc({ 'alscore-mismatch': 'warning' }) }, { rules: { 'alscore-mismatch': 'information' } });
    const uri = fileUri(dir, 'aurora.md');
    await client.open(uri, BAD_ALSCORE);
    assert.equal((await client.diagnostics(uri, 1))[0]?.severity, DiagnosticSeverity.Information);

    client.settings = {};
    let next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await next).diagnostics[0]?.severity, DiagnosticSeverity.Warning, 'settings change applied live');

    fs.writeFileSync(path.join(dir, '.modelcardrc.json'), rc({ 'alscore-mismatch': 'off' }));
    next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(dir, '.modelcardrc.json'), type: 2 }] });
    assert.deepEqual((await next).diagnostics, [], 'config file change applied live');
  });

  void it('takes settings pushed with didChangeConfiguration when the client has no workspace/configuration', async () => {
    const { client, dir } = await start({});
    const uri = fileUri(dir, 'aurora.md');
    await client.open(uri, BAD_ALSCORE);
    assert.equal((await client.diagnostics(uri, 1))[0]?.severity, DiagnosticSeverity.Error);
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { modelCard: { rules: { 'alscore-mismatch': 'hint' } } } });
    assert.equal((await next).diagnostics[0]?.severity, DiagnosticSeverity.Hint);
  });

  void it('warns once about a bad config file and falls back to the defaults', async () => {
    const { client, dir } = await start({ '.modelcardrc.json': '{ "rules": { "no-such-rule": "error" } }' });
    const a = fileUri(dir, 'a.md');
    const b = fileUri(dir, 'b.md');
    await client.open(a, BAD_ALSCORE);
    await client.open(b, BAD_ALSCORE);
    assert.equal((await client.diagnostics(a, 1))[0]?.severity, DiagnosticSeverity.Error);
    await client.diagnostics(b, 1);
    assert.equal(client.warnings.length, 1);
    assert.match(client.warnings[0] ?? '', /\.modelcardrc\.json.*no-such-rule|unknown rule id/);
  });

  void it('switches an inlay hint kind off by its setting', async () => {
    const { client, dir } = await start({}, { inlayHints: { alScore: false } });
    const uri = fileUri(dir, 'aurora.md');
    await client.open(uri, GOOD_CARD);
    await client.diagnostics(uri, 1);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: all });
    assert.deepEqual(hints.map((h) => h.label).filter((l) => typeof l === 'string' && l.includes('÷ 300')), []);
    assert.ok(hints.some((h) => h.label === '= 232.3 tokens/param'));
  });

  void it('checks Markdown matched by modelCard.files even when it does not look like a card', async () => {
    const { client, dir } = await start({}, { files: ['drafts/**/*.md'] });
    const matched = fileUri(dir, 'drafts/new/notes.md');
    await client.open(matched, PLAIN_MARKDOWN);
    assert.ok((await client.diagnostics(matched, 1)).some((d) => d.code === 'missing-field'));
    const other = fileUri(dir, 'notes.md');
    const analysed = client.nextStatus(other);
    await client.open(other, PLAIN_MARKDOWN);
    await analysed;
    assert.equal(client.published.filter((p) => p.uri === other).length, 0);
  });

  void it('answers the preview request with the metrics and the workspace check with counts', async () => {
    // As `modelcard check`: cards in hidden folders and node_modules are not visited, a symlink loop ends.
    const { client, dir } = await start({ 'models/a.md': GOOD_CARD, 'models/b.md': BAD_ALSCORE, 'notes.md': PLAIN_MARKDOWN, 'node_modules/x/readme.md': BAD_ALSCORE, '.github/card.md': BAD_ALSCORE });
    fs.symlinkSync('..', path.join(dir, 'models', 'loop'), 'junction');
    const uri = fileUri(dir, 'models/a.md');
    await client.open(uri, GOOD_CARD);
    await client.diagnostics(uri, 1);
    const preview = await client.request<CardPreview>('modelCard/preview', { uri });
    assert.equal(preview.isCard, true);
    assert.equal(preview.metrics.alScoreRounded, 4);
    assert.equal(preview.metrics.tier, 'Mid-tier');
    assert.equal(preview.metrics.writtenRatio, 233);
    assert.equal(preview.explain.alScore, '= √(78 × 18120) ÷ 300 = 3.96');
    assert.equal(preview.card.modelName, 'Aurora 78B');

    const result = await client.request<CheckWorkspaceRequest.Result>('modelCard/checkWorkspace', {});
    assert.deepEqual(result, { files: 3, cards: 2, errors: 1, warnings: 0 });
    assert.equal((await client.diagnostics(fileUri(dir, 'models/b.md')))[0]?.code, 'alscore-mismatch');
    assert.equal(client.published.filter((p) => p.uri === fileUri(dir, '.github/card.md')).length, 0, 'the hidden card is not checked');
  });

  void it("completes Organization with links to the workspace's labs/ folder", async () => {
    const { client, dir } = await start({ 'labs/northwind-labs.md': '# Northwind Labs\n\nA lab.\n', 'labs/acme-ai.md': '# Acme AI\n', 'labs/notes.txt': 'not a lab' });
    const uri = fileUri(dir, 'models/northwind-labs/aurora.md');
    const { text, position } = markLine(GOOD_CARD, '**Organization:**', '**Organization:** |');
    await client.open(uri, text);
    await client.diagnostics(uri, 1);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
    assert.deepEqual(items.map((i) => i.label), ['[Acme AI](../../labs/acme-ai.md)', '[Northwind Labs](../../labs/northwind-labs.md)']);
  });
});
