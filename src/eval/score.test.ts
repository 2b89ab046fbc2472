// The corpus scorer on tiny hand-made gold/prediction pairs: one test per matching rule.
import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../case/schema.js';
import { validateCase } from '../case/validate.js';
import { checkClassification, goldToCase } from './classify.js';
import { GoldSchema, SourceSchema, type Gold } from './gold.js';
import { prf, scoreCase, timingMatches } from './score.js';
import { seedToGold } from './seed.js';
import { assignHalves, compareIds, isDevOnly, stratum, testPart } from './split.js';

const gold = (g: Partial<Gold>): Gold =>
  GoldSchema.parse({
    id: 'g',
    meta: { subtype: 'dm', cancer: false, scope: 'test' },
    patient: {},
    findings: {},
    labs: [],
    antibodies: {},
    cancers: [],
    classification: { authorsDiagnosis: 'test' },
    ...g,
  });

const pred = (c: Partial<CaseInput>) => {
  const v = validateCase({ schemaVersion: '1.0', ...c });
  if (!v.case) throw new Error(JSON.stringify(v.issues));
  return v.case;
};

describe('findings', () => {
  it('a finding matches on id and status; a wrong status is one fp and one fn', () => {
    const s = scoreCase(
      gold({ findings: { 'heliotrope-rash': 'present', dysphagia: 'absent' } }),
      pred({
        findings: [
          { id: 'heliotrope-rash', status: 'present' },
          { id: 'dysphagia', status: 'present' },
        ],
      }),
    );
    expect(s.groups.findings).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
  it('a missing finding is a false negative; an extra criteria finding is a false positive', () => {
    const s = scoreCase(
      gold({ findings: { 'gottron-papules': 'present' } }),
      pred({ findings: [{ id: 'v-sign', status: 'present' }] }),
    );
    expect(s.groups.findings).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('ids outside the criteria list and ambiguous ids are unscored; unknown status is ignored', () => {
    const s = scoreCase(
      gold({ ambiguous: ['shawl-sign'] }),
      pred({
        findings: [
          { id: 'shawl-sign', status: 'present' },
          { id: 'alopecia', status: 'present' },
          { id: 'fever', status: 'unknown' },
        ],
      }),
    );
    expect(s.groups.findings).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(s.unscoredFindings).toBe(2);
  });
  it('with partial gold (seed cases) extra findings are not false positives', () => {
    const s = scoreCase(gold({}), pred({ findings: [{ id: 'fever', status: 'present' }] }), {
      partial: true,
    });
    expect(s.groups.findings.fp).toBe(0);
    expect(s.unscoredFindings).toBe(1);
  });
});

describe('labs', () => {
  const ck = { analyte: 'CK', value: 3420, unit: 'U/L', upperLimit: 200 };
  it('matches on analyte, value, unit (IU/L = U/L) and upper limit', () => {
    const s = scoreCase(
      gold({ labs: [ck] }),
      pred({ labs: [{ analyte: 'creatine kinase', value: 3420, unit: '[IU]/L', upperLimit: 200 }] }),
    );
    expect(s.groups.labs).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('a missing unit or upper limit, or another value, is a wrong reading', () => {
    for (const l of [
      { analyte: 'CK', value: 3420, upperLimit: 200 },
      { analyte: 'CK', value: 3420, unit: 'U/L' },
      { analyte: 'CK', value: 342, unit: 'U/L', upperLimit: 200 },
    ]) {
      expect(scoreCase(gold({ labs: [ck] }), pred({ labs: [l] })).groups.labs).toEqual({
        tp: 0,
        fp: 1,
        fn: 1,
      });
    }
  });
  it('a comparator in the gold must be read', () => {
    const g = gold({ labs: [{ analyte: 'CRP', value: 5, unit: 'mg/L', comparator: '<' }] });
    expect(scoreCase(g, pred({ labs: [{ analyte: 'CRP', value: 5, unit: 'mg/L' }] })).groups.labs.tp).toBe(0);
    expect(
      scoreCase(g, pred({ labs: [{ analyte: 'CRP', value: 5, unit: 'mg/L', comparator: '<' }] })).groups.labs
        .tp,
    ).toBe(1);
  });
  it('a qualitative gold lab matches a prediction with the same interpretation and no value', () => {
    const g = gold({ labs: [{ analyte: 'CK', interpretation: 'elevated' }] });
    expect(
      scoreCase(g, pred({ labs: [{ analyte: 'CPK', interpretation: 'elevated' }] })).groups.labs,
    ).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
    expect(scoreCase(g, pred({ labs: [{ analyte: 'CK', interpretation: 'normal' }] })).groups.labs).toEqual({
      tp: 0,
      fp: 1,
      fn: 1,
    });
  });
  it('an interpretation-only lab beside a gold value of the same analyte is not a new fact', () => {
    const s = scoreCase(
      gold({ labs: [ck] }),
      pred({
        labs: [
          { analyte: 'CK', value: 3420, unit: 'U/L', upperLimit: 200 },
          { analyte: 'CK', interpretation: 'elevated' },
        ],
      }),
    );
    expect(s.groups.labs).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('a later gold value keeps its exact match: a wrong reading pairs only with what no gold item matched', () => {
    // Three CK values stated, two extracted: the first gold value (missed) must not take the prediction that
    // matches the second exactly.
    const s = scoreCase(
      gold({
        labs: [
          { analyte: 'CK', value: 3560, unit: 'IU/L', upperLimit: 180 },
          { analyte: 'CK', value: 1836, unit: 'IU/L' },
          { analyte: 'CK', value: 3650, unit: 'IU/L' },
        ],
      }),
      pred({
        labs: [
          { analyte: 'CK', value: 1836, unit: '[IU]/L' },
          { analyte: 'CK', value: 3650 },
        ],
      }),
    );
    // 1836 right; 3650 without its unit is a wrong reading of one gold item (fp + fn); 3560 missed.
    expect(s.groups.labs).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(s.misses.filter((m) => m.group === 'labs').map((m) => m.item)).toEqual([
      'CK 3560 IU/L (ULN 180)',
      'CK 3650 IU/L',
    ]);
  });
  it('an extra lab is a false positive, unless its analyte is marked ambiguous', () => {
    const p = pred({ labs: [{ analyte: 'CK', value: 20 }] });
    expect(scoreCase(gold({}), p).groups.labs.fp).toBe(1);
    expect(scoreCase(gold({ ambiguousLabs: ['CK'] }), p).groups.labs.fp).toBe(0);
  });
});

describe('antibodies and panels', () => {
  it('targets compare by canonical name; a wrong result is one fp and one fn; an extra result is a fp', () => {
    const s = scoreCase(
      gold({ antibodies: { 'TIF1-gamma': 'positive', 'Jo-1': 'negative' } }),
      pred({
        antibodies: [
          { target: 'anti-TIF1γ', result: 'positive' },
          { target: 'Jo-1', result: 'positive' },
          { target: 'Mi-2', result: 'negative' },
        ],
      }),
    );
    expect(s.groups.antibodies).toEqual({ tp: 1, fp: 2, fn: 1 });
  });
  it('a panel reported as a group is one item; expanding it into antibodies gives false positives', () => {
    const g = gold({ panels: [{ panel: 'myositis antibody panel', result: 'negative' }] });
    expect(
      scoreCase(g, pred({ antibodies: [{ target: 'myositis panel', result: 'negative' }] })).groups
        .antibodies,
    ).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(
      scoreCase(
        g,
        pred({
          antibodies: [
            { target: 'Jo-1', result: 'negative' },
            { target: 'Mi-2', result: 'negative' },
          ],
        }),
      ).groups.antibodies,
    ).toEqual({ tp: 0, fp: 2, fn: 1 });
  });
});

describe('patient', () => {
  it('age exactly or within a stated range; sex; an age the gold does not state is a fp', () => {
    expect(
      scoreCase(gold({ patient: { age: 54, sex: 'female' } }), pred({ patient: { age: 54, sex: 'female' } }))
        .groups.patient,
    ).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(
      scoreCase(gold({ patient: { ageRange: [50, 59] } }), pred({ patient: { age: 55 } })).groups.patient.tp,
    ).toBe(1);
    expect(scoreCase(gold({}), pred({ patient: { age: 55, sex: 'male' } })).groups.patient).toEqual({
      tp: 0,
      fp: 2,
      fn: 0,
    });
  });
  it('smoking is scored only where the gold states it', () => {
    expect(scoreCase(gold({}), pred({ patient: { smoking: 'current' } })).groups.patient.fp).toBe(0);
    expect(
      scoreCase(gold({ patient: { smoking: 'never' } }), pred({ patient: { smoking: 'current' } })).groups
        .patient,
    ).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('cancers and timing', () => {
  const g = gold({
    cancers: [{ histology: 'adenocarcinoma', site: 'lung', timing: { relation: 'before', months: 8 } }],
  });
  it('a cancer is matched by site or histology; a more specific prediction is right', () => {
    const s = scoreCase(g, pred({ cancers: [{ histology: 'invasive adenocarcinoma', site: 'right lung' }] }));
    expect(s.groups.cancers).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(s.groups.timing).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
  it('timing relative to the myositis diagnosis, with a tolerance of a quarter or one month', () => {
    const at = (offset: number) =>
      scoreCase(
        g,
        pred({
          cancers: [
            {
              histology: 'adenocarcinoma',
              site: 'lung',
              diagnosisDate: { relativeTo: 'diagnosis', offset, unit: 'month' },
            },
          ],
        }),
      ).groups.timing;
    expect(at(-8)).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(at(-10)).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(at(-11)).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(at(8)).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('concurrent means within a month; before/after without an interval is the sign only', () => {
    expect(timingMatches({ relation: 'concurrent' }, 0.5)).toBe(true);
    expect(timingMatches({ relation: 'concurrent' }, 2)).toBe(false);
    expect(timingMatches({ relation: 'after' }, 30)).toBe(true);
    expect(timingMatches({ relation: 'before' }, 3)).toBe(false);
  });
  it('a cancer of someone else is a false positive; a hedged gold cancer is neither', () => {
    expect(scoreCase(gold({}), pred({ cancers: [{ site: 'ovary' }] })).groups.cancers).toEqual({
      tp: 0,
      fp: 1,
      fn: 0,
    });
    expect(
      scoreCase(
        gold({ cancers: [{ site: 'breast', uncertain: true }] }),
        pred({ cancers: [{ site: 'breast' }] }),
      ).groups.cancers,
    ).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
  it('symptom onset in months before presentation', () => {
    const s = scoreCase(
      gold({ onset: { monthsBeforePresentation: 3 } }),
      pred({ dates: { symptomOnset: { relativeTo: 'presentation', offset: -12, unit: 'week' } } }),
    );
    expect(s.groups.timing).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('figures and classification', () => {
  it('precision, recall and F1', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toMatchObject({ precision: 0.75, recall: 0.6, f1: 0.667 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
  it('probable/definite above the category the gold reaches is an over-classification', () => {
    const reached = pred({
      patient: { age: 55, sex: 'female' },
      findings: [
        { id: 'heliotrope-rash', status: 'present' },
        { id: 'gottron-papules', status: 'present' },
        { id: 'proximal-weakness-upper', status: 'present' },
        { id: 'proximal-weakness-lower', status: 'present' },
      ],
    });
    const c = checkClassification('not-met', reached, true);
    expect(c.over).toBe(true);
    expect(c.mimicClassified).toBe(true);
    expect(checkClassification(c.pred, reached).over).toBe(false);
  });
  it('the gold turns into a valid case for its classification', () => {
    const c = goldToCase(
      gold({ patient: { ageRange: [60, 69] }, labs: [{ analyte: 'CK', value: 900, unit: 'IU/L' }] }),
    );
    expect(c.patient.age).toBe(60);
    expect(c.labs[0]!.unit).toBe('[IU]/L');
  });
});

describe('split', () => {
  it('orders ids by their number once they pass three digits', () => {
    expect(['real-1000', 'real-101', 'real-100', 'real-999', 'syn-002', 'syn-001'].sort(compareIds)).toEqual([
      'real-100',
      'real-101',
      'real-999',
      'real-1000',
      'syn-001',
      'syn-002',
    ]);
    expect(isDevOnly('real', 'real-1000')).toBe(false);
    expect(testPart('real', 'real-1000')).toBe('intake');
  });
  it('is stable, stratified and balanced', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
      id,
      stratum: stratum(i < 3 ? 'dm' : 'pm', false),
    }));
    const first = assignHalves(items, {});
    expect(assignHalves(items, {})).toEqual(first);
    expect(Object.values(first).filter((h) => h === 'dev').length).toBeGreaterThanOrEqual(2);
    expect(Object.values(first).filter((h) => h === 'test').length).toBeGreaterThanOrEqual(2);
    const more = assignHalves([...items, { id: 'f', stratum: stratum('pm', false) }], first);
    for (const [id, h] of Object.entries(first)) expect(more[id]).toBe(h);
  });

  it('puts items in the dev-only range in development without moving the others', () => {
    expect(isDevOnly('real', 'real-084')).toBe(false);
    expect(isDevOnly('real', 'real-085')).toBe(true);
    expect(isDevOnly('real', 'real-120')).toBe(true);
    expect(isDevOnly('real', 'real-399')).toBe(true);
    expect(isDevOnly('real', 'real-400')).toBe(false);
    expect(isDevOnly('real', 'real-431')).toBe(false);
    expect(isDevOnly('synthetic', 'syn-200')).toBe(false);
    expect(testPart('real', 'real-084')).toBe('fixed');
    expect(testPart('real', 'real-400')).toBe('intake');
    expect(testPart('real', 'real-1000')).toBe('intake');
    expect(testPart('synthetic', 'syn-500')).toBe('fixed');
    const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, stratum: stratum('dm', true) }));
    const first = assignHalves(items, {});
    const fresh = ['x1', 'x2', 'x3'].map((id) => ({ id, stratum: stratum('dm', true) }));
    const next = assignHalves([...items, ...fresh], first, (id) => id.startsWith('x'));
    for (const f of fresh) expect(next[f.id]).toBe('dev');
    for (const [id, h] of Object.entries(first)) expect(next[id]).toBe(h);
    const plain = assignHalves([...items, ...fresh], first);
    expect(
      Object.entries(plain).filter(([id, h]) => id.startsWith('x') && h === 'test').length,
    ).toBeGreaterThan(0);
  });

  it('keeps recorded development-only items out of the balance of a later batch', () => {
    const devOnly = (id: string) => id.startsWith('x');
    const fixed = ['a', 'b', 'c', 'd'].map((id) => ({ id, stratum: stratum('dm', false) }));
    const old = ['x1', 'x2', 'x3', 'x4', 'x5', 'x6'].map((id) => ({ id, stratum: stratum('dm', false) }));
    const recorded = assignHalves([...fixed, ...old], {}, devOnly);
    for (const o of old) expect(recorded[o.id]).toBe('dev');
    const batch = ['y1', 'y2', 'y3', 'y4', 'y5', 'y6'].map((id) => ({ id, stratum: stratum('dm', false) }));
    const next = assignHalves([...fixed, ...old, ...batch], recorded, devOnly);
    const toTest = batch.filter((b) => next[b.id] === 'test').length;
    expect(toTest).toBe(3);
    for (const [id, h] of Object.entries(recorded)) expect(next[id]).toBe(h);
  });
});

describe('seed gold', () => {
  it('is read into the corpus format', () => {
    const g = seedToGold('s', {
      age: 43,
      sex: 'female',
      features: { heliotrope_rash: true, fever: false },
      labs: [{ name: 'CK', value: 695, unit: 'U/L', upper_limit: 200 }],
      labs_qualitative: { CK: 'elevated (implied)' },
      antibodies: { 'TIF1-gamma': 'positive' },
      cancer: {
        type: 'leiomyosarcoma, grade 2',
        site: 'unknown primary; metastatic',
        relation_to_myositis_onset_months: -8,
      },
      expected: { eular_acr_2017_category: 'definite' },
    });
    expect(g.findings).toEqual({ 'heliotrope-rash': 'present', fever: 'absent' });
    expect(g.labs).toEqual([
      { analyte: 'CK', value: 695, unit: 'U/L', upperLimit: 200 },
      { analyte: 'CK', interpretation: 'elevated' },
    ]);
    expect(g.cancers[0]).toEqual({
      histology: 'leiomyosarcoma',
      site: 'unknown primary',
      timing: { relation: 'before', months: 8 },
    });
    expect(g.classification.eularAcr2017OnStatedFacts).toBe('definite');
  });
});

describe('analyte names of one test (session 19)', () => {
  it('reads a troponin assay named in full as the troponin', async () => {
    const { analyteKey } = await import('./normalize.js');
    expect(analyteKey('high-sensitivity troponin T')).toBe(analyteKey('troponin T'));
    expect(analyteKey('hs-troponin I')).toBe(analyteKey('troponin I'));
    // another analyte keeps its own key
    expect(analyteKey('high-sensitivity CRP')).not.toBe(analyteKey('troponin T'));
  });
  it('reads HBD, HBDH and hydroxybutyrate dehydrogenase as one test (session 43)', async () => {
    const { analyteKey } = await import('./normalize.js');
    expect(analyteKey('HBD')).toBe(analyteKey('hydroxybutyrate dehydrogenase'));
    expect(analyteKey('HBDH')).toBe(analyteKey('HBD'));
    expect(analyteKey('HBD')).not.toBe(analyteKey('LDH'));
  });
});

describe('gold and source schemas', () => {
  const source = (id: string) => ({
    id,
    title: 'A synthetic title',
    pmid: null,
    doi: null,
    journal: null,
    year: null,
    url: 'https://example.org/a',
    storedCopy: 'search pages: https://example.org/a',
    scope: 'title + abstract',
  });
  it('takes a source id of three or four digits (the corpus passed real-999 in session 43) and no other', () => {
    expect(SourceSchema.safeParse(source('real-087')).success).toBe(true);
    expect(SourceSchema.safeParse(source('real-1000')).success).toBe(true);
    expect(SourceSchema.safeParse(source('real-12')).success).toBe(false);
    expect(SourceSchema.safeParse(source('real-10000')).success).toBe(false);
    expect(SourceSchema.safeParse(source('syn-001')).success).toBe(false);
  });
  it('rejects a finding listed both as present and as ambiguous, and takes it under one of the two', () => {
    const base = {
      id: 'g',
      meta: { subtype: 'dm', cancer: false, scope: 'test' },
      patient: {},
      labs: [],
      antibodies: {},
      cancers: [],
      classification: { authorsDiagnosis: 'test' },
    };
    const both = GoldSchema.safeParse({
      ...base,
      findings: { 'gottron-papules': 'present' },
      ambiguous: ['gottron-papules'],
    });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.path).toEqual(['ambiguous']);
    expect(GoldSchema.safeParse({ ...base, findings: {}, ambiguous: ['gottron-papules'] }).success).toBe(
      true,
    );
    expect(GoldSchema.safeParse({ ...base, findings: { 'gottron-papules': 'present' } }).success).toBe(true);
  });
});

describe('an ESR in mm (session 43)', () => {
  it('matches an ESR written in mm with one read in mm/h, and no other analyte so', async () => {
    const { labMatches } = await import('./score.js');
    const esr = { analyte: 'ESR', value: 59, unit: 'mm/h' } as Parameters<typeof labMatches>[1];
    expect(labMatches({ analyte: 'ESR', value: 59, unit: 'mm' }, esr)).toBe(true);
    expect(labMatches({ analyte: 'ESR', value: 59, unit: 'mg/L' }, esr)).toBe(false);
    const crp = { analyte: 'CRP', value: 59, unit: 'mm/h' } as Parameters<typeof labMatches>[1];
    expect(labMatches({ analyte: 'CRP', value: 59, unit: 'mm' }, crp)).toBe(false);
  });
});
