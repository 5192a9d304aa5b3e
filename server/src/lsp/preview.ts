// The preview request, and the workspace-wide check that publishes diagnostics for every card on disk.
import * as fs from 'fs';
import * as path from 'path';
import type { Connection } from 'vscode-languageserver/node';
import { alScoreHint, analyzeCard, ratioHint, trainingHint } from '../core';
import type { CardPreview, CheckWorkspaceRequest } from '../protocol';
import type { AnalysisCache, CardEntry } from './analysisCache';
import { toDiagnostic } from './convert';
import type { SettingsStore } from './settings';
import { pathToUri, type Workspace } from './workspace';

/** Stops a runaway walk in a huge workspace. */
const MAX_FILES = 20000;
const SKIP_DIRS = new Set(['node_modules', '.git']);

/** The preview data of an analysed document. */
export function previewOf(entry: CardEntry): CardPreview {
  const { analysis, config } = entry;
  const m = analysis.metrics;
  return {
    uri: entry.uri,
    version: entry.version,
    isCard: entry.active,
    format: analysis.format,
    card: analysis.card,
    metrics: m,
    explain: { alScore: alScoreHint(m), ratio: ratioHint(m), training: trainingHint(m) },
    computeOptimalRatio: config.computeOptimalRatio,
    findings: entry.active ? analysis.findings : [],
  };
}

/** Every `*.md` under the folders, skipping node_modules and .git. */
async function markdownFiles(folders: string[]): Promise<string[]> {
  const out: string[] = [];
  const queue = [...folders];
  while (queue.length > 0 && out.length < MAX_FILES) {
    const dir = queue.shift() ?? '';
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) queue.push(full);
      else if (e.isFile() && /\.md$/i.test(e.name)) out.push(full);
    }
  }
  return out.sort();
}

/** Checks every card file in the workspace (open documents as edited), publishing their diagnostics. */
export async function checkWorkspace(connection: Connection, workspace: Workspace, cache: AnalysisCache, store: SettingsStore, isOpen: (uri: string) => boolean): Promise<CheckWorkspaceRequest.Result> {
  const result: CheckWorkspaceRequest.Result = { files: 0, cards: 0, errors: 0, warnings: 0 };
  for (const file of await markdownFiles(workspace.folderPaths)) {
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
        text = await fs.promises.readFile(file, 'utf8');
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
