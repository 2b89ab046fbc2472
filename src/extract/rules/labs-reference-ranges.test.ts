/**
 * Reference ranges and limits beside a lab value: intervals in brackets or square brackets, limits written as a
 * clause, a threshold or a dotted abbreviation, multiples of the upper limit that are no value and no range, a
 * limit for each sex, a reference that names its analyte, row labels that carry a range, a range on the next line,
 * and invalid limits. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';
import {
  caseAfterWeakThighs,
  labLimitsAfterWeakThighs,
  labReadingsAfterWeakThighs,
  labsAfterWeakThighs,
  labsAfterWeakThighsAndArms,
  PROXIMAL_WEAKNESS_OPENING,
  readAfterTitle,
  sortedAntibodiesAfterWeakThighs,
  sortedLabsAfterWeakThighs,
  upperLimitsAfterTitle,
  WEAK_THIGHS_CASE,
} from './__fixtures__/helpers.js';

const labLimitsOf = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text).case.labs.map(
    (l) => `${l.analyte}:${l.value} ${l.unit} uln=${l.upperLimit}`,
  );

const limitsAfterWeakThighs = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text).case.labs.map(
    (l) => `${l.analyte}=${l.value ?? ''}≤${l.upperLimit ?? '?'}`,
  );

const limitLinesAfterWeakThighs = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text).case.labs.map(
    (l) => `${l.analyte}=${l.value} ≤${l.upperLimit ?? '-'}`,
  );

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

describe('a reference closing a series of values', () => {
  /** "analyte value unit ≤ high" for each reading. */
  const labs = (text: string) =>
    readAfterTitle(text).labs.map(
      (l) => `${l.analyte} ${l.value} ${l.unit ?? ''} ≤ ${l.referenceRange?.high ?? '?'}`,
    );
  it('is the range of every value of the series', () => {
    expect(
      labs('Her CK was 310 U/L in March, 960 U/L in May and 5,200 U/L in June (reference range, < 180 U/L).'),
    ).toEqual(['CK 310 U/L ≤ 180', 'CK 960 U/L ≤ 180', 'CK 5200 U/L ≤ 180']);
  });
  it('after a date phrase, of the one value before it', () => {
    expect(labs('CK was 4,100 U/L in July (normal < 190 U/L).')).toEqual(['CK 4100 U/L ≤ 190']);
  });
  it('control: only the values after the last analyte named take it', () => {
    expect(labs('CK 300 U/L, LDH 520 U/L in July (normal < 250 U/L).')).toEqual([
      'CK 300 U/L ≤ ?',
      'LDH 520 U/L ≤ 250',
    ]);
  });
  it('control: a range in another unit is not taken', () => {
    expect(labs('CK was 40 ukat/L in July (normal < 190 U/L).')).toEqual(['CK 40 ukat/L ≤ ?']);
  });
});

describe('a multiple of the upper limit is not a reference range', () => {
  it('", being 2-6 times the upper reference limit" gives no limit of 6', () => {
    expect(upperLimitsAfterTitle('AST was 95 U/L, being 2-6 times the upper reference limit.')).toEqual([
      'AST 95',
    ]);
  });
  it('"being 10-15 and 2-6 times the upper limits" after two values gives neither a limit', () => {
    expect(
      upperLimitsAfterTitle('CK was 2100 U/L and AST 95 U/L, being 10-15 and 2-6 times the upper limits.'),
    ).toEqual(['CK 2100', 'AST 95']);
  });
  it('control: "normal range being 20-200" is a reference range', () => {
    expect(upperLimitsAfterTitle('CK was 4600 U/L, normal range being 20-200.')).toEqual([
      'CK 4600 (ULN 200)',
    ]);
  });
  it('control: a reference range with a power of ten ("4.5–11×10³") is still a range', () => {
    expect(
      upperLimitsAfterTitle('WBC was 12.3×10³ cells/µL (reference range: 4.5–11×10³ cells/µL).'),
    ).toEqual(['WBC 12300 (ULN 11000)']);
  });
});

