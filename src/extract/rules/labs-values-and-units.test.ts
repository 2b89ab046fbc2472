/**
 * Lab values and units: verbs that link a value to its analyte, values under a urine label, units and powers of ten
 * written other ways, thousands separators, values written before their analytes, later readings after a time
 * phrase, doses, and values of other body fluids. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labs, read } from '../__fixtures__/read-case.js';
import { onsetMonthsBeforePresentation } from '../../eval/score.js';
import { extractCase } from '../extract.js';
import {
  antibodiesAfterWeakThighs,
  CASE_HEADING,
  labLimitsAfterWeakThighs,
  labReadingsAfterProximalWeakness,
  labReadingsAfterWeakThighs,
  labsAfterProximalWeakness,
  labsAfterTitle,
  labsAfterWeakThighs,
  PROXIMAL_WEAKNESS_OPENING,
  readAfterTitle,
  sortedLabsAfterWeakThighs,
  WEAK_THIGHS_CASE,
} from './__fixtures__/helpers.js';

/** Each lab as "analyte value unit". */
const labsWithoutComparatorAfterTitle = (text: string) =>
  readAfterTitle(text).labs.map((l) => `${l.analyte} ${l.value ?? ''} ${l.unit ?? ''}`.trim());

describe('fifteenth round: labs', () => {
  it('reads a value that was "checked and found to be", and a later peak after a change', () => {
    expect(labs('Her CPK was checked and found to be 4,210 U/L.')).toEqual(['CK 4210']);
    expect(
      labs(
        'CK was 1,540 U/L on arrival. Despite fluids, her CK continued to increase, peaking at 9,870 U/L.',
      ),
    ).toEqual(['CK 1540', 'CK 9870']);
  });
});

describe('fifteenth round: values under a urine label', () => {
  it('reads a count under "Urine:" as the urine test, and drops a value with no urine test of its name', () => {
    expect(
      labs('Urine: density 1015; leucocytes 40/µL; erythrocytes > 200. Ions in urine: Na 64; K 31.'),
    ).toEqual(['urine WBC 40']);
    // the blood count of another line keeps its name
    expect(labs('Blood count: leucocytes 11.2 × 10^9/L.\nUrine: leucocytes 40/µL.')).toEqual([
      'WBC 11.2',
      'urine WBC 40',
    ]);
  });
});

describe('seventeenth round: labs', () => {
  it('reads a value after "max."', () => {
    expect(labs('She developed myositis [creatine kinase (CK) max. 4210 U/L].')).toEqual(['CK 4210']);
  });

  it('reads "five-folds its normal value" as a raised level', () => {
    expect(labs('Her CK rose to five-folds its normal value.')).toEqual(['CK elevated']);
  });
});

describe('session 19: units', () => {
  it('reads "k/µl" as thousands per microlitre', () => {
    expect(read('Her WBC was 11.5 k/µl.').labs.map((l) => [l.analyte, l.value, l.unit])).toEqual([
      ['WBC', 11.5, '10*3/uL'],
    ]);
  });
});

