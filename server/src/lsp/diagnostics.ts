// Pushes diagnostics on open and change: debounced per document, a newer version supersedes an older one.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CardStatusNotification } from '../protocol';
import type { AnalysisCache, CardEntry } from './analysisCache';
import { limitedDiagnostics } from './limits';

/** Short enough to keep change-to-diagnostics latency low, long enough to coalesce a burst of keystrokes. */
export const DEBOUNCE_MS = 3;
/** Huge documents wait longer (10 ms more per 50 KB) so typing in them is not stalled by repeated checks. */
const debounceFor = (length: number): number => DEBOUNCE_MS + Math.floor(length / 50_000) * 10;

export class DiagnosticsFeature {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents with diagnostics on the client, so they can be cleared when they stop being cards. */
  private readonly shown = new Set<string>();
  /** Open documents checked at least once: only their edits are debounced, an opened card is checked at once. */
  private readonly checked = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
  ) {}

  /** Checks a document soon; a later call for the same document replaces this one. */
  schedule(uri: string, delay = this.checked.has(uri) ? debounceFor(this.documents.get(uri)?.getText().length ?? 0) : 0): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri).catch((e: unknown) => this.connection.console.error(`modelCard diagnostics failed for ${uri}: ${String(e)}`));
      }, delay),
    );
  }

  /** Re-checks every open document (settings or config file changed). */
  scheduleAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc.uri, 0);
  }

  /** Stops pending work and clears the client's diagnostics for a closed document. */
  close(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.publish(uri, undefined, []);
    this.shown.delete(uri);
    this.checked.delete(uri);
  }

  private async run(uri: string): Promise<void> {
    const entry = await this.cache.get(uri);
    const doc = this.documents.get(uri);
    // Superseded or closed meanwhile: the newer version has its own check scheduled.
    if (!entry || !doc || entry.version !== doc.version || this.timers.has(uri)) return;
    this.checked.add(uri);
    const active = entry.active;
    if (active) this.publish(uri, entry.version, limitedDiagnostics(entry.analysis.findings));
    else if (this.shown.has(uri)) this.publish(uri, entry.version, []);
    this.sendStatus(entry, active);
  }

  private publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    if (diagnostics.length > 0) this.shown.add(uri);
    else this.shown.delete(uri);
    this.connection.sendDiagnostics({ uri, ...(version === undefined ? {} : { version }), diagnostics }).catch(() => undefined);
  }

  private sendStatus(entry: CardEntry, active: boolean): void {
    const { metrics, findings } = entry.analysis;
    const params: CardStatusNotification.Params = {
      uri: entry.uri,
      isCard: active,
      alScore: active ? metrics.alScoreRounded : null,
      tier: active ? metrics.tier : null,
      errors: active ? findings.filter((f) => f.severity === 'error').length : 0,
      warnings: active ? findings.filter((f) => f.severity === 'warning').length : 0,
    };
    this.connection.sendNotification(CardStatusNotification.method, params).catch(() => undefined);
  }
}
