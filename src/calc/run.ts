/**
 * Running a calculator from raw inputs: `item=value` arguments, JSONL or CSV batches. Pure: the caller
 * reads files. Each batch row succeeds or fails on its own, so one bad line never stops the others.
 * @module
 */
import { parse as parseCsvSync } from 'csv-parse/sync';
import { InputError, issue, type Issue } from '../core/issues.js';
import { findExcessiveNesting, MAX_JSON_DEPTH } from '../core/json.js';
import { coerceInputs } from '../criteria/engine/inputs.js';
import type { Calculator } from './types.js';

/** One evaluated row: its result or its issues. `line` is 1-based in the batch file. */
export type CalcRow =
  { line: number; ok: true; result: unknown } | { line: number; ok: false; issues: Issue[] };

/**
 * Parses `item=value` arguments.
 * @throws InputError when an argument has no `=` or an item is given twice
 */
export function parseItemArgs(args: readonly string[]): Record<string, string> {
  // A Map, not an object: item names such as "constructor" or "__proto__" are just unknown items.
  const out = new Map<string, string>();
  const issues: Issue[] = [];
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq <= 0) {
      issues.push(issue('structure', a, `argument "${a}" is not of the form item=value`));
      continue;
    }
    const k = a.slice(0, eq).trim();
    if (out.has(k)) issues.push(issue('conflict', k, `item "${k}" is given twice`));
    out.set(k, a.slice(eq + 1));
  }
  if (issues.length) throw new InputError('bad calculator arguments', issues);
  return Object.fromEntries(out);
}

/**
 * Evaluates one set of raw values, collecting every problem rather than stopping at the first.
 * @param calc - the calculator
 * @param raw - raw values by item id
 * @param pathPrefix - prefix for issue paths
 */
export function evaluateRaw(
  calc: Calculator,
  raw: Record<string, unknown>,
  pathPrefix = '',
): { ok: true; result: unknown } | { ok: false; issues: Issue[] } {
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

/** Evaluates a JSONL batch: one JSON object of item values per non-empty line. */
export function runJsonlBatch(calc: Calculator, text: string): CalcRow[] {
  const rows: CalcRow[] = [];
  text.split(/\r?\n/).forEach((lineText, idx) => {
    const line = idx + 1;
    if (lineText.trim() === '') return;
    const deep = findExcessiveNesting(lineText);
    if (deep) {
      rows.push({
        line,
        ok: false,
        issues: [
          issue(
            'too-large',
            `line ${line}`,
            `arrays and objects are nested more than ${MAX_JSON_DEPTH} levels deep (column ${(deep.offset ?? 0) + 1})`,
            { line, column: (deep.offset ?? 0) + 1 },
          ),
        ],
      });
      return;
    }
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
        issues: [issue('structure', `line ${line}`, 'expected a JSON object of item values', { line })],
      });
      return;
    }
    const r = evaluateRaw(calc, obj as Record<string, unknown>, `line ${line}: `);
    rows.push(
      r.ok
        ? { line, ok: true, result: r.result }
        : { line, ok: false, issues: r.issues.map((i) => ({ ...i, line })) },
    );
  });
  return rows;
}

/**
 * Checks a CSV header: every column an item id of the calculator, none given twice (as two `item=value`
 * arguments for one item are refused, so are two columns: the last one would silently win).
 * @throws InputError naming each unknown or repeated column with its line and column number
 */
function checkCsvHeader(calc: Calculator, header: readonly string[], line: number): void {
  const known = new Set(calc.inputs.map((i) => i.id));
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  header.forEach((h, j) => {
    const at = { line, column: j + 1 };
    if (!known.has(h)) {
      issues.push(issue('unknown-item', `line ${line}: ${h}`, `unknown item "${h}" in the CSV header`, at));
    } else if (first.has(h)) {
      issues.push(
        issue(
          'conflict',
          `line ${line}: ${h}`,
          `item "${h}" is given twice in the CSV header (columns ${first.get(h)! + 1} and ${j + 1})`,
          at,
        ),
      );
    }
    if (!first.has(h)) first.set(h, j);
  });
  if (issues.length) {
    const dup = issues.every((i) => i.code === 'conflict');
    throw new InputError(
      dup ? 'the CSV header repeats an item' : 'the CSV header names unknown items',
      issues,
    );
  }
}

/** Evaluates a CSV batch: a header of item ids, one patient per row. Empty cells are unknown. */
export function runCsvBatch(calc: Calculator, text: string): CalcRow[] {
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
  checkCsvHeader(calc, header, 1);
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
