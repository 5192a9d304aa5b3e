// What the server needs from a file system, behind one interface: the Node host (nodeHost.ts) reads the
// disk; the browser host (browserHost.ts, in a web worker) asks the client, which answers from vscode.workspace.fs.
import type { WorkspaceFolder } from 'vscode-languageserver';
import type { Lab } from '../core/service';
import type { ConfigLookup } from '../node/configResolver';

export type { ConfigLookup };

export interface ServerHost {
  /** Replaces the workspace folders (at initialize). */
  setFolders(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void;
  /** Adds and removes folders as the client reports. */
  changeFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void;
  /** The document's path below its innermost workspace folder (matched by `modelCard.files`), or null outside every folder. */
  relativePath(uri: string): string | null;
  /**
   * The config of the card `uri`: `configFile` (relative to its workspace folder) when set, else the
   * nearest .modelcardrc.json up to the folder; null when the host cannot reach the card's folder.
   */
  loadConfig(uri: string, configFile: string): ConfigLookup | null | Promise<ConfigLookup | null>;
  /** Forgets config lookups (settings or a config file changed). */
  clearConfigs(): void;
  /** The labs of the nearest `labs/` folder above the card, for Organization completion. */
  labs(uri: string): readonly Lab[] | Promise<readonly Lab[]>;
  /** Forgets lab lists (a lab file changed). */
  clearLabs(): void;
  /** Markdown files of the workspace folders, as URIs in the order Check Workspace visits them; at most `limit`. */
  workspaceFiles(limit: number): Promise<string[]>;
  /** A workspace file's text for Check Workspace; throws when it cannot be read. */
  readFile(uri: string): Promise<string>;
}
