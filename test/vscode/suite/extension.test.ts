// Inside VS Code: diagnostics, inlay hints, quick fixes, the template, the preview and New Card, as a person meets them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CheckWorkspaceRequest } from '../../../server/src/protocol';
import { BROKEN, CLEAN, FIXABLE, SNIPPET } from '../cards';
import { describeDiagnostics, hintText, ruleOf, waitForDiagnostics, waitForTab } from './helpers';

const EXTENSION_ID = 'model-card-studio.model-card-studio';

function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is not open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

async function open(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(doc);
}

const hasRule = (rule: string) => (ds: vscode.Diagnostic[]): boolean => ds.some((d) => ruleOf(d) === rule);
/** No errors or warnings: what is left may only say "fill this in". */
const onlyFillIns = (ds: vscode.Diagnostic[]): boolean => ds.every((d) => d.severity >= vscode.DiagnosticSeverity.Information);

suite('Model Card Studio in VS Code', () => {
  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the test instance`);
    await extension.activate();
  });

  teardown(async () => {
    // Revert edited cards first: closing a dirty editor would wait on a "Save changes?" dialog.
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a broken card shows its diagnostics at the right lines', async () => {
    const editor = await open(BROKEN);
    const ds = await waitForDiagnostics(editor.document.uri, (d) => hasRule('alscore-mismatch')(d) && hasRule('invalid-value')(d));
    const alScore = ds.find((d) => ruleOf(d) === 'alscore-mismatch');
    assert.ok(alScore);
    assert.equal(alScore.severity, vscode.DiagnosticSeverity.Error);
    assert.match(editor.document.lineAt(alScore.range.start.line).text, /^- \*\*ALScore:\*\* 4\.1/);
    assert.equal(editor.document.getText(alScore.range), '4.1');
    const access = ds.find((d) => ruleOf(d) === 'invalid-value');
    assert.ok(access);
    assert.match(editor.document.lineAt(access.range.start.line).text, /^\*\*Access:\*\* Open/);
    assert.ok(!ds.some((d) => ruleOf(d) === 'ratio-mismatch'), `unexpected: ${describeDiagnostics(ds)}`);
  });

  test('inlay hints show the computed ALScore and ratio', async () => {
    const editor = await open(CLEAN);
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, onlyFillIns);
    const all = new vscode.Range(0, 0, doc.lineCount, 0);
    const hints = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, all)) ?? [];
    const texts = hints.map(hintText);
    const alLine = doc.getText().split('\n').findIndex((l) => l.startsWith('- **ALScore:**'));
    const alHint = hints.find((h) => h.position.line === alLine);
    assert.ok(alHint, `no hint on the ALScore line (hints: ${texts.join(' | ')})`);
    assert.match(hintText(alHint), /3\.96/);
    assert.ok(texts.some((t) => t.includes('232.3')), `no exact ratio hint (hints: ${texts.join(' | ')})`);
  });

  test('a quick fix corrects the ALScore', async () => {
    const editor = await open(FIXABLE);
    const uri = editor.document.uri;
    const [diagnostic] = (await waitForDiagnostics(uri, hasRule('alscore-mismatch'))).filter((d) => ruleOf(d) === 'alscore-mismatch');
    assert.ok(diagnostic);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    // The API command does not carry each action's diagnostics back: pick the fix by its title.
    const fix = actions.find((a) => a.edit && /^Write ALScore 4\.0\b/.test(a.title));
    assert.ok(fix?.edit, `no quick fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitForDiagnostics(uri, (ds) => !hasRule('alscore-mismatch')(ds));
    assert.match(editor.document.getText(), /- \*\*ALScore:\*\* 4\.0 \(Mid-tier\)/);
  });

  test('Insert Template writes a card whose only findings are fill-ins', async () => {
    const editor = await open(SNIPPET);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, hasRule('invalid-value'));
    const doc = editor.document;
    editor.selection = new vscode.Selection(0, 0, doc.lineCount, 0);
    await vscode.commands.executeCommand('modelCard.insertTemplate');
    const ds = await waitForDiagnostics(uri, onlyFillIns);
    assert.ok(onlyFillIns(ds), describeDiagnostics(ds));
    assert.match(doc.getText(), /^# Model Name\n/);
    assert.match(doc.getText(), /\*\*Last Updated:\*\* \d{4}-\d{2}-\d{2}/);
  });

  test('Open Metrics Preview opens a webview beside the card', async () => {
    await open(CLEAN);
    await vscode.commands.executeCommand('modelCard.openPreview');
    const tab = await waitForTab((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('modelCard.preview'), 'the metrics preview tab');
    // The title comes from the server's answer: wait until it names the model.
    const titled = await waitForTab((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Metrics: Test 78B', 'the preview titled with the model name');
    assert.ok(tab && titled);
  });

  test('New Card creates the file and selects the first fill-in', async () => {
    const uri = workspaceUri('models/new-lab/new-model.md');
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('modelCard.newCard', { modelName: 'New Model', organization: 'New Lab', uri });
    assert.equal(created?.toString(), uri.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /^# New Model\n/);
    assert.match(text, /\*\*Organization:\*\* \[New Lab\]\(\.\.\/\.\.\/labs\/new-lab\.md\)/);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    assert.equal(editor.document.getText(editor.selection), 'TBA');
  });

  test('New Card asks which kind, and writes a Hugging Face model card', async () => {
    const uri = workspaceUri('hf-model/README.md');
    const window = vscode.window as { showQuickPick: unknown; showInputBox: unknown };
    const [pick, input] = [window.showQuickPick, window.showInputBox];
    const asked: string[] = [];
    // The prompts answered as a person would: the second kind, then a model name.
    window.showQuickPick = (items: readonly vscode.QuickPickItem[]) => {
      asked.push(...items.map((i) => i.label));
      return Promise.resolve(items[1]);
    };
    window.showInputBox = () => Promise.resolve('heron-8b');
    try {
      const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('modelCard.newCard', { uri });
      assert.equal(created?.toString(), uri.toString());
    } finally {
      window.showQuickPick = pick;
      window.showInputBox = input;
    }
    assert.deepEqual(asked, ['Leaderboard card', 'Hugging Face model card']);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /\nlicense: unknown\n/);
    assert.match(text, /\n# heron-8b\n/);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.getText(editor.selection), 'unknown');
  });

  test('New Card in a leaderboard repository files the card under its lab and creates a new lab page', async () => {
    const existing = await vscode.commands.executeCommand<vscode.Uri | undefined>('modelCard.newCard', { kind: 'leaderboard', modelName: 'Corvid 34B', organization: 'Test Lab' });
    assert.equal(existing?.toString(), workspaceUri('models/test-lab/corvid-34b.md').toString());
    const card = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('models/test-lab/corvid-34b.md')));
    assert.match(card, /\*\*Organization:\*\* \[Test Lab\]\(\.\.\/\.\.\/labs\/test-lab\.md\)/);
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('modelCard.newCard', { kind: 'leaderboard', modelName: "Rubik's Nano", organization: "Rubik's AI", createLabPage: true });
    assert.equal(created?.toString(), workspaceUri('models/rubiks-ai/rubiks-nano.md').toString());
    const lab = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('labs/rubiks-ai.md')));
    assert.match(lab, /^# Rubik's AI\n/);
    assert.match(lab, /\| \[Rubik's Nano\]\(\.\.\/models\/rubiks-ai\/rubiks-nano\.md\) \|/);
  });

  test('Check Workspace reports every card and puts the findings in Problems', async () => {
    const result = await vscode.commands.executeCommand<CheckWorkspaceRequest.Result | undefined>('modelCard.checkWorkspace');
    assert.ok(result, 'the check returned nothing');
    assert.ok(result.cards >= 4, `only ${result.cards} cards found`);
    // Earlier tests may have fixed (and saved) other cards; the broken one alone has two errors.
    assert.ok(result.errors >= 2, `only ${result.errors} errors found`);
    // The broken card was never opened by this test: its diagnostics come from the workspace check.
    await waitForDiagnostics(workspaceUri(BROKEN), hasRule('alscore-mismatch'));
  });

  test('Show Leaderboard opens a webview with a row per card of the workspace', async () => {
    const rows = await vscode.commands.executeCommand<number>('modelCard.showLeaderboard');
    await waitForTab((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('modelCard.leaderboard') && t.label === 'Model Card Leaderboard', 'the leaderboard tab');
    // The workspace's four cards (README.md is not one); New Card may have added a fifth.
    assert.ok(rows >= 4, `${rows} rows`);
  });

  test('Restart Server brings the diagnostics back', async () => {
    await vscode.commands.executeCommand('modelCard.restartServer');
    const editor = await open(FIXABLE);
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, 0, editor.document.lineAt(0).text.length), '# Restarted 78B'));
    const at = editor.document.getText().indexOf('**Access:** ');
    const start = editor.document.positionAt(at + '**Access:** '.length);
    await editor.edit((edit) => edit.replace(new vscode.Range(start, editor.document.lineAt(start.line).range.end), 'Shut'));
    await waitForDiagnostics(editor.document.uri, hasRule('invalid-value'));
  });
});
