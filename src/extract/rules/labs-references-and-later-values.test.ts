/**
 * Lab values with their references and later values: a reference range or limit in brackets or told in a clause, a
 * later value by a pronoun or "it", serial values in clauses, a day number before a colon, a unit in the next cell
 * of a pasted table, a drug's amount after a result, one unit after a list of enzymes, and a duration between the
 * analyte and its values. Each construction is written as a sentence of the project's own, beside the near control
 * that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labLines } from '../__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 61-year-old man was admitted with weakness of the hips and shoulders. ';

/** Each lab as "analyte=value unit", with " <ULN" when an upper limit was read. */
const labsOf = (text: string) => labLines(CASE + text);

describe('a reference range in brackets between the analyte and a value told with an interpretation', () => {
  it('reads the value and its limit', () => {
    expect(labsOf('Creatine kinase (normal range 24–195 U/L) was markedly elevated at 11,234 U/L.')).toEqual([
      'CK=11234 U/L <195',
    ]);
    expect(labsOf('Serum ferritin (reference range 30–400 ng/mL) was high at 2,870 ng/mL.')).toEqual([
      'ferritin=2870 ng/mL <400',
    ]);
  });

  it('keeps the shorter forms as they were', () => {
    // controls: a limit alone, and no interpretation word
    expect(labsOf('Creatine kinase (normal < 195 U/L) was elevated at 11,234 U/L.')).toEqual([
      'CK=11234 U/L <195',
    ]);
    expect(labsOf('CK (reference range 24–195 U/L) was 6,120 U/L.')).toEqual(['CK=6120 U/L <195']);
  });
});

describe('a reference limit told in a clause inside the bracket', () => {
  it('reads the limit among the words of the laboratory that set it', () => {
    expect(labsOf('His CK was 3,200 U/L (in our laboratory, normal up to 170 U/L).')).toEqual([
      'CK=3200 U/L <170',
    ]);
    expect(labsOf('CK 2100 IU/l (normal values in our laboratory: 24–145 IU/l).')).toEqual([
      'CK=2100 [IU]/L <145',
    ]);
    expect(labsOf('The CK was 2100 IU/L (our laboratory’s upper limit of normal is 145 IU/L).')).toEqual([
      'CK=2100 [IU]/L <145',
    ]);
    expect(labsOf('Aldolase 12 U/L (normal values at our institution: < 7.6 U/L).')).toEqual([
      'aldolase=12 U/L <7.6',
    ]);
    expect(labsOf('Ferritin 4,320 ng/mL (reference interval of the local laboratory 30–400 ng/mL).')).toEqual(
      ['ferritin=4320 ng/mL <400'],
    );
  });

  it('reads no limit from a bracket that names no reference', () => {
    // controls: places and numbers in brackets that are no reference
    expect(labsOf('CK was 3,400 U/L (in 3 of 10 samples).')).toEqual(['CK=3400 U/L']);
    expect(labsOf('CK was 3,400 U/L (at our hospital 2 to 3 days later).')).toEqual(['CK=3400 U/L']);
    expect(labsOf('CK was 3,400 U/L (normalised in 3-5 weeks).')).toEqual(['CK=3400 U/L']);
    expect(labsOf('CK was 3,400 U/L (in our hospital, 10 times the upper limit of normal).')).toEqual([
      'CK=3400 U/L',
    ]);
  });
});

describe('a later value of the analyte by a pronoun in the next sentence', () => {
  it('reads it after a time phrase, another verb of change, or a sentence between', () => {
    expect(labsOf('On admission the CK was 9,870 U/L. At discharge it was 2,100 U/L.')).toEqual([
      'CK=2100 U/L',
      'CK=9870 U/L',
    ]);
    expect(labsOf('Creatine kinase was 4,500 U/L. Three weeks later it had fallen to 640 U/L.')).toEqual([
      'CK=4500 U/L',
      'CK=640 U/L',
    ]);
    expect(
      labsOf('Creatine kinase on presentation was 3,200 U/L. This improved to 800 U/L with steroids.'),
    ).toEqual(['CK=3200 U/L', 'CK=800 U/L']);
    expect(
      labsOf(
        'His CK was 5,600 U/L. Methylprednisolone pulses were started. After 4 weeks, it had dropped to 1,200 U/L.',
      ),
    ).toEqual(['CK=1200 U/L', 'CK=5600 U/L']);
  });

  it('reads nothing in another unit, after two analytes, or after a relative’s value', () => {
    // controls
    expect(
      labsOf('CK was 4,500 U/L. Prednisone was begun at 60 mg a day. Two weeks later it was 40 mg a day.'),
    ).toEqual(['CK=4500 U/L']);
    expect(labsOf('CK was 4,500 U/L and LDH 600 U/L. At discharge it was 900 U/L.')).toEqual([
      'CK=4500 U/L',
      'LDH=600 U/L',
    ]);
    expect(
      labsOf('Her brother had a CK of 2,000 U/L. At the time of his diagnosis it was 5,000 U/L.'),
    ).toEqual([]);
    expect(labsOf('CK was 4,500 U/L. In her sister it was 3,000 U/L.')).toEqual(['CK=4500 U/L']);
  });
});

