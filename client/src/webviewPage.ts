// The one page shell of every webview (the metrics preview, the Leaderboard): a strict CSP where only the
// nonce'd inline style and script may run, and content that arrives later by postMessage, so no card text
// is ever in this HTML.

export interface WebviewPageOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** A fresh random nonce per page. */
  nonce: string;
}

export interface WebviewPageParts {
  /** Names the page in the error thrown when its own script or style holds a closing tag. */
  what: string;
  title: string;
  css: string;
  /** Runs in the page: its source is inlined and called. */
  main: () => void;
  /** The static body markup before the script. */
  body: readonly string[];
}

/** The page's HTML. Inline style and script carry the nonce; nothing else may load or run. */
export function webviewPage({ cspSource, nonce }: WebviewPageOptions, { what, title, css, main, body }: WebviewPageParts): string {
  const script = `(${main.toString()})();`;
  // The script is our own code, but a stray closing tag in it would end the element early.
  if (/<\/(script|style)/i.test(script + css)) throw new Error(`The ${what} script or style contains a closing tag`);
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>${title}</title>`,
    `<style nonce="${nonce}">${css}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script nonce="${nonce}">${script}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
