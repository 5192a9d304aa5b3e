// Custom requests and notifications between the client and the language server, declared once.
import type { CardPreview } from './core/service';

export type { CardPreview };

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
