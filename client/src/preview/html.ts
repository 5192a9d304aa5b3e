// The preview's page: the shared webview shell; the card arrives later by postMessage.
import { webviewPage, type WebviewPageOptions } from '../webviewPage';
import { PREVIEW_CSS } from './style';
import { webviewMain } from './webview';

export type PreviewHtmlOptions = WebviewPageOptions;

/** The page's HTML. Inline style and script carry the nonce; nothing else may load or run. */
export function previewHtml(options: PreviewHtmlOptions): string {
  return webviewPage(options, {
    what: 'preview',
    title: 'Model Card Metrics',
    css: PREVIEW_CSS,
    main: webviewMain,
    body: ['<main id="root"><p id="loading">Loading the card…</p></main>'],
  });
}
