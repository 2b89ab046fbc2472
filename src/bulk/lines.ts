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
 * Largest gap between two parts' bytes in a file that one read spans (the gap's bytes are read and dropped):
 * below it, a read of a few more bytes costs less than another read call.
 */
const SPAN_GAP = 16 * 1024;
/** Largest single read (a batch's parts in one file spread further apart are read in several). */
const SPAN_MAX = 8 * 1024 * 1024;

/**
 * Reads the lines of a located batch from their sources: each part becomes a part of the patient's
 * {@link PatientGroup} (its lines joined by a newline). The parts of a batch are read file by file with as few
 * reads as their places allow: runs of consecutive lines (the bytes between them are their own line break —
 * a newline, or CR LF, whose CR `JSON.parse` reads as white space), and the runs of all the batch's parts in
 * a file that lie close together (at most {@link SPAN_GAP} bytes apart; an export written patient by patient
 * puts a batch's lines of a file in one stretch) are one read. A part of one run is a view of that read's
 * buffer; a part of several runs is a copy with a newline between its runs.
 * @param batch - the located batch
 * @param sources - file index → path of the bytes the offsets point into
 * @throws Error when a source cannot be read or is shorter than a line's end (the export changed during the run)
 */
export function readLocated(batch: LocatedBatch, sources: readonly string[]): PatientGroup[] {
  const groups: PatientGroup[] = batch.patients.map((p) => ({ seq: p.seq, key: p.key, parts: [] }));
  // Each part's runs of consecutive lines, as byte ranges of its file; and per file, every run of the batch.
  type Run = { start: number; end: number; data?: Buffer };
  const partRuns: Run[][] = [];
  const parts: PatientGroup['parts'] = [];
  const byFile = new Map<number, Run[]>();
  let at = 0;
  for (let i = 0; i < batch.parts.length; i += 3) {
    const file = batch.parts[i + 1]!;
    const n = batch.parts[i + 2]!;
    const lines = new Uint32Array(n);
    for (let k = 0; k < n; k++) lines[k] = batch.pos[at + 3 * k]!;
    const runs: Run[] = [];
    if (n > 0) {
      let run: Run = { start: batch.pos[at + 1]!, end: batch.pos[at + 2]! };
      for (let k = 1; k < n; k++) {
        const s = batch.pos[at + 3 * k + 1]!;
        const e = batch.pos[at + 3 * k + 2]!;
        // The next line starts one (LF) or two (CR LF) bytes after the previous ends: the same run.
        if (s - run.end === 1 || s - run.end === 2) run.end = e;
        else {
          runs.push(run);
          run = { start: s, end: e };
        }
      }
      runs.push(run);
      let list = byFile.get(file);
      if (!list) byFile.set(file, (list = []));
      for (const r of runs) list.push(r);
    }
    partRuns.push(runs);
    const part = { file, lines, data: EMPTY };
    parts.push(part);
    groups[batch.parts[i]!]!.parts.push(part);
    at += 3 * n;
  }
  const fds = new Map<number, number>();
  try {
    for (const [file, runs] of byFile) {
      const path = sources[file];
      if (path === undefined) throw new Error(`no source for file ${file}`);
      const fd = openSync(path, 'r');
      fds.set(file, fd);
      runs.sort((a, b) => a.start - b.start);
      for (let j = 0; j < runs.length;) {
        // One span: the following runs as long as each starts close to the previous one's end.
        const from = runs[j]!.start;
        let to = runs[j]!.end;
        let m = j + 1;
        while (m < runs.length && runs[m]!.start - to <= SPAN_GAP && runs[m]!.end - from <= SPAN_MAX)
          to = Math.max(to, runs[m++]!.end);
        const span = readSpan(fd, from, to);
        for (; j < m; j++) runs[j]!.data = span.subarray(runs[j]!.start - from, runs[j]!.end - from);
      }
    }
  } finally {
    for (const fd of fds.values()) closeSync(fd);
  }
  // Each part's bytes: its one run's view, or its runs copied with a newline between them.
  for (let p = 0; p < parts.length; p++) parts[p]!.data = joinRuns(partRuns[p]!);
  return groups;
}

const EMPTY = Buffer.alloc(0);

/** The bytes of runs (read) with a newline between them. */
function joinRuns(runs: readonly { data?: Buffer }[]): Buffer {
  if (runs.length === 0) return EMPTY;
  if (runs.length === 1) return runs[0]!.data!;
  let size = runs.length - 1;
  for (const r of runs) size += r.data!.length;
  const out = Buffer.allocUnsafe(size);
  let o = 0;
  for (let r = 0; r < runs.length; r++) {
    if (r) out[o++] = 10;
    o += runs[r]!.data!.copy(out, o);
  }
  return out;
}

/** The bytes `[from, to)` of a file, in one buffer. */
function readSpan(fd: number, from: number, to: number): Buffer {
  const out = Buffer.allocUnsafe(to - from);
  let got = 0;
  while (got < out.length) {
    const k = readSync(fd, out, got, out.length - got, from + got);
    if (k === 0) throw new Error('a source of the run is shorter than its recorded lines');
    got += k;
  }
  return out;
}
