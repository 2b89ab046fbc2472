/**
 * The CLI's window on the world, injected so that every command runs in tests without spawning.
 * @module
 */
import { once } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/** Input/output used by CLI commands. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as UTF-8, or standard input when `path` is `-`. */
  readText(path: string): Promise<string>;
  /** Reads a file as bytes, or standard input when `path` is `-`. */
  readBytes(path: string): Promise<Uint8Array>;
  /** Today as YYYY-MM-DD (the engine never reads the clock). */
  today(): string;
  /** Writes a UTF-8 file (optional: interfaces without a file system omit it). */
  writeText?(path: string, text: string): Promise<void>;
  /** Standard input line by line, streamed (optional: without it, `readText('-')` is split into lines). */
  stdinLines?(): AsyncIterable<string>;
  /** Resolves when standard output can take more (back-pressure for long outputs; optional). */
  stdoutDrained?(): Promise<void>;
  /** Whether standard error is a terminal (progress bars); false when absent. */
  stderrIsTTY?: boolean;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The real process I/O. */
export const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  readText: async (p) => (p === '-' ? (await readStdin()).toString('utf8') : readFile(p, 'utf8')),
  readBytes: async (p) => (p === '-' ? readStdin() : readFile(p)),
  today: () => new Date().toISOString().slice(0, 10),
  writeText: (p, t) => writeFile(p, t, 'utf8'),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  stdoutDrained: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  },
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
};
