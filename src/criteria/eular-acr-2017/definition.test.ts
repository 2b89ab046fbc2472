import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputValues } from '../../engine/inputs.js';
import { EULAR_ACR_2017, EULAR_INPUTS, SCORE_CUTOFFS, type EularModel } from './definition.js';
import { categoryForScore, evaluateEularAcr2017, eularProbability } from './evaluate.js';

/** Builds a full input vector: every input unknown unless given. */
function inputs(given: Record<string, string | number>): InputValues {
  const v: InputValues = {};
  for (const d of EULAR_INPUTS)
    v[d.id] = d.kind.type === 'number' ? null : d.id === 'muscle-biopsy' ? 'not-done' : 'unknown';
  return { ...v, ...given };
}

/** Every binary item known "no" unless given (a fully documented patient). */
function documented(given: Record<string, string | number>): InputValues {
  const v = inputs({});
  for (const d of EULAR_INPUTS) if (d.kind.type === 'tri') v[d.id] = 'no';
  v['treatment-response'] = 'unknown';
  return { ...v, ...given };
}

describe('EULAR/ACR 2017 table (audit against reference §2)', () => {
  // Points copied from the reference table, row by row: [item id, no biopsy, biopsy].
  const REFERENCE: [string, number | null, number][] = [
    ['age-18-to-40', 1.3, 1.5],
    ['age-40-or-more', 2.1, 2.2],
    ['proximal-weakness-upper', 0.7, 0.7],
    ['proximal-weakness-lower', 0.8, 0.5],
    ['neck-flexor-weakness', 1.9, 1.6],
    ['proximal-weaker-than-distal-legs', 0.9, 1.2],
    ['heliotrope-rash', 3.1, 3.2],
    ['gottron-papules', 2.1, 2.7],
    ['gottron-sign', 3.3, 3.7],
    ['dysphagia', 0.7, 0.6],
    ['anti-jo1', 3.9, 3.8],
    ['elevated-muscle-enzymes', 1.3, 1.4],
    ['biopsy-endomysial-infiltrate', null, 1.7],
    ['biopsy-perimysial-perivascular-infiltrate', null, 1.2],
    ['biopsy-perifascicular-atrophy', null, 1.9],
    ['biopsy-rimmed-vacuoles', null, 3.1],
  ];

  it('has exactly the reference rows with the reference weights in the right columns', () => {
    expect(EULAR_ACR_2017.items.map((i) => [i.id, i.points['no-biopsy'], i.points.biopsy])).toEqual(
      REFERENCE,
    );
  });

  it('every item has a citation and a unique id', () => {
    const ids = EULAR_ACR_2017.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of EULAR_ACR_2017.items) expect(i.cite).toMatch(/\S/);
  });

  it('reaches the maximum scores of reference §2 (20.8 without biopsy, 29.5 with)', () => {
    const allYes = (model: EularModel) => {
      const v = inputs({
        'age-at-onset': 50,
        'muscle-biopsy': model === 'biopsy' ? 'done' : 'not-done',
        'treatment-response': 'improved',
      });
      for (const d of EULAR_INPUTS) if (d.kind.type === 'tri') v[d.id] = 'yes';
      return evaluateEularAcr2017(v).score;
    };
    expect(allYes('no-biopsy')).toBe(20.8);
    expect(allYes('biopsy')).toBe(29.5);
  });
});

