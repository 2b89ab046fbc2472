/**
 * Regression tests of the CLI for the defects a robustness probe found (issue 15). Each names the defect.
 */
import { describe, expect, it, vi } from 'vitest';
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

describe('#2 no case content on the console', () => {
  it('assess --json with a unit holding a name: exit 2 naming the field, nothing written by a library', async () => {
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    const doc = JSON.stringify({
      schemaVersion: '1.0',
      labs: [{ analyte: 'CK', value: 900, unit: 'Jane Roe MRN 4711' }],
    });
    const r = await cli(['assess', 'c.json', '--json'], { files: { 'c.json': doc } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('labs[0].unit');
    expect(out).not.toHaveBeenCalled();
    expect(err).not.toHaveBeenCalled();
  });
});
