// The editor side of issue 11 over stdio: Check Workspace walks as `modelcard check` does (ignore
// files), and a config's `extends` and `overrides` apply to open cards as in the CLI.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { CheckWorkspaceRequest } from '../../server/src/protocol';
import { BAD_ALSCORE, GOOD_CARD, PLAIN_MARKDOWN } from './cards';
import { fileUri, TestClient } from './client';

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-ws11-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

void describe('workspace walk, ignore files and config chains in the editor', () => {
  const clients: TestClient[] = [];
  const dirs: string[] = [];
  const start = async (files: Record<string, string>, settings?: Record<string, unknown>): Promise<{ client: TestClient; dir: string }> => {
    const dir = workspace(files);
    dirs.push(dir);
    const client = await TestClient.start({ folder: dir, ...(settings ? { settings } : {}) });
    clients.push(client);
    return { client, dir };
  };
  after(async () => {
    await Promise.all(clients.map((c) => c.stop()));
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  void it('Check Workspace leaves out what .gitignore and .modelcardignore ignore', async () => {
    const { client, dir } = await start({
      '.gitignore': 'build/\n',
      '.modelcardignore': 'drafts/\n',
      'models/a.md': GOOD_CARD,
      'models/b.md': BAD_ALSCORE,
      'build/copy.md': BAD_ALSCORE,
      'drafts/wip.md': BAD_ALSCORE,
      'models/.gitignore': 'old.md\n',
      'models/old.md': BAD_ALSCORE,
    });
    const result = await client.request<CheckWorkspaceRequest.Result>('modelCard/checkWorkspace', {});
    assert.deepEqual(result, { files: 2, cards: 2, errors: 1, warnings: 0 });
    for (const ignored of ['build/copy.md', 'drafts/wip.md', 'models/old.md']) {
      assert.equal(client.published.filter((p) => p.uri === fileUri(dir, ignored)).length, 0, ignored);
    }
  });

  void it('applies extends and overrides to an open card, with modelCard.rules on top', async () => {
    const { client, dir } = await start(
      {
        'configs/base.json': JSON.stringify({ rules: { 'alscore-mismatch': 'warning' } }),
        '.modelcardrc.json': JSON.stringify({ extends: './configs/base.json', overrides: [{ files: 'models/drafts/**', rules: { 'alscore-mismatch': 'hint' } }] }),
      },
      { rules: {} },
    );
    const plain = fileUri(dir, 'models/a.md');
    await client.open(plain, BAD_ALSCORE);
    assert.equal((await client.diagnostics(plain, 1))[0]?.severity, DiagnosticSeverity.Warning, 'from the extended file');
    const draft = fileUri(dir, 'models/drafts/a.md');
    await client.open(draft, BAD_ALSCORE);
    assert.equal((await client.diagnostics(draft, 1))[0]?.severity, DiagnosticSeverity.Hint, 'the override for drafts');

    client.settings = { rules: { 'alscore-mismatch': 'error' } };
    const next = client.nextDiagnostics(draft);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await next).diagnostics[0]?.severity, DiagnosticSeverity.Error, 'settings layered over the config');
  });

  void it('treats modelCard.files as picomatch globs: `!` excludes', async () => {
    const { client, dir } = await start({}, { files: ['notes/**', '!notes/private/**'] });
    const matched = fileUri(dir, 'notes/a.md');
    await client.open(matched, PLAIN_MARKDOWN);
    assert.ok((await client.diagnostics(matched, 1)).some((d) => d.code === 'missing-field'));
    const excluded = fileUri(dir, 'notes/private/b.md');
    const analysed = client.nextStatus(excluded);
    await client.open(excluded, PLAIN_MARKDOWN);
    await analysed;
    assert.equal(client.published.filter((p) => p.uri === excluded).length, 0);
  });
});