describe('a reference range between two readings', () => {
  it('a bracketed range closed by a comma is the reading before it', () => {
    const [l] = readAfterTitle(
      'CK was 48.2 µkat/L on the first day (reference 0.5–3.1 µkat/L), later falling to 30 µkat/L.',
    ).labs;
    expect([l?.value, l?.upperLimit]).toEqual([48.2, 3.1]);
  });
  it('control: a range before a value with no reading before it is the value’s', () => {
    const [l] = readAfterTitle('CK (normal range 24-195 U/L), 5000 U/L.').labs;
    expect([l?.value, l?.upperLimit]).toEqual([5000, 195]);
  });
});

describe('an upper limit with its abbreviation in square brackets', () => {
  it('"(upper limit of normal [ULN] 0.03 μg/l)" keeps the limit', () => {
    const c = extractCase(
      PROXIMAL_WEAKNESS_OPENING + 'Troponin T was 0.7 μg/l (upper limit of normal [ULN] 0.03 μg/l).',
    ).case;
    expect(c.labs.map((l) => [l.analyte, l.value, l.upperLimit])).toEqual([['troponin T', 0.7, 0.03]]);
  });
});

describe("the size of a dose, and a range in the value's power of ten", () => {
  it('reads no low ESR from "started on low-dose steroids"', () => {
    // (ESR had been read low)
    expect(labsAfterWeakThighs('She had raised CRP and ESR, and low-dose prednisolone was begun.')).toEqual([
      'CRP: elevated',
      'ESR: elevated',
    ]);
    // control: a low value is still low
    expect(labsAfterWeakThighs('Her ESR was low at 2 mm/h.')).toEqual(['ESR:2 mm/h low']);
  });

  it('scales a bracketed range with the value ("4.6 × 10^3/µL (3.5–10.5 × 10^3/µL)")', () => {
    // (the range's power had given a second value of 3; a bare "(3.5–10.5)" had kept an upper limit of 10.5)
    expect(labLimitsOf('WBC 4.6 × 10^3/µL (3.5–10.5 × 10^3/µL).')).toEqual(['WBC:4600 /uL uln=10500']);
    expect(labLimitsOf('WBC 4.6 × 10^3/µL (3.5–10.5).')).toEqual(['WBC:4600 /uL uln=10500']);
    expect(labLimitsOf('Platelets 162 × 10^9/L (150–400 × 10^9/L).')).toEqual([
      'platelets:162 10*9/L uln=400',
    ]);
    // control: a range written in full is not scaled again
    expect(labLimitsOf('WBC 4.6 × 10^3/µL (3500–10500).')).toEqual(['WBC:4600 /uL uln=10500']);
  });
});

describe('a table row whose label carries the reference range', () => {
  it('reads "CK (24–195 U/L): 4,500" and "Hemoglobin (12–16 g/dL): 10.2" with their limits', () => {
    expect(labLimitsAfterWeakThighs('CK (24–195 U/L): 4,500.')).toEqual(['CK=4500 U/L ≤195']);
    expect(labLimitsAfterWeakThighs('Creatine kinase (CK) (24-195 U/L): 4500.')).toEqual([
      'CK=4500 U/L ≤195',
    ]);
    expect(labLimitsAfterWeakThighs('Hemoglobin (12-16 g/dL): 10.2.')).toEqual(['haemoglobin=10.2 g/dL ≤16']);
  });

  it('leaves a range without a unit, or not closed before a colon, as it was', () => {
    // control: the labelled reference before the value, read before this session
    expect(labLimitsAfterWeakThighs('CK (normal 24-195): 4500 U/L.')).toEqual(['CK=4500 U/L ≤195']);
    expect(labLimitsAfterWeakThighs('CK 4500 U/L (24-195 U/L).')).toEqual(['CK=4500 U/L ≤195']);
  });
});