describe('labs: doses, references, glosses and urine tests', () => {
  /** "analyte value unit" or "analyte interpretation" for each reading. */
  const labs = (text: string) =>
    readAfterTitle(text).labs.map(
      (l) => `${l.analyte} ${l.value ?? l.interpretation}${l.unit ? ` ${l.unit}` : ''}`,
    );
  it('"thyroxine 125 mcg" with no volume is a dose, not a T4 level', () => {
    expect(labs('He was maintained on thyroxine 125 mcg for an underactive thyroid.')).toEqual([]);
  });
  it('control: a T4 level per volume is read', () => {
    expect(labs('Total T4 was 6 mcg/dL.')).toEqual(['T4 6 ug/dL']);
  });
  it('the word of a reference in brackets is not the result', () => {
    expect(labs('Urine blood was large (reference range, negative).')).toEqual([]);
  });
  it('control: a reference bracket is passed over on the way to the result', () => {
    expect(labs('CK, LDH and AST (normal values) were elevated.')).toEqual([
      'CK elevated',
      'LDH elevated',
      'AST elevated',
    ]);
  });
  it('"(normal = 85 ng/mL)" is a reference, not a second value', () => {
    expect(labs('Myoglobin was 620 ng/mL (normal = 85 ng/mL).')).toEqual(['myoglobin 620 ng/mL']);
  });
  it('an abbreviation in brackets after the name glosses it', () => {
    expect(labs('Creatinine (Cr) was 2.4 mg/dL.')).toEqual(['creatinine 2.4 mg/dL']);
  });
  it('"that peaked at", "drawn at that time was"', () => {
    expect(labs('She had a rise in CK that peaked at 18,300 IU/L.')).toEqual(['CK 18300 [IU]/L']);
    expect(labs('CK drawn at that time was 640 U/L.')).toEqual(['CK 640 U/L']);
  });
  it('units with the prefix spelled out or a negative exponent', () => {
    expect(labs('Serum creatinine was 210 micromol/L.')).toEqual(['creatinine 210 umol/L']);
    expect(labs('Serum creatinine was 1.4 mg·dL−1.')).toEqual(['creatinine 1.4 mg/dL']);
  });
  it('a urinalysis positive for myoglobin and negative for white cells: the urine’s tests', () => {
    expect(labs('Repeat urinalysis was positive for myoglobin and negative for white blood cells.')).toEqual([
      'urine myoglobin elevated',
      'urine WBC normal',
    ]);
  });
  it('control: a blood count in a clause of its own after the urinalysis is the blood’s', () => {
    expect(labs('Urinalysis was normal and the WBC was 14 x10^9/L.')).toEqual(['WBC 14 10*9/L']);
  });
  it('control: a list that starts with the urinalysis keeps its serum test', () => {
    expect(labs('Urinalysis, hepatitis serology and serum ferritin were unremarkable.')).toEqual([
      'ferritin normal',
    ]);
  });
  it('a denial does not reach a clause with a subject of its own', () => {
    expect(labs('She was negative for ANA and the CK was raised.')).toEqual(['CK elevated']);
  });
});

describe('labs noticed in session 22', () => {
  it('"erythrocyte sedimentation" without "rate" is the ESR', () => {
    expect(labsWithoutComparatorAfterTitle('Erythrocyte sedimentation 42 mm/h, CRP 18 mg/L.')).toEqual([
      'ESR 42 mm/h',
      'CRP 18 mg/L',
    ]);
  });
  it('the last value of a series after "and finally" / "and eventually" is kept', () => {
    expect(
      labsWithoutComparatorAfterTitle('Her CK fell from 6200 U/L to 1900 U/L and finally 240 U/L.'),
    ).toEqual(['CK 6200 U/L', 'CK 1900 U/L', 'CK 240 U/L']);
    expect(
      labsWithoutComparatorAfterTitle(
        'Creatine kinase went from 3100 U/L to 950 U/L and eventually 180 U/L.',
      ),
    ).toEqual(['CK 3100 U/L', 'CK 950 U/L', 'CK 180 U/L']);
  });
  it('control: "finally" before a value of another analyte does not give it to the first', () => {
    expect(labsWithoutComparatorAfterTitle('CK was 2300 U/L and finally the LDH was 410 U/L.')).toEqual([
      'CK 2300 U/L',
      'LDH 410 U/L',
    ]);
  });
});

describe('units', () => {
  it('"percent" spelled out', () => {
    expect(labsAfterTitle('Haematocrit: 33 percent.')).toEqual(['haematocrit 33 %']);
  });
});

describe('labs: hyphens, genes, a value in the next sentence', () => {
  it('a range written with a non-breaking hyphen keeps its upper limit', () => {
    const [ck] = readAfterTitle('CK 1,299 U/l (normal 25\u2011200 U/l).').labs;
    expect(ck).toMatchObject({ analyte: 'CK', value: 1299, upperLimit: 200 });
  });
  it('an analyte named as a gene is a genetic test, no level', () => {
    expect(labsAfterTitle('Acid alpha-glucosidase genetic testing was normal.')).toEqual([]);
  });
  it('"… creatine kinase. The level was 7087 (…)": the number is the analyte’s named just before', () => {
    expect(labsAfterTitle('Her creatine kinase was raised. The level was 7087 U/L.')).toContain(
      'CK 7087 U/L',
    );
  });
  it('control: two analytes before leave "it" unplaced', () => {
    expect(labsAfterTitle('Her CK and LDH were raised. It was 7087 U/L.')).toEqual(['CK', 'LDH']);
  });
});

