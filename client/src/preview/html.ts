// The preview's page: a static shell with a strict CSP; the card arrives later by postMessage, so no card text is ever in this HTML.
import { PREVIEW_CSS } from './style';
import { webviewMain } from './webview';

export interface PreviewHtmlOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** A fresh random nonce per page. */
  nonce: string;
}

/** The page's HTML. Inline style and script carry the nonce; nothing else may load or run. */
export function previewHtml({ cspSource, nonce }: PreviewHtmlOptions): string {
  const script = `(${webviewMain.toString()})();`;
  // The script is our own code, but a stray closing tag in it would end the element early.
  if (/<\/(script|style)/i.test(script + PREVIEW_CSS)) throw new Error('The preview script or style contains a closing tag');
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    '<title>Model Card Metrics</title>',
    `<style nonce="${nonce}">${PREVIEW_CSS}</style>`,
    '</head>',
    '<body>',
    '<main id="root"><p id="loading">Loading the card…</p></main>',
    `<script nonce="${nonce}">${script}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
