// The leaderboard repository in the editor: one index per workspace folder that is a repository, fed from
// the disk through the host and from open documents (the editor's text wins), its cross-file findings
// merged into each file's diagnostics; a change republishes the other files whose findings it changed.
import { FileChangeType, type CodeAction, type CodeActionContext, type Connection, type FileEvent, type Range, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeCard, DEFAULT_CONFIG, isCardUnassumed, type CardAnalysis, type EngineConfig, type Finding } from '../core';
import { leaderboardRow, type LeaderboardRow } from '../core/leaderboard/rows';
import { fileNameOf } from './leaderboard';
import { RepositoryStatusNotification } from '../protocol';
import type { ServerHost } from './host';
import { limitedDiagnostics } from './limits';
import { repositoryCodeActions, type RenamePlan } from './repositoryActions';
import type { SettingsStore } from './editorSettings';

/** What the editor needs of the engine's repository index (core/repository). */
export interface RepositoryIndexLike {
  update(path: string, text: string, analysis?: CardAnalysis): string[];
  /** Many files at once (a load): no affected paths worked out per file. */
  updateMany(texts: Iterable<{ path: string; text: string }>): void;
  remove(path: string): string[];
  /** The host's files changed: the index's link checks are redone. */
  hostChanged(): void;
  paths(): string[];
  findings(path: string, config?: EngineConfig): Finding[];
  isDerivedPage(path: string): boolean;
}
/** Makes an index; `onCard` is told each card analysis it reads or is given (the index keeps none). */
export type CreateIndex = (host: { exists(path: string): 'file' | 'folder' | undefined }, onCard?: (path: string, analysis: CardAnalysis) => void) => RepositoryIndexLike;

/** A closed card's Leaderboard row as the index read it (default config, read as a card). */
export interface IndexedRow {
  /** The row (null: not a card even so). */
  row: LeaderboardRow | null;
  /** Whether the text is a card without the index's assumption that every file under models/ is one. */
  unassumed: boolean;
}

/** The engine's repository functions the editor uses. */
export interface RepositoryEngine {
  createIndex: CreateIndex;
  /** The link rewrites a card's rename needs, per file. */
  renameEdits?: (index: RepositoryIndexLike, from: string, to: string) => RenamePlan['edits'];
}

/** Other files' diagnostics wait this long after the first change, so a burst of keystrokes republishes them once. */
export const DEPENDENT_DELAY_MS = 25;
/** A created or deleted folder (or non-Markdown file) re-lists the repository after this quiet time. */
const RESCAN_DELAY_MS = 200;
const MAX_FILES = 50000;
const isMarkdownPath = (p: string): boolean => /\.md$/i.test(p);

/** One repository: its index, the files a link may point at, and who shows what. */
export class Repository {
  readonly index: RepositoryIndexLike;
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>(['']);
  /** The indexed text of every Markdown file (the editor's while open). */
  readonly texts = new Map<string, string>();
  /** Open documents: path → the URI the client uses. */
  readonly open = new Map<string, string>();
  /** Closed files whose diagnostics this feature published non-empty. */
  readonly shown = new Set<string>();
  /**
   * Each card's Leaderboard row from the index's analysis of its latest text, made when the index reads it:
   * the index keeps no analyses (1,000 of them retained made its load spend a sixth of its time collecting garbage).
   */
  readonly rows = new Map<string, IndexedRow>();

  constructor(
    readonly folder: string,
    create: CreateIndex,
    uriOf: (path: string) => string,
  ) {
    this.index = create({ exists: (p) => this.exists(p) }, (path, analysis) => {
      const uri = uriOf(path);
      this.rows.set(path, { row: leaderboardRow(uri, analysis, fileNameOf(uri)), unassumed: isCardUnassumed(analysis) });
    });
  }

  exists(path: string): 'file' | 'folder' | undefined {
    const p = path.endsWith('/') ? path.slice(0, -1) : path;
    return this.files.has(p) ? 'file' : this.folders.has(p) ? 'folder' : undefined;
  }

  setFiles(all: readonly string[]): void {
    this.files.clear();
    this.folders.clear();
    this.folders.add('');
    for (const f of all) this.addFile(f);
    this.index.hostChanged();
  }

  addFile(path: string): void {
    this.files.add(path);
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) this.folders.add(path.slice(0, slash));
    this.index.hostChanged();
  }

  deleteFile(path: string): void {
    this.files.delete(path);
    this.index.hostChanged();
  }

  /** Updates the index when the text differs from what it holds; returns the paths whose findings may have changed. */
  setText(path: string, text: string, analysis?: CardAnalysis): string[] {
    if (this.texts.get(path) === text) return [];
    this.texts.set(path, text);
    return this.index.update(path, text, analysis);
  }

  /** Indexes many texts at once (the load): nothing is worked out per file but the file itself. */
  setTexts(texts: ReadonlyMap<string, string>): void {
    const fresh: { path: string; text: string }[] = [];
    for (const [path, text] of texts) {
      if (this.texts.get(path) === text) continue;
      this.texts.set(path, text);
      fresh.push({ path, text });
    }
    this.index.updateMany(fresh);
  }

  removeText(path: string): string[] {
    this.rows.delete(path);
    if (!this.texts.delete(path)) return [];
    return this.index.remove(path);
  }
}

