// Diagnostics over stdio: exact ranges, code/source/link, versions, edits that fix, non-cards, close.
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { BAD_ALSCORE, GOOD_CARD, lineOf, PLAIN_MARKDOWN } from './cards';
import { fileUri, TestClient } from './client';

const WS = '/tmp/modelcard-lsp-test';

void describe('diagnostics (client without workspace/configuration)', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  void it('reports a wrong ALScore at the score itself, with code, source and rule link', async () => {
    const uri = fileUri(WS, 'bad-alscore.md');
    await client.open(uri, BAD_ALSCORE);
    const diags = await client.diagnostics(uri, 1);
    assert.equal(diags.length, 1);
    const [d] = diags;
    const line = lineOf(BAD_ALSCORE, '- **ALScore:**');
    assert.deepEqual(d?.range, { start: { line, character: 15 }, end: { line, character: 18 } });
    assert.equal(BAD_ALSCORE.split('\n')[line]?.slice(15, 18), '3.1');
    assert.equal(d?.code, 'alscore-mismatch');
    assert.equal(d?.source, 'modelcard');
    assert.equal(d?.severity, DiagnosticSeverity.Error);
    assert.equal(d?.codeDescription?.href, 'https://github.com/model-card-studio/model-card-studio#alscore-mismatch');
    assert.match(d?.message ?? '', /√\(78 × 18120\) ÷ 300 = 3\.96/);
  });

  void it('clears the diagnostic after an edit that fixes the value', async () => {
    const uri = fileUri(WS, 'fixed-by-edit.md');
    await client.open(uri, BAD_ALSCORE);
    assert.equal((await client.diagnostics(uri, 1)).length, 1);
    const line = lineOf(BAD_ALSCORE, '- **ALScore:**');
    const version = await client.change(uri, [{ range: { start: { line, character: 15 }, end: { line, character: 18 } }, text: '4.0' }]);
    assert.deepEqual(await client.diagnostics(uri, version), []);
  });

  void it('publishes for the newest version of a burst and never an older one after it', async () => {
    const uri = fileUri(WS, 'burst.md');
    await client.open(uri, GOOD_CARD);
    await client.diagnostics(uri, 1);
    const line = lineOf(GOOD_CARD, 'Aurora 78B is');
    let last = 1;
    for (let i = 0; i < 30; i++) last = await client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }]);
    assert.deepEqual(await client.diagnostics(uri, last), []);
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions are published in order');
    assert.equal(versions[versions.length - 1], last);
  });

  void it('gives Markdown that is not a card nothing', async () => {
    const uri = fileUri(WS, 'notes.md');
    const analysed = client.nextStatus(uri);
    await client.open(uri, PLAIN_MARKDOWN);
    await analysed;
    assert.equal(client.published.filter((p) => p.uri === uri).length, 0);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.equal(client.statuses.find((s) => s.uri === uri)?.isCard, false);
  });

  void it('clears diagnostics when a card stops being one, and on close', async () => {
    const uri = fileUri(WS, 'stops.md');
    await client.open(uri, BAD_ALSCORE);
    assert.equal((await client.diagnostics(uri, 1)).length, 1);
    const lines = BAD_ALSCORE.split('\n').length;
    const v2 = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, text: PLAIN_MARKDOWN }]);
    assert.deepEqual(await client.diagnostics(uri, v2), []);
    const v3 = await client.change(uri, [{ text: BAD_ALSCORE }]);
    assert.equal((await client.diagnostics(uri, v3)).length, 1);
    const cleared = client.nextDiagnostics(uri);
    await client.close(uri);
    const last = await cleared;
    assert.deepEqual(last.diagnostics, []);
    assert.equal(last.version, undefined);
  });

  void it('survives an empty document and a huge one', async () => {
    const empty = fileUri(WS, 'empty.md');
    const analysed = client.nextStatus(empty);
    await client.open(empty, '');
    await analysed;
    const huge = fileUri(WS, 'huge.md');
    await client.open(huge, BAD_ALSCORE + '\nMore notes.\n'.repeat(50000));
    assert.ok((await client.diagnostics(huge, 1, 10000)).some((d) => d.code === 'alscore-mismatch'));
  });
});
