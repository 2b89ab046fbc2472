import { describe, expect, it } from 'vitest';
import { InputError } from '../core/issues.js';
import { eularAcr2017Set } from '../criteria/eular-acr-2017/set.js';
import { runCsvBatch, runCsvChunks } from './csv.js';
import { runJsonlBatch, runJsonlLines, type CalcRow } from './run.js';

const calc = eularAcr2017Set.calculator;
if (calc?.kind !== 'items') throw new Error('eular-acr-2017 takes item values');

async function collect(rows: AsyncIterable<CalcRow>): Promise<CalcRow[]> {
  const out: CalcRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

/** Splits text into byte chunks of the given size (multi-byte characters split across chunks). */
function byteChunks(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

const CSV = [
  '\ufeffage-at-onset,heliotrope-rash,gottron-papules',
  '43,yes,no',
  '',
  '17,"no",unknown',
  '"5\n0",yes,yes',
  '61,maybe,yes',
  '70,yes',
  '',
].join('\n');

describe('streamed batches', () => {
  it('CSV: the streaming runner gives the same rows as the in-memory one, whatever the chunking', async () => {
    const expected = runCsvBatch(calc, CSV);
    expect(expected.map((r) => [r.line, r.ok])).toEqual([
      [2, true],
      [4, true],
      [5, false], // "5\n0" is not a number; the record starts on line 5
      [7, false],
      [8, false],
    ]);
    for (const size of [1, 2, 3, 7, 1 << 16])
      expect(await collect(runCsvChunks(calc, byteChunks(CSV, size)))).toEqual(expected);
  });
  it('CSV: a header error is thrown before any row; a syntax error ends the batch at its line', async () => {
    await expect(collect(runCsvChunks(calc, ['nope,age-at-onset\n1,2\n']))).rejects.toBeInstanceOf(
      InputError,
    );
    const rows = await collect(runCsvChunks(calc, ['age-at-onset\n40\n41\n"42\n']));
    expect(rows.map((r) => [r.line, r.ok])).toEqual([
      [2, true],
      [3, true],
      [4, false],
    ]);
    expect(!rows[2]!.ok && rows[2]!.issues[0]!.message).toMatch(/quote/i);
  });
  it('JSONL: the line-by-line runner gives the same rows as the in-memory one', async () => {
    const text = '\ufeff{"age-at-onset": 43}\n\n{"age-at-onset": "x"}\r\nnot json\n[1]\n';
    const expected = runJsonlBatch(calc, text);
    expect(expected.map((r) => [r.line, r.ok])).toEqual([
      [1, true],
      [3, false],
      [4, false],
      [5, false],
    ]);
    expect(await collect(runJsonlLines(calc, text.split(/\r?\n/)))).toEqual(expected);
  });
});
