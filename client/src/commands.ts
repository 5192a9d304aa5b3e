// The six commands of the command palette; commands that need the server wait for it to start.
import * as vscode from 'vscode';
import type { CheckWorkspaceRequest } from '../../server/src/protocol';
import type { CardClient } from './client';
import type { LeaderboardPanel } from './leaderboard/panel';
import type { PreviewManager } from './preview/manager';
import { cardSnippet, cardText, FIRST_FILL_IN, titleSlug, todayIso } from './template';

/** Arguments that let tests (and other extensions) skip the prompts of New Card. */
export interface NewCardArgs {
  modelName?: string;
  organization?: string;
  uri?: vscode.Uri | string;
}

export function registerCommands(client: CardClient, preview: PreviewManager, leaderboard: LeaderboardPanel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('modelCard.newCard', (args?: NewCardArgs) => newCard(args)),
    vscode.commands.registerCommand('modelCard.insertTemplate', insertTemplate),
    vscode.commands.registerCommand('modelCard.openPreview', (uri?: vscode.Uri) => preview.open(uri)),
    vscode.commands.registerCommand('modelCard.checkWorkspace', () => checkWorkspace(client)),
    vscode.commands.registerCommand('modelCard.restartServer', () => restartServer(client)),
    vscode.commands.registerCommand('modelCard.showLeaderboard', () => leaderboard.show()),
  ];
}

/** Asks for one name; undefined when the person cancels. */
function askName(step: number, title: string, placeHolder: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: `New Model Card (${step}/2)`,
    prompt: title,
    placeHolder,
    ignoreFocusOut: true,
    validateInput: (value) => {
      if (!value.trim()) return `${title} cannot be empty`;
      if (!titleSlug(value)) return 'Use at least one letter or digit, so the card gets a file name';
      return null;
    },
  });
}

/** Where the save dialog starts: models/<org>/<model>.md when the workspace has a models/ folder. */
async function defaultCardUri(modelSlug: string, orgSlug: string): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const models = vscode.Uri.joinPath(folder.uri, 'models');
  try {
    const stat = await vscode.workspace.fs.stat(models);
    if (stat.type & vscode.FileType.Directory) return vscode.Uri.joinPath(models, orgSlug, `${modelSlug}.md`);
  } catch {
    // No models/ folder: the card goes to the folder root.
  }
  return vscode.Uri.joinPath(folder.uri, `${modelSlug}.md`);
}

/** Creates a card file from the template and opens it with the Released value selected. */
export async function newCard(args: NewCardArgs = {}): Promise<vscode.Uri | undefined> {
  const modelName = args.modelName ?? (await askName(1, 'Model name, as in the card title', 'e.g. Corvid 34B'))?.trim();
  if (!modelName) return undefined;
  const organization = args.organization ?? (await askName(2, 'Organization (the lab that made the model)', 'e.g. Example Labs'))?.trim();
  if (!organization) return undefined;
  const orgSlug = titleSlug(organization);
  const modelSlug = titleSlug(modelName) || 'model';

  let target = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
  if (!target) {
    const defaultUri = await defaultCardUri(modelSlug, orgSlug);
    target = await vscode.window.showSaveDialog({
      title: 'Save the new model card',
      saveLabel: 'Create Card',
      filters: { 'Model card': ['md'] },
      ...(defaultUri ? { defaultUri } : {}),
    });
    if (!target) return undefined;
  }

  const text = cardText({ modelName, organization, orgSlug, today: todayIso() });
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));

  const editor = await vscode.window.showTextDocument(target);
  const line = text.split('\n').findIndex((l) => l.startsWith(FIRST_FILL_IN.label));
  if (line >= 0) {
    const start = new vscode.Position(line, FIRST_FILL_IN.label.length);
    editor.selection = new vscode.Selection(start, start.translate(0, FIRST_FILL_IN.value.length));
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return target;
}

/** Inserts the full card snippet at the cursor of the active editor. */
async function insertTemplate(): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open a Markdown file to insert a model card template into.');
    return false;
  }
  return editor.insertSnippet(new vscode.SnippetString(cardSnippet()));
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Checks every card in the workspace; the findings land in the Problems panel. Returns the counts (for tests). */
async function checkWorkspace(client: CardClient): Promise<CheckWorkspaceRequest.Result | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Open a folder to check the model cards in it.');
    return undefined;
  }
  let cancelled = false;
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Checking model cards…', cancellable: true },
      (_progress, token) => {
        token.onCancellationRequested(() => (cancelled = true));
        return client.checkWorkspace(token);
      },
    );
    const summary = `Checked ${plural(result.files, 'Markdown file')}: ${plural(result.cards, 'card')}, ${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}.`;
    // The summary is not awaited: the command finishes while the notification stays up.
    if (result.errors + result.warnings === 0) void vscode.window.showInformationMessage(summary);
    else void vscode.window.showWarningMessage(summary, 'Show Problems').then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
    return result;
  } catch (error) {
    if (!cancelled) void vscode.window.showErrorMessage(`Model Card: the workspace check failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Restarts the language server by hand. */
async function restartServer(client: CardClient): Promise<void> {
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Restarting the Model Card server' }, () => client.restart());
    void vscode.window.setStatusBarMessage('Model Card server restarted', 3000);
  } catch (error) {
    void vscode.window.showErrorMessage(`Model Card: the server did not restart: ${error instanceof Error ? error.message : String(error)}`);
  }
}
