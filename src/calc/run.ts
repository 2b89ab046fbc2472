/**
 * Running a calculator from raw inputs: `item=value` arguments, JSONL or CSV batches. Pure: the caller
 * reads files. Each batch row succeeds or fails on its own, so one bad line never stops the others.
 * @module
 */
import { parse as parseCsvSync } from 'csv-parse/sync';
import { InputError, issue, type Issue } from '../core/issues.js';
import { coerceInputs } from '../engine/inputs.js';
import type { DocumentCalculator, ItemCalculator } from '../engine/calculator.js';

/** One evaluated row: its result or its issues. `line` is 1-based in the batch file. */
export type CalcRow =
  { line: number; ok: true; result: unknown } | { line: number; ok: false; issues: Issue[] };

/**
 * Parses `item=value` arguments.
 * @throws InputError when an argument has no `=` or an item is given twice
 */
export function parseItemArgs(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const issues: Issue[] = [];
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq <= 0) {
      issues.push(issue('structure', a, `argument "${a}" is not of the form item=value`));
      continue;
    }
    const k = a.slice(0, eq).trim();
    if (k in out) issues.push(issue('conflict', k, `item "${k}" is given twice`));
    out[k] = a.slice(eq + 1);
  }
  if (issues.length) throw new InputError('bad calculator arguments', issues);
  return out;
}

/**
 * Evaluates one set of raw values, collecting every problem rather than stopping at the first.
 * @param calc - the calculator
 * @param raw - raw values by item id
 * @param pathPrefix - prefix for issue paths
 */
export function evaluateRaw<C>(
  calc: ItemCalculator<C>,
  raw: Record<string, unknown>,
  pathPrefix = '',
): { ok: true; result: C } | { ok: false; issues: Issue[] } {
  const { values, issues } = coerceInputs(calc.inputs, raw, pathPrefix);
  if (issues.length === 0 && calc.check) {
    for (const c of calc.check(values)) issues.push(issue('conflict', `${pathPrefix}${c.input}`, c.message));
  }
  if (issues.length) return { ok: false, issues };
  return { ok: true, result: calc.evaluate(values) };
}

/** Detects the batch format from a file name, falling back to content sniffing. */
export function detectBatchFormat(name: string, text: string): 'jsonl' | 'csv' {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.jsonl?$|\.ndjson$/i.test(name)) return 'jsonl';
  return text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

/**
 * Whether a document calculator's input file is a JSONL batch (one document per line) rather than one
 * JSON document: `.jsonl`/`.ndjson` always, `.json` never; otherwise (stdin, other names) when the whole
 * text is not one JSON value.
 * @param name - file name (`-` for stdin)
 * @param text - file contents
 */
export function isDocumentBatch(name: string, text: string): boolean {
  if (/\.(jsonl|ndjson)$/i.test(name)) return true;
  if (/\.json$/i.test(name)) return false;
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

/**
 * Evaluates a JSONL batch of documents for a document calculator (e.g. RECIST): one JSON document per
 * non-empty line, each validated and evaluated on its own; its problems carry the line number.
 * @param calc - a document calculator
 * @param text - the batch
 */
export function runDocumentBatch(calc: DocumentCalculator<unknown>, text: string): CalcRow[] {
  return jsonLines(text, (obj, line) => {
    try {
      return { line, ok: true, result: calc.evaluate(obj) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const issues = e.issues.length ? e.issues : [issue('value', '', e.message)];
      return {
        line,
        ok: false,
        issues: issues.map((i) => ({ ...i, path: `line ${line}${i.path ? `: ${i.path}` : ''}`, line })),
      };
    }
  });
}

/** Evaluates a JSONL batch: one JSON object of item values per non-empty line. */
export function runJsonlBatch(calc: ItemCalculator<unknown>, text: string): CalcRow[] {
  return jsonLines(text, (obj, line) => {
    const r = evaluateRaw(calc, obj, `line ${line}: `);
    return r.ok
      ? { line, ok: true, result: r.result }
      : { line, ok: false, issues: r.issues.map((i) => ({ ...i, line })) };
  });
}

/** Splits JSONL text into objects, reporting malformed lines and non-objects by line number. */
function jsonLines(text: string, each: (obj: Record<string, unknown>, line: number) => CalcRow): CalcRow[] {
  const rows: CalcRow[] = [];
  text.split(/\r?\n/).forEach((lineText, idx) => {
    const line = idx + 1;
    if (lineText.trim() === '') return;
    let obj: unknown;
    try {
      obj = JSON.parse(lineText);
    } catch (e) {
      const m =
        e instanceof Error
          ? e.message.replace(/ in JSON at position (\d+).*/, ' at character $1')
          : String(e);
      const pos = /at character (\d+)/.exec(m);
      rows.push({
        line,
        ok: false,
        issues: [
          issue('structure', `line ${line}`, `malformed JSON: ${m}`, {
            line,
            ...(pos ? { column: Number(pos[1]) + 1 } : {}),
          }),
        ],
      });
      return;
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      rows.push({
        line,
        ok: false,
        issues: [issue('structure', `line ${line}`, 'expected a JSON object', { line })],
      });
      return;
    }
    rows.push(each(obj as Record<string, unknown>, line));
  });
  return rows;
}

/** Evaluates a CSV batch: a header of item ids, one patient per row. Empty cells are unknown. */
export function runCsvBatch(calc: ItemCalculator<unknown>, text: string): CalcRow[] {
  let records: string[][];
  try {
    records = parseCsvSync(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as string[][];
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    const lineMatch = /line (\d+)/i.exec(m);
    throw new InputError('the CSV batch cannot be read', [
      issue(
        'structure',
        lineMatch ? `line ${lineMatch[1]}` : '',
        m,
        lineMatch ? { line: Number(lineMatch[1]) } : {},
      ),
    ]);
  }
  const [header, ...body] = records;
  if (!header) return [];
  const known = new Set(calc.inputs.map((i) => i.id));
  const unknownCols = header.filter((h) => !known.has(h));
  if (unknownCols.length) {
    throw new InputError(
      'the CSV header names unknown items',
      unknownCols.map((h) =>
        issue('unknown-item', `line 1: ${h}`, `unknown item "${h}" in the CSV header`, {
          line: 1,
          column: header.indexOf(h) + 1,
        }),
      ),
    );
  }
  // Line numbers: header is line 1; skip_empty_lines means we count data rows in order.
  let line = 1;
  const lines = text.split(/\r?\n/);
  const dataLines: number[] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i]!.trim() !== '') dataLines.push(i + 1);
  return body.map((cells, k) => {
    line = dataLines[k] ?? line + 1;
    if (cells.length !== header.length) {
      return {
        line,
        ok: false as const,
        issues: [
          issue('structure', `line ${line}`, `expected ${header.length} columns, found ${cells.length}`, {
            line,
          }),
        ],
      };
    }
    const raw: Record<string, unknown> = {};
    header.forEach((h, j) => {
      raw[h] = cells[j] ?? '';
    });
    const r = evaluateRaw(calc, raw, `line ${line}: `);
    return r.ok
      ? { line, ok: true as const, result: r.result }
      : { line, ok: false as const, issues: r.issues.map((i) => ({ ...i, line })) };
  });
}
