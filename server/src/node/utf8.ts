// Card bytes <-> text without losing a byte. Valid UTF-8 decodes as usual; a byte that is not part of
// valid UTF-8 becomes a lone surrogate U+DC80..U+DCFF (Python's "surrogateescape"), which valid UTF-8 can
// never produce, so encoding the text again gives back the very same bytes around any edit.
import { isUtf8 } from 'buffer';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface DecodedCard {
  /** The text after any BOM; editors drop the BOM, so positions are counted without it. */
  text: string;
  bom: boolean;
  /** 1-based line of the first byte that is not UTF-8, or null when the file is valid UTF-8. */
  invalidLine: number | null;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] ?? 0;
  if (c < 0x80) return 1;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  // Second-byte ranges exclude overlong forms, surrogates and code points past U+10FFFF.
  if (c >= 0xc2 && c <= 0xdf) n = 2;
  else if (c >= 0xe0 && c <= 0xef) {
    n = 3;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 4;
    if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + n > b.length) return 0;
  const c1 = b[i + 1] ?? 0;
  if (c1 < lo || c1 > hi) return 0;
  for (let k = 2; k < n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return n;
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidByte(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const n = sequenceLength(b, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** Decodes bytes known to be valid UTF-8, a leading BOM dropped. */
export function decodeUtf8(buf: Buffer): { text: string; bom: boolean } {
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  return { text: buf.toString('utf8', bom ? 3 : 0), bom };
}

/**
 * Decodes a card. `lossless`: bytes that are not UTF-8 become U+DC80..U+DCFF (for `fix`, which writes the
 * text back); otherwise U+FFFD, as an editor shows them (for `check`).
 */
export function decodeCard(buf: Buffer, lossless: boolean): DecodedCard {
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  if (isUtf8(body)) return { ...decodeUtf8(buf), invalidLine: null };
  const bad = firstInvalidByte(body);
  let invalidLine = 1;
  for (let i = body.indexOf(10); i >= 0 && i < bad; i = body.indexOf(10, i + 1)) invalidLine++;
  if (!lossless) return { text: body.toString('utf8'), bom, invalidLine };
  const parts: string[] = [];
  let run = 0;
  for (let i = 0; i < body.length; ) {
    const n = sequenceLength(body, i);
    if (n > 0) {
      i += n;
      continue;
    }
    parts.push(body.toString('utf8', run, i), String.fromCharCode(0xdc00 + (body[i] ?? 0)));
    run = ++i;
  }
  parts.push(body.toString('utf8', run));
  return { text: parts.join(''), bom, invalidLine };
}

// An escaped byte: a low surrogate U+DC80..U+DCFF not preceded by a high surrogate (that would be a pair).
const ESCAPED_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g;

/** The bytes of a text decoded by decodeCard (with its BOM), escaped bytes written back as they were. */
export function encodeCard(text: string, bom: boolean): Buffer {
  const parts: Buffer[] = bom ? [BOM] : [];
  let at = 0;
  for (const m of text.matchAll(ESCAPED_BYTE)) {
    parts.push(Buffer.from(text.slice(at, m.index), 'utf8'), Buffer.from([text.charCodeAt(m.index) - 0xdc00]));
    at = m.index + 1;
  }
  parts.push(Buffer.from(text.slice(at), 'utf8'));
  return Buffer.concat(parts);
}

/** Whether the bytes are UTF-16 (by BOM) or hold a NUL byte: not text a fix may edit. */
export function looksBinary(buf: Buffer): boolean {
  const utf16Bom = buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
  return utf16Bom || buf.includes(0);
}
