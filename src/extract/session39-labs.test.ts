/**
 * Lab readings fixed in session 39 (round 3 of the re-told development texts, and the development half): constructions
 * a rule read only in the wording it was written from, each written again here with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labLines } from './__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 61-year-old man came to clinic with weak shoulders and hips. ';
/** Each lab as "analyte=value unit" or "analyte=interpretation", with " <ULN" when an upper limit was read. */
const labsOf = (text: string) => labLines(CASE + text);

describe('a list of analytes, then a list of values after a verb of any kind', () => {
  it('pairs the values in order after a comma, "measured", "reached", "gave" or "which came to"', () => {
    expect(labsOf('Results were logged for sodium and potassium, at 133 and 5.2 mmol/L.')).toEqual([
      'potassium=5.2 mmol/L',
      'sodium=133 mmol/L',
    ]);
    expect(labsOf('Her AST and ALT measured 77 and 59 U/L on the ward.')).toEqual([
      'ALT=59 U/L',
      'AST=77 U/L',
    ]);
    expect(labsOf('Over the week AST and ALT reached 430 and 380 U/L.')).toEqual([
      'ALT=380 U/L',
      'AST=430 U/L',
    ]);
    expect(labsOf('The panel for AST and ALT gave 205 and 175 U/L.')).toEqual(['ALT=175 U/L', 'AST=205 U/L']);
    expect(labsOf('We checked calcium and phosphate, which came to 2.05 and 1.62 mmol/L.')).toEqual([
      'calcium=2.05 mmol/L',
      'phosphate=1.62 mmol/L',
    ]);
    expect(labsOf('The levels of sodium and potassium, 137 and 3.6 mmol/L, were in range.')).toEqual([
      'potassium=3.6 mmol/L',
      'sodium=137 mmol/L',
    ]);
  });

  it('gives no value to either analyte when the counts differ', () => {
    // control: three values after two analytes say nothing of whose each is (never all the potassium's)
    expect(labsOf('Results were logged for sodium and potassium, at 133, 5.2 and 2.4 mmol/L.')).toEqual([]);
  });

  it('keeps values of another clause or a dose away from the list', () => {
    // controls: a noun of the second clause, and a drug's doses
    expect(labsOf('CK and aldolase were normal, and his weight was 71 and 69 kg.')).toEqual([
      'CK=normal',
      'aldolase=normal',
    ]);
    expect(labsOf('Sodium and potassium were normal, and prednisone 30 and 15 mg was prescribed.')).toEqual([
      'potassium=normal',
      'sodium=normal',
    ]);
  });
});

describe('a value reached through a longer predicate', () => {
  it('reads the value after "described as raised, with a value of"', () => {
    expect(labsOf('His CK was described as moderately high, with a value of 6120 U/L.')).toEqual([
      'CK=6120 U/L',
    ]);
    expect(labsOf('The LDH was reported as raised, with a value of 880 U/L.')).toEqual(['LDH=880 U/L']);
  });

  it('reads "reached its highest value of", "coming back at" and "is still raised at"', () => {
    expect(labsOf('Two days on, the ferritin reached its highest value of 3150 ng/mL.')).toEqual([
      'ferritin=3150 ng/mL',
    ]);
    expect(labsOf('The work-up had his CK coming back at 4410 U/L.')).toEqual(['CK=4410 U/L']);
    expect(labsOf('At the last visit her aldolase is still mildly raised at 11.5 U/L.')).toEqual([
      'aldolase=11.5 U/L',
    ]);
  });

  it('leaves a value of another thing after those words alone', () => {
    // controls: a general remark with its cut-off, and a report of an earlier value at another hospital
    expect(labsOf('Troponin was said to be a weak marker here, with a cut-off of 0.05 ng/mL.')).toEqual([]);
    expect(labsOf('CK was still normal when methotrexate 20 mg weekly was begun.')).toEqual(['CK=normal']);
  });
});

describe('an interpretation shared by "as did", "and so was" and "; so were"', () => {
  it('gives the clause before the same reading', () => {
    expect(labsOf('His CK returned high, as did his aldolase.')).toEqual([
      'CK=elevated',
      'aldolase=elevated',
    ]);
    expect(labsOf('The CK was normal, and so was the LDH.')).toEqual(['CK=normal', 'LDH=normal']);
    expect(labsOf('Her ferritin was raised, and so were AST and ALT.')).toEqual([
      'ALT=elevated',
      'AST=elevated',
      'ferritin=elevated',
    ]);
  });

  it('keeps "as did" of a person and "so" of a consequence apart', () => {
    // controls: the clause after "as did" has no analyte, and "so" opens what was done next
    expect(labsOf('The CK was low, as did the team expect, and LDH was 310 U/L.')).toEqual([
      'CK=low',
      'LDH=310 U/L',
    ]);
    expect(labsOf('His CK was raised, so the LDH was checked.')).toEqual(['CK=elevated']);
  });
});
