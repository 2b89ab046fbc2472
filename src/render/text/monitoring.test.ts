import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../case/validate.js';
import { assessMonitoring } from '../../monitoring/index.js';
import { evaluateTisInputs } from '../../monitoring/tis-2016/evaluate.js';
import { renderMonitoring, renderTis } from './monitoring.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'monitoring', '__fixtures__');
const text = (n: string) =>
  renderMonitoring(
    assessMonitoring(parseCase(JSON.parse(readFileSync(join(fixtures, `${n}.json`), 'utf8')))),
  );

describe('monitoring text', () => {
  it('LMS: re-staging alert with its date, RECIST PD with the numbers, concordance with small-n caveat, doxorubicin band', () => {
    const t = text('leiomyosarcoma-course');
    expect(t).toContain('[high] Re-stage the cancer — 2019-10-05');
    expect(t).toMatch(
      /2019-10-10 {2}PD +SoD 186 mm \(\+19\.2 % vs baseline 156; \+31\.0 %, \+44 mm vs nadir 142\)/,
    );
    expect(t).toContain(
      'rho = 1.00 (move together), n = 4, two-sided p = 0.083 (exact) — small n: descriptive only',
    );
    expect(t).toContain('Cumulative doxorubicin: 450 mg/m²');
    // SD is not confirmed: it has a minimum duration from baseline.
    expect(t).toContain('Best overall response: SD, minimum duration met (≥ 6 weeks after baseline)');
    expect(t).not.toMatch(/SD[^\n]*confirm/);
  });
  it('breast: no re-staging, concordant response notes, concordance not called with n = 3', () => {
    const t = text('breast-idc-course');
    expect(t).not.toContain('Re-stage');
    expect(t).toContain('Note: myositis and tumour move together');
    expect(t).toContain('n = 3 paired time points — too few to call');
  });
  it('TIS text shows unknown measures as a range', () => {
    const t = renderTis(
      evaluateTisInputs({ 'physician-global-baseline': 8, 'physician-global-followup': 3, 'mmt-max': '80' }),
    );
    expect(t).toContain(
      'TIS 20–100 (unknown: patient-global, mmt, haq, enzyme, extramuscular) of 100 → indeterminate',
    );
  });
});
