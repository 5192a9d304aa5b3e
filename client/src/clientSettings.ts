// Client-side settings: only what the client itself acts on (the server reads the rest through workspace/configuration).
import * as vscode from 'vscode';

export const SECTION = 'modelCard';

/** Whether the metrics preview opens beside the editor (true) or in the editor's own column. */
export function previewOpensToSide(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('preview.openToSide', true);
}
