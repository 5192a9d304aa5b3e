// The language client, the same on desktop and in the browser but for its transport: restarts the server
// after a crash and exposes the custom requests. extension.ts (Node) and browserExtension.ts give the transport.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type BaseLanguageClient,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import { CardPreviewRequest, CardStatusNotification, CheckWorkspaceRequest, LeaderboardChangedNotification, LeaderboardRequest, type CardPreview } from '../../server/src/protocol';
import { initializationOptions, watchTrust } from './trust';
import { SECTION } from './clientSettings';

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

/** A language client that can restart its server (vscode-languageclient's Node client can; the browser's is given the same). */
export type RestartableClient = BaseLanguageClient & { restart(): Promise<void> };

/** What differs between desktop and browser: how the server runs, and which documents it can see. */
export interface ClientTransport {
  /** URI schemes of the Markdown documents the server checks. */
  schemes: readonly string[];
  /** The language client with its server (a Node process, or a web worker). */
  create(id: string, name: string, options: LanguageClientOptions): RestartableClient;
  /** What the client serves the server besides the protocol (the browser's file access). */
  serve?(client: BaseLanguageClient): vscode.Disposable[];
}

/** Owns the LanguageClient; commands await `ready()` so they work even while the server is still starting. */
export class CardClient implements vscode.Disposable {
  private readonly client: RestartableClient;
  private readonly errorHandler: RestartingErrorHandler;
  private readonly output: vscode.OutputChannel;
  private readonly statusEmitter = new vscode.EventEmitter<CardStatus>();
  private starting: Promise<void> | null = null;
  private readonly served: vscode.Disposable[];
  /** The last status the server sent per document URI. */
  readonly statuses = new Map<string, CardStatus>();
  readonly onStatus = this.statusEmitter.event;
  private readonly leaderboardEmitter = new vscode.EventEmitter<LeaderboardChangedNotification.Params>();
  /** Rows of the Leaderboard changed (sent by the server once a leaderboard was asked for). */
  readonly onLeaderboardChanged = this.leaderboardEmitter.event;

  constructor(transport: ClientTransport) {
    this.output = vscode.window.createOutputChannel('Model Card');
    this.errorHandler = new RestartingErrorHandler(this.output);
    const clientOptions: LanguageClientOptions = {
      documentSelector: transport.schemes.map((scheme) => ({ language: 'markdown', scheme })),
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
    this.client = transport.create(SECTION, 'Model Card', clientOptions);
    this.client.onNotification(CardStatusNotification.method, (params: CardStatus) => {
      this.statuses.set(params.uri, params);
      this.statusEmitter.fire(params);
    });
    this.client.onNotification(LeaderboardChangedNotification.method, (params: LeaderboardChangedNotification.Params) => this.leaderboardEmitter.fire(params));
    this.served = [watchTrust(this.client), ...(transport.serve?.(this.client) ?? [])];
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
  async ready(): Promise<BaseLanguageClient> {
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

  /** Every card of the workspace as a Leaderboard row. */
  async leaderboard(token?: vscode.CancellationToken): Promise<LeaderboardRequest.Result> {
    const client = await this.ready();
    const params: LeaderboardRequest.Params = {};
    return client.sendRequest<LeaderboardRequest.Result>(LeaderboardRequest.method, params, token);
  }

  async dispose(): Promise<void> {
    for (const d of this.served) d.dispose();
    this.statusEmitter.dispose();
    this.leaderboardEmitter.dispose();
    if (this.client.needsStop()) await this.client.stop();
    this.output.dispose();
  }
}