describe('worked examples (reference §8)', () => {
  it('(a) 43-year-old woman without biopsy: 10.1, 99.2 %, definite, dermatomyositis', () => {
    const r = evaluateEularAcr2017(
      inputs({
        'age-at-onset': 43,
        'proximal-weakness-upper': 'yes',
        'proximal-weakness-lower': 'yes',
        'heliotrope-rash': 'yes',
        'gottron-papules': 'yes',
        'gottron-sign': 'no',
        'elevated-muscle-enzymes': 'yes',
        'anti-jo1': 'no',
        dysphagia: 'no',
      }),
    );
    expect(r.model).toBe('no-biopsy');
    expect(r.score).toBe(10.1);
    expect(r.probability).toBeCloseTo(0.992, 3);
    expect(r.category).toBe('definite');
    expect(r.subgroup).toBe('dermatomyositis');
    // The two undocumented weakness items found present would give 12.9 (99.95 %).
    expect(r.scoreRange).toEqual({ min: 10.1, max: 12.9 });
    expect(r.probabilityRange.max).toBeCloseTo(0.9995, 4);
  });

  const exampleB = {
    'age-at-onset': 50,
    'muscle-biopsy': 'done',
    'proximal-weakness-upper': 'yes',
    'proximal-weakness-lower': 'yes',
    'heliotrope-rash': 'yes',
    'gottron-papules': 'yes',
    'elevated-muscle-enzymes': 'yes',
    'biopsy-endomysial-infiltrate': 'no',
    'biopsy-perimysial-perivascular-infiltrate': 'no',
  };

  it('(b) 50-year-old woman with biopsy: 10.7, 98.5 %, definite, dermatomyositis', () => {
    const r = evaluateEularAcr2017(inputs(exampleB));
    expect(r.model).toBe('biopsy');
    expect(r.score).toBe(10.7);
    expect(r.probability).toBeCloseTo(0.985, 3);
    expect(r.category).toBe('definite');
    expect(r.subgroup).toBe('dermatomyositis');
  });

  it.each([
    ['MCP lesions read as Gottron sign', { 'gottron-papules': 'no', 'gottron-sign': 'yes' }, 11.7, 0.995],
    ['infiltrate accepted as endomysial', { 'biopsy-endomysial-infiltrate': 'yes' }, 12.4, 0.997],
    [
      'infiltrate accepted as perimysial/perivascular',
      { 'biopsy-perimysial-perivascular-infiltrate': 'yes' },
      11.9,
      0.996,
    ],
    [
      'scored with the no-biopsy model',
      {
        'muscle-biopsy': 'not-done',
        'biopsy-endomysial-infiltrate': 'unknown',
        'biopsy-perimysial-perivascular-infiltrate': 'unknown',
      },
      10.1,
      0.992,
    ],
  ])('(b) sensitivity: %s', (_name, change, score, p) => {
    const r = evaluateEularAcr2017(inputs({ ...exampleB, ...change }));
    expect(r.score).toBe(score);
    expect(r.probability).toBeCloseTo(p, 3);
    expect(r.category).toBe('definite');
    expect(r.subgroup).toBe('dermatomyositis');
  });
});

describe('probability model (reference §3)', () => {
  it.each([
    ['no-biopsy', 5.33, 0.5],
    ['biopsy', 6.49, 0.5],
    ['no-biopsy', 5.33 + Math.log(9), 0.9],
    ['biopsy', 6.49 + Math.log(0.55 / 0.45), 0.55],
  ] as const)('%s: P(%f) = %f', (model, score, p) => {
    expect(eularProbability(score, model)).toBeCloseTo(p, 10);
  });

  it('reproduces the rounding conflict of §4: P(5.3), P(5.5), P(7.5) fall just below 50/55/90 % without biopsy', () => {
    expect(eularProbability(5.3, 'no-biopsy')).toBeCloseTo(0.493, 3);
    expect(eularProbability(5.5, 'no-biopsy')).toBeCloseTo(0.542, 3);
    expect(eularProbability(7.5, 'no-biopsy')).toBeCloseTo(0.898, 3);
    expect(eularProbability(6.5, 'biopsy')).toBeCloseTo(0.502, 3);
    expect(eularProbability(6.7, 'biopsy')).toBeCloseTo(0.552, 3);
    expect(eularProbability(8.7, 'biopsy')).toBeCloseTo(0.901, 3);
  });
});

/** Finds item values (with at least one rash item present) whose score is exactly `target`, by exhaustive search. */
function combination(model: EularModel, target: number): Record<string, string | number> | undefined {
  const binary = EULAR_ACR_2017.items.filter((i) => i.domain !== 'age' && i.points[model] !== null);
  const rashMask = binary.reduce((m, b, k) => (b.domain === 'skin' ? m | (1 << k) : m), 0);
  const ages: [number, number][] = [
    [10, 0],
    [30, EULAR_ACR_2017.items[0]!.points[model]!],
    [50, EULAR_ACR_2017.items[1]!.points[model]!],
  ];
  const tenths = Math.round(target * 10);
  for (const [age, agePts] of ages) {
    for (let mask = 0; mask < 1 << binary.length; mask++) {
      if ((mask & rashMask) === 0) continue;
      let sum = Math.round(agePts * 10);
      binary.forEach((b, k) => {
        if (mask & (1 << k)) sum += Math.round(b.points[model]! * 10);
      });
      if (sum !== tenths) continue;
      const given: Record<string, string | number> = {
        'age-at-onset': age,
        'muscle-biopsy': model === 'biopsy' ? 'done' : 'not-done',
      };
      binary.forEach((b, k) => {
        given[b.id] = mask & (1 << k) ? 'yes' : 'no';
      });
      return given;
    }
  }
  return undefined;
}

