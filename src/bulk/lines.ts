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

/** One patient's lines in one file, by position: 1-based line numbers and their byte ranges in the source. */
export interface LocatedPart {
  /** File index (position in the store's list of files). */
  file: number;
  lines: Uint32Array;
  /** `[start, end)` byte offsets of each line (without its line break) in the file's source, pairwise. */
  spans: Float64Array;
}

/** One patient's lines by position (see {@link PatientGroup} for the same lines as bytes). */
export interface LocatedGroup {
  seq: number;
  key: string;
  parts: LocatedPart[];
}

/**
 * Reads the lines of located groups from their sources: each part becomes the part of a {@link PatientGroup}
 * (its lines joined by a newline). Consecutive lines of a file are read with one read: the bytes between
 * them are their own line break (a newline, or CR LF, whose CR `JSON.parse` reads as white space).
 * @param groups - located groups
 * @param sources - file index → path of the bytes the spans point into
 * @throws Error when a source cannot be read or is shorter than a span (the export changed during the run)
 */
export function readLocated(groups: readonly LocatedGroup[], sources: readonly string[]): PatientGroup[] {
  const fds = new Map<number, number>();
  const fdOf = (file: number) => {
    let fd = fds.get(file);
    if (fd === undefined) {
      const path = sources[file];
      if (path === undefined) throw new Error(`no source for file ${file}`);
      fds.set(file, (fd = openSync(path, 'r')));
    }
    return fd;
  };
  try {
    return groups.map((g) => ({
      seq: g.seq,
      key: g.key,
      parts: g.parts.map((p) => ({ file: p.file, lines: p.lines, data: readPart(fdOf(p.file), p.spans) })),
    }));
  } finally {
    for (const fd of fds.values()) closeSync(fd);
  }
}

/** The lines of one part, joined by newlines, read with one read per run of consecutive lines. */
function readPart(fd: number, spans: Float64Array): Buffer {
  const n = spans.length >> 1;
  if (n === 0) return Buffer.alloc(0);
  // Runs of consecutive lines: the next line starts one (LF) or two (CR LF) bytes after the previous ends.
  let size = 0;
  let runStart = spans[0]!;
  let runEnd = spans[1]!;
  const runs: number[] = [];
  for (let k = 1; k < n; k++) {
    const s = spans[2 * k]!;
    const e = spans[2 * k + 1]!;
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
