// What a command prints and how it exits; main() does the writing, once.
export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_TROUBLE = 2;

export interface Outcome {
  stdout: string;
  /** One message per line, each printed after `modelcard: `. */
  stderr: string[];
  code: number;
}

/** Any thrown error as one line: an I/O error names its path, syscall and code; a stack only with MODELCARD_DEBUG. */
export function oneLine(e: unknown): string {
  const err = e as Partial<NodeJS.ErrnoException>;
  if (typeof err.code === 'string' && typeof err.syscall === 'string') {
    return `${err.path ?? 'I/O'}: cannot ${err.syscall} (${err.code})`;
  }
  if (process.env.MODELCARD_DEBUG && e instanceof Error && e.stack) return `internal error: ${e.stack}`;
  const message = e instanceof Error ? e.message : String(e);
  return `internal error: ${message.split('\n')[0] ?? ''} (set MODELCARD_DEBUG=1 for details)`;
}