describe('category cut-offs: just below, at and above each (reference §4)', () => {
  for (const model of ['no-biopsy', 'biopsy'] as const) {
    const c = SCORE_CUTOFFS[model];
    const cases: [number, string][] = [
      [c.possible - 0.1, 'not-met'],
      [c.possible, 'possible'],
      [c.probable - 0.1, 'possible'],
      [c.probable, 'probable'],
      [c.probable + 0.1, 'probable'],
      [c.definite - 0.1, 'probable'],
      [c.definite, 'definite'],
      [c.definite + 0.1, 'definite'],
    ];
    it.each(cases)(`${model}: score %f → %s`, (score, expected) => {
      const given = combination(model, score);
      expect(given, `no item combination scores ${score}`).toBeDefined();
      const r = evaluateEularAcr2017(inputs(given!));
      expect(r.score).toBeCloseTo(score, 10);
      expect(r.category).toBe(expected);
      expect(r.scoreRange.min).toBe(r.scoreRange.max);
    });
  }

  it('categoryForScore is monotone in the score (property)', () => {
    const rank = { 'not-met': 0, possible: 1, probable: 2, definite: 3 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.constantFrom<EularModel>('no-biopsy', 'biopsy'),
        (a, b, model) => {
          const [lo, hi] = a <= b ? [a / 10, b / 10] : [b / 10, a / 10];
          return rank[categoryForScore(lo, model)] <= rank[categoryForScore(hi, model)];
        },
      ),
    );
  });
});

describe('the rash gate (reference §5)', () => {
  const noRash = { 'heliotrope-rash': 'no', 'gottron-papules': 'no', 'gottron-sign': 'no' };
  const strongNoRash = {
    'age-at-onset': 55,
    'anti-jo1': 'yes',
    'elevated-muscle-enzymes': 'yes',
    'proximal-weakness-upper': 'yes',
    'proximal-weakness-lower': 'yes',
    ...noRash,
  };

  it('no rash and no biopsy: not-classifiable even with a definite-range score', () => {
    const r = evaluateEularAcr2017(inputs(strongNoRash));
    expect(r.score).toBe(8.8);
    expect(r.category).toBe('not-classifiable');
    expect(r.subgroup).toBeNull();
    expect(r.gate.passed).toBe('not-met');
  });

  it('no rash and a low score: not-met (the score does not reach possible anyway)', () => {
    expect(evaluateEularAcr2017(inputs({ 'age-at-onset': 55, ...noRash })).category).toBe('not-met');
  });

  it('no rash, biopsy done but no histology item present: not-classifiable (stricter reading)', () => {
    const r = evaluateEularAcr2017(
      inputs({
        ...strongNoRash,
        'muscle-biopsy': 'done',
        'biopsy-endomysial-infiltrate': 'no',
        'biopsy-perimysial-perivascular-infiltrate': 'no',
        'biopsy-perifascicular-atrophy': 'no',
        'biopsy-rimmed-vacuoles': 'no',
      }),
    );
    expect(r.category).toBe('not-classifiable');
  });

  it('no rash, biopsy with an endomysial infiltrate: classified with the biopsy model', () => {
    const r = evaluateEularAcr2017(
      inputs({ ...strongNoRash, 'muscle-biopsy': 'done', 'biopsy-endomysial-infiltrate': 'yes' }),
    );
    expect(r.model).toBe('biopsy');
    expect(r.score).toBe(10.3); // 2.2 + 3.8 + 1.4 + 0.7 + 0.5 + 1.7
    expect(r.category).toBe('definite');
  });

  it('skin not examined: reported at minimum as not-classifiable, maximum shows what examining the skin could change', () => {
    const r = evaluateEularAcr2017(
      inputs({ 'age-at-onset': 55, 'anti-jo1': 'yes', 'elevated-muscle-enzymes': 'yes' }),
    );
    expect(r.category).toBe('not-classifiable');
    expect(r.categoryRange.max).toBe('definite');
    const helio = r.missing.find((m) => m.id === 'heliotrope-rash');
    expect(helio?.couldChangeCategory).toBe(true);
  });
});

