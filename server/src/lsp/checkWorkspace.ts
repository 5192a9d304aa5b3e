// The workspace-wide check: publishes diagnostics for every card in the workspace folders.
import type { Connection } from 'vscode-languageserver';
import { analyzeCard } from '../core';
import { toDiagnostic } from '../core/service';
import type { CheckWorkspaceRequest } from '../protocol';
import type { AnalysisCache } from './analysisCache';
import type { ServerHost } from './host';
import type { SettingsStore } from './editorSettings';

/** Stops a runaway walk in a huge workspace. */
const MAX_FILES = 20000;

/** Checks every card file in the workspace (open documents as edited), publishing their diagnostics. */
export async function checkWorkspace(connection: Connection, host: ServerHost, cache: AnalysisCache, store: SettingsStore, isOpen: (uri: string) => boolean): Promise<CheckWorkspaceRequest.Result> {
  const result: CheckWorkspaceRequest.Result = { files: 0, cards: 0, errors: 0, warnings: 0 };
  for (const uri of await host.workspaceFiles(MAX_FILES)) {
    result.files++;
    let findings;
    if (isOpen(uri)) {
      const entry = await cache.get(uri);
      if (!entry?.active) continue;
      findings = entry.analysis.findings;
    } else {
      const settings = await store.forDocument(uri);
      store.drop(uri);
      if (!settings.settings.enable) continue;
      let text: string;
      try {
        text = await host.readFile(uri);
      } catch {
        continue;
      }
      const analysis = analyzeCard(text, { config: settings.config, assumeCard: settings.assumeCard });
      if (!analysis.isCard) continue;
      findings = analysis.findings;
      await connection.sendDiagnostics({ uri, diagnostics: findings.map(toDiagnostic) });
    }
    result.cards++;
    result.errors += findings.filter((f) => f.severity === 'error').length;
    result.warnings += findings.filter((f) => f.severity === 'warning').length;
  }
  return result;
}
