// What activation does on desktop and in the browser alike: registers everything at once and starts the
// server without waiting for it. Only the transport (extension.ts, browserExtension.ts) differs.
import * as vscode from 'vscode';
import { CardClient, type ClientTransport } from './client';
import { registerCommands } from './commands';
import { PreviewManager } from './preview/manager';
import { CardStatusItem } from './status';

let client: CardClient | undefined;

export function activateWith(context: vscode.ExtensionContext, transport: ClientTransport): void {
  client = new CardClient(transport);
  const preview = new PreviewManager(client);
  context.subscriptions.push(preview, new CardStatusItem(client), ...registerCommands(client, preview));
  // Commands that need the server await client.ready(); activation itself never blocks on the start.
  client.start().catch((error: unknown) => {
    void vscode.window.showErrorMessage(`The Model Card server did not start: ${error instanceof Error ? error.message : String(error)}. Run "Model Card: Restart Server" to retry.`);
  });
}

export function deactivateClient(): Promise<void> | undefined {
  return client?.dispose();
}
