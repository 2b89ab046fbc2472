/**
 * The files of a FHIR Bulk Data export: from its `manifest.json` (`output[].type` and `output[].url`, resolved
 * by file name next to the manifest; never fetched) or from a directory of `*.ndjson` / `*.ndjson.gz` files
 * (resource type from the file name, e.g. `Observation.ndjson`, `Observation.002.ndjson`,
 * `observation_1.ndjson.gz`). And a line reader over such a file (gzip detected by its magic bytes) that
 * hands out byte ranges with 1-based line numbers.
 * @module
 */
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { InputError, issue } from '../core/issues.js';

/** One input file. */
export interface ExportFile {
  path: string;
  /** Declared resource type (manifest `type` or file name); undefined when the export mixes types. */
  type: string | undefined;
  size: number;
  mtimeMs: number;
}

const TYPE_FROM_NAME = /^([A-Za-z]+?)(?:[._-]\d+|[._-]file[._-]?\d+)?\.ndjson(?:\.gz)?$/i;

function typeFromName(name: string): string | undefined {
  const m = TYPE_FROM_NAME.exec(name);
  if (!m) return undefined;
  const t = m[1]!;
  return t[0]!.toUpperCase() + t.slice(1);
}

function fileOf(path: string, type: string | undefined): ExportFile {
  const st = statSync(path);
  return { path, type, size: st.size, mtimeMs: Math.floor(st.mtimeMs) };
}

/**
 * Lists the export's files.
 * @param target - an export directory or a manifest.json
 * @throws InputError when the target is neither, or the manifest names missing files
 */
export function listExportFiles(target: string): ExportFile[] {
  const abs = resolve(target);
  if (!existsSync(abs)) throw new InputError(`${target}: no such file or directory`);
  const st = statSync(abs);
  if (st.isFile()) return fromManifest(abs);
  if (existsSync(join(abs, 'manifest.json'))) return fromManifest(join(abs, 'manifest.json'));
  if (!st.isDirectory()) throw new InputError(`${target}: expected an export directory or its manifest.json`);
  const files = readdirSync(abs)
    .filter((f) => /\.ndjson(\.gz)?$/i.test(f))
    .sort()
    .map((f) => {
      const t = typeFromName(f);
      // Files whose name does not look like a type (e.g. file_1.ndjson) are read without a declared type.
      return fileOf(
        join(abs, f),
        t && /^[A-Z][A-Za-z]+$/.test(t) && t.toLowerCase() !== 'file' ? t : undefined,
      );
    });
  if (!files.length) throw new InputError(`${target}: no .ndjson or .ndjson.gz files and no manifest.json`);
  return files;
}

