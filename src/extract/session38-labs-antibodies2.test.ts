/**
 * Lab, antibody and patient readings fixed in session 38 (second round of re-told development texts): the general
 * construction behind each, written in new sentences, with the near controls that must keep their reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';
import { labLines } from './__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 47-year-old man was admitted with weakness of the thighs and arms. ';
/** Each lab as "analyte=value unit" or "analyte=interpretation", with " <ULN" when an upper limit was read. */
const labsOf = (text: string) => labLines(CASE + text);

describe('a level at one end of the reference interval', () => {
  it('reads "at the low / high end of (the) normal (range)" and "in the high-normal range" as normal', () => {
    expect(labsOf('On the second day his urea sat at the low end of normal.')).toEqual(['urea=normal']);
    expect(labsOf('His sodium lay at the high end of the normal range on that day.')).toEqual([
      'sodium=normal',
    ]);
    expect(labsOf('Serum calcium was in the high-normal range after the infusion.')).toEqual([
      'calcium=normal',
    ]);
    expect(labsOf('Platelets were at the upper end of normal while his ferritin was high.')).toEqual([
      'ferritin=elevated',
      'platelets=normal',
    ]);
  });

  it('keeps a level beyond that end, and a plain low or high level', () => {
    // controls
    expect(labsOf('His albumin had fallen below the low end of the normal range.')).toEqual(['albumin=low']);
    expect(labsOf('His creatinine was just above the high end of the normal range.')).toEqual([
      'creatinine=elevated',
    ]);
    expect(labsOf('His urea was low and his sodium was high.')).toEqual(['sodium=elevated', 'urea=low']);
  });
});

describe('a reference in brackets after a table row’s column gap', () => {
  const row = (line: string) =>
    labsOf(`\n\nResults on admission\n${line}\nPlatelets            250 x10^9/L\n`).filter(
      (l) => !l.startsWith('platelets'),
    );

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

describe('an analyte named as a drug given', () => {
  it('reads no level for an analyte among drugs or after "treated with"', () => {
    expect(
      labsOf(
        'Hydration, calcitonin and methylprednisolone were given, and his serum calcium then fell into the normal range.',
      ),
    ).toEqual(['calcium=normal']);
    expect(labsOf('Once treated with insulin, her potassium was normal again by the morning.')).toEqual([
      'potassium=normal',
    ]);
  });

  it('keeps a test joined to another test, or with a reading of its own, beside a drug', () => {
    // controls
    expect(labsOf('He was given IVIG, and ferritin and LDH were both normal.')).toEqual([
      'LDH=normal',
      'ferritin=normal',
    ]);
    expect(labsOf('He had low albumin and prednisone was started.')).toEqual(['albumin=low']);
    expect(labsOf('After methylprednisolone, ferritin fell to 300 ng/mL.')).toEqual(['ferritin=300 ng/mL']);
    expect(labsOf('Calcitonin, gastrin and chromogranin A were normal.')).toEqual(['calcitonin=normal']);
  });
});

describe('a reading reported "for" a list that opens with tests the lexicon does not know', () => {
  it('finds the "for" back over the unknown items and shares the reading', () => {
    expect(
      labsOf('Unremarkable values were recorded for urine culture, blood film, serum sodium and ferritin.'),
    ).toEqual(['ferritin=normal', 'sodium=normal']);
    expect(labsOf('Raised values were noted for liver tests, the lipid profile and ferritin.')).toEqual([
      'ferritin=elevated',
    ]);
  });

  it('reads the active form, the verb before the reading word', () => {
    expect(labsOf('On the ward we found normal values for sodium and TSH.')).toEqual([
      'TSH=normal',
      'sodium=normal',
    ]);
  });

  it('keeps a later member with a verb of its own out of the list', () => {
    // controls
    expect(
      labsOf(
        'Normal results were obtained for the chest film and the echocardiogram, and ferritin was sent twice.',
      ),
    ).toEqual([]);
    expect(labsOf('Tests for hepatitis, HIV and syphilis were sent, and ferritin was high.')).toEqual([
      'ferritin=elevated',
    ]);
  });
});

describe('patient: "a man of N" before any verb, and the verb "smoked" with its end', () => {
  const patientOf = (text: string) => extractCase(text).case.patient;

  it('reads the age after "a <noun> of" whatever verb follows, never a weight', () => {
    expect(patientOf('A lady of 72 attended our clinic with a facial rash.').age).toBe(72);
    expect(patientOf('A man of 54 came to the ward because of a rash.').age).toBe(54);
    // control: a weight
    expect(patientOf('A woman of 58 kg was weighed on the ward. She had a rash.').age).toBeUndefined();
  });

  it('reads a former smoker from "had smoked …, stopping / until / gave up"', () => {
    expect(
      patientOf(
        'A 66-year-old man was seen. He had smoked a pipe for decades, stopping when his angina began.',
      ).smoking,
    ).toBe('former');
    expect(patientOf('A 66-year-old man was seen. He smoked cigars until his retirement.').smoking).toBe(
      'former',
    );
  });

  it('leaves the verb alone unknown, and keeps a current smoker later in the sentence', () => {
    // controls
    expect(patientOf('A 66-year-old man was seen. He smoked cigars at weekends.').smoking).toBeUndefined();
    expect(
      patientOf('A 66-year-old man was seen. He had not smoked for a year, until the relapse.').smoking,
    ).toBeUndefined();
    expect(
      patientOf('A 66-year-old man was seen. He smoked heavily and is still a current smoker.').smoking,
    ).toBe('current');
  });
});

describe('a presence found in the urine', () => {
  it('reads "X was detected / present in the urine" as the urine test abnormal, and its denial as normal', () => {
    expect(labsOf('On the second day myoglobin was present in her urine.')).toEqual([
      'urine myoglobin=elevated',
    ]);
    expect(labsOf('Urine myoglobin was detected on the dipstick sample.')).toEqual([
      'urine myoglobin=elevated',
    ]);
    expect(labsOf('No myoglobin was found in the urine on admission.')).toEqual(['urine myoglobin=normal']);
  });

  it('keeps a finding in another fluid, and a serum value, apart', () => {
    // controls
    expect(labsOf('Myoglobin was detected in the serum by the new assay.')).toEqual([]);
    expect(labsOf('Serum myoglobin was 800 ng/mL on the first day.')).toEqual(['myoglobin=800 ng/mL']);
  });
});