describe('subgroup tree (reference §7, each leaf)', () => {
  it('adult, rash, weakness → dermatomyositis', () => {
    expect(
      evaluateEularAcr2017(
        documented({
          'age-at-onset': 45,
          'heliotrope-rash': 'yes',
          'gottron-sign': 'yes',
          'proximal-weakness-upper': 'yes',
        }),
      ).subgroup,
    ).toBe('dermatomyositis');
  });
  it('adult, rash, all four weakness items absent → amyopathic dermatomyositis', () => {
    const r = evaluateEularAcr2017(
      documented({ 'age-at-onset': 45, 'heliotrope-rash': 'yes', 'gottron-sign': 'yes' }),
    );
    expect(r.score).toBe(8.5);
    expect(r.subgroup).toBe('amyopathic-dermatomyositis');
  });
  it('adult, rash, weakness not examined → undecided between DM and ADM', () => {
    const v = documented({ 'age-at-onset': 45, 'heliotrope-rash': 'yes', 'gottron-sign': 'yes' });
    for (const id of [
      'proximal-weakness-upper',
      'proximal-weakness-lower',
      'neck-flexor-weakness',
      'proximal-weaker-than-distal-legs',
    ])
      v[id] = 'unknown';
    const r = evaluateEularAcr2017(v);
    expect(r.category).toBe('definite');
    expect(r.subgroup).toBeNull();
    expect(r.subgroupCandidates).toEqual(['dermatomyositis', 'amyopathic-dermatomyositis']);
  });
  it('juvenile, rash → juvenile dermatomyositis', () => {
    const r = evaluateEularAcr2017(
      documented({
        'age-at-onset': 10,
        'heliotrope-rash': 'yes',
        'gottron-sign': 'yes',
        'proximal-weakness-upper': 'yes',
      }),
    );
    expect(r.score).toBe(7.1);
    expect(r.category).toBe('probable');
    expect(r.subgroup).toBe('juvenile-dermatomyositis');
  });
  it('juvenile, no rash, biopsy features → juvenile myositis other than JDM', () => {
    const r = evaluateEularAcr2017(
      documented({
        'age-at-onset': 10,
        'muscle-biopsy': 'done',
        'biopsy-endomysial-infiltrate': 'yes',
        'biopsy-perimysial-perivascular-infiltrate': 'yes',
        'biopsy-perifascicular-atrophy': 'yes',
        'proximal-weakness-upper': 'yes',
        'proximal-weakness-lower': 'yes',
        'neck-flexor-weakness': 'yes',
        'elevated-muscle-enzymes': 'yes',
      }),
    );
    expect(r.score).toBe(9);
    expect(r.subgroup).toBe('juvenile-myositis-other');
  });
  it('adult, no rash, rimmed vacuoles → inclusion body myositis', () => {
    const r = evaluateEularAcr2017(
      documented({
        'age-at-onset': 65,
        'muscle-biopsy': 'done',
        'biopsy-rimmed-vacuoles': 'yes',
        'biopsy-endomysial-infiltrate': 'yes',
        'elevated-muscle-enzymes': 'yes',
      }),
    );
    expect(r.score).toBe(8.4);
    expect(r.category).toBe('probable');
    expect(r.subgroup).toBe('inclusion-body-myositis');
  });
  it('adult, no rash, finger-flexor weakness without response to treatment → inclusion body myositis', () => {
    const r = evaluateEularAcr2017(
      documented({
        'age-at-onset': 65,
        'muscle-biopsy': 'done',
        'biopsy-endomysial-infiltrate': 'yes',
        'biopsy-perimysial-perivascular-infiltrate': 'yes',
        'elevated-muscle-enzymes': 'yes',
        'proximal-weakness-upper': 'yes',
        'finger-flexor-weakness': 'yes',
        'treatment-response': 'not-improved',
      }),
    );
    expect(r.subgroup).toBe('inclusion-body-myositis');
  });
  it('adult, no rash, no IBM features → polymyositis (including IMNM)', () => {
    const r = evaluateEularAcr2017(
      documented({
        'age-at-onset': 50,
        'muscle-biopsy': 'done',
        'biopsy-endomysial-infiltrate': 'yes',
        'biopsy-perimysial-perivascular-infiltrate': 'yes',
        'elevated-muscle-enzymes': 'yes',
        'proximal-weakness-upper': 'yes',
        'proximal-weakness-lower': 'yes',
      }),
    );
    expect(r.score).toBe(7.7);
    expect(r.subgroup).toBe('polymyositis');
  });
  it('adult, no rash, finger-flexor weakness with response unknown → undecided between IBM and PM', () => {
    const r = evaluateEularAcr2017(
      documented({
        'age-at-onset': 50,
        'muscle-biopsy': 'done',
        'biopsy-endomysial-infiltrate': 'yes',
        'biopsy-perimysial-perivascular-infiltrate': 'yes',
        'elevated-muscle-enzymes': 'yes',
        'proximal-weakness-upper': 'yes',
        'proximal-weakness-lower': 'yes',
        'finger-flexor-weakness': 'yes',
      }),
    );
    expect(r.subgroup).toBeNull();
    expect(r.subgroupCandidates).toEqual(['inclusion-body-myositis', 'polymyositis']);
  });
  it('no subgroup below probable', () => {
    const r = evaluateEularAcr2017(documented({ 'age-at-onset': 45, 'heliotrope-rash': 'yes' }));
    expect(r.category).toBe('not-met');
    expect(r.subgroup).toBeNull();
  });
});

