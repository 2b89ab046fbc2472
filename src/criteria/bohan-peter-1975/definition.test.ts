import { describe, expect, it } from 'vitest';
import type { InputValues } from '../../engine/inputs.js';
import { BOHAN_PETER_1975, BOHAN_PETER_INPUTS } from './definition.js';
import { bohanPeterCategory, evaluateBohanPeter1975 } from './evaluate.js';

const MUSCLE = [
  'symmetric-proximal-weakness',
  'muscle-biopsy-evidence',
  'elevated-muscle-enzymes',
  'myopathic-emg',
];

function vector(rash: string, muscle: string[]): InputValues {
  const v: InputValues = { 'typical-rash': rash };
  MUSCLE.forEach((id, k) => {
    v[id] = muscle[k] ?? 'no';
  });
  return v;
}

describe('Bohan & Peter decision rules (reference §3)', () => {
  // [rash, number of criteria 1–4, expected]
  const TABLE: [boolean, number, string][] = [
    [true, 4, 'definite-dm'],
    [true, 3, 'definite-dm'],
    [true, 2, 'probable-dm'],
    [true, 1, 'possible-dm'],
    [true, 0, 'not-met'],
    [false, 4, 'definite-pm'],
    [false, 3, 'probable-pm'],
    [false, 2, 'possible-pm'],
    [false, 1, 'not-met'],
    [false, 0, 'not-met'],
  ];
  it.each(TABLE)('rash %s with %i of criteria 1–4 → %s', (rash, n, expected) => {
    expect(bohanPeterCategory(rash, n)).toBe(expected);
    const r = evaluateBohanPeter1975(
      vector(
        rash ? 'yes' : 'no',
        MUSCLE.map((_, k) => (k < n ? 'yes' : 'no')),
      ),
    );
    expect(r.category).toBe(expected);
    expect(r.reachableCategories).toEqual([expected]);
  });

  it('every criterion counts the same, whichever it is (any 3 of 4 with rash → definite DM)', () => {
    for (let skip = 0; skip < 4; skip++) {
      const r = evaluateBohanPeter1975(
        vector(
          'yes',
          MUSCLE.map((_, k) => (k === skip ? 'no' : 'yes')),
        ),
      );
      expect(r.category).toBe('definite-dm');
    }
  });

  it('unknown criteria count absent for the category and widen the reachable set', () => {
    const r = evaluateBohanPeter1975(vector('yes', ['yes', 'unknown', 'yes', 'unknown']));
    expect(r.category).toBe('probable-dm');
    expect(r.reachableCategories).toEqual(['definite-dm', 'probable-dm']);
    expect(r.missing.map((m) => [m.id, m.couldChangeCategory])).toEqual([
      ['muscle-biopsy-evidence', true],
      ['myopathic-emg', true],
    ]);
  });

  it('unknown rash: reported as PM by count, DM categories reachable', () => {
    const r = evaluateBohanPeter1975(vector('unknown', ['yes', 'yes', 'yes', 'yes']));
    expect(r.category).toBe('definite-pm');
    expect(r.reachableCategories).toEqual(['definite-dm', 'definite-pm']);
    expect(r.missing).toEqual([
      { id: 'typical-rash', label: 'Typical skin rash of dermatomyositis', couldChangeCategory: true },
    ]);
  });

  it('table: five criteria with citations; inputs match the items', () => {
    expect(BOHAN_PETER_1975.items.map((i) => i.id)).toEqual(BOHAN_PETER_INPUTS.map((i) => i.id));
    for (const i of BOHAN_PETER_1975.items) expect(i.cite).toMatch(/^Criterion [1-5]$/);
  });
});
