// The leaderboard repository over stdio: cross-file findings in cards and pages, a card edit re-checking the
// rows that link it in other files, the quick fix that rewrites a row's cell, and modelCard.repository.enable.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import { cardPath, cardText, cleanRepository, HERON, writeRepository } from '../unit/helpers/leaderboard';
import { fileUri, TestClient } from './client';

/** The clean fictional repository with a broken link in a card (Heron's architecture page) and one in a page (README). */
function fixture(): string {
  const files = cleanRepository();
  files.set(cardPath(HERON), cardText(HERON).replace('(../../architectures/dense.md)', '(../../architectures/hybrid.md)'));
  files.set('README.md', `${files.get('README.md') ?? ''}- [Kestrel](models/acme/kestrel.md)\n`);
  return writeRepository(files);
}

const codes = (ds: Diagnostic[]): string[] => ds.map((d) => String(d.code));
const lineWith = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle));

void describe('leaderboard repository in the editor', () => {
  const clients: TestClient[] = [];
  const dirs: string[] = [];
  const start = async (settings?: Record<string, unknown>): Promise<{ client: TestClient; dir: string }> => {
    const dir = fixture();
    dirs.push(dir);
    const capabilities = { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true, resourceOperations: ['rename' as const] } } };
    const client = await TestClient.start({ folder: dir, capabilities, ...(settings ? { settings } : {}) });
    clients.push(client);
    return { client, dir };
  };
  after(async () => {
    await Promise.all(clients.map((c) => c.stop()));
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  void it('reports a broken link in a closed page and in an open card, at the link', async () => {
    const { client, dir } = await start();
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    const page = await client.diagnostics(fileUri(dir, 'README.md'), undefined, 10000);
    assert.deepEqual(codes(page), ['broken-link']);
    assert.equal(page[0]?.range.start.line, lineWith(readme, 'kestrel.md'));
    assert.equal(page[0]?.source, 'modelcard');

    const uri = fileUri(dir, cardPath(HERON));
    const text = fs.readFileSync(path.join(dir, cardPath(HERON)), 'utf8');
    await client.open(uri, text);
    const card = await client.diagnostics(uri, 1);
    assert.deepEqual(codes(card), ['broken-link'], 'card rules and repository rules in one publish, the card clean otherwise');
    assert.equal(card[0]?.range.start.line, lineWith(text, 'architectures/hybrid.md'));
    // A page with tables of cards is never checked as a card: its status says so.
    const lab = fileUri(dir, 'labs/acme.md');
    const status = client.nextStatus(lab);
    await client.open(lab, fs.readFileSync(path.join(dir, 'labs/acme.md'), 'utf8'));
    await status;
    assert.equal(client.statuses.filter((s) => s.uri === lab).at(-1)?.isCard, false);
    // A clean card has nothing: no stray publish for the other card.
    assert.equal(client.published.some((p) => p.uri === fileUri(dir, 'models/acme/wren-70b.md')), false);
  });

  void it("re-checks the rows that link an edited card in other files, offers the fix that rewrites the cell, and clears them when the card is fixed", async () => {
    const { client, dir } = await start();
    await client.diagnostics(fileUri(dir, 'README.md'), undefined, 10000);
    const uri = fileUri(dir, cardPath(HERON));
    const text = fs.readFileSync(path.join(dir, cardPath(HERON)), 'utf8');
    await client.open(uri, text);
    await client.diagnostics(uri, 1);

    const lab = fileUri(dir, 'labs/acme.md');
    const byDate = fileUri(dir, 'rankings/by-date.md');
    const line = lineWith(text, '**Parameters:**');
    const at = text.split('\n')[line]?.indexOf('8.0B') ?? -1;
    const stale = [client.nextDiagnostics(lab), client.nextDiagnostics(byDate)];
    await client.change(uri, [{ range: { start: { line, character: at }, end: { line, character: at + 4 } }, text: '9.0B' }]);
    const [labDiags, dateDiags] = (await Promise.all(stale)).map((p) => p.diagnostics);
    assert.deepEqual(codes(labDiags ?? []), ['table-row-mismatch']);
    assert.deepEqual(codes(dateDiags ?? []), ['table-row-mismatch']);

    // The editor opens the page to apply a quick fix from the Problems view: the same finding, and a fix that rewrites the cell.
    const labText = fs.readFileSync(path.join(dir, 'labs/acme.md'), 'utf8');
    await client.open(lab, labText);
    const opened = await client.diagnostics(lab, 1);
    const diagnostic = opened[0];
    assert.deepEqual(opened, labDiags);
    assert.ok(diagnostic);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: lab }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const edits: TextEdit[] = actions[0]?.edit?.changes?.[lab] ?? [];
    assert.equal(edits.length, 1);
    const rowLine = labText.split('\n')[diagnostic.range.start.line] ?? '';
    const edit = edits[0];
    assert.ok(edit && edit.range.start.line === diagnostic.range.start.line);
    const fixed = rowLine.slice(0, edit.range.start.character) + edit.newText + rowLine.slice(edit.range.end.character);
    assert.equal(fixed, rowLine.replace('8.0B', '9.0B'));

    // Fixing the card (back to 8.0B) clears the rows.
    const cleared = [client.nextDiagnostics(lab), client.nextDiagnostics(byDate)];
    await client.change(uri, [{ range: { start: { line, character: at }, end: { line, character: at + 4 } }, text: '8.0B' }]);
    for (const p of await Promise.all(cleared)) assert.deepEqual(p.diagnostics, []);
  });

  void it('reports nothing across files when modelCard.repository.enable is off', async () => {
    const { client, dir } = await start({ repository: { enable: false } });
    const uri = fileUri(dir, 'README.md');
    await client.open(uri, fs.readFileSync(path.join(dir, 'README.md'), 'utf8'));
    await client.nextStatus(uri);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(client.published.some((p) => p.uri === uri && p.diagnostics.length > 0), false);
  });
});
