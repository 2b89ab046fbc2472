/**
 * Limits of the case format (issue 15): plausible dates, nesting depth, dosing and reference-limit bounds,
 * and the byte-level checks of a JSON case. Each block is a regression test of a defect a probe found.
 */
import { describe, expect, it, vi } from 'vitest';
import { InputError } from '../core/issues.js';
import { MAX_JSON_DEPTH } from '../core/json.js';
import { assessCase } from '../assess/assess.js';
import { assessMonitoring } from '../monitoring/index.js';
import { checkUcumUnit, parseCase, parseJsonText, validateCase } from './validate.js';

const minimal = { schemaVersion: '1.0' };
const paths = (doc: unknown) => validateCase(doc).issues.map((i) => i.path);

describe('plausible dates (1900–2100)', () => {
  it('refuses a huge relative offset at its own field path (the probe case)', () => {
    const r = validateCase({
      ...minimal,
      dates: { presentation: '2021-01-01' },
      visits: [
        { date: '2021-01-01', physicianGlobal: { value: 2 } },
        {
          date: { relativeTo: 'presentation', offset: 300000, unit: 'year' },
          physicianGlobal: { value: 1 },
        },
      ],
    });
    expect(r.case).toBeUndefined();
    expect(r.issues).toEqual([
      expect.objectContaining({ path: 'visits[1].date.offset', message: expect.stringMatching(/1900–2100/) }),
    ]);
  });

  it('refuses calendar dates outside 1900–2100 and accepts the edges', () => {
    expect(paths({ ...minimal, dates: { symptomOnset: '1899-12-31', diagnosis: '2101' } })).toEqual([
      'dates.symptomOnset',
      'dates.diagnosis',
    ]);
    expect(
      validateCase({ ...minimal, dates: { symptomOnset: '1900-01-01', diagnosis: '2100-12' } }).case,
    ).toBeDefined();
    expect(paths({ ...minimal, patient: { birthDate: '1850' } })).toEqual(['patient.birthDate']);
  });

  it('refuses a relative date that resolves outside the range, naming the date', () => {
    const r = validateCase({
      ...minimal,
      dates: { presentation: '2090-01-01' },
      cancers: [{ id: 'c1', diagnosisDate: { relativeTo: 'presentation', offset: 20, unit: 'year' } }],
    });
    expect(r.issues).toEqual([
      expect.objectContaining({
        path: 'cancers[0].diagnosisDate',
        message: expect.stringMatching(/^resolves to 2109/),
      }),
    ]);
    // A relative date well inside the range is fine.
    expect(
      validateCase({
        ...minimal,
        dates: { presentation: '2021-01-01' },
        cancers: [{ id: 'c1', diagnosisDate: { relativeTo: 'presentation', offset: -8, unit: 'month' } }],
      }).case,
    ).toBeDefined();
  });

  it('refuses a chain of relative dates that never reaches the calendar but spans centuries', () => {
    const r = validateCase({
      ...minimal,
      dates: { diagnosis: { relativeTo: 'symptom-onset', offset: 150, unit: 'year' } },
      cancers: [{ id: 'c1', diagnosisDate: { relativeTo: 'diagnosis', offset: 100, unit: 'year' } }],
    });
    expect(r.issues.map((i) => i.path)).toEqual(['cancers[0].diagnosisDate']);
  });
});

describe('libraries never write to the console or the process streams (#2)', () => {
  it('a unit holding a name gives an issue, and nothing is printed (test/setup.ts fails on console.*)', () => {
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    const r = validateCase({
      ...minimal,
      labs: [{ analyte: 'CK', value: 900, unit: 'Jane Roe MRN 4711' }],
      treatments: [{ drug: 'prednisone', dose: { value: 60, unit: 'mg per (day' } }],
    });
    expect(r.issues.map((i) => i.path)).toEqual(['labs[0].unit', 'treatments[0].dose.unit']);
    expect(checkUcumUnit('a (b')).toMatch(/is not a UCUM unit/);
    expect(out).not.toHaveBeenCalled();
    expect(err).not.toHaveBeenCalled();
  });
  it('the console is restored after the check', () => {
    const before = console.log;
    checkUcumUnit('Jane Roe');
    expect(console.log).toBe(before);
  });
});

