import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorRow, ROW_COLUMNS, rowCsvLine, type ResultRow } from '../assess/population-results/row.js';
import { atomicFile, writeOutputs, type ResultSource, type SummaryInput } from './run.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'heliotrope-write-'));
  dirs.push(d);
  return d;
};

const input: SummaryInput = {
  files: [],
  lines: 0,
  badLines: { total: 0, byKind: {}, first: [] },
  outsidePatientCompartment: {},
  unknownPatients: 0,
};

/** Rows of patients that could not be assessed (the simplest complete rows), one with a comma to quote. */
const rows: ResultRow[] = Array.from({ length: 5000 }, (_, i) =>
  errorRow({ patientId: `p${i}`, issues: i % 3 }, i === 7 ? 'import-error (a, b)' : 'import-error'),
);

function source(failAfter?: number): ResultSource {
  return {
    *results() {
      for (const [i, r] of rows.entries()) {
        if (i === failAfter) throw new Error('the store went away');
        yield JSON.stringify(r);
      }
    },
    worklist: () => [],
    badLines: () => [],
    input: () => input,
  };
}

describe('writeOutputs', () => {
  it('writes results.ndjson, results.csv and the summary from one pass over the rows', async () => {
    const out = tempDir();
    const summary = await writeOutputs(source(), out, '2026-01-01');
    expect(readFileSync(join(out, 'results.ndjson'), 'utf8')).toBe(
      rows.map((r) => `${JSON.stringify(r)}\n`).join(''),
    );
    expect(readFileSync(join(out, 'results.csv'), 'utf8')).toBe(
      `${ROW_COLUMNS.join(',')}\n${rows.map((r) => `${rowCsvLine(r)}\n`).join('')}`,
    );
    expect(summary.patients.total).toBe(5000);
    expect(summary.patients.failed).toBe(5000);
    expect(summary.issues).toBe(rows.reduce((a, r) => a + r.issues, 0));
    expect(readdirSync(out).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('leaves neither results file (nor a temporary one) when reading the rows fails midway', async () => {
    const out = tempDir();
    await expect(writeOutputs(source(4000), out, '2026-01-01')).rejects.toThrow('the store went away');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('atomicFile', () => {
  it('shows the file under its name only once committed, and removes it when abandoned', async () => {
    const dir = tempDir();
    const kept = atomicFile(join(dir, 'kept.txt'));
    // More than one chunk of 1 MiB, so that some writes go to the stream before the commit.
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < 3000; i++) {
      const p = kept.write(line);
      if (p) await p;
    }
    expect(existsSync(join(dir, 'kept.txt'))).toBe(false);
    await kept.commit();
    expect(readFileSync(join(dir, 'kept.txt'), 'utf8')).toBe(line.repeat(3000));
    const dropped = atomicFile(join(dir, 'dropped.txt'));
    void dropped.write('half');
    await dropped.abort();
    expect(readdirSync(dir)).toEqual(['kept.txt']);
  });
});
