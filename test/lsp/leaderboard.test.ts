// The Leaderboard request over stdio: every card of the workspace folder as a row (open documents as
// edited), and a notification when an open card is edited or a file changes on disk.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FileChangeType } from 'vscode-languageserver/node';
import type { LeaderboardChangedNotification, LeaderboardRequest } from '../../server/src/protocol';
import { GOOD_CARD } from './cards';
import { fileUri, TestClient } from './client';

const SECOND = GOOD_CARD.replace('# Aurora 78B', '# Borealis 7B').replace('- **Parameters:** 78.0B', '- **Parameters:** 7.0B');

void describe('modelCard/leaderboard', () => {
  let dir = '';
  let client: TestClient;
  const notes: LeaderboardChangedNotification.Params[] = [];
  /** Resolves with the first notification (from now on) that satisfies `match`. */
  const nextNote = (match: (p: LeaderboardChangedNotification.Params) => boolean, timeoutMs = 5000): Promise<LeaderboardChangedNotification.Params> =>
    new Promise((resolve, reject) => {
      const start = notes.length;
      const deadline = Date.now() + timeoutMs;
      const poll = (): void => {
        const hit = notes.slice(start).find(match);
        if (hit) resolve(hit);
        else if (Date.now() > deadline) reject(new Error(`no matching leaderboard notification within ${timeoutMs} ms (got ${JSON.stringify(notes.slice(start))})`));
        else setTimeout(poll, 10);
      };
      poll();
    });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-lsp-board-'));
    fs.mkdirSync(path.join(dir, 'models'));
    fs.writeFileSync(path.join(dir, 'models', 'aurora.md'), GOOD_CARD);
    fs.writeFileSync(path.join(dir, 'models', 'borealis.md'), SECOND);
    fs.writeFileSync(path.join(dir, 'README.md'), '# Leaderboard\n\nNot a card.\n');
    client = await TestClient.start({ folder: dir, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    client.connection.onNotification('modelCard/leaderboardChanged', (p: LeaderboardChangedNotification.Params) => notes.push(p));
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  void it('returns one row per card on disk, with numbers and display strings; README.md is no row', async () => {
    const r = await client.request<LeaderboardRequest.Result>('modelCard/leaderboard', {});
    assert.equal(r.files, 3);
    assert.equal(r.truncated, false);
    assert.deepEqual(r.rows.map((x) => x.name), ['Aurora 78B', 'Borealis 7B']);
    const [aurora, borealis] = r.rows;
    assert.equal(aurora?.uri, fileUri(dir, 'models/aurora.md'));
    assert.deepEqual([aurora?.parametersB, aurora?.alScore, aurora?.tier, aurora?.ratio, aurora?.mmlu], [78, 4, 'Mid-tier', 233, 84.2]);
    assert.equal(aurora?.text.tokens, '18,120B');
    // Borealis states ALScore 4.0 and ratio 233:1 for 78B, but has 7B: the row has the computed values, and its errors.
    assert.equal(borealis?.alScore, 1.2);
    assert.ok((borealis?.findings.errors ?? 0) >= 2);
  });

  void it('takes an open document as edited, and notifies the changed row as it is edited', async () => {
    const uri = fileUri(dir, 'models/aurora.md');
    await client.open(uri, GOOD_CARD.replace('# Aurora 78B', '# Aurora Edited'));
    const r = await client.request<LeaderboardRequest.Result>('modelCard/leaderboard', {});
    assert.ok(r.rows.some((x) => x.name === 'Aurora Edited'), JSON.stringify(r.rows.map((x) => x.name)));
    const line = GOOD_CARD.split('\n').findIndex((l) => l.startsWith('- **Parameters:**'));
    const note = nextNote((p) => p.changed.some((x) => x.uri === uri && x.parametersB === 70));
    await client.change(uri, [{ range: { start: { line, character: 18 }, end: { line, character: 22 } }, text: '70.0' }]);
    const row = (await note).changed.find((x) => x.uri === uri);
    assert.equal(row?.alScore, 3.8);
    // Closed without saving: the row goes back to the file on disk.
    const reverted = nextNote((p) => p.changed.some((x) => x.uri === uri && x.name === 'Aurora 78B'));
    await client.close(uri);
    await reverted;
  });

  void it('notifies a card changed or deleted on disk (watched files)', async () => {
    const file = path.join(dir, 'models', 'borealis.md');
    const uri = fileUri(dir, 'models/borealis.md');
    fs.writeFileSync(file, SECOND.replace('# Borealis 7B', '# Borealis Renamed'));
    const changed = nextNote((p) => p.changed.some((x) => x.uri === uri && x.name === 'Borealis Renamed'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: FileChangeType.Changed }] });
    await changed;
    fs.rmSync(file);
    const removed = nextNote((p) => p.removed.includes(uri));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: FileChangeType.Deleted }] });
    await removed;
    const r = await client.request<LeaderboardRequest.Result>('modelCard/leaderboard', {});
    assert.deepEqual(r.rows.map((x) => x.name), ['Aurora 78B']);
  });

  void it('asks for a reload when a new Markdown file appears', async () => {
    const uri = fileUri(dir, 'models/cygnus.md');
    fs.writeFileSync(path.join(dir, 'models', 'cygnus.md'), SECOND.replace('# Borealis 7B', '# Cygnus 7B'));
    const reload = nextNote((p) => p.reload);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: FileChangeType.Created }] });
    await reload;
    const r = await client.request<LeaderboardRequest.Result>('modelCard/leaderboard', {});
    assert.deepEqual(r.rows.map((x) => x.name), ['Aurora 78B', 'Cygnus 7B']);
  });
});

