/**
 * Fuzzed calculator input: `item=value` arguments, CSV and JSONL batches. Nothing throws but a clear
 * InputError; every row is scored or names its problem; the streaming runners give exactly the rows of
 * the in-memory ones whatever the chunking; results hold finite numbers only.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCsvBatch, runCsvChunks } from '../../src/calc/csv.js';
import {
  evaluateRaw,
  parseItemArgs,
  runJsonlBatch,
  runJsonlLines,
  type CalcRow,
} from '../../src/calc/run.js';
import { InputError } from '../../src/core/issues.js';
import type { ItemCalculator } from '../../src/engine/calculator.js';
import { calculators } from '../../src/sets/registry.js';
import { INHERITED } from './arbitraries.js';
import { FUZZ_TIMEOUT, fuzz, nonFinitePaths } from './config.js';

const itemCalcs: ItemCalculator<unknown>[] = calculators.flatMap((c) =>
  c.calculator.kind === 'items' ? [c.calculator] : [],
);

/** A calculator, and item names mostly its own, sometimes unknown or inherited. */
const calcWithNames = fc
  .constantFrom(...itemCalcs)
  .chain((calc) =>
    fc.tuple(
      fc.constant(calc),
      fc.array(
        fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...calc.inputs.map((i) => i.id)) },
          { weight: 1, arbitrary: fc.constantFrom(...INHERITED, 'age', '') },
        ),
        { maxLength: 8 },
      ),
    ),
  );

/** A raw value as typed or stored: the accepted words, numbers, and garbage. */
const rawValue = fc.oneof(
  fc.constantFrom(
    'yes',
    'no',
    'unknown',
    'true',
    'present',
    '',
    '?',
    'constructor',
    'maybe',
    '43',
    '-1',
    '1e309',
  ),
  fc.integer({ min: -10, max: 200 }).map(String),
  fc.string({ maxLength: 6 }),
);

async function collect(rows: AsyncIterable<CalcRow>): Promise<CalcRow[]> {
  const out: CalcRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

const expectRowsWellFormed = (rows: CalcRow[]) => {
  for (let k = 1; k < rows.length; k++) expect(rows[k]!.line).toBeGreaterThan(rows[k - 1]!.line);
  for (const r of rows) {
    if (r.ok) expect(nonFinitePaths(r.result)).toEqual([]);
    else for (const i of r.issues) expect(i.line).toBe(r.line);
  }
};

/** Splits a text at arbitrary byte positions. */
const chunked = (text: string, cuts: number[]) => {
  const bytes = new TextEncoder().encode(text);
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const c of [...at, bytes.length]) {
    out.push(bytes.subarray(prev, c));
    prev = c;
  }
  return out;
};

describe('fuzzed calculator input', () => {
  it(
    'item=value arguments: an InputError or a result, never anything else',
    { timeout: FUZZ_TIMEOUT },
    () => {
      fc.assert(
        fc.property(calcWithNames, fc.array(rawValue, { maxLength: 8 }), ([calc, names], values) => {
          const args = names.map((n, i) => `${n}=${values[i] ?? ''}`);
          let raw: Record<string, string>;
          try {
            raw = parseItemArgs(args);
          } catch (e) {
            expect(e).toBeInstanceOf(InputError);
            return;
          }
          const r = evaluateRaw(calc, raw);
          if (r.ok) expect(nonFinitePaths(r.result)).toEqual([]);
          // Each issue names an item (one given, or for a cross-item check one of the calculator's), or
          // the whole input ('').
          else
            for (const i of r.issues)
              expect(['', ...names, ...calc.inputs.map((d) => d.id)]).toContain(i.path);
        }),
        fuzz(300),
      );
    },
  );

  it(
    'CSV: in-memory and streamed runs agree for any chunking; a bad header is an InputError',
    { timeout: FUZZ_TIMEOUT },
    async () => {
      const cell = fc.oneof(rawValue, fc.constantFrom('"a,b"', '"x\ny"', '"', 'ü', '😀'));
      await fc.assert(
        fc.asyncProperty(
          calcWithNames,
          fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { maxLength: 12 }),
          fc.constantFrom('\n', '\r\n'),
          fc.array(fc.nat(), { maxLength: 6 }),
          async ([calc, names], rows, eol, cuts) => {
            const text = [names.join(','), ...rows.map((r) => r.join(','))].join(eol);
            let expected: CalcRow[] | undefined;
            let thrown: unknown;
            try {
              expected = runCsvBatch(calc, text);
            } catch (e) {
              thrown = e;
            }
            if (expected) {
              expectRowsWellFormed(expected);
              expect(await collect(runCsvChunks(calc, chunked(text, cuts)))).toEqual(expected);
              return;
            }
            expect(thrown).toBeInstanceOf(InputError);
            // Streamed: the same header error, or the rows before a syntax error and then its error row.
            try {
              const got = await collect(runCsvChunks(calc, chunked(text, cuts)));
              expectRowsWellFormed(got);
              expect(got.at(-1)?.ok).toBe(false);
            } catch (e) {
              expect(e).toBeInstanceOf(InputError);
            }
          },
        ),
        fuzz(120),
      );
    },
  );

  it(
    'JSONL: every line scored or refused on its own; streamed lines give the same rows',
    { timeout: FUZZ_TIMEOUT },
    async () => {
      const line = fc.oneof(
        fc
          .dictionary(
            fc.constantFrom(...itemCalcs[0]!.inputs.map((i) => i.id), ...INHERITED),
            fc.oneof(rawValue, fc.jsonValue({ maxDepth: 2 })),
          )
          .map((o) => JSON.stringify(o)),
        fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
        fc.string({ maxLength: 20 }).map((t) => t.replace(/[\r\n]/g, ' ')),
        fc.integer({ min: 60, max: 200 }).map((d) => `{"age-at-onset": ${'['.repeat(d)}${']'.repeat(d)}}`),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(line, { maxLength: 12 }), async (lines) => {
          const calc = itemCalcs[0]!;
          const rows = runJsonlBatch(calc, lines.join('\n'));
          expectRowsWellFormed(rows);
          expect(rows.length).toBe(lines.filter((l) => l.trim() !== '').length);
          expect(await collect(runJsonlLines(calc, lines))).toEqual(rows);
        }),
        fuzz(120),
      );
    },
  );
});
