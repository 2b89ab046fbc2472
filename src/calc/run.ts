/**
 * Running a calculator from raw inputs: `item=value` arguments, JSONL batches (CSV batches: `./csv.ts`, kept
 * apart so that a command scoring `item=value` arguments does not load the CSV parser). Pure: the caller
 * reads files. Each batch row succeeds or fails on its own, so one bad line never stops the others.
 * Batches are scored one row at a time: the streaming runner ({@link runJsonlLines}) takes the input as it
 * arrives and yields each row's result, so memory stays flat whatever the number of rows.
 * @module
 */
import { InputError, issue, type Issue } from '../core/issues.js';
import { findExcessiveNesting, MAX_JSON_DEPTH } from '../core/json.js';
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
 * Reads one JSONL line: undefined when blank, an error row when it is not a JSON object (malformed,
 * nested too deeply, or another JSON value), else the object.
 */
function readJsonlLine(
  lineText: string,
  line: number,
): { obj: Record<string, unknown> } | CalcRow | undefined {
  if (lineText.trim() === '') return undefined;
  const fail = (i: Issue): CalcRow => ({ line, ok: false, issues: [i] });
  const deep = findExcessiveNesting(lineText);
  if (deep) {
    const column = (deep.offset ?? 0) + 1;
    return fail(
      issue(
        'too-large',
        `line ${line}`,
        `arrays and objects are nested more than ${MAX_JSON_DEPTH} levels deep (column ${column})`,
        { line, column },
      ),
    );
  }
  let obj: unknown;
  try {
    obj = JSON.parse(lineText);
  } catch (e) {
    const m =
      e instanceof Error ? e.message.replace(/ in JSON at position (\d+).*/, ' at character $1') : String(e);
    const pos = /at character (\d+)/.exec(m);
    return fail(
      issue('structure', `line ${line}`, `malformed JSON: ${m}`, {
        line,
        ...(pos ? { column: Number(pos[1]) + 1 } : {}),
      }),
    );
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj))
    return fail(issue('structure', `line ${line}`, 'expected a JSON object', { line }));
  return { obj: obj as Record<string, unknown> };
}

/** Scores one object of item values read from line `line`. */
function scoreItems(calc: ItemCalculator<unknown>, obj: Record<string, unknown>, line: number): CalcRow {
  const r = evaluateRaw(calc, obj, `line ${line}: `);
  return r.ok
    ? { line, ok: true, result: r.result }
    : { line, ok: false, issues: r.issues.map((i) => ({ ...i, line })) };
}

/** One JSONL line of item values scored on its own; undefined for a blank line. */
export function runJsonlLine(
  calc: ItemCalculator<unknown>,
  lineText: string,
  line: number,
): CalcRow | undefined {
  const r = readJsonlLine(lineText, line);
  return r && 'obj' in r ? scoreItems(calc, r.obj, line) : r;
}

const BOM = '\ufeff';

/** Splits JSONL text into objects, reporting malformed lines and non-objects by line number. */
function jsonLines(text: string, each: (obj: Record<string, unknown>, line: number) => CalcRow): CalcRow[] {
  const rows: CalcRow[] = [];
  const lines = (text.startsWith(BOM) ? text.slice(1) : text).split(/\r?\n/);
  lines.forEach((lineText, idx) => {
    const r = readJsonlLine(lineText, idx + 1);
    if (r) rows.push('obj' in r ? each(r.obj, idx + 1) : r);
  });
  return rows;
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
  if (findExcessiveNesting(text)) return false; // one (too deep) document: parseJsonText says so
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

/** Evaluates a JSONL batch held in memory: one JSON object of item values per non-empty line. */
export function runJsonlBatch(calc: ItemCalculator<unknown>, text: string): CalcRow[] {
  return jsonLines(text, (obj, line) => scoreItems(calc, obj, line));
}

/**
 * Evaluates a JSONL batch as its lines arrive (e.g. from `readline`), yielding each row as soon as it is
 * scored. Line numbers count every line, blank ones included.
 * @param calc - the calculator
 * @param lines - the lines of the batch, without their line breaks
 */
export async function* runJsonlLines(
  calc: ItemCalculator<unknown>,
  lines: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<CalcRow> {
  let line = 0;
  for await (const text of lines) {
    line++;
    const row = runJsonlLine(calc, line === 1 && text.startsWith(BOM) ? text.slice(1) : text, line);
    if (row) yield row;
  }
}