// In a leaderboard repository the rows come from the index's analyses: the same rows and findings counts,
// and a file under models/ that only the index's assumption reads as a card is no row.
void describe('modelCard/leaderboard in a leaderboard repository', () => {
  let dir = '';
  let client: TestClient;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-lsp-board-repo-'));
    fs.mkdirSync(path.join(dir, 'models', 'acme'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'labs'));
    fs.writeFileSync(path.join(dir, 'labs', 'acme.md'), '# Acme\n');
    fs.writeFileSync(path.join(dir, 'models', 'acme', 'aurora.md'), GOOD_CARD);
    fs.writeFileSync(path.join(dir, 'models', 'acme', 'wrong.md'), GOOD_CARD.replace('# Aurora 78B', '# Wrong 78B').replace(/\*\*ALScore:\*\* [0-9.]+/, '**ALScore:** 9.9'));
    fs.writeFileSync(path.join(dir, 'models', 'acme', 'notes.md'), '# Notes\n\nPlain prose, nothing of a card.\n');
    client = await TestClient.start({ folder: dir, settings: {}, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  void it('rows of the cards with their findings; prose under models/ is no row', async () => {
    const r = await client.request<LeaderboardRequest.Result>('modelCard/leaderboard', {});
    const byName = new Map(r.rows.map((row) => [row.name, row]));
    assert.deepEqual([...byName.keys()].sort(), ['Aurora 78B', 'Wrong 78B']);
    assert.equal(byName.get('Aurora 78B')?.findings.errors, 0);
    assert.ok((byName.get('Wrong 78B')?.findings.errors ?? 0) > 0, 'the wrong ALScore is counted');
  });
});

// A repository of 440 cards: every card's row is made as the index reads it (the index keeps no analyses),
// with its findings; the findings across files of a closed card are published.
void describe('modelCard/leaderboard in a repository of 440 cards', () => {
  let dir = '';
  let client: TestClient;
  const cards = new Map<string, string>();
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-lsp-board-big-'));
    fs.mkdirSync(path.join(dir, 'models', 'acme'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'labs'));
    fs.writeFileSync(path.join(dir, 'labs', 'acme.md'), '# Acme\n');
    fs.writeFileSync(path.join(dir, 'labs', 'globex.md'), '# Globex\n');
    for (let i = 0; i < 440; i++) {
      const name = `aurora-${String(i).padStart(3, '0')}-78b`;
      let text = GOOD_CARD.replace('# Aurora 78B', `# Aurora ${String(i).padStart(3, '0')} 78B`).replace('[Northwind Labs](../../labs/northwind-labs.md)', '[Acme](../../labs/acme.md)');
      if (i % 50 === 7) text = text.replace(/\*\*ALScore:\*\* [0-9.]+/, '**ALScore:** 9.9');
      if (i % 50 === 9) text = text.replace('[Acme](../../labs/acme.md)', '[Globex](../../labs/globex.md)');
      if (i % 50 === 11) text = `<!-- modelcard-disable-file alscore-mismatch -->\n${text.replace(/\*\*ALScore:\*\* [0-9.]+/, '**ALScore:** 9.9')}`;
      cards.set(name, text);
      fs.writeFileSync(path.join(dir, 'models', 'acme', `${name}.md`), text);
    }
    fs.writeFileSync(path.join(dir, 'models', 'acme', 'zz-notes.md'), '# Notes\n\nPlain prose, nothing of a card.\n');
    client = await TestClient.start({ folder: dir, settings: {}, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  void it('has a row per card with its findings', async () => {
    const r = await client.request<LeaderboardRequest.Result>('modelCard/leaderboard', {});
    assert.equal(r.rows.length, 440);
    const byUri = new Map(r.rows.map((row) => [row.uri, row]));
    for (const [name, text] of cards) {
      const row = byUri.get(fileUri(dir, `models/acme/${name}.md`));
      assert.ok(row, name);
      const i = Number(name.split('-')[1]);
      assert.equal(row.name, `Aurora ${name.split('-')[1] ?? ''} 78B`);
      assert.equal(row.findings.errors > 0, i % 50 === 7, `${name}: ${JSON.stringify(row.findings)} (${text.length} chars)`);
    }
  });

  void it('reports the findings across files of a closed card', async () => {
    const uri = fileUri(dir, 'models/acme/aurora-409-78b.md'); // 409 % 50 === 9: the Globex link
    const ds = await client.diagnostics(uri, undefined, 20000);
    assert.ok(ds.some((d) => d.code === 'organization-folder-mismatch'), JSON.stringify(ds.map((d) => d.code)));
  });
});
