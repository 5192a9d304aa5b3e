// Messages between the preview panel and its webview script.
import type { CardPreview } from '../../../server/src/protocol';

/** Extension -> webview: the card to show (null when the document is gone or the server has nothing). */
export interface UpdateMessage {
  type: 'update';
  uri: string;
  preview: CardPreview | null;
  /** Tier names from the engine, strongest first. */
  tiers: readonly string[];
  /** How the engine writes each access value (`🟢 Public`). */
  accessLabels: Readonly<Record<string, string>>;
}

/** Webview -> extension: the script loaded and wants data, or a finding was clicked. */
export type WebviewMessage = { type: 'ready' } | { type: 'reveal'; line: number; character: number };
