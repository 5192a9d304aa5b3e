// The Leaderboard's page: a static shell with a strict CSP; the rows arrive by postMessage, so no card
// text is ever in this HTML.
import { LEADERBOARD_CSS } from './style';
import { leaderboardMain } from './webview';

export interface LeaderboardHtmlOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** A fresh random nonce per page. */
  nonce: string;
}

/** The page's HTML. Inline style and script carry the nonce; nothing else may load or run. */
export function leaderboardHtml({ cspSource, nonce }: LeaderboardHtmlOptions): string {
  const script = `(${leaderboardMain.toString()})();`;
  // The script is our own code, but a stray closing tag in it would end the element early.
  if (/<\/(script|style)/i.test(script + LEADERBOARD_CSS)) throw new Error('The leaderboard script or style contains a closing tag');
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    '<title>Model Card Leaderboard</title>',
    `<style nonce="${nonce}">${LEADERBOARD_CSS}</style>`,
    '</head>',
    '<body>',
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
    `<script nonce="${nonce}">${script}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
