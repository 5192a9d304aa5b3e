// The metrics preview panel: one webview beside the editor that follows the active card and updates as it is edited.
import * as vscode from 'vscode';
import { ACCESS_LABELS, TIERS } from '../../../server/src/core/vocabulary/words';
import type { CardClient } from '../client';
import { previewOpensToSide } from '../clientSettings';
import { previewHtml } from './html';
import type { UpdateMessage, WebviewMessage } from './messages';

export const PREVIEW_VIEW_TYPE = 'modelCard.preview';

/** 128 random bits, base64: from Web Crypto, which both the Node and the browser extension hosts have. */
export function randomNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
/** Typing pauses shorter than this coalesce into one refresh. */
const DEBOUNCE_MS = 150;

export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | null = null;
  private uri: vscode.Uri | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request: vscode.CancellationTokenSource | null = null;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly panelSubscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: CardClient) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isShown(e.document.uri)) this.schedule();
      }),
      client.onStatus((status) => {
        if (this.isShown(status.uri)) this.schedule();
        else if (status.isCard && status.uri === vscode.window.activeTextEditor?.document.uri.toString()) this.follow(vscode.window.activeTextEditor.document.uri);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && this.client.statuses.get(editor.document.uri.toString())?.isCard) this.follow(editor.document.uri);
      }),
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel: vscode.WebviewPanel, state: unknown) => {
          const uri = (state as Partial<UpdateMessage> | undefined)?.uri;
          this.attach(panel, uri ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri ?? null);
          return Promise.resolve();
        },
      }),
    );
  }

  /** Opens (or reveals) the preview of `uri`, or of the active editor's document. */
  open(uri?: vscode.Uri): void {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri ?? this.uri;
    if (!target) {
      void vscode.window.showInformationMessage('Open a model card (a Markdown file) to preview its metrics.');
      return;
    }
    const column = previewOpensToSide() ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (this.panel) {
      this.panel.reveal(column, true);
      this.follow(target);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Metrics', { viewColumn: column, preserveFocus: true }, {
      enableScripts: true,
      // The page loads nothing: its script and style are inline with a nonce.
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    this.attach(panel, target);
  }

  private isShown(uri: vscode.Uri | string): boolean {
    return this.panel !== null && this.uri !== null && this.uri.toString() === uri.toString();
  }

  /** Switches the panel to another card. */
  private follow(uri: vscode.Uri): void {
    if (!this.panel || this.isShown(uri)) return;
    this.uri = uri;
    void this.refresh();
  }

  private attach(panel: vscode.WebviewPanel, uri: vscode.Uri | null): void {
    this.panel = panel;
    this.uri = uri;
    panel.webview.options = { enableScripts: true, localResourceRoots: [] };
    panel.webview.html = previewHtml({ cspSource: panel.webview.cspSource, nonce: randomNonce() });
    this.panelSubscriptions.push(
      panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.onMessage(message)),
      panel.onDidDispose(() => this.detach()),
    );
  }

  private detach(): void {
    this.panel = null;
    this.uri = null;
    clearTimeout(this.timer);
    this.request?.cancel();
    for (const s of this.panelSubscriptions.splice(0)) s.dispose();
  }

  private onMessage(message: WebviewMessage): void {
    // The webview (re)loaded, e.g. after being hidden: send it the current card.
    if (message.type === 'ready') void this.refresh();
    else if (message.type === 'reveal' && this.uri) void this.reveal(this.uri, message.line, message.character);
  }

  /** Shows a finding's position in the card's editor. */
  private async reveal(uri: vscode.Uri, line: number, character: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One });
    const at = new vscode.Position(line, character);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
  }

  /** Asks the server for the card and posts it to the webview; a newer refresh cancels an older one. */
  private async refresh(): Promise<void> {
    const panel = this.panel;
    const uri = this.uri;
    if (!panel || !uri) return;
    this.request?.cancel();
    const request = new vscode.CancellationTokenSource();
    this.request = request;
    let preview: UpdateMessage['preview'] = null;
    try {
      preview = await this.client.preview(uri, request.token);
    } catch (error) {
      if (request.token.isCancellationRequested) return;
      console.error('Model Card preview request failed', error);
    } finally {
      request.dispose();
    }
    if (request !== this.request || this.panel !== panel) return;
    this.request = null;
    panel.title = preview?.isCard ? `Metrics: ${preview.card.modelName ?? 'Untitled card'}` : 'Metrics';
    const message: UpdateMessage = { type: 'update', uri: uri.toString(), preview, tiers: TIERS, accessLabels: ACCESS_LABELS };
    await panel.webview.postMessage(message);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
