// Entry point in the browser (dist/browserClient.js: vscode.dev, github.dev): the server is
// dist/browserServer.js in a web worker, and its file access is served here from vscode.workspace.fs.
import * as vscode from 'vscode';
import { BaseLanguageClient, BrowserMessageReader, BrowserMessageWriter, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient } from './activation';
import { serveFileAccess } from './fileAccess';

/** A language client whose server is a web worker, a new one for every start: a stopped server's worker is ended. */
class WorkerLanguageClient extends BaseLanguageClient {
  private worker: Worker | undefined;

  constructor(
    id: string,
    name: string,
    options: LanguageClientOptions,
    private readonly serverUrl: string,
  ) {
    super(id, name, options);
  }

  protected createMessageTransports(): Promise<MessageTransports> {
    this.worker?.terminate();
    const worker = new Worker(this.serverUrl, { name: 'Model Card language server' });
    this.worker = worker;
    return Promise.resolve({ reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) });
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  override async stop(timeout?: number): Promise<void> {
    try {
      await super.stop(timeout);
    } finally {
      this.worker?.terminate();
      this.worker = undefined;
    }
  }
}

export function activate(context: vscode.ExtensionContext): void {
  const serverUrl = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browserServer.js').toString(true);
  activateWith(context, {
    // The file systems of vscode.dev (file: through the browser's File System Access), github.dev
    // (vscode-vfs), a remote workbench (vscode-remote) and @vscode/test-web (vscode-test-web).
    schemes: ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'],
    create: (id, name, options) => new WorkerLanguageClient(id, name, options, serverUrl),
    serve: serveFileAccess,
  });
}

export function deactivate(): Promise<void> | undefined {
  return deactivateClient();
}
