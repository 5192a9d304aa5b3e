// Workspace trust: in an untrusted workspace the server reads no .modelcardrc.json and ignores
// modelCard.configFile (package.json `capabilities.untrustedWorkspaces`), until the user trusts it.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { WorkspaceTrustNotification, type InitializationOptions } from '../../server/src/protocol';

/** The initializationOptions of each server start: the workspace's trust at that moment. */
export function initializationOptions(): InitializationOptions {
  return { trusted: vscode.workspace.isTrusted };
}

/** Tells a running server when the user grants trust (a server started later learns it at initialize). */
export function watchTrust(client: BaseLanguageClient): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(() => {
    if (!client.isRunning()) return;
    const params: WorkspaceTrustNotification.Params = { trusted: true };
    client.sendNotification(WorkspaceTrustNotification.method, params).catch(() => undefined);
  });
}
