/**
 * Words between an analyte and its value: a counted time, a condition of a plan, slash chains of three or more,
 * "dosage" for the assay, units per hundred millilitres, an earlier reading after a trend word, further verbs and
 * adverbs, one unit after a list of enzymes, levels that are not this patient's, and unit spellings of printouts
 * and French reports. Each construction is written as a sentence of the project's own, beside the near control that
 * must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labLines } from '../__fixtures__/read-case.js';

const CASE =
  'Case presentation\n\nA 47-year-old woman had a violaceous eyelid rash and difficulty climbing stairs. ';

/** Each lab as "analyte=value unit" or "analyte=interpretation", with " <ULN" when an upper limit was read. */
const labsOf = (text: string) => labLines(CASE + text);

describe('a counted time between the analyte and its value', () => {
  it('reads the value after "at N months", "after N weeks", "within N h", "by N weeks" and "N years later"', () => {
    expect(labsOf('The aldolase at 9 months was 5.1 U/L.')).toEqual(['aldolase=5.1 U/L']);
    expect(labsOf('His LDH after 5 weeks was 312 U/L.')).toEqual(['LDH=312 U/L']);
    expect(labsOf('Myoglobin within 36 h was 2100 ng/mL.')).toEqual(['myoglobin=2100 ng/mL']);
    expect(labsOf('Her ferritin by 10 weeks had fallen to 640 ng/mL.')).toEqual(['ferritin=640 ng/mL']);
    expect(labsOf('The CPK three years later was 140 U/L.')).toEqual(['CK=140 U/L']);
  });

  it('reads it after a visit ("at the 6-month review", "at follow-up") and a bracketed time ("(3 weeks):")', () => {
    expect(labsOf('Her CRP at the 6-month review was 4 mg/L.')).toEqual(['CRP=4 mg/L']);
    expect(labsOf('The AST at follow-up was 28 U/L.')).toEqual(['AST=28 U/L']);
    expect(labsOf('Creatine kinase (3 weeks): 455 IU/L')).toEqual(['CK=455 [IU]/L']);
  });

  it('reads it after a counted course of a treatment ("after 4 infusions of IVIG", "at 2 months post-resection")', () => {
    expect(labsOf('The CK after 4 infusions of immunoglobulin was 260 U/L.')).toEqual(['CK=260 U/L']);
    expect(labsOf('CEA at 2 months post-resection was 2.4 ng/mL.')).toEqual(['CEA=2.4 ng/mL']);
  });

  it('never reads a dose written after the treatment as the value', () => {
    // control: "methotrexate 20 mg" is the drug's dose, not the ALT's value
    expect(labsOf('ALT was rechecked after 3 doses of methotrexate 20 mg.')).toEqual([]);
  });
});

describe('an analyte with a value in a condition of a plan', () => {
  it('gives no reading for "once X is below V" or "until X is under V"', () => {
    expect(labsOf('Steroids will be weaned once the CK is below 400 U/L.')).toEqual([]);
    expect(labsOf('Keep giving IVIG until his ferritin is under 500 ng/mL.')).toEqual([]);
  });

  it('still reads a present-tense reading with no condition', () => {
    expect(labsOf('Her CK is 2650 U/L today.')).toEqual(['CK=2650 U/L']);
  });
});

describe('analytes and values written as slash chains of three or more', () => {
  it('gives the unit after the last value to every value, the middle ones too', () => {
    expect(labsOf('AST/ALT/LDH 92/77/540 U/L.')).toEqual(['ALT=77 U/L', 'AST=92 U/L', 'LDH=540 U/L']);
    expect(labsOf('CK/AST/ALT/LDH: 4100/210/150/690 IU/L')).toEqual([
      'ALT=150 [IU]/L',
      'AST=210 [IU]/L',
      'CK=4100 [IU]/L',
      'LDH=690 [IU]/L',
    ]);
  });
});

describe('"dosage" for the assay, right after the analyte', () => {
  it('reads the value after "X dosage was"', () => {
    expect(labsOf('The CPK dosage was 7400 IU/L.')).toEqual(['CK=7400 [IU]/L']);
    expect(labsOf('Serum aldolase dosage: 18 U/L.')).toEqual(['aldolase=18 U/L']);
  });

  it('leaves a drug dosage to the drug', () => {
    expect(labsOf('CK was normal; the methotrexate dosage was 15 mg weekly.')).toEqual(['CK=normal']);
  });
});

