/**
 * The CLI's window on the world, injected so that every command runs in tests without spawning.
 * File-system errors become {@link HeliotropeError}s that name the path and what is wrong with it
 * (`cannot read cases/: it is a directory`); reports are written to a temporary file and renamed, so a
 * failed write never leaves half a file. `node:crypto` and `node:readline` are loaded when first used: a short
 * command does not pay for them at start.
 * @module
 */
import { createReadStream } from 'node:fs';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HeliotropeError } from '../core/issues.js';

/** Input/output used by CLI commands. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as UTF-8, or standard input when `path` is `-`. */
  readText(path: string): Promise<string>;
  /** Reads a file as bytes, or standard input when `path` is `-`. */
  readBytes(path: string): Promise<Uint8Array>;
  /**
   * Opens a file (or standard input for `-`) to be read chunk by chunk; checks that it exists and is a
   * file first. Optional: without it, batch commands read the whole input with {@link CliIo.readBytes}.
   */
  openRead?(path: string): Promise<AsyncIterable<Uint8Array | string>>;
  /** Resolves when standard output can take more (optional: interfaces whose writes never queue omit it). */
  outputRoom?(): Promise<void>;
  /** Today as YYYY-MM-DD (the engine never reads the clock). */
  today(): string;
  /** Now as an ISO instant (optional: without it, FHIR exports are stamped with the assessment day). */
  now?(): string;
  /** Writes a UTF-8 file (optional: interfaces without a file system omit it). */
  writeText?(path: string, text: string): Promise<void>;
  /** Standard input line by line, streamed (optional: without it, `readText('-')` is split into lines). */
  stdinLines?(): AsyncIterable<string>;
  /** Whether standard error is a terminal (progress bars); false when absent. */
  stderrIsTTY?: boolean;
}

const READ_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
};

/**
 * Turns a file-system error into an error that names the path and the reason; a missing input file is
 * "not found" (exit code 3), every other problem with a path is bad input (exit code 2). Other errors are
 * returned unchanged.
 * @param e - the error thrown by `node:fs`
 * @param path - the path as the user gave it
 * @param op - what was being done
 */
export function fileError(e: unknown, path: string, op: 'read' | 'write'): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return e;
  let why: string | undefined;
  if (op === 'write') {
    const dir = dirname(path);
    why =
      code === 'ENOENT'
        ? `the directory ${dir} does not exist`
        : code === 'EACCES' || code === 'EPERM'
          ? `permission denied (cannot create a file in ${dir})`
          : code === 'EROFS'
            ? 'the file system is read-only'
            : code === 'ENOSPC'
              ? 'no space left on the device'
              : Object.hasOwn(READ_REASONS, code)
                ? READ_REASONS[code]
                : undefined;
  } else if (Object.hasOwn(READ_REASONS, code)) why = READ_REASONS[code];
  if (!why) return e;
  const kind = op === 'read' && code === 'ENOENT' ? 'not-found' : 'invalid-input';
  return new HeliotropeError(kind, `cannot ${op} ${path}: ${why}`, [], { cause: e });
}

/** Runs a file operation, translating its errors with {@link fileError}. */
async function onFile<T>(path: string, op: 'read' | 'write', fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw fileError(e, path, op);
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Checks that a path is an existing file (a directory is refused by name, not read as empty). */
async function checkFile(path: string): Promise<void> {
  const s = await stat(path);
  if (s.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
}

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside the target, which is then
 * renamed over it (atomic on one file system). On failure the temporary file is removed and the target
 * is untouched.
 * @param path - the file to write
 * @param text - its UTF-8 content
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR', path });
  const { randomBytes } = await import('node:crypto');
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/**
 * Standard output's first error (EPIPE when the reader, e.g. `head`, has gone away). Listened for once,
 * so that it never surfaces as an unhandled 'error' event; further output is dropped and the next
 * {@link CliIo.outputRoom} call throws it, which ends the command (quietly, for EPIPE).
 */
let stdoutError: Error | undefined;
let watchingStdout = false;
function watchStdout(): void {
  if (watchingStdout) return;
  watchingStdout = true;
  process.stdout.on('error', (e: Error) => (stdoutError ??= e));
}

/** Standard input line by line (`node:readline`, loaded when first read). */
async function* stdinLines(): AsyncGenerator<string> {
  const { createInterface } = await import('node:readline');
  yield* createInterface({ input: process.stdin, crlfDelay: Infinity });
}

/** The real process I/O. */
export const processIo: CliIo = {
  stdout: (t) => {
    watchStdout();
    if (!stdoutError) process.stdout.write(t);
  },
  stderr: (t) => void process.stderr.write(t),
  readText: (p) =>
    p === '-'
      ? readStdin().then((b) => b.toString('utf8'))
      : onFile(p, 'read', async () => {
          await checkFile(p);
          return readFile(p, 'utf8');
        }),
  readBytes: (p) =>
    p === '-'
      ? readStdin()
      : onFile(p, 'read', async () => {
          await checkFile(p);
          return readFile(p);
        }),
  openRead: async (p) => {
    if (p === '-') return process.stdin;
    await onFile(p, 'read', () => checkFile(p));
    return createReadStream(p);
  },
  outputRoom: async () => {
    watchStdout();
    if (stdoutError) throw stdoutError;
    if (!process.stdout.writableNeedDrain) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        process.stdout.off('drain', done);
        process.stdout.off('error', done);
        process.stdout.off('close', done);
        resolve();
      };
      process.stdout.on('drain', done);
      process.stdout.on('error', done);
      process.stdout.on('close', done);
    });
    if (stdoutError) throw stdoutError;
  },
  today: () => new Date().toISOString().slice(0, 10),
  now: () => new Date().toISOString(),
  writeText: (p, t) => onFile(p, 'write', () => writeFileAtomic(p, t)),
  stdinLines: () => stdinLines(),
  get stderrIsTTY() {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- isTTY is undefined, not false, off a terminal (typed boolean)
    return process.stderr.isTTY === true;
  },
};