describe('laboratory values in more of the wordings of published reports', () => {
  it('"spiked to" and "plummeted to" link a value to its analyte like "rose to"', () => {
    expect(labsAfterProximalWeakness('On day two the total CK spiked to 8,310 U/L.')).toContain(
      'CK 8310 U/L',
    );
    expect(labsAfterProximalWeakness('After steroids the CK plummeted to 410 U/L.')).toContain('CK 410 U/L');
  });

  it('reads "k/mm3" as thousands per cubic millimetre and "cells/uL" with a Latin u as per microlitre', () => {
    expect(labsAfterProximalWeakness('Leukocytes 14.2 k/mm3, platelets 388 k/mm3.')).toEqual([
      'WBC 14.2 10*3/mm3',
      'platelets 388 10*3/mm3',
    ]);
    expect(labsAfterProximalWeakness('The lymphocyte count was 640 cells/uL.')).toContain(
      'lymphocytes 640 /uL',
    );
  });
});

describe('more laboratory wordings from the second wave (neighbouring diseases)', () => {
  it('a multiple of the upper limit before "at <value>" keeps the value', () => {
    expect(labsAfterProximalWeakness('The CK was ten times the upper limit of normal at 2,400 U/L.')).toEqual(
      ['CK 2400 U/L'],
    );
    expect(labsAfterProximalWeakness('ACE was nearly twice the upper limit of normal at 131 U/L.')).toEqual([
      'ACE 131 U/L',
    ]);
    // control: "at" a time is no value
    expect(labsAfterProximalWeakness('The CK was ten times the upper limit of normal at admission.')).toEqual(
      ['CK  '],
    );
  });

  it('"CA-125 assay level, 88 U/mL": the assay between the analyte and its value', () => {
    expect(labsAfterProximalWeakness('Her CA-125 assay level, 88 U/mL, was raised.')).toEqual([
      'CA-125 88 U/mL',
    ]);
  });

  it('reads "phosphorous" as the phosphate and "microU/ml" as micro-international units', () => {
    expect(labsAfterProximalWeakness('Phosphorous was 2.2 mg/dL.')).toEqual(['phosphate 2.2 mg/dL']);
    expect(labsAfterProximalWeakness('TSH was 41.5 microU/ml.')).toEqual(['TSH 41.5 u[IU]/mL']);
  });
});

describe('blood counts in British print', () => {
  it('reads the UK "-paenia" as the US "-penia"', () => {
    expect(labsAfterProximalWeakness('She had lymphopaenia and thrombocytopaenia.')).toEqual([
      'lymphocytes  ',
      'platelets  ',
    ]);
    const c = extractCase(PROXIMAL_WEAKNESS_OPENING + 'Neutropaenia was noted.').case;
    expect(c.labs.map((l) => `${l.analyte} ${l.interpretation}`)).toEqual(['neutrophils low']);
  });

  it('reads "173·109/l" as 173 × 10^9/L, the superscript lost after a multiplication dot', () => {
    expect(labsAfterProximalWeakness('Platelets 173·109/l, white cells 3.7·109/l.')).toEqual([
      'platelets 173 10*9/L',
      'WBC 3.7 10*9/L',
    ]);
    // control: the raised decimal point
    expect(labsAfterProximalWeakness('CRP was 2·3 mg/L.')).toEqual(['CRP 2.3 mg/L']);
  });
});

describe('a urinalysis clause ends where a clause of blood tests begins, in any tense', () => {
  it('"Urinalysis is unremarkable, and blood tests show CK 3000 U/L" keeps the blood values', () => {
    expect(
      labsAfterProximalWeakness(
        'Urinalysis is unremarkable, and blood tests show CK 3000 U/L and ALT 90 U/L.',
      ),
    ).toEqual(['CK 3000 U/L', 'ALT 90 U/L']);
  });
});

describe('a symbol in brackets between an analyte and its value', () => {
  it('"Potassium (K+) 1.6 mmol/L" keeps the value', () => {
    expect(labsAfterProximalWeakness('Potassium (K+) 1.6 mmol/L, sodium (Na) 131 mmol/L.')).toEqual([
      'potassium 1.6 mmol/L',
      'sodium 131 mmol/L',
    ]);
  });
});

