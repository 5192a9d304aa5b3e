// Engine findings -> LSP diagnostics, and the link to each rule's section of the README.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { ruleDocsUri } from '../rules/docs';
import type { Finding, Range, Severity } from '../types';

/** The diagnostic source, and the code action kind suffix of fix-all. */
export const SOURCE = 'modelcard';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The README section of a rule. */
export const ruleHref = ruleDocsUri;

export function toDiagnostic(f: Finding): Diagnostic {
  return { range: f.range, severity: SEVERITY[f.severity], code: f.rule, codeDescription: { href: ruleHref(f.rule) }, source: SOURCE, message: f.message };
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** True when two ranges overlap or touch (a cursor at a finding's edge counts). */
export function rangesTouch(a: Range, b: Range): boolean {
  const le = (x: Range['start'], y: Range['start']): boolean => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return le(a.start, b.end) && le(b.start, a.end);
}
