/**
 * Reference ranges, upper limits and comparators written beside a lab value, from the session 41 construction grid
 * (templates written from knowledge, crossed with the muscle enzymes and common labs): each construction the grid
 * found misread, in sentences of its own, with the near controls that must keep their reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const OPEN = 'A 57-year-old woman presented with weak hips and a violaceous rash of the eyelids.\n';
/** Each lab as "analyte=value unit", with its comparator, " <UL" and " >LL" when read; sorted. */
const read = (text: string) =>
  extractCase(OPEN + text)
    .case.labs.map(
      (l) =>
        `${l.analyte}=${l.comparator ?? ''}${String(l.value ?? l.interpretation)}${l.unit ? ' ' + l.unit : ''}` +
        (l.upperLimit !== undefined ? ' <' + String(l.upperLimit) : '') +
        (l.referenceRange?.low !== undefined ? ' >' + String(l.referenceRange.low) : ''),
    )
    .sort();

describe('a reference interval in square brackets right after the value', () => {
  it('reads it with a unit inside, with numbers no citation has, or with the unit after the bracket', () => {
    expect(read('Creatine kinase 6120 U/L [24–195 U/L].')).toEqual(['CK=6120 U/L <195 >24']);
    expect(read('Her LDH was 744 U/L [135–225].')).toEqual(['LDH=744 U/L <225 >135']);
    expect(read('TSH 7.3 mIU/L [0.4–4.0].')).toEqual(['TSH=7.3 m[IU]/L <4 >0.4']);
    expect(read('CK 5230 [30-200] U/L.')).toEqual(['CK=5230 U/L <200 >30']);
  });
  it('leaves a citation-shaped bracket alone and keeps the value (controls)', () => {
    expect(read('Case report\n\nHer CK was 5230 U/L [12–14].')).toEqual(['CK=5230 U/L']);
    expect(read('Case report\n\nHer CK was 5230 U/L [101–104].')).toEqual(['CK=5230 U/L']);
  });
});

describe('upper limits written as a clause, a threshold or a dotted abbreviation', () => {
  it('reads ", with an upper limit of normal of", "(threshold …)" and "(N.V.: …)"', () => {
    expect(read('ALT was 133 U/L, with an upper limit of normal of 41 U/L.')).toEqual(['ALT=133 U/L <41']);
    expect(read('KL-6 was 1380 U/mL (threshold 500 U/mL).')).toEqual(['KL-6=1380 U/mL <500']);
    expect(read('Creatine kinase: 3870 U/L (N.V.: 24-195).')).toEqual(['CK=3870 U/L <195 >24']);
  });
  it('gives no limit from a companion test after "with" (control)', () => {
    expect(read('CK was 3870 U/L, with an AST of 212 U/L.')).toEqual(['AST=212 U/L', 'CK=3870 U/L']);
  });
});

describe('a multiple of the upper limit is no value', () => {
  it('reads no value from a count glued to "xULN" or "xN"', () => {
    expect(read('Creatine kinase 10xULN.')).toEqual([]);
    expect(read('AST 3xN on admission.')).toEqual([]);
  });
  it('keeps a count written with a power of ten (control)', () => {
    expect(read('WBC 10x10^9/L.')).toEqual(['WBC=10 10*9/L']);
  });
  it('reads the value after a fold ("elevated 20-fold (…)", "rose fourfold to …")', () => {
    expect(read('CK was elevated 20-fold (3920 U/L).')).toEqual(['CK=3920 U/L']);
    expect(read('AST rose fourfold to 164 U/L.')).toEqual(['AST=164 U/L']);
  });
  it('reads no value from a fold alone (control)', () => {
    expect(read('CK was elevated 20-fold.')).toEqual(['CK=elevated']);
  });
});

describe('a dose in brackets between the analyte and its value', () => {
  it('passes the dose and reads the value', () => {
    expect(read('Serum aldolase (on prednisone 60 mg) was 17.2 U/L.')).toEqual(['aldolase=17.2 U/L']);
    expect(read('LDH (on prednisone 40 mg daily) was 702 U/L.')).toEqual(['LDH=702 U/L']);
  });
});

