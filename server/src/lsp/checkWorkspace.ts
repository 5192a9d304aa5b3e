// The workspace-wide check: publishes diagnostics for every card on disk.
import type { Connection } from 'vscode-languageserver/node';
import { analyzeCard } from '../core';
import { toDiagnostic } from '../core/service';
import { readRegularFileAsync } from '../node/read';
import { collectFiles } from '../node/walk';
import type { CheckWorkspaceRequest } from '../protocol';
import type { AnalysisCache } from './analysisCache';
import type { SettingsStore } from './settings';
import { pathToUri, type Workspace } from './workspace';

/** Stops a runaway walk in a huge workspace. */
const MAX_FILES = 20000;

/** Checks every card file in the workspace (open documents as edited), publishing their diagnostics. */
export async function checkWorkspace(connection: Connection, workspace: Workspace, cache: AnalysisCache, store: SettingsStore, isOpen: (uri: string) => boolean): Promise<CheckWorkspaceRequest.Result> {
  const result: CheckWorkspaceRequest.Result = { files: 0, cards: 0, errors: 0, warnings: 0 };
  // The CLI's walk, so the editor and `modelcard check <folder>` visit the same files: hidden folders and
  // node_modules skipped, symlinked folders followed once. Synchronous, but it only lists folders (no
  // reads) and is dwarfed by the analysis below; the cap keeps a runaway workspace bounded.
  const folders = workspace.folderPaths;
  const { files } = collectFiles(folders, folders[0] ?? process.cwd(), { limit: MAX_FILES });
  for (const { abs: file } of files) {
    result.files++;
    const uri = pathToUri(file);
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
        // Regular files of at most 10 MB: a FIFO swapped in after the walk must not take a worker thread.
        text = (await readRegularFileAsync(file)).toString('utf8');
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