/** Findings sorted by position, as limitedDiagnostics expects. */
const byPosition = (a: Finding, b: Finding): number => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

export interface RepositoryView {
  /** A page with tables of cards: card rules are not run on it. */
  derived: boolean;
  findings: Finding[];
}

export class RepositoryFeature {
  private readonly repos = new Map<string, Repository>();
  private readonly loading = new Map<string, Promise<void>>();
  /** The latest refresh (loads included). */
  private refreshing: Promise<void> = Promise.resolve();
  private readonly pending = new Map<Repository, Set<string>>();
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly rescans = new Map<Repository, ReturnType<typeof setTimeout>>();
  private watching = false;
  /** Set by the server: re-checks an open document (its own analysis is cached, so this is cheap). */
  republishOpen: (uri: string, fresh?: boolean) => void = () => undefined;
  /** Set by the server: registers the file watchers a repository needs (once). */
  watch: () => void = () => undefined;
  /** The client applies workspace edits that rename files (set at initialize). */
  canRename = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly host: ServerHost,
    private readonly store: SettingsStore,
    private readonly engine: RepositoryEngine,
  ) {}

  /** The repository holding `uri` (the innermost) and the file's path in it. */
  locate(uri: string): { repo: Repository; path: string } | null {
    let best: { repo: Repository; path: string } | null = null;
    for (const repo of this.repos.values()) {
      const path = this.host.pathBelow(repo.folder, uri);
      if (path !== null && (best === null || path.length < best.path.length)) best = { repo, path };
    }
    return best;
  }

  /** The repository side of an open document's check, with its current text indexed; null outside every repository. */
  forDocument(uri: string, text: string, config: EngineConfig, analysis?: CardAnalysis): RepositoryView | null {
    const at = this.locate(uri);
    if (!at || !isMarkdownPath(at.path)) return null;
    const { repo, path } = at;
    repo.open.set(path, uri);
    this.schedule(repo, repo.setText(path, text, analysis), path);
    return { derived: repo.index.isDerivedPage(path), findings: repo.index.findings(path, config) };
  }

  /** A page with tables of cards (not checked as a card), for the analysis cache. */
  isDerived(uri: string): boolean {
    const at = this.locate(uri);
    return at !== null && isMarkdownPath(at.path) && at.repo.index.isDerivedPage(at.path);
  }

  /** The repository findings of a file, for code actions. */
  findings(uri: string, config: EngineConfig): { repo: Repository; path: string; findings: Finding[] } | null {
    const at = this.locate(uri);
    return at && isMarkdownPath(at.path) ? { ...at, findings: at.repo.index.findings(at.path, config) } : null;
  }

  /** Quick fixes for the file's repository findings. */
  codeActions(uri: string, range: Range, context: CodeActionContext, config: EngineConfig): CodeAction[] {
    const at = this.findings(uri, config);
    if (!at || at.findings.length === 0) return [];
    const { repo } = at;
    const edits = this.engine.renameEdits;
    const rename = (from: string, to: string): RenamePlan | null => (this.canRename && edits ? { from, to, edits: edits(repo.index, from, to) } : null);
    return repositoryCodeActions(
      { uri, findings: at.findings, uriOf: (p) => repo.open.get(p) ?? this.host.uriBelow(repo.folder, p), rename },
      range,
      context,
    );
  }

  /** A document closed: the disk's text is indexed again (its unsaved edits are gone), its findings shown as a closed file's. */
  async closed(uri: string): Promise<void> {
    const at = this.locate(uri);
    if (!at || !isMarkdownPath(at.path)) return;
    const { repo, path } = at;
    repo.open.delete(path);
    const [text] = await this.host.readTexts([uri]);
    if (repo.open.has(path)) return;
    const changed = text === null || text === undefined ? repo.removeText(path) : repo.setText(path, text);
    this.schedule(repo, [...changed, path]);
  }

  /** Resolves once the repositories being loaded are indexed. */
  async ready(): Promise<void> {
    await this.refreshing;
    await Promise.all(this.loading.values());
  }

  /** The Leaderboard row of a closed card whose indexed text is `text` (default config, read as a card), once loaded. */
  async indexedRow(uri: string, text: string): Promise<IndexedRow | undefined> {
    await this.ready();
    const at = this.locate(uri);
    if (!at || at.repo.open.has(at.path) || at.repo.texts.get(at.path) !== text) return undefined;
    return at.repo.rows.get(at.path);
  }

  /** Loads (or drops) the repository of every workspace folder as the settings say; at start and on every settings or folder change. */
  refresh(): Promise<void> {
    const p = this.refreshNow();
    this.refreshing = p.catch(() => undefined);
    return p;
  }

  private async refreshNow(): Promise<void> {
    const folders = new Set(this.host.folderUris());
    for (const [folder, repo] of this.repos) if (!folders.has(folder)) this.unload(repo);
    await Promise.all(
      [...folders].map(async (folder) => {
        const enabled = await this.enabled(folder);
        const repo = this.repos.get(folder);
        if (!enabled) {
          if (repo) this.unload(repo);
        } else if (repo) this.schedule(repo, repo.index.paths());
        else await this.load(folder);
      }),
    );
  }

  /** `modelCard.repository.enable` (and `modelCard.enable`) as a file at the folder's root sees them. */
  private async enabled(folder: string): Promise<boolean> {
    const { settings } = await this.store.forDocument(this.host.uriBelow(folder, 'README.md'));
    return settings.enable && settings.repository.enable;
  }

  private load(folder: string): Promise<void> {
    let p = this.loading.get(folder);
    if (!p) {
      p = this.loadNow(folder).finally(() => this.loading.delete(folder));
      this.loading.set(folder, p);
    }
    return p;
  }

  private async loadNow(folder: string): Promise<void> {
    const started = Date.now();
    const listing = await this.host.repositoryFiles(folder, MAX_FILES);
    if (!listing) return;
    const repo = new Repository(folder, this.engine.createIndex, (p) => this.host.uriBelow(folder, p));
    repo.setFiles(listing.all);
    const uris = listing.markdown.map((p) => this.host.uriBelow(folder, p));
    const texts = await this.host.readTexts(uris);
    const all = new Map<string, string>();
    listing.markdown.forEach((p, i) => {
      const text = texts[i];
      if (text !== null && text !== undefined) all.set(p, text);
    });
    // Open documents: the editor's text wins over the disk's.
    for (const doc of this.documents.all()) {
      const p = this.host.pathBelow(folder, doc.uri);
      if (p !== null && isMarkdownPath(p)) {
        repo.open.set(p, doc.uri);
        all.set(p, doc.getText());
      }
    }
    repo.setTexts(all);
    if (!(await this.enabled(folder)) || !this.host.folderUris().includes(folder)) return;
    this.repos.set(folder, repo);
    const ms = Date.now() - started;
    this.connection.console.log(`modelCard: repository ${folder}: ${repo.texts.size} Markdown files indexed in ${ms} ms`);
    const status: RepositoryStatusNotification.Params = { folder, files: repo.texts.size, cards: repo.index.paths().filter((p) => !repo.index.isDerivedPage(p)).length, ms };
    this.connection.sendNotification(RepositoryStatusNotification.method, status).catch(() => undefined);
    if (!this.watching) {
      this.watching = true;
      this.watch();
    }
    // Open documents analysed afresh: a page read as a card before the index knew it is a derived page.
    for (const uri of repo.open.values()) this.republishOpen(uri, true);
    this.schedule(repo, repo.index.paths().filter((p) => !repo.open.has(p)), undefined, 0);
  }

  private unload(repo: Repository): void {
    this.repos.delete(repo.folder);
    this.pending.delete(repo);
    for (const p of repo.shown) this.send(this.host.uriBelow(repo.folder, p), []);
    for (const uri of repo.open.values()) this.republishOpen(uri, true);
  }

  /** Republishes `paths` (but `except`, the document being checked) soon, coalesced with other pending ones. */
  private schedule(repo: Repository, paths: readonly string[], except?: string, delay = DEPENDENT_DELAY_MS): void {
    let set = this.pending.get(repo);
    for (const p of paths) {
      if (p === except) continue;
      if (!set) this.pending.set(repo, (set = new Set()));
      set.add(p);
    }
    if (!set || set.size === 0) return;
    // Not pushed back by later changes: dependents are updated within one delay of the first change.
    if (this.pendingTimer === undefined) this.pendingTimer = setTimeout(() => this.flush(), delay);
  }

  private flush(): void {
    this.pendingTimer = undefined;
    const work = [...this.pending].flatMap(([repo, paths]) => [...paths].map((p) => ({ repo, p })));
    this.pending.clear();
    // One file per turn of the event loop: a keystroke's check runs between two pages of 700 rows.
    const next = (): void => {
      const item = work.shift();
      if (!item) return;
      const { repo, p } = item;
      const uri = repo.open.get(p);
      if (this.repos.get(repo.folder) !== repo) next();
      else if (uri !== undefined && this.documents.get(uri)) {
        this.republishOpen(uri);
        next();
      } else {
        const started = performance.now();
        this.publishClosed(repo, p)
          .catch((e: unknown) => this.connection.console.error(`modelCard repository diagnostics failed for ${p}: ${String(e)}`))
          .finally(() => (performance.now() - started > 2 ? setTimeout(next, 0) : next()));
      }
    };
    next();
  }

  /** A closed file: its card findings (pages have none) and repository findings, when it has any or had. */
  private async publishClosed(repo: Repository, path: string): Promise<void> {
    const uri = this.host.uriBelow(repo.folder, path);
    const text = repo.texts.get(path);
    if (text === undefined) {
      if (repo.shown.delete(path)) this.send(uri, []);
      return;
    }
    // Most files have no repository findings: settings (a request to the client each) only for those that have or had some.
    const found = repo.index.findings(path);
    if (!repo.shown.has(path) && found.length === 0) return;
    const { settings, config, assumeCard } = await this.store.forDocument(uri);
    // Opened or unloaded meanwhile: the open document's check or the unload publishes instead.
    if (repo.open.has(path) || this.repos.get(repo.folder) !== repo) return;
    const own = !settings.enable ? [] : config === DEFAULT_CONFIG ? found : repo.index.findings(path, config);
    if (own.length === 0 && !repo.shown.has(path)) return;
    const card = settings.enable && !repo.index.isDerivedPage(path) ? analyzeCard(text, { config, assumeCard }) : null;
    const findings = card?.isCard ? [...card.findings, ...own].sort(byPosition) : own;
    if (findings.length > 0) repo.shown.add(path);
    else repo.shown.delete(path);
    this.send(uri, limitedDiagnostics(findings));
  }

  private send(uri: string, diagnostics: ReturnType<typeof limitedDiagnostics>): void {
    this.connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined);
  }

  /** File watcher events: Markdown files re-read (unless open), created and deleted paths change what links may point at. */
  async watched(changes: readonly FileEvent[]): Promise<void> {
    const reads: { repo: Repository; path: string; uri: string }[] = [];
    for (const c of changes) {
      const at = this.locate(c.uri);
      if (!at) continue;
      const { repo, path } = at;
      const markdown = isMarkdownPath(path);
      if (c.type === FileChangeType.Deleted) {
        if (markdown && repo.texts.has(path)) {
          repo.deleteFile(path);
          if (!repo.open.has(path)) this.schedule(repo, [...repo.removeText(path), path]);
        } else this.rescan(repo); // a folder, or a file a link may name: the listing says what is left
      } else if (markdown) {
        if (c.type === FileChangeType.Created) repo.addFile(path);
        if (!repo.open.has(path)) reads.push({ repo, path, uri: c.uri });
      } else if (c.type === FileChangeType.Created) this.rescan(repo);
    }
    if (reads.length === 0) return;
    const texts = await this.host.readTexts(reads.map((r) => r.uri));
    reads.forEach(({ repo, path }, i) => {
      const text = texts[i];
      if (repo.open.has(path)) return;
      const changed = text === null || text === undefined ? repo.removeText(path) : repo.setText(path, text);
      this.schedule(repo, [...changed, path]);
    });
  }

  /** Re-lists the repository: new Markdown files indexed, gone ones removed, every file's findings refreshed. */
  private rescan(repo: Repository): void {
    const pending = this.rescans.get(repo);
    if (pending) clearTimeout(pending);
    this.rescans.set(
      repo,
      setTimeout(() => {
        this.rescans.delete(repo);
        this.rescanNow(repo).catch((e: unknown) => this.connection.console.error(`modelCard repository rescan failed: ${String(e)}`));
      }, RESCAN_DELAY_MS),
    );
  }

  private async rescanNow(repo: Repository): Promise<void> {
    if (this.repos.get(repo.folder) !== repo) return;
    const listing = await this.host.repositoryFiles(repo.folder, MAX_FILES);
    if (!listing) {
      this.unload(repo);
      return;
    }
    repo.setFiles(listing.all);
    const listed = new Set(listing.markdown);
    for (const p of [...repo.texts.keys()]) if (!listed.has(p) && !repo.open.has(p)) repo.removeText(p);
    const added = listing.markdown.filter((p) => !repo.texts.has(p));
    const texts = await this.host.readTexts(added.map((p) => this.host.uriBelow(repo.folder, p)));
    added.forEach((p, i) => {
      const text = texts[i];
      if (text !== null && text !== undefined && !repo.open.has(p)) repo.setText(p, text);
    });
    this.schedule(repo, [...repo.index.paths(), ...repo.shown]);
  }
}
