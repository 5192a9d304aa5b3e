// One analysis per document version, shared by diagnostics, hints, hover, fixes, symbols and preview.
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeCard } from '../core';
import type { CardDocument } from '../core/service';
import type { DocumentSettings, SettingsStore } from './editorSettings';

export interface CardEntry extends CardDocument {
  version: number;
  settings: DocumentSettings;
  /** A Markdown card with checking enabled: only then does the server show anything. */
  active: boolean;
}

/** Markdown by language id or file extension; other documents are never read as cards. */
function isMarkdown(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || /\.(md|markdown|mdx)$/i.test(doc.uri);
}

export class AnalysisCache {
  private readonly entries = new Map<string, CardEntry>();
  /** Pages with tables of cards in a leaderboard repository: never checked as cards (set by the repository feature). */
  isDerived: (uri: string) => boolean = () => false;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly store: SettingsStore,
  ) {}

  /** The analysis of an open document's current version, computed at most once; null when not open. */
  async get(uri: string): Promise<CardEntry | null> {
    // A request for a document that is not open resolves (and caches) nothing: no entry per stray URI.
    if (!this.documents.get(uri)) return null;
    const settings = await this.store.forDocument(uri);
    // The document may have changed or closed while settings were resolved: always read it now.
    const doc = this.documents.get(uri);
    if (!doc) return null;
    const cached = this.entries.get(uri);
    if (cached && cached.version === doc.version && cached.settings === settings) return cached;
    const markdown = isMarkdown(doc);
    const analysis = analyzeCard(markdown ? doc.getText() : '', { config: settings.config, assumeCard: markdown && settings.assumeCard });
    const active = analysis.isCard && settings.settings.enable && !this.isDerived(uri);
    const entry: CardEntry = { uri, version: doc.version, analysis, config: settings.config, assumeCard: settings.assumeCard, settings, active };
    this.entries.set(uri, entry);
    return entry;
  }

  /** The analysis when the document is a card and checking is enabled, else null. */
  async card(uri: string): Promise<CardEntry | null> {
    const entry = await this.get(uri);
    return entry?.active ? entry : null;
  }

  /** The cached entry without computing anything (for other open cards' benchmark names). */
  peek(uri: string): CardEntry | undefined {
    return this.entries.get(uri);
  }

  drop(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }

  /** How many analyses are kept (at most one per open document). */
  get size(): number {
    return this.entries.size;
  }
}
