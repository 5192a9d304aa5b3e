// Custom requests and notifications between the client and the language server, declared once.
import type { LeaderboardRow } from './core/leaderboard/rows';
import type { CardPreview } from './core/service';

export type { CardPreview, LeaderboardRow };

export namespace CardPreviewRequest {
  export const method = 'modelCard/preview';
  export interface Params {
    uri: string;
  }
  export type Result = CardPreview | null;
}

/** Checks every card file under the workspace folders; diagnostics are published for each. */
export namespace CheckWorkspaceRequest {
  export const method = 'modelCard/checkWorkspace';
  export type Params = Record<string, never>;
  export interface Result {
    files: number;
    cards: number;
    errors: number;
    warnings: number;
  }
}

/** Sent by the server when a workspace folder's leaderboard repository is indexed (cross-file rules live). */
export namespace RepositoryStatusNotification {
  export const method = 'modelCard/repository';
  export interface Params {
    folder: string;
    /** Markdown files indexed, and how many of them are not derived pages. */
    files: number;
    cards: number;
    /** From listing the folder to the index built. */
    ms: number;
  }
}

/** Every card of the workspace folders as one leaderboard row (open documents as edited). */
export namespace LeaderboardRequest {
  export const method = 'modelCard/leaderboard';
  export type Params = Record<string, never>;
  export interface Result {
    rows: LeaderboardRow[];
    /** Markdown files looked at. */
    files: number;
    /** True when the workspace has more Markdown files than the server reads. */
    truncated: boolean;
  }
}

/**
 * Sent by the server, once a leaderboard was asked for, when rows change: `changed` rows replace (or add)
 * the rows of their URI, `removed` URIs are no longer cards; `reload`: ask for every row again.
 */
export namespace LeaderboardChangedNotification {
  export const method = 'modelCard/leaderboardChanged';
  export interface Params {
    changed: LeaderboardRow[];
    removed: string[];
    reload: boolean;
  }
}

/** Sent by the server when a card's analysis changes (status bar, preview refresh). */
export namespace CardStatusNotification {
  export const method = 'modelCard/status';
  export interface Params {
    uri: string;
    isCard: boolean;
    alScore: number | null;
    tier: string | null;
    errors: number;
    warnings: number;
  }
}

/** What the client passes at initialize; `trusted: false` in an untrusted workspace (other clients omit it). */
export interface InitializationOptions {
  trusted?: boolean;
}

/** Sent by the client when the user trusts the workspace: from then on .modelcardrc.json files are read. */
export namespace WorkspaceTrustNotification {
  export const method = 'modelCard/workspaceTrust';
  export interface Params {
    trusted: boolean;
  }
}

// File access for a server without a file system (the web extension's worker): the browser client
// answers these with vscode.workspace.fs and vscode.workspace.findFiles. The Node server never sends them.

export type FileKind = 'file' | 'directory' | 'other';

/** A file's kind, modification time (ms) and size, or null when nothing is there. */
export namespace FileStatRequest {
  export const method = 'modelCard/fs/stat';
  export interface Params {
    uri: string;
  }
  export type Result = { kind: FileKind; mtime: number; size: number } | null;
}

/** Reads files as UTF-8 (a BOM kept), each answered on its own: a file larger than `maxBytes` is refused, or cut with `head`. */
export namespace ReadFilesRequest {
  export const method = 'modelCard/fs/readFiles';
  export interface Params {
    uris: string[];
    maxBytes: number;
    /** Only the first `maxBytes` bytes (a lab's title), never refused for size. */
    head?: boolean;
  }
  export type FileResult = { text: string } | { error: 'not-found' | 'is-directory' | 'too-large' | 'unreadable'; message: string };
  export type Result = FileResult[];
}

/** A directory's entries (name and kind), or null when it is not a readable directory. */
export namespace ReadDirectoryRequest {
  export const method = 'modelCard/fs/readDirectory';
  export interface Params {
    uri: string;
  }
  export type Result = [string, FileKind][] | null;
}

/** Files of the workspace folders matching `include` (a VS Code glob) and not `exclude`, as URIs; at most `maxResults`. */
export namespace FindFilesRequest {
  export const method = 'modelCard/fs/findFiles';
  export interface Params {
    include: string;
    exclude: string;
    maxResults: number;
  }
  export type Result = string[];
}
