// The Leaderboard view's data: one row per card of the workspace folders (open documents as edited),
// found and read through the host as Check Workspace does, and change notifications once it was asked for.
import { DidChangeWatchedFilesNotification, FileChangeType, type Connection, type FileEvent, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeCard, DEFAULT_CONFIG, type EngineConfig } from '../core';
import { leaderboardRow, type LeaderboardRow } from '../core/leaderboard/rows';
import { LeaderboardChangedNotification, LeaderboardRequest } from '../protocol';
import type { AnalysisCache } from './analysisCache';
import type { IndexedRow } from './repository';
import type { ServerHost } from './host';
import type { SettingsStore } from './editorSettings';

/** Stops a runaway walk in a huge workspace (as Check Workspace). */
const MAX_FILES = 20000;
/** Files read at once (the browser host asks for 16 per request, so 4 requests are in flight). */
const BATCH = 64;
/** Edits closer together than this send one notification. */
const NOTIFY_DELAY_MS = 100;
const MARKDOWN = /\.md$/i;

export interface LeaderboardDeps {
  connection: Connection;
  host: ServerHost;
  documents: TextDocuments<TextDocument>;
  cache: AnalysisCache;
  store: SettingsStore;
  /** True when the client lets the server register file watchers. */
  canWatch: () => boolean;
  /** The repository index's row of a closed card holding exactly `text` (default config), once the repositories are loaded. */
  indexedRow?: (uri: string, text: string) => Promise<IndexedRow | undefined>;
}

/** Runs a handler with the server's logging and shutdown rules (server.ts's `safe`). */
export type SafeHandler = <P, R>(name: string, fallback: R, fn: (params: P) => Promise<R> | R) => (params: P) => Promise<R>;

/** A file's name without `.md`, for a card that names no model. */
export function fileNameOf(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // a malformed escape: shown as written
  }
  return name.replace(MARKDOWN, '');
}

