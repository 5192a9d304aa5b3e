// Reading untrusted files: regular files only, never blocking on a FIFO or device, never past a size cap.
// Shared by the CLI and the language server; every card and config read goes through here.
import * as fs from 'fs';

/** The largest card read, in bytes: real cards are a few KB, so 10 MB leaves room and stops runaway files. */
export const MAX_CARD_BYTES = 10 * 1024 * 1024;

// O_NONBLOCK: open() of a FIFO returns at once instead of waiting for a writer; O_NOCTTY: a tty named as
// a card never becomes our terminal. Both are absent on Windows, where neither can happen.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);
const CHUNK = 64 * 1024;

/** A file that is there but must not be read: `code` is ENOTREG (not a regular file) or EFBIG (too large). */
export class ReadError extends Error {
  constructor(
    readonly code: 'ENOTREG' | 'EFBIG' | 'EISDIR',
    message: string,
  ) {
    super(message);
  }
}

/** What kind of special file a stat describes, for messages. */
function kindOf(st: fs.Stats): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'a special file';
}

/** Throws unless the open file is a regular file within the cap (checked on the descriptor: no race). */
function checkOpened(st: fs.Stats, maxBytes: number): void {
  if (st.isDirectory()) throw new ReadError('EISDIR', 'is a directory');
  if (!st.isFile()) throw new ReadError('ENOTREG', `not a regular file: ${kindOf(st)}`);
  if (st.size > maxBytes) throw tooLarge(st.size, maxBytes);
}

function tooLarge(size: number | null, maxBytes: number): ReadError {
  return new ReadError('EFBIG', `too large: ${size === null ? `over ${bytes(maxBytes)}` : bytes(size)}, the limit is ${bytes(maxBytes)}`);
}

/** A size for people: 10 MB, 10.5 MB, 512 KB, 10 bytes. */
function bytes(n: number): string {
  const [unit, name] = n >= 1024 * 1024 ? [1024 * 1024, 'MB'] : n >= 1024 ? [1024, 'KB'] : [1, 'bytes'];
  return `${(n / unit).toFixed(n % unit === 0 ? 0 : 1)} ${name}`;
}

/** The bytes of a regular file of at most `maxBytes`; throws ReadError or the errno error otherwise. */
export function readRegularFile(file: string, maxBytes = MAX_CARD_BYTES): Buffer {
  // A device is not even opened (opening some has effects); the fstat below catches a swap after this.
  checkOpened(fs.statSync(file), maxBytes);
  const fd = fs.openSync(file, OPEN_FLAGS);
  try {
    const st = fs.fstatSync(fd);
    checkOpened(st, maxBytes);
    // One buffer of the stated size and a byte more: a read that fills it means the file grew.
    const buf = Buffer.allocUnsafe(st.size + 1);
    let total = 0;
    for (let n = -1; n !== 0 && total < buf.length; total += n) n = fs.readSync(fd, buf, total, buf.length - total, null);
    if (total < buf.length) return buf.subarray(0, total);
    return readRest(buf, (chunk) => fs.readSync(fd, chunk, 0, chunk.length, null), maxBytes);
  } finally {
    fs.closeSync(fd);
  }
}

/** The buffer readListedFile reads into, reused from file to file (grown up to the cap when a file needs it). */
let scratch: Buffer | null = null;
const SCRATCH_BYTES = 256 * 1024;

/**
 * Reads a file that a directory listing (or a stat of a link) has just said is a regular file, and hands
 * its bytes to `use`, which must not keep them: the buffer is reused by the next read. Same checks and cap
 * as readRegularFile without its fstat, the most costly step of reading a small card (Node makes a Stats
 * object with four Dates): a regular file ends where its size says, and whatever else the name may have
 * become since the listing (a FIFO, a device) is read at most to the cap and then refused by an fstat. An
 * empty read, a read error or a read past the cap is classified by that fstat; so a FIFO swapped in since
 * the listing, with no writer or no data, is "not a regular file", never waited on.
 */
export function readListedFile<T>(file: string, maxBytes: number, use: (bytes: Buffer) => T): T {
  const fd = fs.openSync(file, OPEN_FLAGS);
  try {
    let buf = (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES));
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        // Full: a larger buffer, up to a byte past the cap (a read that fills that is over the cap).
        if (total > maxBytes) break;
        const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(grown, 0, 0, total);
        buf = grown;
        if (grown.length <= 4 * SCRATCH_BYTES) scratch = grown;
      }
      let n: number;
      try {
        n = fs.readSync(fd, buf, total, buf.length - total, null);
      } catch (e) {
        checkOpened(fs.fstatSync(fd), maxBytes);
        throw e;
      }
      if (n === 0) break;
      total += n;
    }
    if (total === 0 || total > maxBytes) checkOpened(fs.fstatSync(fd), maxBytes);
    if (total > maxBytes) throw tooLarge(null, maxBytes);
    return use(buf.subarray(0, total));
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads on past a file's stated size (it grew, or is a /proc-like file of size 0), up to the cap. */
function readRest(start: Buffer, read: (chunk: Buffer) => number, maxBytes: number): Buffer {
  const chunks = [start];
  let total = start.length;
  for (;;) {
    if (total > maxBytes) throw tooLarge(null, maxBytes);
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    const n = read(chunk);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
}

/** readRegularFile off the event loop (the language server): same checks, same cap. */
export async function readRegularFileAsync(file: string, maxBytes = MAX_CARD_BYTES): Promise<Buffer> {
  checkOpened(await fs.promises.stat(file), maxBytes);
  const handle = await fs.promises.open(file, OPEN_FLAGS);
  try {
    checkOpened(await handle.stat(), maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(null, maxBytes);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** The first `bytes` bytes of a regular file, or null for anything else (a lab title needs only its start). */
export function readHead(file: string, bytes: number): Buffer | null {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch {
    return null;
  }
  try {
    if (!fs.fstatSync(fd).isFile()) return null;
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, fs.readSync(fd, buf, 0, bytes, 0));
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

/** A one-line reason for a failed read, for `path: cannot be read (…)` messages. */
export function readFailure(e: unknown): string {
  if (e instanceof ReadError) return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  return code ?? String(e);
}