function fromManifest(path: string): ExportFile[] {
  let m: unknown;
  try {
    m = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new InputError(`${path}: not valid JSON`);
  }
  const output = (m as { output?: unknown }).output;
  if (!Array.isArray(output))
    throw new InputError(`${path}: not a Bulk Data manifest`, [issue('required', 'output', 'is required')]);
  const byPatient = (m as { outputOrganizedBy?: unknown }).outputOrganizedBy !== undefined;
  const dir = dirname(path);
  const issues = [];
  const files: ExportFile[] = [];
  for (let i = 0; i < output.length; i++) {
    const o = output[i] as { type?: unknown; url?: unknown };
    if (typeof o?.url !== 'string') {
      issues.push(issue('required', `output[${i}].url`, 'is required'));
      continue;
    }
    // The file is looked for next to the manifest by the last segment of its URL (no download).
    const name = basename(o.url.split(/[?#]/)[0]!);
    const p = join(dir, name);
    if (!existsSync(p)) {
      issues.push(issue('not-found', `output[${i}].url`, `${name} is not next to the manifest`));
      continue;
    }
    files.push(fileOf(p, byPatient ? undefined : typeof o.type === 'string' ? o.type : typeFromName(name)));
  }
  if (issues.length) throw new InputError(`${path}: ${issues.length} output file(s) cannot be read`, issues);
  return files;
}

/** A batch of complete lines in one buffer: `starts[i]`..`ends[i]` is line `firstLine + i` (no newline). */
export interface LineBatch {
  buf: Buffer;
  starts: number[];
  ends: number[];
  firstLine: number;
  /** Offset of `buf[0]` in the (decompressed) byte stream of the file. */
  offset: number;
  /**
   * Bytes of `buf` up to and including its last line's newline: the part of the stream this batch covers (the
   * rest, an unfinished line, starts the next batch). Writing `buf[0, consumed)` of every batch in order copies
   * the stream exactly.
   */
  consumed: number;
  /** Compressed (on-disk) bytes read so far from the file. */
  bytesRead: number;
}

/**
 * Whether a file is gzip-compressed (its first two bytes are gzip's magic number).
 * @param path - the file
 */
export function isGzip(path: string): boolean {
  const head = Buffer.alloc(2);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 2, 0);
  } finally {
    closeSync(fd);
  }
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** Bytes read from an export file at a time. */
export const READ_CHUNK_BYTES = 1 << 20;

/**
 * Reads a file (plain or gzip) as batches of whole lines, in order, in bounded memory. A batch's `buf` is valid
 * until the next batch is asked for: a plain file is read into one buffer, reused (its unfinished last line
 * moved to the front), so the reading phase does not allocate a buffer per megabyte read.
 * @param path - the file
 */
export async function* readLines(path: string): AsyncGenerator<LineBatch> {
  if (isGzip(path)) yield* gzipLines(path);
  else yield* plainLines(path);
}

/** Start and end (without the newline, and without a CR before it) of every complete line of `buf`. */
function lineBounds(buf: Buffer): { starts: number[]; ends: number[]; pos: number } {
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  for (;;) {
    const nl = buf.indexOf(10, pos);
    if (nl < 0) break;
    starts.push(pos);
    ends.push(nl > pos && buf[nl - 1] === 13 ? nl - 1 : nl);
    pos = nl + 1;
  }
  return { starts, ends, pos };
}

/** The batch of the last line when the file does not end with a newline. */
function lastLine(buf: Buffer, firstLine: number, offset: number, bytesRead: number): LineBatch {
  const end = buf[buf.length - 1] === 13 ? buf.length - 1 : buf.length;
  return { buf, starts: [0], ends: [end], firstLine, offset, consumed: buf.length, bytesRead };
}

/** What a read without a newline gives: no line yet. */
const NO_LINES = { starts: [] as number[], ends: [] as number[], pos: 0 };

/** Batches of a plain file, read into one reused buffer (see {@link readLines}). */
async function* plainLines(path: string): AsyncGenerator<LineBatch> {
  const fh = await open(path, 'r');
  try {
    let buf = Buffer.allocUnsafeSlow(READ_CHUNK_BYTES);
    // bytes at the front of `buf` not handed out yet (an unfinished line)
    let have = 0;
    let bytesRead = 0;
    let lineNo = 1;
    let offset = 0;
    for (;;) {
      if (have === buf.length) {
        // a line longer than the buffer: room for more of it
        const bigger = Buffer.allocUnsafeSlow(buf.length * 2);
        buf.copy(bigger, 0, 0, have);
        buf = bigger;
      }
      const { bytesRead: n } = await fh.read(buf, have, buf.length - have, null);
      if (n === 0) break;
      bytesRead += n;
      const end = have + n;
      // only the new bytes can hold a newline: the unfinished line before them has none
      const view = buf.subarray(0, end);
      const { starts, ends, pos } = view.indexOf(10, have) < 0 ? NO_LINES : lineBounds(view);
      if (!starts.length) {
        have = end;
        continue;
      }
      yield { buf: view, starts, ends, firstLine: lineNo, offset, consumed: pos, bytesRead };
      buf.copy(buf, 0, pos, end);
      have = end - pos;
      offset += pos;
      lineNo += starts.length;
    }
    if (have > 0) yield lastLine(buf.subarray(0, have), lineNo, offset, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Batches of a gzip file, as its decompressed stream gives them. */
async function* gzipLines(path: string): AsyncGenerator<LineBatch> {
  const raw = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  let bytesRead = 0;
  raw.on('data', (c) => (bytesRead += (c as Buffer).length));
  const stream = raw.pipe(createGunzip());
  // Bytes of an unfinished line, kept as a list so that a very long line is joined once.
  let pending: Buffer[] = [];
  let lineNo = 1;
  // Stream offset of the first byte not yet handed out in a batch.
  let offset = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const first = chunk.indexOf(10);
    if (first < 0) {
      pending.push(chunk);
      continue;
    }
    const buf: Buffer = pending.length ? Buffer.concat([...pending, chunk]) : chunk;
    pending = [];
    const { starts, ends, pos } = lineBounds(buf);
    if (pos < buf.length) pending.push(buf.subarray(pos));
    yield { buf, starts, ends, firstLine: lineNo, offset, consumed: pos, bytesRead };
    offset += pos;
    lineNo += starts.length;
  }
  const carry = pending.length ? Buffer.concat(pending) : null;
  if (carry && carry.length) yield lastLine(carry, lineNo, offset, bytesRead);
}
