import { describe, expect, it } from 'vitest';
import { InputError } from '../core/issues.js';
import { parseMrcGrade } from './mrc.js';
import { parseCase, parseJsonText, validateCase } from './validate.js';
import { caseJsonSchema } from './json-schema.js';
import { CaseSchema } from './schema.js';
import { readFileSync } from 'node:fs';

const minimal = { schemaVersion: '1.0' };

describe('case validation', () => {
  it('accepts a minimal case and applies defaults (unknown sex, empty lists)', () => {
    const c = parseCase(minimal);
    expect(c.patient.sex).toBe('unknown');
    expect(c.findings).toEqual([]);
    expect(c.labs).toEqual([]);
  });

  it('lists every problem, structural and semantic, each with its field path', () => {
    const r = validateCase({
      schemaVersion: '1.0',
      patient: { sex: 'woman', age: 210 },
      dates: { symptomOnset: '2021-02-30' },
      findings: [{ id: 'heliotrope-rash' }],
      strength: [{ group: 'proximal-upper', grade: '7/5' }],
      labs: [{ analyte: 'CK', value: 900, unit: 'IU/L', referenceRange: { low: 200, high: 25 } }],
      cancers: [{ diagnosisDate: { relativeTo: 'nowhere', offset: 2, unit: 'month' } }],
      finding: [],
    });
    expect(r.case).toBeUndefined();
    expect(r.issues.map((i) => i.path).sort()).toEqual(
      [
        '',
        'cancers[0].diagnosisDate.relativeTo',
        'dates.symptomOnset',
        'findings[0].status',
        'labs[0].referenceRange',
        'labs[0].unit',
        'patient.age',
        'patient.sex',
        'strength[0].grade',
      ].sort(),
    );
    expect(r.issues.find((i) => i.path === '')?.message).toBe('unknown field "finding"');
    expect(r.issues.find((i) => i.path === 'labs[0].unit')?.message).toMatch(/\[IU\]/);
  });

  it('words structural problems for a clinician, not in the words of the validation library', () => {
    const r = validateCase({
      schemaVersion: '1.0',
      patient: { sex: 'woman', age: 210, ageAtOnset: 'forty' },
      findings: [{ id: 'heliotrope-rash', status: 'yes' }],
      treatments: [{ drug: 'carboplatin', cycles: 0, doseReductionPercent: -5 }],
    });
    const msg = (path: string) => r.issues.find((i) => i.path === path)?.message;
    expect(msg('patient.age')).toBe('must be 130 or less');
    expect(msg('patient.ageAtOnset')).toBe('must be a number');
    expect(msg('patient.sex')).toMatch(/^must be one of: female, male, /);
    expect(msg('findings[0].status')).toBe('must be one of: present, absent, unknown, uncertain');
    expect(msg('treatments[0].cycles')).toBe('must be above 0');
    expect(msg('treatments[0].doseReductionPercent')).toBe('must be 0 or more');
    for (const i of r.issues)
      expect(i.message).not.toMatch(/Too (big|small)|Invalid (input|option)|expected \w+ to be/);
  });

  it('rejects a wrong or missing schema version', () => {
    expect(validateCase({}).issues[0]).toMatchObject({ path: 'schemaVersion', code: 'required' });
    expect(validateCase({ schemaVersion: '2.0' }).issues[0]?.path).toBe('schemaVersion');
  });

  it('accepts partial and relative dates and rejects impossible ones', () => {
    expect(
      validateCase({
        ...minimal,
        dates: { symptomOnset: '2021', diagnosis: '2021-03', presentation: '2024-02-29' },
      }).case,
    ).toBeDefined();
    expect(validateCase({ ...minimal, dates: { presentation: '2023-02-29' } }).issues[0]?.path).toBe(
      'dates.presentation',
    );
    expect(validateCase({ ...minimal, dates: { diagnosis: '2021-13' } }).issues[0]?.path).toBe(
      'dates.diagnosis',
    );
    expect(
      validateCase({
        ...minimal,
        cancers: [{ id: 'c1', diagnosisDate: { relativeTo: 'symptom-onset', offset: -2, unit: 'month' } }],
      }).case,
    ).toBeDefined();
  });

  it('rejects duplicate ids and a comparator without a value', () => {
    const r = validateCase({
      ...minimal,
      cancers: [{ id: 'a' }],
      treatments: [{ id: 'a', drug: 'x' }],
      labs: [{ analyte: 'CRP', comparator: '<' }],
    });
    expect(r.issues.map((i) => i.path)).toEqual(['treatments[0].id', 'labs[0]', 'labs[0].value']);
  });

  it('validates TNM stages', () => {
    expect(validateCase({ ...minimal, cancers: [{ stage: { tnm: 'cT2N2M0' } }] }).case).toBeDefined();
    expect(validateCase({ ...minimal, cancers: [{ stage: { tnm: 'pT1aN0M0' } }] }).case).toBeDefined();
    expect(validateCase({ ...minimal, cancers: [{ stage: { tnm: 'T9N0' } }] }).issues[0]?.path).toBe(
      'cancers[0].stage.tnm',
    );
  });

  it('parseCase throws an InputError listing the problems', () => {
    try {
      parseCase({ schemaVersion: '1.0', patient: { sex: 'x' } }, 'my-case.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toMatch(/my-case\.json is not a valid Heliotrope case \(1 problem\)/);
    }
  });

  it('reports JSON syntax errors with line and column', () => {
    try {
      parseJsonText('{\n  "a": 1,\n  "b": }', 'x.json');
      expect.unreachable();
    } catch (e) {
      const i = (e as InputError).issues[0]!;
      expect(i.line).toBe(3);
      expect(i.column).toBe(8);
    }
  });

  it('the published JSON Schema in schema/ is up to date (run npm run schema)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../schema/case.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(caseJsonSchema());
  });
});

