/**
 * Locates `../shared/` (seed cases, benchmark data), which CI places beside the repository. Only the
 * evaluation scripts read it (the test suite never does); they call {@link requireShared}, which fails with a
 * clear message when it is missing rather than passing silently.
 * @module
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared folder: `$HELIOTROPE_SHARED`, else `../shared` beside the repository. */
export function sharedDir(): string {
  return process.env.HELIOTROPE_SHARED ?? resolve(repoRoot, '..', 'shared');
}

/**
 * Returns the path of a file or folder under shared/, throwing a clear error when it is missing.
 * @param parts - path segments under shared/
 */
export function requireShared(...parts: string[]): string {
  const p = resolve(sharedDir(), ...parts);
  if (!existsSync(p)) {
    throw new Error(
      `missing ${p}: these tests read the project's shared data (../shared beside the repository, or set HELIOTROPE_SHARED)`,
    );
  }
  return p;
}
