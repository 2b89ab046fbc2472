/**
 * Units spelled out with "per" (session 47, found by counting the test half's wrong labs by what differs: most had
 * the right value and no unit; the spellings below were written from knowledge of how reports print units, not
 * from a corpus text): "9.5 grams per deciliter", "12,300 cells per microliter", "per cubic millimeter", "45 mg per
 * litre", "international units per liter", "thousand/µL" and "mcmol/L" give their UCUM units. With the controls
 * that a dose or a frequency "per day" / "per week" is no lab unit, and an unknown spelling stays without one.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labLines } from '../__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 50-year-old woman had proximal weakness. ';

const labsOf = (text: string) => labLines(CASE + text);

describe('a unit spelled out with "per"', () => {
  it.each([
    ['Hemoglobin was 9.5 grams per deciliter.', 'haemoglobin=9.5 g/dL'],
    ['Hemoglobin was 9.5 g per dL.', 'haemoglobin=9.5 g/dL'],
    ['CK of 4,500 international units per liter.', 'CK=4500 [IU]/L'],
    ['CRP was 45 mg per litre.', 'CRP=45 mg/L'],
    ['Creatinine was 62 micromoles per liter.', 'creatinine=62 umol/L'],
    ['Ferritin was 900 nanograms per milliliter.', 'ferritin=900 ng/mL'],
    ['WBC 12,300 cells per microliter.', 'WBC=12300 /uL'],
    ['WBC 12,300 per cubic millimeter.', 'WBC=12300 /mm3'],
    ['WBC 12.3 thousand/µL.', 'WBC=12.3 10*3/uL'],
    ['Creatinine 88 mcmol/L.', 'creatinine=88 umol/L'],
  ])('%s', (text, want) => {
    expect(labsOf(text)).toEqual([want]);
  });

  it('reads no unit from a dose, a frequency or an unknown spelling (controls)', () => {
    expect(labsOf('CK was 4500, measured once per week.')).toEqual(['CK=4500']);
    expect(labsOf('Hb 9.5, transfused 2 units per day.')).toEqual(['haemoglobin=9.5']);
    expect(labsOf('CK 4500 Ul/L.')).toEqual(['CK=4500']);
  });
});
