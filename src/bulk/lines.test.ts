/**
 * Reading a located batch: whatever the places of its parts (one patient's lines consecutive or not, a
 * batch's patients next to each other in a file or far apart, LF or CR LF, empty parts), each part's bytes are
 * the part's lines as the specification below builds them from the whole file; a source shorter than its
 * recorded lines is an error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLocated, type LocatedBatch } from './lines.js';

const dir = mkdtempSync(join(tmpdir(), 'heliotrope-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xorshift32 from a seed. */
function generator(seed: number) {
  let x = seed >>> 0 || 1;
  return (n: number) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

/** A file of `n` lines of random lengths (some longer than the gap a read spans); each line's byte range. */
function writeLines(path: string, n: number, crlf: boolean, rnd: (n: number) => number) {
  const spans: [number, number][] = [];
  const chunks: Buffer[] = [];
  let size = 0;
  for (let i = 0; i < n; i++) {
    const len = rnd(10) === 0 ? 20_000 + rnd(20_000) : 5 + rnd(300);
    const line = Buffer.from(`{"n":${i},"pad":"${'é'.repeat(len >> 2)}${'x'.repeat(len)}"}`);
    spans.push([size, size + line.length]);
    const eol = Buffer.from(crlf ? '\r\n' : '\n');
    chunks.push(line, eol);
    size += line.length + eol.length;
  }
  const bytes = Buffer.concat(chunks);
  writeFileSync(path, bytes);
  return { bytes, spans };
}

/**
 * A part's bytes by the specification: its lines in order; between two lines that follow each other in the
 * file, the file's own bytes between them (its line break); between others, one newline.
 */
function expected(bytes: Buffer, spans: [number, number][], lines: number[]): Buffer {
  const out: Buffer[] = [];
  for (let k = 0; k < lines.length; k++) {
    const [s, e] = spans[lines[k]!]!;
    if (k) {
      const prevEnd = spans[lines[k - 1]!]![1];
      out.push(s - prevEnd === 1 || s - prevEnd === 2 ? bytes.subarray(prevEnd, s) : Buffer.from('\n'));
    }
    out.push(bytes.subarray(s, e));
  }
  return Buffer.concat(out);
}

describe('readLocated', () => {
  it("gives each part its lines' bytes, however the batch's parts lie in the files", () => {
    const rnd = generator(5);
    const files = [
      writeLines(join(dir, 'a.ndjson'), 400, false, rnd),
      writeLines(join(dir, 'b.ndjson'), 300, true, rnd),
      writeLines(join(dir, 'c.ndjson'), 50, false, rnd),
    ];
    const sources = ['a', 'b', 'c'].map((f) => join(dir, `${f}.ndjson`));
    for (let trial = 0; trial < 60; trial++) {
      // A batch of patients, each with parts in some files: a stretch of consecutive lines, a few lines
      // here and there, or none; patients in file order (an export written patient by patient) or not.
      const patients = Array.from({ length: 1 + rnd(40) }, (_, i) => ({ seq: i, key: `p${i}` }));
      const parts: number[] = [];
      const pos: number[] = [];
      const want: { patient: number; file: number; lines: number[] }[] = [];
      const cursor = files.map((f) => rnd(f.spans.length));
      for (let p = 0; p < patients.length; p++) {
        for (let file = 0; file < files.length; file++) {
          if (rnd(3) === 0) continue;
          const count = files[file]!.spans.length;
          const lines: number[] = [];
          const shape = rnd(4);
          if (shape === 0) {
            // Scattered lines, in file order.
            const set = new Set(Array.from({ length: 1 + rnd(5) }, () => rnd(count)));
            lines.push(...[...set].sort((x, y) => x - y));
          } else if (shape !== 3) {
            // The next stretch of the file (a batch written patient by patient), sometimes after a gap.
            let at = (cursor[file]! + (rnd(4) === 0 ? rnd(60) : 0)) % count;
            for (let k = 1 + rnd(8); k > 0 && at < count; k--) lines.push(at++);
            cursor[file] = at % count;
          }
          want.push({ patient: p, file, lines });
          parts.push(p, file, lines.length);
          for (const l of lines) pos.push(l + 1, ...files[file]!.spans[l]!);
        }
      }
      const batch: LocatedBatch = { patients, parts: Int32Array.from(parts), pos: Float64Array.from(pos) };
      const groups = readLocated(batch, sources);
      expect(groups.map((g) => [g.seq, g.key])).toEqual(patients.map((p) => [p.seq, p.key]));
      const got = groups.flatMap((g, patient) =>
        g.parts.map((part) => ({
          patient,
          file: part.file,
          lines: [...part.lines].map((l) => l - 1),
          data: Buffer.from(part.data).toString('latin1'),
        })),
      );
      expect(got).toEqual(
        want
          .sort((x, y) => x.patient - y.patient)
          .map((w) => ({
            ...w,
            data: expected(files[w.file]!.bytes, files[w.file]!.spans, w.lines).toString('latin1'),
          })),
      );
    }
  });

  it('refuses a source shorter than its recorded lines', () => {
    const path = join(dir, 'short.ndjson');
    writeFileSync(path, '{"a":1}\n{"a":2}\n');
    const batch: LocatedBatch = {
      patients: [{ seq: 0, key: 'a' }],
      parts: Int32Array.from([0, 0, 2]),
      pos: Float64Array.from([1, 0, 7, 2, 8, 40]),
    };
    expect(() => readLocated(batch, [path])).toThrow('shorter than its recorded lines');
  });
});