describe('more laboratory and onset wordings of the third wave', () => {
  it('reads a value in brackets after "hyperbilirubinaemia", as after "hypercalcaemia"', () => {
    expect(labReadingsAfterProximalWeakness('She had hyperbilirubinaemia (41 µmol/L).')).toEqual([
      'bilirubin 41elevated',
    ]);
  });

  it('groups thousands with a full stop before "IU" without the litre, as before "IU/L"', () => {
    // ("greater than 25.000 IU" had been read as 25)
    expect(labReadingsAfterProximalWeakness('CK was greater than 25.000 IU.')).toEqual(['CK 25000']);
  });

  it('reads "/mmc" as per cubic millimetre', () => {
    expect(
      extractCase(PROXIMAL_WEAKNESS_OPENING + 'Leukocytes 12,000/mmc.').case.labs.map((l) => l.unit),
    ).toEqual(['/mm3']);
  });

  it('dates the onset "three days before emergency admission"', () => {
    const onset = (t: string) => onsetMonthsBeforePresentation(extractCase(CASE_HEADING + t).case);
    expect(
      onset('Three days before emergency admission, a 50-year-old man had fever and myalgia.'),
    ).toBeCloseTo(3 / 30.4375, 3);
    expect(onset('Two weeks before hospital admission, he developed proximal weakness.')).toBeCloseTo(
      14 / 30.4375,
      3,
    );
  });
});

describe('the power of ten of a unit in a row label', () => {
  it('is no value ("WBC (×109/L) 12.3", "WBC (×10^9/L) 12.3")', () => {
    // (read as a WBC of 109, and as two WBC values of 10 and 12.3)
    const units = (t: string) =>
      extractCase(PROXIMAL_WEAKNESS_OPENING + t).case.labs.map((l) => `${l.analyte} ${l.value} ${l.unit}`);
    expect(units('WBC (×109/L) 12.3, Hb (g/L) 98.')).toEqual(['WBC 12.3 10*9/L', 'haemoglobin 98 g/L']);
    expect(units('WBC (×10^9/L) 12.3.')).toEqual(['WBC 12.3 10*9/L']);
    // control: the unit after the value
    expect(units('Platelets 250 (×10^9/L).')).toEqual(['platelets 250 10*9/L']);
  });
});

describe('a time phrase between a lab and its value', () => {
  it('reads the value after "on arrival", "the next day", "in the emergency department", "on two occasions"', () => {
    // (each value had been lost)
    for (const [text, want] of [
      ['Her CK on arrival was 6,100 U/L.', ['CK:6100 U/L']],
      ['Her CK upon arrival was 6,100 U/L.', ['CK:6100 U/L']],
      ['Her CK the following day was 8,800 U/L.', ['CK:8800 U/L']],
      ['Her CK in the emergency department was 6,100 U/L.', ['CK:6100 U/L']],
      ['Her CK overnight rose to 8,800 U/L.', ['CK:8800 U/L']],
      ['CK levels on two occasions were 512 U/L and 730 U/L, respectively.', ['CK:512 U/L', 'CK:730 U/L']],
    ] as const)
      expect(labsAfterWeakThighs(text)).toEqual(want);
  });

  it('still reads nothing from a time phrase without a value', () => {
    // control
    expect(labsAfterWeakThighs('Her CK on arrival was not measured.')).toEqual([]);
  });
});

describe("a day's excretion in the urine", () => {
  it('reads "24-h urine calcium was 12 mmol/day" and "urinary free cortisol 850 µg/24 h" as urine tests with units', () => {
    // (both had been read as the serum's, without a unit)
    expect(labsAfterWeakThighs('24-h urine calcium was 12 mmol/day.')).toEqual(['urine calcium:12 mmol/d']);
    expect(labsAfterWeakThighs('Urinary free cortisol was 850 ug/24 h.')).toEqual([
      'urine cortisol:850 ug/(24.h)',
    ]);
    expect(labsAfterWeakThighs('Proteinuria was 3.5 g/24 h.')).toEqual([
      'urine protein:3.5 g/(24.h) elevated',
    ]);
    // control: the serum's
    expect(labsAfterWeakThighs('Serum calcium was 2.9 mmol/L.')).toEqual(['calcium:2.9 mmol/L']);
  });
});