describe('units per hundred millilitres', () => {
  it('reads "g/100 mL" and "mg/100 ml" as per decilitre', () => {
    expect(labsOf('Hb 10.6 g/100 mL.')).toEqual(['haemoglobin=10.6 g/dL']);
    expect(labsOf('Serum creatinine 0.7 mg/100ml.')).toEqual(['creatinine=0.7 mg/dL']);
  });
});

describe('an earlier reading written bare after a trend word', () => {
  it('gives it the unit of the reading before it ("down from", "previously", "and later")', () => {
    expect(labsOf('CK 940 U/L (down from 5100).')).toEqual(['CK=5100 U/L', 'CK=940 U/L']);
    expect(labsOf('Her LDH is 330 U/L (previously 720).')).toEqual(['LDH=330 U/L', 'LDH=720 U/L']);
    expect(labsOf('The CRP was 61 mg/L and later 12.')).toEqual(['CRP=12 mg/L', 'CRP=61 mg/L']);
  });

  it('gives no unit to a number a dose word follows', () => {
    // control: "then 10 mg prednisolone" is not a CK in U/L (the bare number was read before; it gets no unit)
    expect(labsOf('CK 2900 U/L, then 10 mg prednisolone.').filter((l) => l.includes('U/L'))).toEqual([
      'CK=2900 U/L',
    ]);
  });
});

describe('further verbs and adverbs between an analyte and its value', () => {
  it('reads "turned out to be", "came out at", "proved to be", "kept rising up to", "continued to climb, to"', () => {
    expect(labsOf('The ferritin turned out to be 4100 ng/mL.')).toEqual(['ferritin=4100 ng/mL']);
    expect(labsOf('His aldolase came out at 21 U/L.')).toEqual(['aldolase=21 U/L']);
    expect(labsOf('The troponin I proved to be 0.9 ng/mL.')).toEqual(['troponin I=0.9 ng/mL']);
    expect(labsOf('The CPK kept rising up to 15200 IU/L.')).toEqual(['CK=15200 [IU]/L']);
    expect(labsOf('Her myoglobin continued to climb, to 5300 ng/mL.')).toEqual(['myoglobin=5300 ng/mL']);
  });

  it('reads "was likewise / similarly elevated (V)"', () => {
    expect(labsOf('The LDH was likewise elevated (655 U/L).')).toEqual(['LDH=655 U/L']);
    expect(labsOf('The AST was similarly raised at 140 U/L.')).toEqual(['AST=140 U/L']);
  });
});

describe('a list of enzymes with one unit after the last value', () => {
  it('gives it to values written in brackets or after "of"', () => {
    expect(labsOf('CK (6100), AST (240) and ALT (190 IU/L) were all raised.')).toEqual([
      'ALT=190 [IU]/L',
      'AST=240 [IU]/L',
      'CK=6100 [IU]/L',
    ]);
    expect(labsOf('He had an LDH of 910, AST of 300 and ALT of 260 U/L.')).toEqual([
      'ALT=260 U/L',
      'AST=300 U/L',
      'LDH=910 U/L',
    ]);
  });

  it('never gives an activity to a value of another kind', () => {
    // control: CRP is no enzyme (its value stays without a unit)
    expect(labsOf('CK (6100), CRP (45 mg/L).')).toEqual(['CK=6100', 'CRP=45 mg/L']);
  });
});

describe('levels that are not this patient’s reading', () => {
  it('gives none for a general statement, a statistic of a series or a limit', () => {
    expect(labsOf('Aldolase levels above 12 U/L are found in active myositis.')).toEqual([]);
    expect(labsOf('Median CK was 2900 U/L.')).toEqual([]);
    expect(labsOf('The mean LDH was 520 U/L.')).toEqual([]);
    expect(labsOf('An AST of 40 U/L is the upper limit of normal.')).toEqual([]);
  });

  it('still reads the patient’s reading in the present tense', () => {
    expect(labsOf('Her aldolase levels are 12 U/L.')).toEqual(['aldolase=12 U/L']);
  });
});

describe('unit spellings of analyser printouts and French reports', () => {
  it('reads "thou/µL" as thousands per microlitre and "mUI/L", "µUI/mL" as international units', () => {
    expect(labsOf('WBC 8.7 thou/uL.')).toEqual(['WBC=8.7 10*3/uL']);
    expect(labsOf('TSH 0,9 mUI/L.')).toEqual(['TSH=0.9 m[IU]/L']);
    expect(labsOf('TSH 2.6 µUI/mL.')).toEqual(['TSH=2.6 u[IU]/mL']);
  });
});
