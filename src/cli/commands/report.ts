/**
 * `heliotrope report <file> --out report.html`: a self-contained HTML report with the follow-up timeline —
 * the web's print view rendered to a string (src/cli/report-view.ts), loaded only when this command runs.
 * @module
 */
import type { Command } from 'commander';
import { assessCase } from '../../assess/assess.js';
import { isPlausibleIsoDay } from '../../core/dates.js';
import { InputError } from '../../core/issues.js';
import { loadCase } from '../case-input.js';
import { noticeLine } from '../../render/text/format.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';

/** Registers `report`. */
export function registerReport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('report')
    .description('write a self-contained HTML report with the follow-up timeline of a case')
    .argument('<file>', 'case file (or - for stdin)')
    .option('-o, --out <file>', 'output HTML file (default: standard output)')
    .option('--as-of <date>', 'reference day (YYYY-MM-DD; default today)')
    .action(async (file: string, opts: { out?: string; asOf?: string }) => {
      const asOf = opts.asOf ?? io.today();
      if (!isPlausibleIsoDay(asOf))
        throw new InputError(`--as-of: "${asOf}" is not a date (YYYY-MM-DD, years 1900–2100)`);
      const loaded = loadCase(await io.readBytes(file), file);
      for (const w of loaded.warnings ?? []) io.stderr(`warning: ${w}\n`);
      const report = assessCase(loaded.case, { asOf });
      for (const w of report.warnings ?? []) io.stderr(noticeLine(w));
      const { renderReportHtml } = await import('../report-view.js');
      const html = await renderReportHtml(loaded.case, report);
      if (opts.out) {
        if (!io.writeText)
          throw new InputError('this interface cannot write files: omit --out to print the report');
        await io.writeText(opts.out, html);
        io.stderr(`wrote ${opts.out}\n`);
      } else io.stdout(html);
      setExit(EXIT.ok);
    });
}
