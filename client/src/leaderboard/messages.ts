// Messages between the Leaderboard panel and its webview script.
import type { LeaderboardRow } from '../../../server/src/protocol';

/** Extension -> webview: every row (a new load), or rows changed and removed since. */
export type LeaderboardUpdate =
  | { type: 'rows'; rows: LeaderboardRow[]; files: number; truncated: boolean; tiers: readonly string[]; accessLabels: Readonly<Record<string, string>> }
  | { type: 'patch'; changed: LeaderboardRow[]; removed: string[] }
  | { type: 'error'; message: string };

/** Webview -> extension: the script loaded and wants rows, or a row was chosen. */
export type LeaderboardMessage = { type: 'ready' } | { type: 'open'; uri: string };

/** The webview's message if it is one of ours, else null (a webview is untrusted input). */
export function readLeaderboardMessage(message: unknown): LeaderboardMessage | null {
  if (message === null || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready' };
  if (m.type === 'open' && typeof m.uri === 'string' && m.uri.length <= 4096) return { type: 'open', uri: m.uri };
  return null;
}
