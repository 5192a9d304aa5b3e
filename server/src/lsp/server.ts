// Wires the connection: documents, settings, the analysis cache and one handler per feature.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
  type CompletionItem,
  type Connection,
  type InitializeResult,
  type Position,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../../package.json';
import { CardPreviewRequest, CheckWorkspaceRequest, WorkspaceTrustNotification, type InitializationOptions } from '../protocol';
import { AnalysisCache } from './analysisCache';
import { createCardService, FIX_ALL_KIND, TRIGGER_CHARACTERS, wellFormedRange, type CardDocument, type Lab } from '../core/service';
import { checkWorkspace } from './checkWorkspace';
import { DiagnosticsFeature } from './diagnostics';
import type { ServerHost } from './host';
import { registerLeaderboard } from './leaderboard';
import { limitCodeActions, limitSymbols } from './limits';
import { RepositoryFeature } from './repository';
import { repositoryEngine } from './repositoryEngine';
import { SettingsStore } from './editorSettings';

/** Where the server is in the LSP lifecycle, for the transport's exit code. */
export interface Lifecycle {
  readonly shutdown: boolean;
}

/** Labs now, or none while their promise is handed to `pending`. */
function syncLabs(labs: readonly Lab[] | Promise<readonly Lab[]>, pending: (labs: Promise<readonly Lab[]>) => void): readonly Lab[] {
  if (!(labs instanceof Promise)) return labs;
  pending(labs);
  return [];
}

