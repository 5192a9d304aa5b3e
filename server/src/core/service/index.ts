// The card service: editor features as pure functions over one analysis, returning LSP types, as
// vscode-markdown-languageservice does. The language server only wires requests to these.
import type { CodeAction, CodeActionContext, CompletionItem, Diagnostic, DocumentSymbol, Hover, InlayHint, Position, Range } from 'vscode-languageserver-types';
import type { Finding } from '../types';
import { codeActions } from './codeActions';
import { completions, type CompletionSources } from './completion';
import { toDiagnostic } from './diagnostics';
import type { CardDocument } from './document';
import { hover } from './hover';
import { inlayHints, type InlayHintSettings } from './inlayHints';
import { previewOf, type CardPreview } from './preview';
import { documentSymbols } from './symbols';

export { FIX_ALL_KIND } from './codeActions';
export { ADD_MODEL_INDEX, EVAL_ACTION_KIND, INSERT_TABLE, REPLACE_MODEL_INDEX, REPLACE_TABLE } from './evalActions';
export { TRIGGER_CHARACTERS, type CompletionSources, type Lab } from './completion';
export { ruleHref, sameRange, rangesTouch, SOURCE, toDiagnostic } from './diagnostics';
export { validPosition, wellFormedRange, type CardDocument } from './document';
export { DEFAULT_INLAY_HINTS, type InlayHintSettings } from './inlayHints';
export type { CardPreview } from './preview';
export type { HfPreview, HfResultRow } from './hfPreview';

/** What the service needs from its host: workspace facts for completion. */
export type CardServiceHost = CompletionSources;

export interface CardService {
  /** The document's findings as diagnostics. */
  diagnostics(doc: CardDocument): Diagnostic[];
  /** What a field, benchmark or key means, with the card's own numbers on metric lines. */
  hover(doc: CardDocument, position: Position): Hover | null;
  /** Labels, values, benchmark rows, front matter keys and values, lab links. */
  completions(doc: CardDocument, position: Position): CompletionItem[];
  /** Title, sections, fields, benchmarks and front matter keys for the outline. */
  documentSymbols(doc: CardDocument): DocumentSymbol[];
  /** The formula, ratio and compute hints at the ends of the lines of `range`. */
  inlayHints(doc: CardDocument, range: Range, settings?: InlayHintSettings): InlayHint[];
  /** Quick fixes and suggestions for the findings in `range`, the model-index refactorings, and fix-all when asked for by kind. */
  codeActions(doc: CardDocument, range: Range, context: CodeActionContext): CodeAction[];
  /** The metrics preview's data. */
  preview(doc: CardDocument, version: number, active: boolean): CardPreview;
}

/** Creates the service over a host (the language server's workspace, or an in-memory one in tests). */
export function createCardService(host: CardServiceHost = {}): CardService {
  return {
    diagnostics: (doc) => doc.analysis.findings.map((f: Finding) => toDiagnostic(f)),
    hover,
    completions: (doc, position) => completions(doc, position, host),
    documentSymbols,
    inlayHints,
    codeActions,
    preview: previewOf,
  };
}