describe('a locant of a chemical name is no value', () => {
  it('"CK and 3-hydroxy-3-methylglutaryl-CoA reductase antibodies were normal" gives no CK of 3', () => {
    const text =
      'Her ESR was high; CK and 3-hydroxy-3-methylglutaryl-CoA reductase antibodies were both normal.';
    expect(labLimitsAfterWeakThighs(text)).toEqual(['ESR=', 'CK=']);
    expect(extractCase(WEAK_THIGHS_CASE + text).case.labs.map((l) => l.interpretation)).toEqual([
      'elevated',
      'normal',
    ]);
    expect(antibodiesAfterWeakThighs(text)).toEqual(['HMGCR=negative']);
  });
});

describe('a later reading of one analyte after a time phrase', () => {
  it('reads both values of "CK was 150 U/L before vaccination and 9,800 U/L on admission"', () => {
    expect(labLimitsAfterWeakThighs('CK was 150 U/L before vaccination and 9,800 U/L on admission.')).toEqual(
      ['CK=150 U/L', 'CK=9800 U/L'],
    );
    expect(
      labLimitsAfterWeakThighs(
        'CK increased to 817 U/L after the second course and to 5,120 U/L after the third course.',
      ),
    ).toEqual(['CK=817 U/L', 'CK=5120 U/L']);
  });

  it('gives no other analyte’s number or a dose to the analyte', () => {
    expect(
      labLimitsAfterWeakThighs(
        'CK was 300 U/L after the first cycle and 12 mg/dL of prednisolone was given.',
      ),
    ).toEqual(['CK=300 U/L']);
    expect(labLimitsAfterWeakThighs('CK was 300 U/L after treatment and her LDH 500 U/L.')).toEqual([
      'CK=300 U/L',
      'LDH=500 U/L',
    ]);
  });
});

describe('a later reading after "at the first visit"', () => {
  it('keeps both values of "CK was 2,436 U/l at the first visit and rose to 9,083 U/l two weeks later"', () => {
    expect(
      labLimitsAfterWeakThighs(
        'Creatine kinase was 2,436 U/l at the first visit and rose to 9,083 U/l two weeks later.',
      ),
    ).toEqual(['CK=2436 U/L', 'CK=9083 U/L']);
  });

  it('takes no number in another unit after such a phrase (a dose)', () => {
    expect(
      labLimitsAfterWeakThighs('CK was 300 U/L in our clinic and 12 mg of prednisolone was given.'),
    ).toEqual(['CK=300 U/L']);
  });
});

describe('readings at a relapse, and a troponin to three decimals', () => {
  it('"Serum ferritin on admission and at relapse was 1600 and 770 ng/mL, respectively" gives both', () => {
    expect(
      labLimitsAfterWeakThighs(
        'Serum ferritin on admission and at relapse was 1600 and 770 ng/mL, respectively.',
      ),
    ).toEqual(['ferritin=1600 ng/mL', 'ferritin=770 ng/mL']);
  });

  it('"Troponin T was 1.060 ng/mL" is a troponin of 1.06 ng/mL, not an ambiguous number dropped', () => {
    expect(labLimitsAfterWeakThighs('Troponin T was 1.060 ng/mL.')).toEqual(['troponin T=1.06 ng/mL']);
    expect(labLimitsAfterWeakThighs('Troponin I was 2.340 ng/mL (normal <0.04).')).toEqual([
      'troponin I=2.34 ng/mL ≤0.04',
    ]);
  });

  it('leaves a number that reads two ways ambiguous where no rule settles it', () => {
    expect(labLimitsAfterWeakThighs('Ferritin was 2.345 ng/mL.')).toEqual([]);
  });
});

