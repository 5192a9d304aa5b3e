// Entry point in the browser (dist/browserClient.js: vscode.dev, github.dev): the server is
// dist/browserServer.js in a web worker, and its file access is served here from vscode.workspace.fs.
import * as vscode from 'vscode';
import { BaseLanguageClient, BrowserMessageReader, BrowserMessageWriter, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient } from './activation';
import { serveFileAccess } from './fileAccess';

const WORKER_OPTIONS: WorkerOptions = { name: 'Model Card language server' };

/** A language client whose server is a web worker, a new one for every start: a stopped server's worker is ended. */
class WorkerLanguageClient extends BaseLanguageClient {
  private worker: Worker | undefined;
  /** The script as a blob: URL, made once, where the extension host refuses the script's own URL. */
  private blobUrl: Promise<string> | undefined;

  constructor(
    id: string,
    name: string,
    options: LanguageClientOptions,
    private readonly server: vscode.Uri,
  ) {
    super(id, name, options);
  }

  protected async createMessageTransports(): Promise<MessageTransports> {
    this.worker?.terminate();
    this.worker = undefined;
    const worker = await this.startWorker();
    this.worker = worker;
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  }

  /**
   * The worker from the script's URL (vscode.dev, github.dev: an https URL the extension host loads). An
   * extension installed on a remote (code-server, a remote workbench) has a vscode-remote: URL, for which
   * the web extension host refuses to create workers: there the script is read through the file system
   * and started from a blob: URL of the same origin.
   */
  private async startWorker(): Promise<Worker> {
    try {
      return new Worker(this.server.toString(true), WORKER_OPTIONS);
    } catch (error) {
      this.blobUrl ??= this.readAsBlob().catch((e: unknown) => {
        this.blobUrl = undefined;
        throw e;
      });
      this.info(`Starting the server from its script's text (${error instanceof Error ? error.message : String(error)})`);
      return new Worker(await this.blobUrl, WORKER_OPTIONS);
    }
  }

  private async readAsBlob(): Promise<string> {
    const script = await vscode.workspace.fs.readFile(this.server);
    return URL.createObjectURL(new Blob([new TextDecoder().decode(script)], { type: 'text/javascript' }));
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
  const server = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browserServer.js');
  activateWith(context, {
    // The file systems of vscode.dev (file: through the browser's File System Access), github.dev
    // (vscode-vfs), a remote workbench (vscode-remote) and @vscode/test-web (vscode-test-web).
    schemes: ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'],
    create: (id, name, options) => new WorkerLanguageClient(id, name, options, server),
    serve: serveFileAccess,
  });
}

export function deactivate(): Promise<void> | undefined {
  return deactivateClient();
}
