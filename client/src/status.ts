// The language status item (`ALScore 4.0 · Mid-tier`) and the `modelCard.isCard` context key, for the active editor.
import * as vscode from 'vscode';
import type { CardClient, CardStatus } from './client';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The item's text: the card's ALScore and tier, as the server computed them. */
export function statusText(status: CardStatus): string {
  if (status.alScore === null) return 'ALScore unknown';
  const score = `ALScore ${status.alScore.toFixed(1)}`;
  return status.tier ? `${score} · ${status.tier}` : score;
}

/** Shows the status of the active card; the item exists only while a card is active. */
export class CardStatusItem implements vscode.Disposable {
  private item: vscode.LanguageStatusItem | null = null;
  private readonly subscriptions: vscode.Disposable[] = [];
  private isCard: boolean | null = null;

  constructor(private readonly client: CardClient) {
    this.subscriptions.push(
      client.onStatus((status) => {
        if (status.uri === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  /** Reflects the active editor's last known status. */
  private update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri === undefined ? undefined : this.client.statuses.get(uri);
    this.setContext(status?.isCard === true);
    if (!status?.isCard) {
      this.item?.dispose();
      this.item = null;
      return;
    }
    this.item ??= this.createItem();
    this.item.text = statusText(status);
    this.item.detail = status.errors + status.warnings > 0 ? `${plural(status.errors, 'error')}, ${plural(status.warnings, 'warning')}` : 'no problems';
    this.item.severity = status.errors > 0 ? vscode.LanguageStatusSeverity.Error : status.warnings > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  private createItem(): vscode.LanguageStatusItem {
    const item = vscode.languages.createLanguageStatusItem('modelCard.status', { language: 'markdown' });
    item.name = 'Model Card';
    item.command = { title: 'Open Metrics Preview', command: 'modelCard.openPreview', tooltip: 'Show the card’s metrics beside the editor' };
    return item;
  }

  /** Sets the context key the editor title menu uses, only when it changes. */
  private setContext(isCard: boolean): void {
    if (this.isCard === isCard) return;
    this.isCard = isCard;
    void vscode.commands.executeCommand('setContext', 'modelCard.isCard', isCard);
  }

  dispose(): void {
    this.item?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
