// Helpers for the hostile-input tests: the built CLI run with a time limit, temp folders, card variants.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BAD_ALSCORE, GOOD_CARD } from '../../lsp/cards';
import { REPO_ROOT } from './cards';

export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
/** Every CLI run gets this long: a hang fails the test instead of the suite. */
export const CLI_TIMEOUT_MS = 20_000;

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `modelcard ...args` in `cwd`, killed after CLI_TIMEOUT_MS. */
export function runCli(cwd: string, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: CLI_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a CommonJS snippet in a child Node (for code that would block this process if it hung). */
export function runNode(script: string, cwd: string): CliRun {
  const r = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temp folder (its real path: macOS's /tmp is a link). */
export function tempDir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Writes `text` (or bytes) at `rel` under `dir`, creating folders. */
export function put(dir: string, rel: string, data: string | Uint8Array): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return file;
}

/** Whether this platform has FIFOs, symlinks and device files (not Windows). */
export const POSIX = process.platform !== 'win32';

/** Makes a FIFO; false where mkfifo is missing. */
export function mkfifo(file: string): boolean {
  return spawnSync('mkfifo', [file]).status === 0;
}

/** A card whose ALScore is wrong: the certain fix replaces `3.1` with `4.0` on one line. */
export const WRONG_ALSCORE = BAD_ALSCORE;
/** A card without its Formula line: the certain fix inserts a whole line. */
export const NO_FORMULA = GOOD_CARD.replace('- **Formula:** √(Parameters × Tokens) ÷ 300\n', '');
/** The line the Formula fix inserts. */
export const FORMULA_LINE = '- **Formula:** √(Parameters × Tokens) ÷ 300';
export { GOOD_CARD };