describe('unknown items (reference §6)', () => {
  it('scoreRange spans unknowns counted absent and present; the age domain adds at most one band', () => {
    const r = evaluateEularAcr2017(inputs({}));
    expect(r.score).toBe(0);
    expect(r.scoreRange.max).toBe(20.8);
    expect(r.category).toBe('not-met');
    expect(r.categoryRange.max).toBe('definite');
  });

  it('lists exactly the unknown items, flagging those that alone change the category', () => {
    const r = evaluateEularAcr2017(
      documented({
        'age-at-onset': 30,
        'heliotrope-rash': 'yes',
        dysphagia: 'unknown',
        'neck-flexor-weakness': 'unknown',
      }),
    );
    expect(r.category).toBe('not-met');
    expect(r.missing.map((m) => [m.id, m.couldChangeCategory])).toEqual([
      ['neck-flexor-weakness', true],
      ['dysphagia', false],
    ]);
  });

  it('every item carries evidence and its citation', () => {
    const r = evaluateEularAcr2017(inputs({ 'age-at-onset': 45 }));
    for (const i of r.items) {
      expect(i.cite).toMatch(/Table/);
      expect(i.evidence.length).toBeGreaterThan(0);
    }
  });
});

describe('properties', () => {
  const tri = fc.constantFrom('yes', 'no', 'unknown');
  const triIds = EULAR_INPUTS.filter((d) => d.kind.type === 'tri').map((d) => d.id);
  const vector = fc.record({
    age: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    biopsy: fc.constantFrom('done', 'not-done'),
    items: fc.tuple(...triIds.map(() => tri)),
  });
  const toInputs = (x: { age: number | null; biopsy: string; items: string[] }) => {
    const v = inputs({ 'muscle-biopsy': x.biopsy });
    v['age-at-onset'] = x.age;
    triIds.forEach((id, k) => {
      v[id] = x.items[k]!;
    });
    return v;
  };

  it('setting any item present never lowers the score (nor its range)', () => {
    fc.assert(
      fc.property(vector, fc.integer({ min: 0, max: triIds.length - 1 }), (x, k) => {
        const before = evaluateEularAcr2017(toInputs(x));
        const y = { ...x, items: x.items.map((s, j) => (j === k ? 'yes' : s)) };
        const after = evaluateEularAcr2017(toInputs(y));
        return after.score >= before.score && after.scoreRange.max >= before.scoreRange.max;
      }),
    );
  });

  it('min ≤ max, probabilities in (0, 1), score range inside the model maximum', () => {
    fc.assert(
      fc.property(vector, (x) => {
        const r = evaluateEularAcr2017(toInputs(x));
        const cap = r.model === 'biopsy' ? 29.5 : 20.8;
        return (
          r.scoreRange.min <= r.scoreRange.max &&
          r.scoreRange.max <= cap &&
          r.probability > 0 &&
          r.probability < 1 &&
          r.probabilityRange.min <= r.probabilityRange.max
        );
      }),
    );
  });

  it('a subgroup is given only for probable or definite', () => {
    fc.assert(
      fc.property(vector, (x) => {
        const r = evaluateEularAcr2017(toInputs(x));
        return r.subgroup === null || r.category === 'probable' || r.category === 'definite';
      }),
    );
  });
});