describe('reference ranges written other ways, and counts of the spinal fluid', () => {
  it('reads "(n.v. 24–195)" without ending the sentence at "n.v.", and full-width brackets', () => {
    expect(limitsAfterWeakThighs('CK was 4,800 U/L (n.v. 24–195).')).toEqual(['CK=4800≤195']);
    expect(limitsAfterWeakThighs('CK 2436 IU/L\uff08normal range 62–287\uff09.')).toEqual(['CK=2436≤287']);
  });

  it('does not read the spinal fluid’s cell counts as blood counts', () => {
    expect(labReadingsAfterWeakThighs('CSF protein was 0.6 g/L and CSF white cell count 12/µL.')).toEqual([
      'CSF protein=0.6 g/L',
    ]);
    expect(labReadingsAfterWeakThighs('In the cerebrospinal fluid there were 88% lymphocytes.')).toEqual([]);
    // control: a blood count in the same sentence as a CSF protein, after its own comma
    expect(labReadingsAfterWeakThighs('CSF protein was 0.6 g/L, and the WBC was 11.2 x10^9/L.')).toContain(
      'WBC=11.2 10*9/L',
    );
  });
});

describe('an invalid reference limit or dose', () => {
  it('drops the limit and keeps the value it belongs to', () => {
    const r = extractCase(WEAK_THIGHS_CASE + 'ESR was 45 mm/h (normal 0-2000 mm/h).');
    expect(r.case.labs.map((l) => [l.analyte, l.value, l.upperLimit])).toEqual([['ESR', 45, undefined]]);
    expect(r.warnings.map((w) => w.code)).toContain('dropped-invalid');
  });
});

describe('a row label that carries an upper limit', () => {
  it('reads "KL-6 (<500 U/mL): 802" and "CK (<200 U/L): 4,500" with the limit, not the limit as the value', () => {
    expect(limitsAfterWeakThighs('KL-6 (<500 U/mL): 802.')).toEqual(['KL-6=802≤500']);
    expect(limitsAfterWeakThighs('CK (<200 U/L): 4,500.')).toEqual(['CK=4500≤200']);
  });
});

describe('a reference range on the next line, and the points of a score', () => {
  it('reads "AST was 597\\n(< 35) IU/L" as one AST with its limit', () => {
    expect(limitsAfterWeakThighs('Her AST was 597\n(< 35) IU/L and ALT was 420 (< 40) IU/L.')).toEqual([
      'AST=597≤35',
      'ALT=420≤40',
    ]);
  });

  it('reads no value from the points of a score, "an elevated serum IgG level (+3)"', () => {
    expect(labReadingsAfterWeakThighs('She had an elevated serum IgG level (+3).')).toEqual([
      'IgG= elevated',
    ]);
  });
});

describe('a troponin limit below one, and index levels in a comma list', () => {
  it('reads "(reference < 0.014 ng/mL)" as 0.014, not 14', () => {
    expect(limitsAfterWeakThighs('Troponin T was 0.45 ng/mL (reference < 0.014 ng/mL).')).toEqual([
      'troponin T=0.45≤0.014',
    ]);
  });

  it('gives each antibody of "Anti-MDA5 Ab 150 index (<32), anti-TIF1-γ Ab 3 index (<32)" its own result', () => {
    expect(
      sortedAntibodiesAfterWeakThighs('Anti-MDA5 Ab 150 index (<32), anti-TIF1-γ Ab 3 index (<32).'),
    ).toEqual(['MDA5=positive', 'TIF1-gamma=negative']);
  });
});

describe('an upper limit written "(normal N)"', () => {
  it('reads a bare "normal" and one number filling the bracket as the upper limit', () => {
    expect(limitLinesAfterWeakThighs('CK was 3,560 IU/L (normal 180).')).toEqual(['CK=3560 ≤180']);
    expect(limitLinesAfterWeakThighs('AST was 900 IU/L (normal: 30 IU/L).')).toEqual(['AST=900 ≤30']);
  });

  it('leaves a bare "normal" above a low value unread, and ranges as they were', () => {
    // controls: "potassium 2.1 (normal 3.5)" names the lower limit, if any; a range keeps its upper end
    expect(limitLinesAfterWeakThighs('Potassium was 2.1 mmol/L (normal 3.5).')).toEqual(['potassium=2.1 ≤-']);
    expect(limitLinesAfterWeakThighs('Albumin was 2.1 g/dL (normal 3.5-5).')).toEqual(['albumin=2.1 ≤5']);
  });
});

