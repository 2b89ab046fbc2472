import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePopulation } from '../population/write.js';
import { defaultImporter } from './importer.js';
import { processGroup, type PatientGroup } from './patient.js';
import { locatedBytes, startPool } from './pool.js';
import { classifyLines } from './scan.js';
import { lineBatch } from '../../test/line-batch.js';

const AS_OF = '2026-01-01';
const root = mkdtempSync(join(tmpdir(), 'heliotrope-pool-'));
let small: PatientGroup;
let large: PatientGroup;

/** One patient's lines of a generated export, its other lines repeated `times` (with new ids). */
function group(dir: string, times: number): PatientGroup {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ndjson'));
  const patient = readFileSync(join(dir, 'Patient.ndjson'), 'utf8').split('\n')[0]!;
  const id = (JSON.parse(patient) as { id: string }).id;
  const parts: PatientGroup['parts'] = [];
  files.forEach((f, file) => {
    const mine = readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => (f === 'Patient.ndjson' ? l === patient : l.includes(`"reference":"Patient/${id}"`)));
    const lines: string[] = [];
    for (const l of mine)
      for (let k = 0; k < (f === 'Patient.ndjson' ? 1 : times); k++)
        lines.push(k ? l.replace(/"id":"([^"]*)"/, (_, x: string) => `"id":"${x}-${k}"`) : l);
    if (lines.length)
      parts.push({
        file,
        lines: Uint32Array.from(lines, (_, i) => i + 1),
        data: Buffer.from(lines.join('\n')),
      });
  });
  return { seq: 0, key: id, parts };
}

const bytes = (g: PatientGroup) => g.parts.reduce((n, p) => n + p.data.byteLength, 0);

beforeAll(async () => {
  await writePopulation({ patients: 3, out: root, seed: 'pool' });
  small = group(root, 1);
  // ≈ 16 MB of lines: more than a worker with a 24 MB heap can assess.
  large = group(root, Math.ceil((16 << 20) / bytes(small)));
}, 60000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the worker pool’s heap bound', () => {
  it('the test patients: a small one, and one with far more lines than a worker’s bounded heap can hold', () => {
    expect(bytes(small)).toBeLessThan(100_000);
    expect(bytes(large)).toBeGreaterThan(12 << 20);
  });

  it('a batch over the size limit is assessed in the calling thread, to the same outcome', async () => {
    const expected = processGroup(large, defaultImporter, AS_OF);
    expect(expected.row.error).toBeUndefined();
    // A worker heap far too small for the large patient: the batch must not reach the worker.
    const pool = startPool(1, AS_OF, [], { workerOldSpaceMb: 24, largeBatchBytes: 1 << 20 });
    try {
      const [got] = await pool.run([large]);
      expect(got).toEqual(expected);
      // The worker itself works (a small batch goes to it).
      const [s] = await pool.run([small]);
      expect(s).toEqual(processGroup(small, defaultImporter, AS_OF));
    } finally {
      await pool.close();
    }
  }, 120000);

  it('without that limit, the same batch in the same bounded worker fails (what the limit prevents)', async () => {
    const pool = startPool(1, AS_OF, [], { workerOldSpaceMb: 24, largeBatchBytes: Number.POSITIVE_INFINITY });
    try {
      await expect(pool.run([large])).rejects.toThrow(/memory/);
    } finally {
      await pool.close();
    }
  }, 120000);

  it('counts a located batch’s bytes from its line ranges', () => {
    const pos = Float64Array.from([1, 0, 10, 2, 11, 31, 7, 100, 105]);
    expect(locatedBytes({ patients: [], parts: new Int32Array(0), pos })).toBe(10 + 20 + 5);
  });
});

describe('the reading phase in the worker threads', () => {
  it('classifies batches of many sizes as this thread does, while the buffers that carry them are reused', async () => {
    const pool = startPool(2, AS_OF);
    try {
      // batches that grow and shrink, so a reused buffer holds bytes of a longer batch past the current one
      const sizes = [5, 400, 3, 1200, 40, 2, 900, 1, 60, 700, 7, 300, 2, 1000, 9, 50];
      for (const [b, n] of sizes.entries()) {
        const lines = Array.from({ length: n }, (_, i) =>
          i % 5 === 4
            ? 'not json'
            : `{"resourceType":"Observation","id":"o${b}-${i}","subject":{"reference":"Patient/p${(b * 7 + i) % 13}"}}`,
        );
        const { buf, starts, ends } = lineBatch(lines);
        const [a, c] = await Promise.all([
          pool.classify!(buf, starts, ends, 'Observation'),
          pool.classify!(buf.subarray(0, ends[0]), [0], [ends[0]!], 'Observation'),
        ]);
        expect(a).toEqual(classifyLines(buf, starts, ends, 'Observation'));
        expect(c.texts).toEqual([`p${(b * 7) % 13}`]);
      }
    } finally {
      await pool.close();
    }
  }, 60000);
});
