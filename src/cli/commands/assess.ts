/**
 * `heliotrope assess <file>`: evaluates every criteria set and section on a case.
 * @module
 */
import type { Command } from 'commander';
import { assessCase, type AssessmentReport } from '../../assess/assess.js';
import { isFailedSection } from '../../contract/set.js';
import { DEFAULT_PRETEST, PRETEST_RANGE, pretestIssues } from '../../cancer/probability/probability.js';
import { InputError } from '../../core/issues.js';
import { isPlausibleIsoDay } from '../../core/dates.js';
import { renderSectionText } from '../../render/text/index.js';
import { reportSections } from '../../sets/registry.js';
import { assessmentToFhir } from '../../fhir/export/assessment.js';
import { loadCase } from '../case-input.js';
import { noticeLine } from '../../render/text/format.js';
import { EXTRACTION_CHECK } from '../../render/text/extraction.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';

/** Output formats of `assess`. */
const FORMATS = ['text', 'json', 'fhir'] as const;

/**
 * Renders the human report of an assessment.
 * @param report - the assessment
 * @param options - `extracted`: the case was machine-extracted from a narrative (said under the heading
 *   and at the end)
 */
export function renderAssessment(report: AssessmentReport, options: { extracted?: boolean } = {}): string {
  const c = report.case;
  const who = [
    c.patient.age !== undefined ? `${c.patient.age}-year-old` : undefined,
    c.patient.sex !== 'unknown' ? c.patient.sex : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const head = `Heliotrope assessment${c.title ? `: ${c.title}` : ''}${who ? ` (${who})` : ''} — as of ${report.asOf}, engine ${report.engine.version}`;
  const parts = [head, '='.repeat(Math.min(head.length, 100))];
  const extractedNote = `These facts were machine-extracted from a narrative. ${EXTRACTION_CHECK} (\`heliotrope extract\` lists each fact with the text it came from).`;
  if (options.extracted) parts.push(extractedNote);
  for (const s of reportSections) parts.push(renderSectionText(s, report[s.key]));
  if (options.extracted) parts.push(extractedNote);
  parts.push('Classification criteria support, but do not replace, clinical judgement.');
  return parts.join('\n\n');
}

/** Reads `--prior`: a probability within the model's range. */
function parsePrior(text: string): number {
  const v = /^\s*\d*\.?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  const issues = pretestIssues(v, '--prior');
  if (issues.length) throw new InputError(`--prior: "${text}" is not a usable pre-test probability`, issues);
  return v;
}

/** Registers `assess`. */
export function registerAssess(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('assess')
    .description(
      'assess a case: a case JSON file, a FHIR R4 Bundle or Patient, or a narrative (.txt, .md); - for stdin',
    )
    .argument('<file>', 'case JSON file, FHIR R4 JSON, or narrative text file')
    .option('--json', 'print the assessment document as JSON (same as --format json)')
    .option(
      '--format <format>',
      'text (default), json (the assessment document), or fhir (a FHIR R4 Bundle, see docs/fhir.md)',
    )
    .option('--as-of <date>', 'reference day for due/overdue items (YYYY-MM-DD; default today)')
    .option(
      '--prior <probability>',
      `pre-test probability of cancer for the probability model, ${PRETEST_RANGE.min}–${PRETEST_RANGE.max} (default ${DEFAULT_PRETEST}, adult DM)`,
    )
    .option('--strict', 'validation warnings (unknown finding ids, inconsistent dates) are errors')
    .action(
      async (
        file: string,
        opts: { json?: boolean; format?: string; asOf?: string; prior?: string; strict?: boolean },
      ) => {
        const asOf = opts.asOf ?? io.today();
        if (!isPlausibleIsoDay(asOf))
          throw new InputError(`--as-of: "${asOf}" is not a date (YYYY-MM-DD, years 1900–2100)`);
        const format = opts.format ?? (opts.json ? 'json' : 'text');
        if (!FORMATS.includes(format as (typeof FORMATS)[number]))
          throw new InputError(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
        if (opts.json && opts.format && opts.format !== 'json')
          throw new InputError(`--json and --format ${opts.format} contradict each other`);
        const cancerPretest = opts.prior === undefined ? undefined : parsePrior(opts.prior);
        const loaded = loadCase(await io.readBytes(file), file, { strict: opts.strict === true });
        for (const w of loaded.warnings ?? []) io.stderr(`warning: ${w}\n`);
        const faults: string[] = [];
        const report = assessCase(loaded.case, {
          asOf,
          ...(cancerPretest !== undefined ? { cancerPretest } : {}),
          onFault: (key) => faults.push(key),
        });
        for (const w of report.warnings ?? []) io.stderr(noticeLine(w));
        if (format === 'fhir') {
          const bundle = assessmentToFhir(report, {
            ...(loaded.fhir?.patient ? { patient: loaded.fhir.patient } : {}),
            ...(loaded.fhir ? { provenance: loaded.fhir.provenance } : {}),
            ...(io.now ? { recorded: io.now() } : {}),
          });
          io.stdout(`${JSON.stringify(bundle, null, 2)}\n`);
        } else
          io.stdout(
            format === 'json'
              ? `${JSON.stringify(report, null, 2)}\n`
              : `${renderAssessment(report, { extracted: loaded.extracted === true })}\n`,
          );
        const failed = reportSections.filter((s) => isFailedSection(report[s.key])).map((s) => s.key);
        if (failed.length) {
          io.stderr(
            `heliotrope assess: ${failed.join(', ')} could not be computed${faults.length ? ` (internal fault in ${faults.join(', ')})` : ''}; the other sections stand\n`,
          );
          setExit(EXIT.internal);
        } else setExit(loaded.inputErrors ? EXIT.input : EXIT.ok);
      },
    );
}
