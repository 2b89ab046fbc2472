/**
 * `heliotrope bulk <export-dir|manifest.json> --out <dir>`: a population run over a FHIR Bulk Data export;
 * `heliotrope bulk --stdin`: a pure NDJSON filter (one patient's Bundle or one case document per line in,
 * one result line per line out, in order). See docs/population.md.
 * @module
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { isPlausibleIsoDay } from '../../core/dates.js';
import { InputError } from '../../core/issues.js';
import { defaultImporter } from '../../bulk/importer.js';
import { processStdinLine } from '../../bulk/patient.js';
import { runBulk } from '../../bulk/run.js';
import { renderPopulationSummary } from '../../render/text/population.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { progressReporter } from '../progress.js';

interface BulkCliOptions {
  out?: string;
  asOf?: string;
  resume?: boolean;
  force?: boolean;
  workers?: string;
  keepWork?: boolean;
  stdin?: boolean;
  json?: boolean;
}

function checkDay(asOf: string): string {
  if (!isPlausibleIsoDay(asOf))
    throw new InputError(`--as-of: "${asOf}" is not a date (YYYY-MM-DD, years 1900–2100)`);
  return asOf;
}

async function* linesOf(io: CliIo): AsyncIterable<string> {
  if (io.stdinLines) {
    yield* io.stdinLines();
    return;
  }
  const text = await io.readText('-');
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  yield* lines;
}

async function runStdin(io: CliIo, asOf: string): Promise<void> {
  let n = 0;
  let errors = 0;
  for await (const line of linesOf(io)) {
    const r = processStdinLine(line, ++n, defaultImporter, asOf);
    if (r.error) errors++;
    io.stdout(`${JSON.stringify(r)}\n`);
    if (io.outputRoom && n % 256 === 0) await io.outputRoom();
  }
  io.stderr(`heliotrope bulk --stdin: ${n} lines, ${n - errors} assessed, ${errors} with an error\n`);
}

/** Registers `bulk`. */
export function registerBulk(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('bulk')
    .description(
      'assess a whole population: a FHIR Bulk Data export (directory or manifest.json), or NDJSON on stdin',
    )
    .argument('[export]', 'export directory (NDJSON per resource type, optionally .gz) or its manifest.json')
    .option(
      '-o, --out <dir>',
      'output directory (results.ndjson, results.csv, worklist.csv, summary.json, summary.html)',
    )
    .option(
      '--as-of <date>',
      "reference day for due/overdue screening (YYYY-MM-DD; default today, or the resumed run's)",
    )
    .option('--resume', 'continue an interrupted run in --out without redoing or duplicating patients')
    .option('--force', 'start over even if --out holds a run or results')
    .option('--workers <n>', 'worker threads (default: one per core; 0 = assess in the main thread)')
    .option('--keep-work', 'keep the work database (.heliotrope-bulk.sqlite) after the run')
    .option(
      '--stdin',
      'pure filter: one patient Bundle or case document per input line → one result line per line',
    )
    .option('--json', 'print the summary as JSON instead of text')
    .action(async (input: string | undefined, opts: BulkCliOptions) => {
      if (opts.stdin) {
        if (input || opts.out || opts.resume)
          throw new InputError('--stdin reads standard input: give no export, --out or --resume');
        await runStdin(io, checkDay(opts.asOf ?? io.today()));
        setExit(EXIT.ok);
        return;
      }
      if (!input) throw new InputError('bulk: give an export directory or manifest.json (or --stdin)');
      if (!opts.out) throw new InputError('bulk: --out <dir> is required');
      const workers = opts.workers === undefined ? availableParallelism() : Number(opts.workers);
      if (!Number.isInteger(workers) || workers < 0 || workers > 256)
        throw new InputError(`--workers: "${opts.workers}" is not a number of threads (0–256)`);
      const asOf = opts.asOf !== undefined ? checkDay(opts.asOf) : opts.resume ? undefined : io.today();
      const result = await runBulk({
        input,
        out: opts.out,
        asOf,
        resume: !!opts.resume,
        force: !!opts.force,
        workers,
        keepWork: !!opts.keepWork,
        progress: progressReporter((s) => io.stderr(s), io.stderrIsTTY === true),
      });
      const s = result.summary;
      io.stdout(opts.json ? `${JSON.stringify(s, null, 2)}\n` : `${renderPopulationSummary(s, opts.out)}\n`);
      io.stderr(
        `heliotrope bulk: ${result.assessedNow.toLocaleString('en')} patients assessed in ${result.seconds.toFixed(1)} s` +
          (result.assessedNow && result.seconds
            ? ` (${Math.round(result.assessedNow / result.seconds).toLocaleString('en')}/s)`
            : '') +
          '\n',
      );
      setExit(EXIT.ok);
    });
}
