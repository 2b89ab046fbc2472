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

/** Maps any thrown value to an exit code. File-system "no such file" is a user mistake, not a crash. */
export function exitCodeFor(e: unknown): number {
  if (isHeliotropeError(e)) return BY_KIND[e.kind];
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') return EXIT.input;
  return EXIT.internal;
}