describe('a fall "reduced to" a value', () => {
  it('"CPK levels were reduced to less than 700 IU/L" is a reading of < 700, not a low CK', () => {
    expect(labLimitsAfterWeakThighs('CPK levels were reduced to less than 700 IU/L.')).toEqual([
      'CK=700 [IU]/L',
    ]);
    expect(
      extractCase(WEAK_THIGHS_CASE + 'CPK levels were reduced to less than 700 IU/L.').case.labs[0]
        ?.comparator,
    ).toBe('<');
    expect(labLimitsAfterWeakThighs('Her platelet count was reduced to 40 × 10^9/L.')).toEqual([
      'platelets=40 10*9/L',
    ]);
  });

  it('keeps "reduced" alone a low value, and "reduced by" the size of a fall', () => {
    expect(
      extractCase(WEAK_THIGHS_CASE + 'C3 was reduced (0.5 g/L).').case.labs.map((l) => l.interpretation),
    ).toEqual(['low']);
    expect(labLimitsAfterWeakThighs('CA 15-3 was reduced by roughly half.')).toEqual([]);
  });
});

describe('values of a list written with a thousands comma', () => {
  it('keeps "1,040, 658" two values: a comma group is not followed by a stray-space one', () => {
    expect(
      labReadingsAfterWeakThighs(
        'Aldolase, KL-6 and LDH were all raised (12.0, 1,180, 704 U/L, respectively).',
      ),
    ).toEqual(['aldolase=12 U/L elevated', 'KL-6=1180 U/L elevated', 'LDH=704 U/L elevated']);
  });

  it('still reads a stray space after a lone comma group before a unit ("1, 040 U/L")', () => {
    expect(labReadingsAfterWeakThighs('CK was 1, 040 U/L.')).toEqual(['CK=1040 U/L']);
  });
});

describe('values written before their analytes, one after another', () => {
  it('gives each value written "N U/L of X" to the analyte after it, not to the one before', () => {
    expect(sortedLabsAfterWeakThighs('Blood tests showed 4,820 IU/L of CK and 310 U/L of AST.')).toEqual([
      'AST=310 U/L',
      'CK=4820 [IU]/L',
    ]);
    expect(
      sortedLabsAfterWeakThighs('She had 5,100 U/L of creatine kinase, 240 U/L of AST and 610 U/L of LDH.'),
    ).toEqual(['AST=240 U/L', 'CK=5100 U/L', 'LDH=610 U/L']);
    expect(sortedLabsAfterWeakThighs('The panel gave 3900 U/L CK and 275 U/L AST.')).toEqual([
      'AST=275 U/L',
      'CK=3900 U/L',
    ]);
  });

  it('leaves values written after their analytes to them', () => {
    // controls: the usual order, in prose and in a terse list without commas
    expect(sortedLabsAfterWeakThighs('Labs revealed a CK of 3900 U/L and an AST of 275 U/L.')).toEqual([
      'AST=275 U/L',
      'CK=3900 U/L',
    ]);
    expect(sortedLabsAfterWeakThighs('CK 3900 U/L AST 275 U/L LDH 610 U/L.')).toEqual([
      'AST=275 U/L',
      'CK=3900 U/L',
      'LDH=610 U/L',
    ]);
    expect(sortedLabsAfterWeakThighs('CK 3900 U/L and AST 275 U/L.')).toEqual(['AST=275 U/L', 'CK=3900 U/L']);
  });
});

describe('labs: multiples, asides and red cell indices', () => {
  it('keeps the value bracketed after "more than 20 times the upper limit of normal"', () => {
    expect(
      sortedLabsAfterWeakThighs(
        'Creatine kinase was more than 20 times the upper limit of normal (4,300 U/L).',
      ),
    ).toEqual(['CK=4300 U/L']);
  });

  it('reads each "N times normal" of a pair as raised', () => {
    expect(sortedLabsAfterWeakThighs('CK was 12 times normal and aldolase was 4 times normal.')).toEqual([
      'CK=elevated',
      'aldolase=elevated',
    ]);
    // control: a plain "normal" stays normal
    expect(sortedLabsAfterWeakThighs('CK was 12 times normal and aldolase was normal.')).toEqual([
      'CK=elevated',
      'aldolase=normal',
    ]);
  });

  it('reads a value after ", however," or "on the same day"', () => {
    expect(sortedLabsAfterWeakThighs('Her serum creatine kinase, however, was 4,200 U/L.')).toEqual([
      'CK=4200 U/L',
    ]);
    expect(sortedLabsAfterWeakThighs('CK on the same day showed 4,200 U/L.')).toEqual(['CK=4200 U/L']);
  });

  it('reads the mean corpuscular haemoglobin concentration as MCHC, not as a second haemoglobin', () => {
    expect(
      sortedLabsAfterWeakThighs(
        'Haemoglobin 10.2 g/dl and mean corpuscular hemoglobin concentration 33 g/dl.',
      ),
    ).toEqual(['MCHC=33 g/dL', 'haemoglobin=10.2 g/dL']);
  });

  it('reads a lakh-grouped count ("2,40,000") whole', () => {
    expect(sortedLabsAfterWeakThighs('Platelets were 2,40,000/cumm.')).toEqual(['platelets=240000 /mm3']);
    // controls: thousands groups and a decimal comma
    expect(sortedLabsAfterWeakThighs('Platelets were 240,000/cumm.')).toEqual(['platelets=240000 /mm3']);
    expect(sortedLabsAfterWeakThighs('CRP was 2,4 mg/L.')).toEqual(['CRP=2.4 mg/L']);
  });
});