describe("an assay's method in brackets, and a reference limit in a sentence", () => {
  it('passes over the method between the analyte and its value', () => {
    expect(sortedLabsAfterWeakThighs('CRP (high-sensitivity) 0.8 mg/L.')).toEqual(['CRP=0.8 mg/L']);
    expect(sortedLabsAfterWeakThighs('CK (37 °C) 8240 U/L.')).toEqual(['CK=8240 U/L']);
    expect(sortedLabsAfterWeakThighs('ESR (Westergren) 42 mm/h.')).toEqual(['ESR=42 mm/h']);
    // control: a bare "high" in brackets is the reading
    expect(caseAfterWeakThighs('CRP (high) 40 mg/L.').labs[0]?.interpretation).toBe('elevated');
  });

  it('reads "(normal levels are below 35 U/mL)" as the upper limit, not a second value', () => {
    const labs = caseAfterWeakThighs('CA-125 was 412 U/mL (normal levels are below 35 U/mL).').labs;
    expect(labs.map((l) => [l.analyte, l.value, l.upperLimit])).toEqual([['CA-125', 412, 35]]);
  });
});

describe('a level at one end of the reference interval', () => {
  it('reads "at the low / high end of (the) normal (range)" and "in the high-normal range" as normal', () => {
    expect(labsAfterWeakThighsAndArms('On the second day his urea sat at the low end of normal.')).toEqual([
      'urea=normal',
    ]);
    expect(
      labsAfterWeakThighsAndArms('His sodium lay at the high end of the normal range on that day.'),
    ).toEqual(['sodium=normal']);
    expect(
      labsAfterWeakThighsAndArms('Serum calcium was in the high-normal range after the infusion.'),
    ).toEqual(['calcium=normal']);
    expect(
      labsAfterWeakThighsAndArms('Platelets were at the upper end of normal while his ferritin was high.'),
    ).toEqual(['ferritin=elevated', 'platelets=normal']);
  });

  it('keeps a level beyond that end, and a plain low or high level', () => {
    // controls
    expect(
      labsAfterWeakThighsAndArms('His albumin had fallen below the low end of the normal range.'),
    ).toEqual(['albumin=low']);
    expect(
      labsAfterWeakThighsAndArms('His creatinine was just above the high end of the normal range.'),
    ).toEqual(['creatinine=elevated']);
    expect(labsAfterWeakThighsAndArms('His urea was low and his sodium was high.')).toEqual([
      'sodium=elevated',
      'urea=low',
    ]);
  });
});

describe('a reference in brackets after a table row’s column gap', () => {
  const row = (line: string) =>
    labsAfterWeakThighsAndArms(
      `\n\nResults on admission\n${line}\nPlatelets            250 x10^9/L\n`,
    ).filter((l) => !l.startsWith('platelets'));

  it('reads the upper limit across the gap, as it does right after the unit', () => {
    expect(row('Aldolase             14 U/L          (upper limit of normal 8)')).toEqual([
      'aldolase=14 U/L <8',
    ]);
    expect(row('LDH                  610 U/L           (upper limit 245)')).toEqual(['LDH=610 U/L <245']);
    // control: the same bracket right after the unit
    expect(row('Aldolase 14 U/L (upper limit of normal 8)')).toEqual(['aldolase=14 U/L <8']);
  });

  it('keeps a bracket after the gap that is no reference', () => {
    // control: a time in brackets is no limit
    expect(row('Aldolase             14 U/L          (day 3)')).toEqual(['aldolase=14 U/L']);
  });
});

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