describe('MRC grades', () => {
  it.each([
    ['4', 4, 4],
    ['5/5', 5, 5],
    ['3-4', 3, 4],
    ['3–4/5', 3, 4],
    ['III-IV/V', 3, 4],
    ['IV/V', 4, 4],
    ['0', 0, 0],
    ['3 to 4', 3, 4],
  ])('%s → %f–%f', (text, min, max) => {
    expect(parseMrcGrade(text)).toMatchObject({ min, max });
  });
  it('sub-grades 4− and 4+ fall between 3 and 5', () => {
    expect(parseMrcGrade('4-')!.min).toBeCloseTo(11 / 3);
    expect(parseMrcGrade('4+')!.max).toBeCloseTo(13 / 3);
  });
  it.each(['6', '5+', '0-', 'VI', 'weak', '', '4/10'])('rejects %s', (text) => {
    expect(parseMrcGrade(text)).toBeUndefined();
  });
});

describe('warnings: unknown finding ids and inconsistent dates', () => {
  const withFindings = {
    schemaVersion: '1.0',
    findings: [
      { id: 'heliotrope', status: 'present' },
      { id: 'gotron-papules', status: 'present' },
      { id: 'rapid-onset', status: 'present' },
      { id: 'xyzzy', status: 'absent' },
    ],
  };
  it('a misspelled finding id is a warning naming the closest known id; the case stays valid', () => {
    const r = validateCase(withFindings);
    expect(r.case).toBeDefined();
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'unknown-item',
        path: 'findings[0].id',
        message:
          'unknown finding id "heliotrope" (did you mean "heliotrope-rash"?): kept, but no criterion reads it',
      }),
      expect.objectContaining({
        path: 'findings[1].id',
        message: expect.stringContaining('"gottron-papules"'),
      }),
      expect.objectContaining({
        path: 'findings[3].id',
        message: expect.not.stringContaining('did you mean'),
      }),
    ]);
  });
  it('strict: the same warnings are errors and the case is refused', () => {
    const r = validateCase(withFindings, { strict: true });
    expect(r.case).toBeUndefined();
    expect(r.issues.map((i) => [i.severity, i.path])).toEqual([
      ['error', 'findings[0].id'],
      ['error', 'findings[1].id'],
      ['error', 'findings[3].id'],
    ]);
    expect(() => parseCase(withFindings, 'case', { strict: true })).toThrow(InputError);
  });
  it('diagnosis before onset, age at onset above age, birth date not matching, treatment ending before it starts', () => {
    const r = validateCase({
      schemaVersion: '1.0',
      patient: { age: 40, ageAtOnset: 52, birthDate: '1960-05-01' },
      dates: { symptomOnset: '2020-06', diagnosis: '2020-01-15', presentation: '2020-07-01' },
      treatments: [{ drug: 'prednisone', start: '2020-08-01', end: '2020-07-01' }],
    });
    expect(r.case).toBeDefined();
    expect(r.issues.map((i) => [i.severity, i.path])).toEqual([
      ['warning', 'dates.diagnosis'],
      ['warning', 'patient.ageAtOnset'], // above the age
      ['warning', 'patient.ageAtOnset'], // 52 but born 1960, onset 2020
      ['warning', 'patient.age'],
      ['warning', 'treatments[0].end'],
    ]);
    expect(r.issues[0]!.message).toBe('the diagnosis (2020-01-15) is before the first symptom (2020-06)');
    // Partial dates overlapping the same month are not called inconsistent; an age within a year is fine.
    expect(
      validateCase({
        schemaVersion: '1.0',
        patient: { age: 60, ageAtOnset: 59, birthDate: '1960' },
        dates: { symptomOnset: '2020-06', diagnosis: '2020-06-03', presentation: '2020-06-10' },
      }).issues,
    ).toEqual([]);
  });
});

