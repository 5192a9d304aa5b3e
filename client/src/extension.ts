// Entry point on desktop (dist/client.js): the server is dist/server.js, a Node process over IPC.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, deactivateClient } from './activation';

export function activate(context: vscode.ExtensionContext): void {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  activateWith(context, {
    // Virtual workspaces (vscode-vfs) get diagnostics for open cards; the Node server reads no files there.
    schemes: ['file', 'untitled', 'vscode-vfs'],
    create: (id, name, options) => new LanguageClient(id, name, serverOptions, options),
  });
}

export function deactivate(): Promise<void> | undefined {
  return deactivateClient();
}
