// Text from a card or a file name reaches the terminal only escaped: an ESC in a card could otherwise set
// the window title or clear the screen, a newline in a name split an output line, a bidi override reorder it.

// C0 controls except tab, DEL, C1 controls, and the bidi marks, embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\x00-\x08\x0A-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The text with each unsafe character written as an escape: `\x1b`, `\n`, `\u202e`. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x0a) return '\\n';
    if (code === 0x0d) return '\\r';
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
