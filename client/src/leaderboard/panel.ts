// The Leaderboard panel: one webview with every card of the workspace, its rows from the server and kept
// live by the server's change notifications; a chosen row opens its card.
import * as vscode from 'vscode';
import { ACCESS_LABELS, TIERS } from '../../../server/src/core/vocabulary/words';
import type { LeaderboardChangedNotification, LeaderboardRow } from '../../../server/src/protocol';
import type { CardClient } from '../client';
import { randomNonce } from '../preview/manager';
import { leaderboardHtml } from './html';
import { readLeaderboardMessage, type LeaderboardUpdate } from './messages';

export const LEADERBOARD_VIEW_TYPE = 'modelCard.leaderboard';

export class LeaderboardPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | null = null;
  /** The rows the webview holds, by URI: a row may be opened only if it was sent. */
  private rows = new Map<string, LeaderboardRow>();
  private loading: Promise<void> | null = null;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly panelSubscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: CardClient) {
    this.subscriptions.push(
      client.onLeaderboardChanged((params) => this.onChanged(params)),
      vscode.window.registerWebviewPanelSerializer(LEADERBOARD_VIEW_TYPE, {
        deserializeWebviewPanel: (panel: vscode.WebviewPanel) => {
          this.attach(panel);
          return Promise.resolve();
        },
      }),
    );
  }

  /** Opens (or reveals) the Leaderboard; resolves with the number of rows once they were sent to the webview (for tests). */
  async show(): Promise<number> {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      await this.loading;
      return this.rows.size;
    }
    const panel = vscode.window.createWebviewPanel(LEADERBOARD_VIEW_TYPE, 'Model Card Leaderboard', vscode.ViewColumn.Active, {
      enableScripts: true,
      // The page loads nothing: its script and style are inline with a nonce.
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    this.attach(panel);
    await this.load();
    return this.rows.size;
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = { enableScripts: true, localResourceRoots: [] };
    panel.webview.html = leaderboardHtml({ cspSource: panel.webview.cspSource, nonce: randomNonce() });
    this.panelSubscriptions.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      panel.onDidDispose(() => this.detach()),
    );
  }

  private detach(): void {
    this.panel = null;
    this.rows.clear();
    for (const s of this.panelSubscriptions.splice(0)) s.dispose();
  }

  private onMessage(raw: unknown): void {
    const message = readLeaderboardMessage(raw);
    if (message?.type === 'ready') {
      // A (re)loaded webview: the rows held here, or the server's when there are none yet.
      if (this.rows.size > 0 && !this.loading) this.post(this.rowsMessage([...this.rows.values()], this.rows.size, false));
      else void this.load();
    } else if (message?.type === 'open') {
      const row = this.rows.get(message.uri);
      if (row) void this.open(row.uri);
    }
  }

  /** Asks the server for every row and sends them to the webview; concurrent calls share one request. */
  private load(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const result = await this.client.leaderboard();
        this.rows = new Map(result.rows.map((r) => [r.uri, r]));
        this.post(this.rowsMessage(result.rows, result.files, result.truncated));
      } catch (error) {
        this.post({ type: 'error', message: `The cards could not be read: ${error instanceof Error ? error.message : String(error)}` });
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }

  private rowsMessage(rows: LeaderboardRow[], files: number, truncated: boolean): LeaderboardUpdate {
    return { type: 'rows', rows, files, truncated, tiers: TIERS, accessLabels: ACCESS_LABELS };
  }

  private onChanged(params: LeaderboardChangedNotification.Params): void {
    if (!this.panel) return;
    if (params.reload) {
      void this.load();
      return;
    }
    for (const uri of params.removed) this.rows.delete(uri);
    for (const row of params.changed) this.rows.set(row.uri, row);
    this.post({ type: 'patch', changed: params.changed, removed: params.removed });
  }

  private post(message: LeaderboardUpdate): void {
    void this.panel?.webview.postMessage(message);
  }

  /** Opens a card beside the Leaderboard, keeping the table in view. */
  private async open(uri: string): Promise<void> {
    try {
      await vscode.window.showTextDocument(vscode.Uri.parse(uri, true), { viewColumn: vscode.ViewColumn.Beside, preview: false });
    } catch (error) {
      void vscode.window.showErrorMessage(`Model Card: the card could not be opened: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
