// The Leaderboard's page: the shared webview shell; the rows arrive by postMessage.
import { webviewPage, type WebviewPageOptions } from '../webviewPage';
import { LEADERBOARD_CSS } from './style';
import { leaderboardMain } from './webview';

export type LeaderboardHtmlOptions = WebviewPageOptions;

/** The page's HTML. Inline style and script carry the nonce; nothing else may load or run. */
export function leaderboardHtml(options: LeaderboardHtmlOptions): string {
  return webviewPage(options, {
    what: 'leaderboard',
    title: 'Model Card Leaderboard',
    css: LEADERBOARD_CSS,
    main: leaderboardMain,
    body: [
      '<header>',
      '<h1>Leaderboard</h1>',
      '<input id="filter" type="search" placeholder="Filter by model or lab" aria-label="Filter by model or lab">',
      '<label>Access <select id="access" aria-label="Access"></select></label>',
      '<label>Tier <select id="tier" aria-label="Tier"></select></label>',
      '<span id="count" role="status" aria-live="polite">Loading the cards…</span>',
      '<p id="note" role="status"></p>',
      '</header>',
      '<table id="board" aria-label="Model cards of the workspace"><thead></thead><tbody></tbody></table>',
      '<p id="empty" hidden></p>',
    ],
  });
}