describe('recognised finding ids', () => {
  it('include every id the criteria read and extraction writes, so real cases get no warning', async () => {
    const { RECOGNISED_FINDING_IDS } = await import('./schema.js');
    const { IMACS_CLINICAL_ITEMS, IMACS_RED_FLAGS } = await import('../cancer/imacs-2023/definition.js');
    const { FINDING_CONCEPTS } = await import('../extract/lexicon/findings.js');
    const { INTERNAL_FINDINGS: internal } = await import('../extract/extractors/findings.js'); // never written into a case
    const read = [
      ...Object.values(IMACS_CLINICAL_ITEMS).map((x) => x.finding),
      ...IMACS_RED_FLAGS.filter((f) => !['smoking', 'family-history-of-cancer'].includes(f)),
      ...FINDING_CONCEPTS.map((c) => c.value).filter((v) => !internal.has(v)),
    ];
    for (const id of read) expect(RECOGNISED_FINDING_IDS, id).toContain(id);
  });
});

describe('the compiled fast path of the case schema', () => {
  const fixtures = [
    '../criteria/__fixtures__/seed-breast-idc.case.json',
    '../cancer/__fixtures__/breast-idc-tnbc.json',
    '../monitoring/__fixtures__/leiomyosarcoma-course.json',
  ].map((f) => JSON.parse(readFileSync(new URL(f, import.meta.url), 'utf8')) as Record<string, unknown>);

  it('gives the case zod gives, key order and defaults included, on valid cases', () => {
    for (const doc of [minimal, ...fixtures]) {
      const zodOut = CaseSchema.safeParse(doc);
      expect(zodOut.success).toBe(true);
      expect(JSON.stringify(validateCase(doc).case)).toBe(JSON.stringify(zodOut.data));
    }
  });

  it('hands an invalid case to zod, so the issues are zod’s own (field paths and messages)', () => {
    const broken = fixtures.map((d) => ({
      ...d,
      patient: { sex: 'woman' },
      labs: [{ analyte: '', value: 'high' }],
      extra: true,
    }));
    for (const doc of broken) {
      const r = validateCase(doc);
      expect(r.case).toBeUndefined();
      const zodPaths = CaseSchema.safeParse(doc).error!.issues.map((i) => i.path.join('.'));
      expect(zodPaths.length).toBeGreaterThan(2);
      for (const p of ['patient.sex', 'labs.0.analyte', 'labs.0.value'])
        expect(r.issues.map((i) => i.path.replace(/\[(\d+)\]/g, '.$1'))).toContain(p);
      expect(zodPaths).toContain('patient.sex');
    }
  });
});