/** Wires the connection to the engine; `host` gives what needs a file system (Node: the disk; browser: the client). */
export function startServer(connection: Connection, host: ServerHost): Lifecycle {
  const documents = new TextDocuments(TextDocument);
  const store = new SettingsStore(connection, host);
  const cache = new AnalysisCache(documents, store);
  const diagnostics = new DiagnosticsFeature(connection, documents, cache);
  const repository = new RepositoryFeature(connection, documents, host, store, repositoryEngine);
  diagnostics.repository = repository;
  cache.isDerived = (uri) => repository.isDerived(uri);
  repository.republishOpen = (uri, fresh) => {
    if (fresh) cache.drop(uri);
    diagnostics.schedule(uri, 0);
  };
  const client = { watchers: false, configChange: false, inlayRefresh: false, folders: false };
  const otherBenchmarks = (uri: string): string[] => documents.keys().filter((u) => u !== uri).flatMap((u) => cache.peek(u)?.analysis.body?.benchmarks.map((b) => b.name) ?? []);
  // Completion, the one feature with workspace sources, makes its own service per request below.
  const service = createCardService();
  /** Completion with the host's labs: labs a host must fetch (the browser's) are awaited, and completion answers again with them. */
  const completions = async (entry: CardDocument, position: Position): Promise<CompletionItem[]> => {
    const fetching: Promise<readonly Lab[]>[] = [];
    const labs = (uri: string): readonly Lab[] => syncLabs(host.labs(uri), (p) => fetching.push(p));
    const items = createCardService({ labs, otherBenchmarks }).completions(entry, position);
    const [pending] = fetching;
    if (pending === undefined) return items;
    const fetched = await pending;
    return createCardService({ labs: () => fetched, otherBenchmarks }).completions(entry, position);
  };
  const lifecycle = { shutdown: false };

  /** Runs a handler, logging instead of throwing: one bad request must not take the server down. */
  const safe =
    <P, R>(name: string, fallback: R, fn: (params: P) => Promise<R> | R) =>
    async (params: P): Promise<R> => {
      // LSP: after shutdown every request is an InvalidRequest error, not an answer.
      if (lifecycle.shutdown) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down.');
      try {
        return await fn(params);
      } catch (e) {
        connection.console.error(`modelCard ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return fallback;
      }
    };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    store.hasConfiguration = caps.workspace?.configuration === true;
    client.configChange = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    client.watchers = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    client.inlayRefresh = caps.workspace?.inlayHint?.refreshSupport === true;
    client.folders = caps.workspace?.workspaceFolders === true;
    repository.canRename = caps.workspace?.workspaceEdit?.documentChanges === true && (caps.workspace.workspaceEdit.resourceOperations ?? []).includes('rename');
    host.setFolders(params.workspaceFolders, params.rootUri);
    // Only a client that says the workspace is untrusted gets the untrusted mode: other editors know no trust.
    store.trusted = (params.initializationOptions as InitializationOptions | undefined)?.trusted !== false;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        inlayHintProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
        hoverProvider: true,
        documentSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'Model Card Studio', version },
    };
  });

  connection.onInitialized(() => {
    if (client.configChange) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'modelCard' }).catch(() => undefined);
    if (client.watchers) {
      const watchers = [{ globPattern: '**/.modelcardrc.json' }, { globPattern: '**/labs/*.md' }];
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
    }
    if (client.folders) connection.workspace.onDidChangeWorkspaceFolders((e) => {
      host.changeFolders(e.added, e.removed);
      void repository.refresh();
    });
    // Markdown files for the index; every created or deleted path, since a link may name any file.
    repository.watch = () => {
      const watchers = [{ globPattern: '**/*.md' }, { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete }];
      if (client.watchers) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
    };
    void repository.refresh();
  });

  const leaderboard = registerLeaderboard({ connection, host, documents, cache, store, canWatch: () => client.watchers, indexedRow: (uri, text) => repository.indexedRow(uri, text) }, safe);

  /** Settings or a config file changed: re-read everything, re-check open documents, refresh hints. */
  const reconfigure = (): void => {
    store.clear();
    cache.clear();
    leaderboard.reset();
    diagnostics.scheduleAll();
    void repository.refresh();
    if (client.inlayRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
  };
  connection.onDidChangeConfiguration((params) => {
    if (!store.hasConfiguration) store.setPushed(params.settings);
    reconfigure();
  });
  connection.onNotification(WorkspaceTrustNotification.method, (params: WorkspaceTrustNotification.Params) => {
    store.trusted = params.trusted === true;
    reconfigure();
  });
  connection.onShutdown(() => {
    lifecycle.shutdown = true;
  });
  connection.onDidChangeWatchedFiles((params) => {
    leaderboard.filesChanged(params.changes);
    if (params.changes.some((c) => /[\\/]labs[\\/][^\\/]+\.md$/.test(c.uri))) host.clearLabs();
    if (params.changes.some((c) => c.uri.endsWith('.modelcardrc.json'))) {
      store.resetWarnings();
      reconfigure();
    }
    void repository.watched(params.changes);
  });

  documents.onDidOpen((e) => {
    // Re-read settings and .modelcardrc.json whenever a document opens.
    store.drop(e.document.uri);
    cache.drop(e.document.uri);
  });
  documents.onDidChangeContent((e) => diagnostics.schedule(e.document.uri));
  documents.onDidClose((e) => {
    diagnostics.close(e.document.uri);
    cache.drop(e.document.uri);
    store.drop(e.document.uri);
    void repository.closed(e.document.uri);
  });

  connection.languages.inlayHint.on(safe('inlay hints', [], async (p) => {
    const entry = await cache.card(p.textDocument.uri);
    return entry && wellFormedRange(p.range) ? service.inlayHints(entry, p.range, entry.settings.settings.inlayHints) : [];
  }));
  connection.onCodeAction(safe('code actions', [], async (p) => {
    const entry = await cache.get(p.textDocument.uri);
    if (!entry || !wellFormedRange(p.range)) return [];
    const own = entry.active ? service.codeActions(entry, p.range, p.context) : [];
    return limitCodeActions([...own, ...(entry.settings.settings.enable ? repository.codeActions(entry.uri, p.range, p.context, entry.config) : [])]);
  }));
  connection.onCompletion(safe('completion', [], async (p) => {
    const entry = await cache.card(p.textDocument.uri);
    return entry ? completions(entry, p.position) : [];
  }));
  connection.onHover(safe('hover', null, async (p) => {
    const entry = await cache.card(p.textDocument.uri);
    return entry ? service.hover(entry, p.position) : null;
  }));
  connection.onDocumentSymbol(safe('document symbols', [], async (p) => {
    const entry = await cache.card(p.textDocument.uri);
    return entry ? limitSymbols(service.documentSymbols(entry)) : [];
  }));
  connection.onRequest(CardPreviewRequest.method, safe('preview', null, async (p: CardPreviewRequest.Params): Promise<CardPreviewRequest.Result> => {
    const entry = await cache.get(p.uri);
    return entry ? service.preview(entry, entry.version, entry.active) : null;
  }));
  connection.onRequest(CheckWorkspaceRequest.method, safe('workspace check', { files: 0, cards: 0, errors: 0, warnings: 0 }, () =>
    checkWorkspace(connection, host, cache, store, (uri) => documents.get(uri) !== undefined),
  ));

  documents.listen(connection);
  connection.listen();
  return lifecycle;
}
