/**
 * The one place where errors become exit codes.
 * @module
 */
import { isHeliotropeError, type ErrorKind } from '../core/issues.js';

/** Exit codes: 0 success, 1 internal fault, 2 bad input or usage, 3 not found (a file or a stored record). */
export const EXIT = { ok: 0, internal: 1, input: 2, notFound: 3 } as const;

const BY_KIND: Record<ErrorKind, number> = {
  'invalid-input': EXIT.input,
  'too-large': EXIT.input,
  conflict: EXIT.input,
  unauthorized: EXIT.input,
  forbidden: EXIT.input,
  'not-found': EXIT.notFound,
  internal: EXIT.internal,
};

/**
 * Maps any thrown value to an exit code. File-system errors are user mistakes, not crashes: a missing file
 * is "not found" (3); a directory given as a file, a missing output directory or a permission problem is
 * bad input (2). (Process I/O already turns them into errors naming the path: `src/cli/io.ts`.)
 */
export function exitCodeFor(e: unknown): number {
  if (isHeliotropeError(e)) return BY_KIND[e.kind];
  const code = (e as { code?: string } | null)?.code;
  if (isOutputClosed(e)) return EXIT.ok;
  if (code === 'ENOENT') return EXIT.notFound;
  if (code === 'EISDIR' || code === 'EACCES' || code === 'EPERM' || code === 'ENOTDIR') return EXIT.input;
  return EXIT.internal;
}

/**
 * True when standard output was closed by its reader (EPIPE: `heliotrope calc … | head`): the reader
 * chose to stop, so the command ends quietly with exit code 0, as it would had the output been complete.
 */
export function isOutputClosed(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'EPIPE';
}