describe('serial values in clauses joined by semicolons', () => {
  it('reads each later value after its time phrase', () => {
    expect(labsOf('CK 3420 U/L; 6 weeks later 890 U/L; 3 months later 210 U/L.')).toEqual([
      'CK=210 U/L',
      'CK=3420 U/L',
      'CK=890 U/L',
    ]);
    expect(labsOf('CK at diagnosis 7,400 U/L; at three months 210 U/L.')).toEqual([
      'CK=210 U/L',
      'CK=7400 U/L',
    ]);
    expect(
      labsOf('At admission, creatine kinase 5300 U/l; on day 14, 1200 U/l; on day 30, 210 U/l.'),
    ).toEqual(['CK=1200 U/L', 'CK=210 U/L', 'CK=5300 U/L']);
    expect(labsOf('CK (IU/L): 5,400 (day 1); 3,100 (day 5); 900 (day 12).')).toEqual([
      'CK=3100 [IU]/L',
      'CK=5400 [IU]/L',
      'CK=900 [IU]/L',
    ]);
  });

  it('reads no dose or other quantity told after the semicolon', () => {
    // controls
    expect(labsOf('CK 3,420 U/L; 6 weeks later prednisolone 10 mg/day.')).toEqual(['CK=3420 U/L']);
    expect(labsOf('CK 3,420 U/L; at 3 months 560 mg.')).toEqual(['CK=3420 U/L']);
    expect(labsOf('CK 3,420 U/L; 3 months later, weight 60 kg.')).toEqual(['CK=3420 U/L']);
  });
});

describe('a day number before a colon', () => {
  it('labels the value after it', () => {
    expect(labsOf('CK on day 5: 3,200 U/L.')).toEqual(['CK=3200 U/L']);
    expect(labsOf('CK on day 3: 12,400 U/L; on day 10: 4,100 U/L.')).toEqual(['CK=12400 U/L', 'CK=4100 U/L']);
  });

  it('still reads no value from a ratio', () => {
    // control
    expect(labsOf('The ratio on day 2 was 1:3.')).toEqual([]);
  });
});

describe('a unit in the next cell of a table row copied with bars', () => {
  it('gives the value its unit and the range of the cell after', () => {
    expect(
      labsOf('Test | Result | Unit | Reference\nCK | 5,430 | U/L | 30-200\nAldolase | 22.1 | U/L | <7.6\n'),
    ).toEqual(['CK=5430 U/L <200', 'aldolase=22.1 U/L <7.6']);
  });

  it('takes no word of the next cell for a unit', () => {
    // control
    expect(labsOf('Test | Result | Flag\nCK | 5,430 | high\n')).toEqual(['CK=5430']);
  });
});

describe('two analytes with an interpretation word between them and their values', () => {
  it('pairs the values in order', () => {
    expect(labsOf('CPK and aldolase were normal at 120 U/L and 5 U/L.')).toEqual([
      'CK=120 U/L',
      'aldolase=5 U/L',
    ]);
    expect(labsOf('Sodium and potassium were low at 128 and 2.9 mmol/L.')).toEqual([
      'potassium=2.9 mmol/L',
      'sodium=128 mmol/L',
    ]);
  });

  it('keeps the pairing of a plain list', () => {
    // control
    expect(labsOf('CK and aldolase were 4,320 U/L and 18 U/L.')).toEqual(['CK=4320 U/L', 'aldolase=18 U/L']);
  });
});

describe('an amount of a drug after a result', () => {
  it('is no value of the lab before it', () => {
    expect(
      labsOf('CK and aldolase were normal, and 120 mg of prednisolone and 5 mg of folic acid were given.'),
    ).toEqual(['CK=normal', 'aldolase=normal']);
  });

  it('leaves a value without a unit as it was', () => {
    // control
    expect(labsOf('Her aldolase was 9.2.')).toEqual(['aldolase=9.2']);
  });
});

describe('a unit of activity written once after a list of enzymes and their values', () => {
  it('is the unit of each', () => {
    expect(labsOf('Transaminases were mildly elevated (AST 67, ALT 54 U/L).')).toEqual([
      'ALT=54 U/L',
      'AST=67 U/L',
    ]);
    expect(labsOf('Enzymes: CK 4,500, LDH 620 and aldolase 21 U/L.')).toEqual([
      'CK=4500 U/L',
      'LDH=620 U/L',
      'aldolase=21 U/L',
    ]);
  });

  it('is not given to an analyte that is no enzyme', () => {
    // control
    expect(labsOf('CK 4,500, CRP 12 mg/L.')).toEqual(['CK=4500', 'CRP=12 mg/L']);
  });
});

describe('a later value by "it" after "and"', () => {
  it('is the analyte’s when a value of it came before', () => {
    expect(labsOf('CK was 3000 U/L and it increased to 5000 U/L one week later.')).toEqual([
      'CK=3000 U/L',
      'CK=5000 U/L',
    ]);
  });

  it('is not read after an interpretation alone', () => {
    // control
    expect(labsOf('CK was elevated and it was 12 mg/dL of prednisolone.')).toEqual(['CK=elevated']);
  });
});

describe('a duration between the analyte and its values', () => {
  it('is passed over', () => {
    expect(labsOf('Her CK decreased over 2 weeks to 450 U/L.')).toEqual(['CK=450 U/L']);
    expect(labsOf('CK normalized within six weeks (from 6,200 to 150 U/L).')).toEqual([
      'CK=150 U/L',
      'CK=6200 U/L',
    ]);
  });

  it('is no duration without its unit of time', () => {
    // control: a count of patients is no time
    expect(labsOf('CK was measured in 12 patients, 450 U/L.')).toEqual([]);
  });
});

describe('the muscle enzymes as a group told only by their later course (session 51, development texts)', () => {
  it('gives no group item for a normalisation or a resolution of the group', () => {
    expect(labsOf('Although the muscle enzymes normalised rapidly, his weakness worsened.')).toEqual([]);
    expect(labsOf('There was prompt resolution of the elevated muscle enzymes after treatment.')).toEqual([]);
  });
  it('control: the group stated raised, and a member’s normalisation, keep their readings', () => {
    expect(labsOf('Muscle enzymes were raised.')).toEqual(['muscle enzymes=elevated']);
    expect(labsOf('His CK normalised after treatment.')).toEqual(['CK=elevated']);
  });
});
