/**
 * Where a patient's lines are, and reading them from there. The work store keeps, for every line it groups, the
 * byte range of the line in its source (the export file itself, or for a gzip file the decompressed copy the
 * reading phase writes beside the store) rather than a copy of the bytes: the reading phase then writes a few
 * numbers per line instead of the whole export, and a worker thread reads its batch's lines itself, so that
 * the main thread neither reads nor sends them.
 * @module
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { PatientGroup } from './patient.js';

/**
 * Where the lines of a batch of patients are, packed in two typed arrays (sent to a worker thread as two
 * transferred buffers rather than cloned objects).
 */
export interface LocatedBatch {
  /** The batch's patients, in order. */
  patients: { seq: number; key: string }[];
  /** Per part, three integers: the patient's index in `patients`, the file index, the number of lines. */
  parts: Int32Array;
  /** The parts' lines one after the other, three numbers each: line number, start and end (exclusive). */
  pos: Float64Array;
}

/**
 * Reads the lines of a located batch from their sources: each part becomes a part of the patient's
 * {@link PatientGroup} (its lines joined by a newline). Consecutive lines of a file are read with one read:
 * the bytes between them are their own line break (a newline, or CR LF, whose CR `JSON.parse` reads as
 * white space).
 * @param batch - the located batch
 * @param sources - file index → path of the bytes the offsets point into
 * @throws Error when a source cannot be read or is shorter than a line's end (the export changed during the run)
 */
export function readLocated(batch: LocatedBatch, sources: readonly string[]): PatientGroup[] {
  const groups: PatientGroup[] = batch.patients.map((p) => ({ seq: p.seq, key: p.key, parts: [] }));
  const fds = new Map<number, number>();
  try {
    let at = 0;
    for (let i = 0; i < batch.parts.length; i += 3) {
      const file = batch.parts[i + 1]!;
      const n = batch.parts[i + 2]!;
      let fd = fds.get(file);
      if (fd === undefined) {
        const path = sources[file];
        if (path === undefined) throw new Error(`no source for file ${file}`);
        fds.set(file, (fd = openSync(path, 'r')));
      }
      const lines = new Uint32Array(n);
      for (let k = 0; k < n; k++) lines[k] = batch.pos[at + 3 * k]!;
      groups[batch.parts[i]!]!.parts.push({ file, lines, data: readPart(fd, batch.pos, at, n) });
      at += 3 * n;
    }
  } finally {
    for (const fd of fds.values()) closeSync(fd);
  }
  return groups;
}

/**
 * The `n` lines at `pos[at…]`, joined by newlines, read with one read per run of consecutive lines.
 */
function readPart(fd: number, pos: Float64Array, at: number, n: number): Buffer {
  if (n === 0) return Buffer.alloc(0);
  // Runs of consecutive lines: the next line starts one (LF) or two (CR LF) bytes after the previous ends.
  let size = 0;
  let runStart = pos[at + 1]!;
  let runEnd = pos[at + 2]!;
  const runs: number[] = [];
  for (let k = 1; k < n; k++) {
    const s = pos[at + 3 * k + 1]!;
    const e = pos[at + 3 * k + 2]!;
    if (s - runEnd === 1 || s - runEnd === 2) runEnd = e;
    else {
      runs.push(runStart, runEnd);
      size += runEnd - runStart + 1;
      runStart = s;
      runEnd = e;
    }
  }
  runs.push(runStart, runEnd);
  size += runEnd - runStart;
  const out = Buffer.allocUnsafe(size);
  let o = 0;
  for (let r = 0; r < runs.length; r += 2) {
    if (r) out[o++] = 10;
    const len = runs[r + 1]! - runs[r]!;
    let got = 0;
    while (got < len) {
      const k = readSync(fd, out, o + got, len - got, runs[r]! + got);
      if (k === 0) throw new Error('a source of the run is shorter than its recorded lines');
      got += k;
    }
    o += len;
  }
  return out;
}
