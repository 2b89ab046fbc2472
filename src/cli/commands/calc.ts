/**
 * `heliotrope calc <id>`: every registered calculator as a scriptable command.
 * @module
 */
import type { Command } from 'commander';
import {
  evaluateRaw,
  isDocumentBatch,
  parseItemArgs,
  runDocumentBatch,
  runJsonlLines,
  type CalcRow,
} from '../../calc/run.js';
import { InputError } from '../../core/issues.js';
import { describeValues } from '../../engine/inputs.js';
import { decodeUtf8Strict } from '../../core/utf8.js';
import { formatIssues, renderCalcText } from '../../render/text/index.js';
import { calculators, type CalculatorEntry } from '../../sets/registry.js';
import { wordedIssue } from '../../render/wording/messages.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';

/** Help text listing every item of a calculator (or the document it takes). */
export function itemHelp(set: CalculatorEntry): string {
  const cite = set.citations[0];
  const source = `Source: ${cite.label}${cite.doi ? `. doi:${cite.doi}` : ''}`;
  const calc = set.calculator;
  if (calc.kind === 'document') return `\nInput: ${calc.description}\n\n${source}\n`;
  const w = Math.max(...calc.inputs.map((i) => i.id.length));
  const rows = calc.inputs.map(
    (i) => `  ${i.id.padEnd(w)}  ${describeValues(i)}\n  ${' '.repeat(w)}  ${i.label}: ${i.description}`,
  );
  return `\nItems (item=value; unknown when omitted):\n${rows.join('\n')}\n\n${source}\n`;
}

/**
 * Prints batch rows as they come (one JSON object per line with --json), skipped rows on stderr, waiting
 * for a slow reader between rows; exit 2 if any failed.
 */
async function printRows(
  set: CalculatorEntry,
  rows: AsyncIterable<CalcRow> | Iterable<CalcRow>,
  opts: { json?: boolean },
  io: CliIo,
): Promise<number> {
  let bad = 0;
  let count = 0;
  for await (const row of rows) {
    count++;
    if (row.ok) {
      io.stdout(
        opts.json
          ? `${JSON.stringify({ line: row.line, ...(row.result as object) })}\n`
          : `Line ${row.line}:\n${renderCalcText(set, row.result)}\n\n`,
      );
    } else {
      bad++;
      if (opts.json)
        io.stdout(`${JSON.stringify({ line: row.line, error: { issues: row.issues.map(wordedIssue) } })}\n`);
      io.stderr(`heliotrope calc ${set.id}: line ${row.line} skipped:\n${formatIssues(row.issues)}\n`);
    }
    await io.outputRoom?.();
  }
  if (count === 0) io.stderr(`heliotrope calc ${set.id}: the batch has no rows\n`);
  return bad ? EXIT.input : EXIT.ok;
}

async function runOne(
  set: CalculatorEntry,
  items: string[],
  opts: { input?: string; json?: boolean },
  io: CliIo,
): Promise<number> {
  const calc = set.calculator;
  const render = (result: unknown) => renderCalcText(set, result);
  if (calc.kind === 'document') {
    if (!opts.input)
      throw new InputError(`${set.id} takes a JSON document: use --input FILE (or - for stdin)`);
    // Structured input: strict UTF-8 (invalid bytes refused with their offset).
    const text = decodeUtf8Strict(await io.readBytes(opts.input), opts.input);
    await calc.load?.();
    if (isDocumentBatch(opts.input, text)) return printRows(set, runDocumentBatch(calc, text), opts, io);
    // Loaded here, not at start: `item=value` runs do not read JSON text (nor load its error locator).
    const { parseJsonText } = await import('../../case/json-text.js');
    const result = calc.evaluate(parseJsonText(text, opts.input));
    io.stdout(opts.json ? `${JSON.stringify(result)}\n` : `${render(result)}\n`);
    return EXIT.ok;
  }
  if (opts.input) {
    if (items.length) throw new InputError('give either item=value arguments or --input, not both');
    // Streamed: each row is read, scored and written before the next is read (memory stays flat). The
    // batch reader (`node:readline`, `node:stream`) is loaded only for a batch.
    const { linesOf, openBatch } = await import('../batch-input.js');
    const batch = await openBatch(io, opts.input);
    // The CSV parser is loaded only for a CSV batch.
    const csv = batch.format === 'csv' ? await import('../../calc/csv.js') : undefined;
    return printRows(
      set,
      csv ? csv.runCsvChunks(calc, batch.chunks) : runJsonlLines(calc, linesOf(batch.chunks)),
      opts,
      io,
    );
  }
  const r = evaluateRaw(calc, parseItemArgs(items));
  if (!r.ok) throw new InputError(`invalid input for ${set.id}`, r.issues);
  io.stdout(opts.json ? `${JSON.stringify(r.result)}\n` : `${render(r.result)}\n`);
  return EXIT.ok;
}

/** Registers `calc` and one subcommand per calculator. */
export function registerCalc(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const calc = program
    .command('calc')
    .description('run a criteria calculator on item values (item=value, or a JSONL/CSV batch with --input)')
    .addHelpText(
      'after',
      `\nCalculators:\n${calculators.map((c) => `  ${c.id.padEnd(20)} ${c.title}`).join('\n')}\n\nRun "heliotrope calc <id> --help" for the items of one calculator.\n`,
    );
  for (const c of calculators) {
    calc
      .command(c.id)
      .description(c.title)
      .argument('[items...]', c.calculator.kind === 'document' ? 'none: use --input' : 'item=value pairs')
      .option(
        '-i, --input <file>',
        c.calculator.kind === 'document'
          ? c.calculator.description
          : 'batch file: JSONL (one object per line) or CSV (header of item ids); - for stdin',
      )
      .option('--json', 'print JSON (one object per input line in batch mode)')
      .addHelpText('after', itemHelp(c))
      .action(async (items: string[], opts: { input?: string; json?: boolean }) => {
        setExit(await runOne(c, items, opts, io));
      });
  }
}
