/**
 * Regression tests of the CLI for the defects a robustness probe found (issue 15). Each names the defect.
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../cli-io.js';

const HUGE_OFFSET_CASE = JSON.stringify({
  schemaVersion: '1.0',
  dates: { presentation: '2021-01-01' },
  visits: [
    { date: '2021-01-01', physicianGlobal: { value: 2 } },
    { date: { relativeTo: 'presentation', offset: 300000, unit: 'year' }, physicianGlobal: { value: 1 } },
  ],
});

describe('#1 dates are bounded', () => {
  it('report and assess refuse a 300,000-year offset with exit 2 and its path (report used to hang)', async () => {
    for (const verb of ['report', 'assess']) {
      const r = await cli([verb, 'case.json'], { files: { 'case.json': HUGE_OFFSET_CASE } });
      expect(r.code).toBe(2);
      expect(r.err).toContain('visits[1].date.offset');
      expect(r.out).toBe('');
    }
  });
  it('--as-of outside 1900–2100 is refused', async () => {
    const ok = JSON.stringify({ schemaVersion: '1.0' });
    const r = await cli(['assess', 'c.json', '--as-of', '9999-12-31'], { files: { 'c.json': ok } });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--as-of/);
  });
});
