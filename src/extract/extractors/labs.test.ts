import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractLabs } from './labs.js';
import { readUnit, ucumUnit } from './units.js';

const labs = (t: string) => extractLabs(analyse(t)).map(({ evidence: _e, ...l }) => l);

describe('labs', () => {
  it('reads value, unit and reference range in parentheses', () => {
    expect(labs('CK 695 (normal range 25–200 U/L).')).toEqual([
      { analyte: 'CK', value: 695, unit: 'U/L', referenceRange: { low: 25, high: 200 }, upperLimit: 200 },
    ]);
  });
  it('reads "was mildly raised at" and takes the unit from the range', () => {
    expect(labs('Alanine aminotransferase (ALT) was mildly raised at 61 (normal 10–49 U/L).')).toEqual([
      {
        analyte: 'ALT',
        value: 61,
        unit: 'U/L',
        referenceRange: { low: 10, high: 49 },
        upperLimit: 49,
        interpretation: 'elevated',
      },
    ]);
  });
  it('reads comparators', () => {
    expect(labs('CRP < 4.')).toEqual([{ analyte: 'CRP', value: 4, comparator: '<' }]);
    expect(labs('CRP less than 5 mg/L.')).toEqual([
      { analyte: 'CRP', value: 5, comparator: '<', unit: 'mg/L' },
    ]);
  });
  it('pairs "respectively" lists in order', () => {
    const r = labs(
      'Raised CK and ESR at 900 (normal range 25–200 U/L) and 40 (normal range 0–20 mm/hr) respectively.',
    );
    expect(r.map((l) => [l.analyte, l.value, l.unit, l.upperLimit])).toEqual([
      ['CK', 900, 'U/L', 200],
      ['ESR', 40, 'mm/h', 20],
    ]);
  });
  it('converts 10^9/L shapes to UCUM', () => {
    expect(labs('White cell count 11.4 (normal range 4–11 × 10^9/L).')[0]).toMatchObject({
      analyte: 'WBC',
      unit: '10*9/L',
      upperLimit: 11,
    });
    expect(ucumUnit('x109/L')).toBe('10*9/L');
    expect(readUnit(' mm/hr', 0)?.ucum).toBe('mm/h');
    expect(readUnit(' furlongs', 0)).toBeUndefined();
  });
  it('reads qualitative statements, with "normalised" as an inference', () => {
    expect(labs('CK values normalised two weeks later.')).toEqual([
      { analyte: 'CK', interpretation: 'elevated', inferred: true },
    ]);
    expect(labs('Raised CK.')).toEqual([{ analyte: 'CK', interpretation: 'elevated' }]);
    expect(labs('CEA not elevated.')).toEqual([{ analyte: 'CEA', interpretation: 'normal' }]);
  });
  it('does not take durations or titres as values', () => {
    expect(labs('CK rose over 3 weeks.')).toEqual([]);
  });
});

describe('labs: number shapes', () => {
  it('reads thousands separators', () => {
    expect(labs('CK 4,500 IU/L.')).toEqual([{ analyte: 'CK', value: 4500, unit: '[IU]/L' }]);
  });
});

describe('labs: upper limit alone', () => {
  it('reads "(ULN 170)"', () => {
    expect(labs('CK 3,420 U/L (ULN 170).')).toEqual([
      { analyte: 'CK', value: 3420, unit: 'U/L', referenceRange: { high: 170 }, upperLimit: 170 },
    ]);
  });
});

describe('labs: bare interval in brackets', () => {
  it('reads "CK 695 U/L (25-200)"', () => {
    expect(labs('CK 695 U/L (25-200).')).toEqual([
      { analyte: 'CK', value: 695, unit: 'U/L', referenceRange: { low: 25, high: 200 }, upperLimit: 200 },
    ]);
  });
});
