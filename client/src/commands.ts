// The six commands of the command palette; commands that need the server wait for it to start.
import * as vscode from 'vscode';
import type { CheckWorkspaceRequest } from '../../server/src/protocol';
import type { CardClient } from './client';
import type { LeaderboardPanel } from './leaderboard/panel';
import type { PreviewManager } from './preview/manager';
import { newCard, type NewCardArgs } from './newCard';
import { cardSnippet } from './template';

export type { NewCardArgs } from './newCard';

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