export class LeaderboardFeature {
  /** Rows of files read from disk (null: not a card), kept only while a watcher reports their changes. */
  private readonly diskRows = new Map<string, LeaderboardRow | null>();
  /** The workspace's Markdown files at the last request. */
  private known = new Set<string>();
  /** A leaderboard was asked for: changes are notified from then on. */
  private subscribed = false;
  private watching: Promise<boolean> | null = null;
  private watched = false;
  private readonly pending = new Set<string>();
  private reloadPending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: LeaderboardDeps) {
    const { documents } = deps;
    documents.onDidChangeContent((e) => this.schedule(e.document.uri));
    documents.onDidClose((e) => this.schedule(e.document.uri));
  }

  /** Every card's row, in the order the workspace walk gives the files. */
  async rows(): Promise<LeaderboardRequest.Result> {
    this.subscribed = true;
    await this.watch();
    const listed = await this.deps.host.workspaceFiles(MAX_FILES + 1);
    const files = listed.slice(0, MAX_FILES);
    this.known = new Set(files);
    const rows: LeaderboardRow[] = [];
    for (let i = 0; i < files.length; i += BATCH) {
      const slice = files.slice(i, i + BATCH);
      // One read of the batch's files not open nor cached (the Node host reads them synchronously).
      const unread = slice.filter((uri) => !this.deps.documents.get(uri) && !this.diskRows.has(uri));
      const texts = new Map<string, string | null>();
      (await this.deps.host.readTexts(unread)).forEach((text, k) => texts.set(unread[k] ?? '', text));
      const batch = await Promise.all(slice.map((uri) => this.rowOf(uri, texts.get(uri))));
      for (const row of batch) if (row) rows.push(row);
    }
    return { rows, files: files.length, truncated: listed.length > MAX_FILES };
  }

  /** Files changed on disk (the server's watchers): cached rows dropped, the view told. */
  filesChanged(changes: readonly FileEvent[]): void {
    for (const change of changes) {
      if (!MARKDOWN.test(change.uri)) continue;
      this.diskRows.delete(change.uri);
      // A new file may be ignored, hidden or outside the folders: only a new walk knows.
      if (change.type === FileChangeType.Created && !this.known.has(change.uri)) this.reloadPending = true;
      else this.pending.add(change.uri);
    }
    this.flushSoon();
  }

  /** Settings or a config file changed: every row may differ. */
  reset(): void {
    this.diskRows.clear();
    this.reloadPending = true;
    this.flushSoon();
  }

  private schedule(uri: string): void {
    if (!this.subscribed || !this.known.has(uri)) return;
    this.pending.add(uri);
    this.flushSoon();
  }

  private flushSoon(): void {
    if (!this.subscribed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush().catch((e: unknown) => this.deps.connection.console.error(`modelCard leaderboard update failed: ${String(e)}`)), NOTIFY_DELAY_MS);
  }

  private async flush(): Promise<void> {
    const params: LeaderboardChangedNotification.Params = { changed: [], removed: [], reload: this.reloadPending };
    this.reloadPending = false;
    const uris = [...this.pending];
    this.pending.clear();
    if (!params.reload) {
      for (const uri of uris) {
        if (!this.known.has(uri)) continue;
        const row = await this.rowOf(uri);
        if (row) params.changed.push(row);
        else params.removed.push(uri);
      }
    }
    if (params.reload || params.changed.length > 0 || params.removed.length > 0) await this.deps.connection.sendNotification(LeaderboardChangedNotification.method, params);
  }

  /** The row of an open document's current version, else of the file on disk (cached while watched; `read`: its text, null when unreadable); null when not a card. */
  private async rowOf(uri: string, read?: string | null): Promise<LeaderboardRow | null> {
    const { cache, documents, host, store } = this.deps;
    if (documents.get(uri)) {
      const entry = await cache.get(uri);
      return entry?.active ? leaderboardRow(uri, entry.analysis, fileNameOf(uri)) : null;
    }
    const cached = this.diskRows.get(uri);
    if (cached !== undefined) return cached;
    const settings = await store.forDocument(uri);
    store.drop(uri);
    let row: LeaderboardRow | null = null;
    if (settings.settings.enable) {
      let text: string;
      try {
        if (read === null) return null;
        text = read ?? (await host.readFile(uri));
      } catch {
        return null; // unreadable now; not cached, so the next request tries again
      }
      row = await this.diskRow(uri, text, settings.config, settings.assumeCard);
    }
    if (this.watched) this.diskRows.set(uri, row);
    return row;
  }

  /** The repository index's row when it holds this text and would analyse it the same, else a new analysis's; null: not a card. */
  private async diskRow(uri: string, text: string, config: EngineConfig, assumeCard: boolean): Promise<LeaderboardRow | null> {
    const shared = config === DEFAULT_CONFIG ? await this.deps.indexedRow?.(uri, text) : undefined;
    // The index reads every file under models/ as a card: the same row unless only that assumption made it one.
    if (shared) return (assumeCard || shared.unassumed) && shared.row ? { ...shared.row, uri } : null;
    return leaderboardRow(uri, analyzeCard(text, { config, assumeCard }), fileNameOf(uri));
  }

  /** Registers a watcher of every Markdown file once, when the client allows it; true when changes will be reported. */
  private watch(): Promise<boolean> {
    this.watching ??= (async () => {
      if (!this.deps.canWatch()) return false;
      try {
        await this.deps.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.[mM][dD]' }] });
        this.watched = true;
      } catch {
        this.watched = false;
      }
      return this.watched;
    })();
    return this.watching;
  }
}

/** Creates the feature and answers its request. */
export function registerLeaderboard(deps: LeaderboardDeps, safe: SafeHandler): LeaderboardFeature {
  const feature = new LeaderboardFeature(deps);
  const none: LeaderboardRequest.Result = { rows: [], files: 0, truncated: false };
  deps.connection.onRequest(LeaderboardRequest.method, safe<LeaderboardRequest.Params, LeaderboardRequest.Result>('leaderboard', none, () => feature.rows()));
  return feature;
}
