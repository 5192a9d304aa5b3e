// Quick fixes from the engine's certain fixes and suggestions, the benchmark table <-> model-index refactorings, and source.fixAll.modelcard.
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { fixAll } from '../fixes';
import type { Finding, Fix } from '../types';
import { rangesTouch, sameRange, SOURCE, toDiagnostic } from './diagnostics';
import { wellFormedRange, type CardDocument } from './document';
import { EVAL_ACTION_KIND, evalActions } from './evalActions';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

/** Code actions for the diagnostics in the request, or for the findings in its range when none are sent. */
export function codeActions(doc: CardDocument, range: Range, context: CodeActionContext): CodeAction[] {
  if (!wellFormedRange(range)) return [];
  const uri = doc.uri;
  const only = context.only;
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  const findings = doc.analysis.findings;

  if (wants(CodeActionKind.QuickFix)) {
    const sent = context.diagnostics.filter((d) => d.source === SOURCE);
    const pairs: [Finding, Diagnostic][] =
      sent.length > 0
        ? sent.flatMap((d) => (byRuleAndStart(findings).get(startKey(d.code, d.range)) ?? []).filter((f) => sameRange(f.range, d.range)).map((f): [Finding, Diagnostic] => [f, d]))
        : findings.filter((f) => inRequest(f, range)).map((f): [Finding, Diagnostic] => [f, toDiagnostic(f)]);
    for (const [finding, diagnostic] of pairs) {
      if (finding.fix) actions.push(quickFix(uri, finding.fix, diagnostic, true));
      for (const s of finding.suggestions ?? []) actions.push(quickFix(uri, s, diagnostic, false));
    }
  }

  if (wants(EVAL_ACTION_KIND)) actions.push(...evalActions(doc, range));

  // Fix-all is a source action: only when asked for by kind (on save, or the Source Action menu).
  if (only && wants(FIX_ALL_KIND) && findings.some((f) => f.fix)) {
    const text = doc.analysis.index.text;
    const fixed = fixAll(text, { config: doc.config, assumeCard: doc.assumeCard });
    if (fixed !== text) actions.push({ title: 'Fix all certain model card problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: [changedSpanEdit(doc, fixed)] } } });
  }
  return actions;
}

const startKey = (rule: unknown, range: Range): string => `${String(rule)}@${range.start.line}:${range.start.character}`;
// Findings by rule and start, built once per analysis: matching each sent diagnostic by scanning all
// findings was quadratic (4 s for 1,000 diagnostics sent on a card with 43,000 findings).
const indexes = new WeakMap<readonly Finding[], Map<string, Finding[]>>();
function byRuleAndStart(findings: readonly Finding[]): Map<string, Finding[]> {
  let index = indexes.get(findings);
  if (!index) {
    index = new Map();
    for (const f of findings) {
      const key = startKey(f.rule, f.range);
      const list = index.get(key);
      if (list) list.push(f);
      else index.set(key, [f]);
    }
    indexes.set(findings, index);
  }
  return index;
}

/** A finding in the requested range; a bare cursor takes the findings of its whole line. */
function inRequest(f: Finding, range: Range): boolean {
  const cursor = range.start.line === range.end.line && range.start.character === range.end.character;
  return cursor ? f.range.start.line <= range.start.line && range.start.line <= f.range.end.line : rangesTouch(f.range, range);
}

function quickFix(uri: string, fix: Fix, diagnostic: Diagnostic, isPreferred: boolean): CodeAction {
  return { title: fix.title, kind: CodeActionKind.QuickFix, isPreferred, diagnostics: [diagnostic], edit: { changes: { [uri]: fix.edits } } };
}

/** One edit over the span that differs, so the result is exactly what fixAll computed and the cursor stays put. */
function changedSpanEdit(doc: CardDocument, newText: string): TextEdit {
  const { index } = doc.analysis;
  const text = index.text;
  let start = 0;
  const max = Math.min(text.length, newText.length);
  while (start < max && text.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && text.charCodeAt(text.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  // Never split a CRLF or a surrogate pair: positions cannot point inside either.
  const splits = (at: number): boolean => {
    const c = text.charCodeAt(at - 1);
    return (c === 13 && text.charCodeAt(at) === 10) || (c >= 0xd800 && c <= 0xdbff);
  };
  while (start > 0 && splits(start)) start--;
  while (tail > 0 && splits(text.length - tail)) tail--;
  return { range: { start: index.positionAt(start), end: index.positionAt(text.length - tail) }, newText: newText.slice(start, newText.length - tail) };
}
