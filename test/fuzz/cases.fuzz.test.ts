/**
 * Fuzzed case documents through validation, assessment and every renderer (issue 15: 10,000 fuzzed
 * cases, 0 crashes; re-measured here on every run). Validation never throws; a case it accepts is
 * assessed without an exception, every number in the report is finite, and the text and HTML reports
 * (with the timeline) are produced.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessCase } from '../../src/assess/assess.js';
import { validateCase } from '../../src/case/validate.js';
import { renderAssessment } from '../../src/cli/commands/assess.js';
import { loadReportView, reportViewInput, type ReportView } from '../../src/cli/report-view.js';
import { caseDocument } from './arbitraries.js';
import { FUZZ_TIMEOUT, fuzz, nonFinitePaths } from './config.js';

describe('fuzzed cases: validate → assess → render', () => {
  // The HTML report's view (the web's print view, bundled on first use).
  let view: ReportView;
  beforeAll(async () => {
    view = await loadReportView();
  }, 120_000);

  it(
    'never throws, and an accepted case is assessed with finite numbers only',
    { timeout: FUZZ_TIMEOUT },
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(caseDocument, fc.constantFrom('2026-01-15', '1990-06-01', '2100-12-31'), (doc, asOf) => {
          const v = validateCase(JSON.parse(JSON.stringify(doc)));
          for (const i of v.issues) expect(typeof i.path).toBe('string');
          if (!v.case) return;
          accepted++;
          const report = assessCase(v.case, { asOf });
          expect(nonFinitePaths(report)).toEqual([]);
          expect(renderAssessment(report)).not.toMatch(/NaN|Infinity|undefined/);
          expect(view.module.renderReportBody(reportViewInput(v.case, report))).not.toMatch(/NaN|Infinity/);
        }),
        fuzz(120),
      );
      // The generator must reach the assessment, not only the validator.
      expect(accepted).toBeGreaterThan(30);
    },
  );
});
