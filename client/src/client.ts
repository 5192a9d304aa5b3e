// The language client: starts dist/server.js over IPC, restarts it after a crash, and exposes the custom requests.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CardPreviewRequest, CardStatusNotification, CheckWorkspaceRequest, type CardPreview } from '../../server/src/protocol';
import { initializationOptions, watchTrust } from './trust';
import { SECTION } from './config';

/** Crashes tolerated within RESTART_WINDOW_MS before giving up until the user restarts by hand. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** Restarts the server after a crash, says so once, and stops trying if it keeps crashing. */
class RestartingErrorHandler implements ErrorHandler {
  private readonly crashes: number[] = [];
  private warned = false;

  constructor(private readonly output: vscode.OutputChannel) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // A few broken messages are survivable; a stream of them means the connection is gone.
    return { action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - (this.crashes[0] ?? now) > RESTART_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length > MAX_RESTARTS) {
      return {
        action: CloseAction.DoNotRestart,
        message: `The Model Card server crashed ${this.crashes.length} times in 3 minutes and was not restarted. Run "Model Card: Restart Server" to try again; details are in the "Model Card" output.`,
      };
    }
    if (!this.warned) {
      this.warned = true;
      this.output.appendLine(`[${new Date().toISOString()}] The server stopped unexpectedly; restarting it.`);
      void vscode.window.showWarningMessage('The Model Card server stopped unexpectedly and was restarted. Details are in the "Model Card" output.', 'Show Output').then((choice) => {
        if (choice) this.output.show(true);
      });
    }
    return { action: CloseAction.Restart, handled: true };
  }

  /** A manual restart forgives earlier crashes. */
  reset(): void {
    this.crashes.length = 0;
  }
}

export type CardStatus = CardStatusNotification.Params;

/** Owns the LanguageClient; commands await `ready()` so they work even while the server is still starting. */
export class CardClient implements vscode.Disposable {
  private readonly client: LanguageClient;
  private readonly errorHandler: RestartingErrorHandler;
  private readonly output: vscode.OutputChannel;
  private readonly statusEmitter = new vscode.EventEmitter<CardStatus>();
  private starting: Promise<void> | null = null;
  private readonly trust: vscode.Disposable;
  /** The last status the server sent per document URI. */
  readonly statuses = new Map<string, CardStatus>();
  readonly onStatus = this.statusEmitter.event;

  constructor(context: vscode.ExtensionContext) {
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    this.output = vscode.window.createOutputChannel('Model Card');
    this.errorHandler = new RestartingErrorHandler(this.output);
    const clientOptions: LanguageClientOptions = {
      // Virtual workspaces (vscode-vfs) get diagnostics for open cards; the server reads no files there.
      documentSelector: ['file', 'untitled', 'vscode-vfs'].map((scheme) => ({ language: 'markdown', scheme })),
      synchronize: {
        configurationSection: SECTION,
        fileEvents: vscode.workspace.createFileSystemWatcher('**/.modelcardrc.json'),
      },
      outputChannel: this.output,
      errorHandler: this.errorHandler,
      // A function: each (re)start tells the server the trust of that moment.
      initializationOptions,
    };
    // The id matches the settings prefix so `modelCard.trace.server` turns on protocol tracing.
    this.client = new LanguageClient(SECTION, 'Model Card', serverOptions, clientOptions);
    this.client.onNotification(CardStatusNotification.method, (params: CardStatus) => {
      this.statuses.set(params.uri, params);
      this.statusEmitter.fire(params);
    });
    this.trust = watchTrust(this.client);
  }

  /** Starts the server once; later calls share the same start. */
  start(): Promise<void> {
    this.starting ??= this.client.start().catch((error: unknown) => {
      this.starting = null;
      this.output.appendLine(`Could not start the Model Card server: ${String(error)}`);
      throw error;
    });
    return this.starting;
  }

  /** The running client, after waiting for the server to start. */
  async ready(): Promise<LanguageClient> {
    await this.start();
    return this.client;
  }

  /** Stops and starts the server (the "Restart Server" command). */
  async restart(): Promise<void> {
    this.errorHandler.reset();
    this.statuses.clear();
    if (this.starting) await this.starting.catch(() => undefined);
    if (this.client.isRunning()) {
      await this.client.restart();
      this.starting = Promise.resolve();
    } else {
      this.starting = null;
      await this.start();
    }
  }

  /** The preview data of one document, or null when the server has none for it. */
  async preview(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<CardPreview | null> {
    const client = await this.ready();
    const params: CardPreviewRequest.Params = { uri: uri.toString() };
    return client.sendRequest<CardPreviewRequest.Result>(CardPreviewRequest.method, params, token);
  }

  /** Checks every card in the workspace; diagnostics arrive in the Problems panel. */
  async checkWorkspace(token?: vscode.CancellationToken): Promise<CheckWorkspaceRequest.Result> {
    const client = await this.ready();
    const params: CheckWorkspaceRequest.Params = {};
    return client.sendRequest<CheckWorkspaceRequest.Result>(CheckWorkspaceRequest.method, params, token);
  }

  async dispose(): Promise<void> {
    this.trust.dispose();
    this.statusEmitter.dispose();
    if (this.client.needsStop()) await this.client.stop();
    this.output.dispose();
  }
}
