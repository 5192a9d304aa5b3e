// Reading a card as text: a binary or non-UTF-8 file is one clear error, not a page of findings.
import { readFileSync } from 'fs';
import { isUtf8 } from 'buffer';

const BOM = '\uFEFF';

/** Thrown for a file that is not UTF-8 text; `code` reads as the reason in "cannot be read (…)". */
export class NotTextError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Why bytes are not UTF-8 text, or null when they are. */
export function notTextReason(bytes: Uint8Array): string | null {
  // UTF-16 holds NUL bytes too: name it, since re-saving as UTF-8 is the fix.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16 text: save it as UTF-8';
  if (bytes.indexOf(0) >= 0) return 'not a text file: it holds NUL bytes';
  if (!isUtf8(bytes)) return 'not UTF-8 text';
  return null;
}

/** Decodes a file's bytes; editors drop a leading BOM, so positions are counted without it. Throws NotTextError. */
export function decodeText(bytes: Buffer): { text: string; bom: boolean } {
  const reason = notTextReason(bytes);
  if (reason !== null) throw new NotTextError(reason);
  const raw = bytes.toString('utf8');
  return raw.startsWith(BOM) ? { text: raw.slice(1), bom: true } : { text: raw, bom: false };
}

/** Reads a file as UTF-8 text (see decodeText); I/O errors are thrown as they are. */
export function readTextFile(abs: string): { text: string; bom: boolean } {
  // Node's UTF-8 read is its fastest path; the bytes are looked at only when the text shows a NUL or U+FFFD.
  const raw = readFileSync(abs, 'utf8');
  if (raw.includes('\0') || raw.includes('\uFFFD')) {
    const reason = notTextReason(readFileSync(abs));
    if (reason !== null) throw new NotTextError(reason);
  }
  return raw.startsWith(BOM) ? { text: raw.slice(1), bom: true } : { text: raw, bom: false };
}