describe('labs: lists of bare numbers, dates by a value, other body fluids', () => {
  it('reads "CK, AST, ALT: 4320, 210, 145 U/L" item by item (not 210145)', () => {
    expect(sortedLabsAfterWeakThighs('CK, AST, ALT: 4320, 210, 145 U/L.')).toEqual([
      'ALT=145 U/L',
      'AST=210 U/L',
      'CK=4320 U/L',
    ]);
    // control: a thousands group with a stray space before a unit
    expect(sortedLabsAfterWeakThighs('CK was 3, 120 U/L.')).toEqual(['CK=3120 U/L']);
  });

  it('reads a numeric sampling date beside an analyte as no value', () => {
    expect(sortedLabsAfterWeakThighs('CK (12.03.2019): 4320 U/L.')).toEqual(['CK=4320 U/L']);
    expect(sortedLabsAfterWeakThighs('CK (2019-03-12): 4320 U/L.')).toEqual(['CK=4320 U/L']);
  });

  it('keeps pleural, ascitic and lavage levels out of the blood labs, and says so', () => {
    const r = extractCase(WEAK_THIGHS_CASE + 'Serum LDH was 300 U/L and pleural fluid LDH was 1,200 U/L.');
    expect(r.case.labs.map((l) => `${l.analyte}=${l.value}`)).toEqual(['LDH=300']);
    expect(r.warnings.filter((w) => w.code === 'unplaced').map((w) => w.kind)).toEqual(['other-specimen']);
    expect(sortedLabsAfterWeakThighs('KL-6 in BAL fluid was 900 U/mL.')).toEqual([]);
  });
});

describe('multiples of the upper limit, platelets by another name, adverbs of a small rise', () => {
  it('reads "5N" as a multiple of the upper limit, not a value', () => {
    expect(sortedLabsAfterWeakThighs('AST at 5N and ALT at 3N.')).toEqual(['ALT=elevated', 'AST=elevated']);
    expect(sortedLabsAfterWeakThighs('CPK at 40N.')).toEqual(['CK=elevated']);
  });

  it('reads a thrombocyte count as the platelets', () => {
    expect(sortedLabsAfterWeakThighs('Thrombocyte count 265 G/l.')).toEqual(['platelets=265 10*9/L']);
    expect(sortedLabsAfterWeakThighs('Hb 12.1 g/dL, WBC 8.2 G/l, thrombocytes 265 G/l.')).toContain(
      'platelets=265 10*9/L',
    );
  });

  it('keeps the value after "minimally", "marginally" or "borderline" elevated', () => {
    expect(sortedLabsAfterWeakThighs('CK was minimally elevated (320 U/L).')).toEqual(['CK=320 U/L']);
    expect(sortedLabsAfterWeakThighs('CK was only marginally raised (320 U/L).')).toEqual(['CK=320 U/L']);
  });
});

describe('a value in brackets after "in the normal range"', () => {
  it('keeps the value', () => {
    expect(sortedLabsAfterWeakThighs('CK was in the normal range (150 U/L).')).toEqual(['CK=150 U/L']);
    // control
    expect(sortedLabsAfterWeakThighs('CK was within the normal range (150 U/L).')).toEqual(['CK=150 U/L']);
  });
});
