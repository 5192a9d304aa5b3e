// Replacing a file's content without ever leaving it cut short: write a temporary file beside it, flush
// it to disk, then rename it over the original (atomic on POSIX file systems and on NTFS).
import * as fs from 'fs';
import * as path from 'path';

/** The file system calls the writer makes; a test swaps one to simulate a full disk. */
export const writeOps = {
  openSync: fs.openSync,
  writeSync: fs.writeSync,
  fsyncSync: fs.fsyncSync,
  renameSync: fs.renameSync,
};

/**
 * Replaces the regular file `file` (a real path, not a link) by `data`, keeping its permission bits (and
 * owner when we may). On any failure the original is untouched and the temporary file is removed.
 * The file gets a new inode: other hard links to it keep the old content.
 */
export function replaceFile(file: string, data: Uint8Array): void {
  const st = fs.statSync(file);
  writeThenRename(file, data, st.mode & 0o7777, st);
}

/**
 * Writes `data` to `file` atomically whether or not it exists: a new file gets the usual 0o666 less the
 * umask; an existing one is replaced as by replaceFile (through a symlink, its target). Throws EISDIR for
 * a folder and EINVAL for anything else that is not a regular file (a FIFO would block the write).
 */
export function writeFileAtomic(file: string, data: Uint8Array): void {
  let real: string;
  try {
    real = fs.realpathSync.native(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    writeThenRename(file, data, null, null);
    return;
  }
  const st = fs.statSync(real);
  if (st.isDirectory()) throw Object.assign(new Error(`${file}: is a directory`), { code: 'EISDIR', syscall: 'open', path: file });
  if (!st.isFile()) throw Object.assign(new Error(`${file}: not a regular file`), { code: 'EINVAL', syscall: 'open', path: file });
  writeThenRename(real, data, st.mode & 0o7777, st);
}

// crypto is loaded on the first write: loading it costs a `check` (which writes nothing) ~8 ms at start.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const randomBytes = (n: number): Buffer => (require('crypto') as typeof import('crypto')).randomBytes(n);

/** The temporary file beside `file`, flushed, renamed over it; `mode` null: a new file with the umask's mode. */
function writeThenRename(file: string, data: Uint8Array, mode: number | null, st: fs.Stats | null): void {
  // Hidden, unique and in the same folder (a rename across file systems would not be atomic).
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    // wx: never follow or reuse something already at that name.
    fd = writeOps.openSync(tmp, 'wx', mode ?? 0o666);
    let written = 0;
    while (written < data.length) written += writeOps.writeSync(fd, data, written, data.length - written);
    if (st !== null && mode !== null) {
      keepOwner(fd, st);
      fs.fchmodSync(fd, mode); // after chown, which may clear set-id bits; open's mode is masked by the umask
    }
    writeOps.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    writeOps.renameSync(tmp, file);
  } catch (e) {
    if (fd !== null) closeQuietly(fd);
    try {
      fs.unlinkSync(tmp);
    } catch {
      // never created, or already gone
    }
    throw e;
  }
  syncDir(path.dirname(file));
}

// Only root may give a file away; for others the new file is theirs, as any editor's save would make it.
function keepOwner(fd: number, st: fs.Stats): void {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return;
  try {
    fs.fchownSync(fd, st.uid, st.gid);
  } catch {
    // a file system without owners
  }
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // the write error is the one worth reporting
  }
}

// Makes the rename itself durable; not possible on every platform (Windows), and the data is safe anyway.
function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // best effort
  }
}
