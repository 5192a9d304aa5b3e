// Quick fixes for the repository findings of a file: their certain fixes and suggestions as edits of the
// file, and for a card whose file name is not its title's slug, a rename with the links to it rewritten.
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, Fix } from '../core';
import { rangesTouch, sameRange, SOURCE, toDiagnostic } from '../core/service';

/** Where the rename goes and the link edits it needs, in repository paths. */
export interface RenamePlan {
  from: string;
  to: string;
  edits: { path: string; edits: TextEdit[] }[];
}

export interface ActionContext {
  uri: string;
  findings: readonly Finding[];
  /** The link edits of a rename, or null when the client cannot rename files. */
  rename: (from: string, to: string) => RenamePlan | null;
  uriOf: (path: string) => string;
}

/** Quick fixes for the diagnostics sent (matched by rule and range), or for the findings in the range when none are sent. */
export function repositoryCodeActions(ctx: ActionContext, range: Range, context: CodeActionContext): CodeAction[] {
  if (context.only && !context.only.some((o) => CodeActionKind.QuickFix === o || CodeActionKind.QuickFix.startsWith(`${o}.`))) return [];
  const sent = context.diagnostics.filter((d) => d.source === SOURCE);
  const pairs: [Finding, Diagnostic][] =
    sent.length > 0
      ? sent.flatMap((d) => ctx.findings.filter((f) => f.rule === d.code && sameRange(f.range, d.range)).map((f): [Finding, Diagnostic] => [f, d]))
      : ctx.findings.filter((f) => inRequest(f, range)).map((f): [Finding, Diagnostic] => [f, toDiagnostic(f)]);
  const actions: CodeAction[] = [];
  for (const [finding, diagnostic] of pairs) {
    const target = finding.fix?.rename;
    if (target) {
      // A rename the client cannot apply is not offered: its text edits alone would break the links.
      const plan = ctx.rename(target.from, target.to);
      if (plan) actions.push({ title: `Rename to ${plan.to.slice(plan.to.lastIndexOf('/') + 1)} (links to it updated)`, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [diagnostic], edit: renameEdit(plan, ctx.uriOf) });
    } else if (finding.fix) actions.push(quickFix(ctx.uri, finding.fix, diagnostic, true));
    for (const s of finding.suggestions ?? []) actions.push(quickFix(ctx.uri, s, diagnostic, false));
  }
  return actions;
}

/** A finding in the requested range; a bare cursor takes the findings of its whole line. */
function inRequest(f: Finding, range: Range): boolean {
  const cursor = range.start.line === range.end.line && range.start.character === range.end.character;
  return cursor ? f.range.start.line <= range.start.line && range.start.line <= f.range.end.line : rangesTouch(f.range, range);
}

function quickFix(uri: string, fix: Fix, diagnostic: Diagnostic, isPreferred: boolean): CodeAction {
  return { title: fix.title, kind: CodeActionKind.QuickFix, isPreferred, diagnostics: [diagnostic], edit: { changes: { [uri]: fix.edits } } };
}

/** The link edits first (the renamed file's own under its old name), then the rename itself. */
export function renameEdit(plan: RenamePlan, uriOf: (path: string) => string): WorkspaceEdit {
  return {
    documentChanges: [
      ...plan.edits.filter((e) => e.edits.length > 0).map((e) => ({ textDocument: { uri: uriOf(e.path), version: null }, edits: e.edits })),
      { kind: 'rename' as const, oldUri: uriOf(plan.from), newUri: uriOf(plan.to), options: { overwrite: false, ignoreIfExists: false } },
    ],
  };
}
