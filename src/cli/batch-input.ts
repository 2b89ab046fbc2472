/**
 * Reading a `calc --input` batch as a stream: the format is decided from the file name or the first
 * non-blank characters, then the input is handed on chunk by chunk (CSV) or line by line (JSONL, through
 * `readline`), never held whole.
 * @module
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { detectBatchFormat } from '../calc/run.js';
import type { CliIo } from './io.js';

type Chunk = Uint8Array | string;

/** An opened batch: its format and its content as chunks. */
export interface BatchInput {
  format: 'jsonl' | 'csv';
  chunks: AsyncIterable<Chunk>;
}

const text = (c: Chunk) =>
  typeof c === 'string' ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength).toString('utf8');

/**
 * Opens a batch file (or standard input for `-`) and decides its format, reading only as far as its
 * first non-blank character.
 * @param io - the CLI's I/O
 * @param path - the file as given to `--input`
 */
export async function openBatch(io: CliIo, path: string): Promise<BatchInput> {
  const source = io.openRead ? await io.openRead(path) : [await io.readBytes(path)];
  const it: AsyncIterator<Chunk> | Iterator<Chunk> =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<Chunk>)[Symbol.asyncIterator]()
      : (source as Iterable<Chunk>)[Symbol.iterator]();
  const head: Chunk[] = [];
  let seen = '';
  let done = false;
  while (seen.trim() === '') {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    seen += text(next.value);
  }
  async function* all(): AsyncGenerator<Chunk> {
    yield* head;
    if (done) return;
    try {
      for (;;) {
        const next = await it.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await it.return?.();
    }
  }
  return { format: detectBatchFormat(path, seen), chunks: all() };
}

/** The lines of a chunked input (`\n` or `\r\n`), decoded as UTF-8 by `readline`. */
export function linesOf(chunks: AsyncIterable<Chunk>): AsyncIterable<string> {
  return createInterface({ input: Readable.from(chunks, { objectMode: false }), crlfDelay: Infinity });
}