describe('the limits of a list of values in one bracket', () => {
  it('gives each value its limit, in order', () => {
    expect(
      read('CK and aldolase were 3870 U/L and 16.4 U/L (normal < 195 and < 7.6), respectively.'),
    ).toEqual(['CK=3870 U/L <195', 'aldolase=16.4 U/L <7.6']);
    expect(
      read(
        'CK, LDH and aldolase were 3870, 702 and 16.4 U/L (normal 24–195, 135–225 and < 7.6 U/L, respectively).',
      ),
    ).toEqual(['CK=3870 U/L <195 >24', 'LDH=702 U/L <225 >135', 'aldolase=16.4 U/L <7.6']);
  });
  it('keeps the first limit when the list restates it in another unit, and pairs limits in mixed units', () => {
    expect(read('CK 67 µkat/L (normal < 3.2 µkat/L, < 190 U/L).')).toEqual(['CK=67 ukat/L <3.2']);
    expect(
      read('CK and CRP were 3870 U/L and 41 mg/L (normal < 195 U/L and < 5 mg/L, respectively).'),
    ).toEqual(['CK=3870 U/L <195', 'CRP=41 mg/L <5']);
  });
  it('reads no limit as a value, and gives none when the counts differ (control)', () => {
    expect(
      read('CK and aldolase were 3870 U/L and 16.4 U/L (normal < 195, < 7.6 and < 225), respectively.'),
    ).toEqual(['CK=3870 U/L', 'aldolase=16.4 U/L']);
  });
});

describe("a limit for each sex is no limit of this patient's", () => {
  it('reads the value and no limit', () => {
    expect(read('CK 3870 U/L (normal: men < 190, women < 170).')).toEqual(['CK=3870 U/L']);
    expect(read('CK 3870 U/L (normal < 190 for men, < 170 for women).')).toEqual(['CK=3870 U/L']);
    expect(read('CK was 3870 U/L (normal: 24–195 U/L in women, 39–308 U/L in men).')).toEqual([
      'CK=3870 U/L',
    ]);
  });
  it('keeps a single limit stated for one sex (control)', () => {
    expect(read('CK 3870 U/L (normal < 170 for women).')).toEqual(['CK=3870 U/L <170']);
  });
});

describe('a reference bracket that names its analyte', () => {
  it("reads the limit as the value's own, never as a second value", () => {
    expect(read('CK was 3870 U/L (normal values: CK < 195 U/L).')).toEqual(['CK=3870 U/L <195']);
    expect(read('CK was 3870 U/L (reference: CK 24–195 U/L).')).toEqual(['CK=3870 U/L <195 >24']);
  });
  it('gives no limit named for another analyte, and reads no value from it (control)', () => {
    expect(read('CK was 3870 U/L (normal values: aldolase < 7.6 U/L).')).toEqual(['CK=3870 U/L']);
  });
});

describe('a reference stated for the analyte, with no reading', () => {
  it('reads nothing from "ULN for X = …" or "Normal X values range from …"', () => {
    expect(read('ULN for ALT = 41 U/L.')).toEqual([]);
    expect(read('Normal CK values range from 24 to 195 U/L in the general population.')).toEqual([]);
    expect(read('Normal values of aldolase range from 1.0 to 7.6 U/L.')).toEqual([]);
  });
  it("keeps the patient's own normal values and an upper limit after a value (controls)", () => {
    expect(read('She had normal CK values.')).toEqual(['CK=normal']);
    expect(read('ALT 133 U/L (ULN 41).')).toEqual(['ALT=133 U/L <41']);
  });
});

describe('a bracketed "greater than" after a value above it', () => {
  it('is the upper limit of an analyte read high only', () => {
    expect(read('CK was 1450 U/L (>140).')).toEqual(['CK=1450 U/L <140']);
    expect(read('Troponin I 2.3 ng/mL (>0.04).')).toEqual(['troponin I=2.3 ng/mL <0.04']);
  });
  it('is no limit below the value, for an analyte read both ways, or for a multiple (controls)', () => {
    expect(read('CK was 120 U/L (>140).')).toEqual(['CK=120 U/L']);
    expect(read('TSH 8.9 mIU/L (>4.0).')).toEqual(['TSH=8.9 m[IU]/L']);
    expect(read('CK 1450 (>10 times).')).toEqual(['CK=1450']);
  });
});
