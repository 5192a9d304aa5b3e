// Caps on what one answer carries: a hostile 1 MB card can hold 100,000 findings or headings, and
// serialising them all (tens of MB of JSON) would stall the server for seconds and the editor after it.
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type DocumentSymbol } from 'vscode-languageserver';
import type { Finding } from '../core';
import { SOURCE, toDiagnostic } from '../core/service';

/** Diagnostics published per document; past it, one note says how many more there are. */
export const MAX_DIAGNOSTICS = 1000;
/** Quick fixes per code action request (source actions such as fix-all are always kept). */
export const MAX_QUICK_FIXES = 200;
/** Document symbols per outline, counted over the whole tree. */
export const MAX_SYMBOLS = 5000;

/** The first MAX_DIAGNOSTICS findings (the engine sorts them by position) as diagnostics, then a note naming how many were left out. */
export function limitedDiagnostics(findings: readonly Finding[]): Diagnostic[] {
  const shown = findings.slice(0, MAX_DIAGNOSTICS).map(toDiagnostic);
  const next = findings[MAX_DIAGNOSTICS];
  if (next) {
    const more = (findings.length - MAX_DIAGNOSTICS).toLocaleString('en-US');
    const message = `${more} more problems are not shown: fix the ones above, or run the modelcard CLI on the file`;
    shown.push({ range: next.range, severity: DiagnosticSeverity.Information, source: SOURCE, code: 'too-many-problems', message });
  }
  return shown;
}

/** At most MAX_QUICK_FIXES quick fixes, and every other action. */
export function limitCodeActions(actions: CodeAction[]): CodeAction[] {
  let quickFixes = 0;
  return actions.filter((a) => a.kind !== CodeActionKind.QuickFix || ++quickFixes <= MAX_QUICK_FIXES);
}

/** The symbol tree cut to MAX_SYMBOLS nodes in document (pre-)order: a parent is always kept before its children. */
export function limitSymbols(symbols: DocumentSymbol[]): DocumentSymbol[] {
  let left = MAX_SYMBOLS;
  const cut = (list: DocumentSymbol[]): DocumentSymbol[] => {
    const out: DocumentSymbol[] = [];
    for (const s of list) {
      if (left <= 0) break;
      left--;
      out.push(s.children ? { ...s, children: cut(s.children) } : s);
    }
    return out;
  };
  return cut(symbols);
}