describe('nesting depth (#3)', () => {
  const deepText = `{"schemaVersion":"1.0","notes":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
  const thrown = (f: () => unknown): InputError => {
    try {
      f();
    } catch (e) {
      return e as InputError;
    }
    throw new Error('expected an error');
  };
  it('10,000 nested arrays: a clear InputError naming where, not a stack overflow', () => {
    const e = thrown(() => parseJsonText(deepText, 'case.json'));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe('case.json is nested too deeply');
    expect(e.issues[0]).toMatchObject({
      code: 'too-large',
      path: 'notes[0][0][0][0][0]…',
      line: 1,
      column: 31 + MAX_JSON_DEPTH,
    });
    expect(e.issues[0]!.message).toMatch(/more than 64 levels/);
  });
  it('unclosed nesting (the malformed-JSON fallback) is refused the same way', () => {
    const e = thrown(() => parseJsonText(`{"schemaVersion":"1.0","notes":${'['.repeat(10_000)}`));
    expect(e.issues[0]).toMatchObject({ code: 'too-large', path: 'notes[0][0][0][0][0]…' });
  });
  it('a deep value handed over by a library caller is refused without recursing', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const r = validateCase({
      schemaVersion: '1.0',
      notes: 'x',
      title: 'y',
      labs: [{ analyte: 'CK', value: 1, x: deep }],
    });
    expect(r.case).toBeUndefined();
    expect(r.issues.some((i) => i.code === 'too-large')).toBe(true);
  });
});

describe('treatment limits (#5): refused at the input’s own path, so a valid case can be assessed', () => {
  const dox = (extra: Record<string, unknown>) => ({
    ...minimal,
    treatments: [{ drug: 'doxorubicin', class: 'chemotherapy', ...extra }],
  });
  it.each([
    [{ dose: { value: 0, unit: 'mg/m2' }, cycles: 4 }, 'treatments[0].dose.value'],
    [{ dose: { value: -60, unit: 'mg/m2' }, cycles: 4 }, 'treatments[0].dose.value'],
    [{ dose: { value: 151, unit: 'mg/m2' }, cycles: 4 }, 'treatments[0].dose.value'],
    [{ dose: { value: 60, unit: 'mg/m2' }, cycles: 41 }, 'treatments[0].cycles'],
    [
      { dose: { value: 60, unit: 'mg/m2' }, cycles: 4, doseReductionPercent: 100 },
      'treatments[0].doseReductionPercent',
    ],
    [
      { dose: { value: 60, unit: 'mg/m2' }, cycles: 4, doseReductionPercent: -5 },
      'treatments[0].doseReductionPercent',
    ],
  ])('doxorubicin %j → %s', (extra, path) => {
    const r = validateCase(dox(extra));
    expect(r.case).toBeUndefined();
    expect(r.issues.map((i) => i.path)).toEqual([path]);
  });
  it('accepts the edges: 150 mg/m2, 40 cycles, 99 % reduction', () => {
    expect(
      validateCase(dox({ dose: { value: 150, unit: 'mg/m2' }, cycles: 40, doseReductionPercent: 99 })).case,
    ).toBeDefined();
  });
  it('other drugs: no dose of 0 or below, glucocorticoids at most 2000 mg, AUC 1–10, at most 1000 cycles', () => {
    const r = validateCase({
      ...minimal,
      treatments: [
        { drug: 'prednisone', class: 'glucocorticoid', dose: { value: 0, unit: 'mg' } },
        { drug: 'methylprednisolone', class: 'glucocorticoid', dose: { value: 5000, unit: 'mg' } },
        { drug: 'carboplatin', targetAuc: 0.5 },
        { drug: 'carboplatin', targetAuc: 11 },
        { drug: 'methotrexate', cycles: 1001 },
        { drug: 'methylprednisolone', class: 'glucocorticoid', dose: { value: 1000, unit: 'mg' } },
      ],
    });
    expect(r.issues.map((i) => i.path)).toEqual([
      'treatments[0].dose.value',
      'treatments[2].targetAuc',
      'treatments[3].targetAuc',
      'treatments[4].cycles',
      'treatments[1].dose.value',
    ]);
  });
  it('every doxorubicin course validation accepts is assessed (no section throws)', () => {
    for (const value of [0.5, 20, 60, 75, 150])
      for (const cycles of [1, 6, 40])
        for (const doseReductionPercent of [0, 25, 99.5]) {
          const c = parseCase(dox({ dose: { value, unit: 'mg/m2' }, cycles, doseReductionPercent }));
          expect(assessMonitoring(c).doxorubicin?.cumulativeMgPerM2).toBeGreaterThan(0);
          expect(() => assessCase(c, { asOf: '2026-01-01' })).not.toThrow();
        }
  });
  it('a case that skipped validation gets the paths of its own fields from the dosing section', () => {
    const c = { ...parseCase(dox({ dose: { value: 60, unit: 'mg/m2' }, cycles: 4 })) };
    c.treatments = [{ ...c.treatments[0]!, dose: { value: 0, unit: 'mg/m2' }, cycles: 99 }];
    try {
      assessMonitoring(c);
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues.map((i) => i.path)).toEqual([
        'treatments[0].dose.value',
        'treatments[0].cycles',
      ]);
    }
  });
});

describe('reference limits (#12): plausible per analyte, so × ULN is always finite', () => {
  it('refuses a denormal upper limit at its path, in labs and in visits', () => {
    const r = validateCase({
      ...minimal,
      labs: [
        { analyte: 'CK', value: 900, unit: 'U/L', upperLimit: 1e-310 },
        { analyte: 'creatine kinase', value: 900, unit: 'U/L', referenceRange: { high: 1e-310 } },
        { analyte: 'thyroxine', value: 1e-8, unit: 'mol/L', referenceRange: { high: 1e-310 } },
      ],
      visits: [{ date: '2024-01-01', enzymes: [{ analyte: 'CK', value: 900, upperLimit: 1e-310 }] }],
    });
    expect(r.issues.map((i) => i.path)).toEqual([
      'labs[0].upperLimit',
      'labs[1].referenceRange.high',
      'labs[2].referenceRange.high',
      'visits[0].enzymes[0].upperLimit',
    ]);
    expect(r.issues[0]!.message).toMatch(/for CK is implausible \(expected 20–2000 U\/L\)/);
  });
  it('per analyte and unit: CK ULN 5000 U/L and CRP ULN 500 mg/L refused, common limits accepted', () => {
    expect(
      paths({
        ...minimal,
        labs: [
          { analyte: 'CK', value: 900, unit: 'U/L', upperLimit: 5000 },
          { analyte: 'CRP', value: 12, unit: 'mg/L', referenceRange: { high: 500 } },
          { analyte: 'CRP', value: 1.2, unit: 'mg/dL', referenceRange: { high: 0.5 } },
          { analyte: 'aldolase', value: 12, unit: 'U/L', referenceRange: { high: 7.6 } },
          { analyte: 'troponin T', value: 0.02, unit: 'ng/mL', referenceRange: { high: 0.014 } },
        ],
      }),
    ).toEqual(['labs[0].upperLimit', 'labs[1].referenceRange.high']);
  });
  it('a value too large to divide is refused', () => {
    expect(
      paths({ ...minimal, labs: [{ analyte: 'CK', value: 1e300, unit: 'U/L', upperLimit: 200 }] }),
    ).toEqual(['labs[0].value']);
  });
  it('an unvalidated enzyme with a zero-size limit never shows as Infinity × ULN', () => {
    const c = parseCase({
      ...minimal,
      visits: [{ date: '2024-01-01', enzymes: [{ analyte: 'CK', value: 900, upperLimit: 200 }] }],
    });
    c.visits[0]!.enzymes![0]!.upperLimit = 1e-310;
    const m = assessMonitoring(c);
    expect(m.course.visits[0]!.enzyme).toBeNull();
    expect(JSON.stringify(m)).not.toMatch(/Infinity|null,"xUln"/);
  });
});
