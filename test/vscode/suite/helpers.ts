// Helpers that wait on VS Code events (never on sleeps), with a deadline that names what was awaited.
import * as vscode from 'vscode';

/** The rule id of a diagnostic (`code` is `{ value, target }` when the server sends a codeDescription). */
export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
}

/** `rule@line` for readable failures. */
export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  return ds.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}`).join(', ') || 'none';
}

/** Resolves once `check` returns a value other than undefined, re-checking whenever `event` fires. */
export function waitFor<T, E>(event: vscode.Event<E>, check: () => T | undefined, what: () => string, timeoutMs = 20_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const first = check();
    if (first !== undefined) {
      resolve(first);
      return;
    }
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what()}`));
    }, timeoutMs);
    const listener = event(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}

/** Waits until the model card diagnostics of `uri` satisfy `predicate`. */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  const ours = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'modelcard');
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => (predicate(ours()) ? ours() : undefined),
    () => `diagnostics of ${uri.path} to match (now: ${describeDiagnostics(ours())})`,
    timeoutMs,
  );
}

/** Waits until a tab matching `predicate` is open. */
export function waitForTab(predicate: (tab: vscode.Tab) => boolean, what: string, timeoutMs = 20_000): Promise<vscode.Tab> {
  const find = (): vscode.Tab | undefined => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(predicate);
  return waitFor(vscode.window.tabGroups.onDidChangeTabs, find, () => what, timeoutMs);
}

/** The text of an inlay hint label, whether a string or parts. */
export function hintText(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join('');
}
