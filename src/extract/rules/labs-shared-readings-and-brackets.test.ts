/**
 * Lab readings shared and bracketed: a list of analytes then a list of values, longer predicates, a reading shared
 * by "as did" or "so was", a denial in a later clause, a value or a remark in brackets, one value stated twice,
 * myoglobinuria, hours written "h", a last member with a predicate of its own, CK isoenzymes, urine ions, and a
 * group named before its members. Each construction is written as a sentence of the project's own, beside the near
 * control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labLines } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';

const CASE = 'Case presentation\n\nA 61-year-old man came to clinic with weak shoulders and hips. ';

/** Each lab as "analyte=value unit" or "analyte=interpretation", with " <ULN" when an upper limit was read. */
const labsOf = (text: string) => labLines(CASE + text);

/** Each lab as "analyte=value unit (interpretation)": the reading of a valued lab too. */
const readingsOf = (text: string) =>
  extractCase(CASE + text)
    .case.labs.map(
      (l) => `${l.analyte}=${l.value ?? ''}${l.unit ? ' ' + l.unit : ''} (${l.interpretation ?? '-'})`,
    )
    .sort();

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

describe('a denial in a later clause of its own', () => {
  it('does not reach back to a reading that is the predicate of the clause before', () => {
    expect(labsOf('Her CK was raised, and the viral serologies were negative.')).toEqual(['CK=elevated']);
    expect(labsOf('The aldolase was mildly elevated, and cultures were all negative.')).toEqual([
      'aldolase=elevated',
    ]);
  });

  it('keeps a denial of the reading itself', () => {
    // controls: the reading is denied in its own clause
    expect(labsOf('Her CK was not elevated, and the viral serologies were negative.')).toEqual(['CK=normal']);
    expect(labsOf('Neither CK nor aldolase was elevated, and cultures were negative.')).toEqual([
      'CK=normal',
      'aldolase=normal',
    ]);
  });
});

describe('a value alone in brackets with its unit after the bracket', () => {
  it('reads the unit', () => {
    expect(labsOf('She had a very high CK (18,500) U/L at the first visit.')).toEqual(['CK=18500 U/L']);
    expect(labsOf('The ferritin (1240) ng/mL was raised.')).toEqual(['ferritin=1240 ng/mL']);
  });

  it('leaves a bracketed value with no unit after it alone', () => {
    // control: the words after the bracket are no unit
    expect(labsOf('Her CK was high (3900) and fell with treatment.')).toEqual(['CK=3900']);
  });
});

describe('a remark in brackets between the analyte and its value', () => {
  it('passes over the remark', () => {
    expect(
      labsOf('A CK was done (because of the thigh pain and stiffness) which was 733 U/L (normal <170 U/L).'),
    ).toEqual(['CK=733 U/L <170']);
  });

  it('does not pass over a bracket with a number or another analyte in it', () => {
    // control: the bracket holds the LDH's own value, and the value after it is the LDH's
    expect(labsOf('The CK was normal (LDH 480 U/L) and 512 U/L a week later.')).toEqual([
      'CK=normal',
      'LDH=480 U/L',
      'LDH=512 U/L',
    ]);
  });
});

describe('one value stated twice, once with its reference limits', () => {
  it('is one result, with the limits', () => {
    const text = 'Her CK was 733 U/L. On further work-up, a CK was done which was 733 U/L (normal <170 U/L).';
    expect(labsOf(text)).toEqual(['CK=733 U/L <170']);
  });

  it('keeps two results with different limits apart', () => {
    // control: two laboratories, two upper limits
    const text = 'Her CK was 733 U/L (normal <170 U/L). Elsewhere the CK was 733 U/L (normal <200 U/L).';
    expect(labsOf(text)).toEqual(['CK=733 U/L <170', 'CK=733 U/L <200']);
  });
});

describe('myoglobinuria among the complaints', () => {
  it('is a complaint, not a urine test, in a list of symptoms', () => {
    expect(labsOf('He came in with fever, fatigue, and myoglobinuria.')).toEqual([]);
    expect(labsOf('Attacks bring muscle soreness, cramps and myoglobinuria.')).toEqual([]);
  });

  it('stays a urine result beside a lab or in a sentence of its own', () => {
    // controls: a lab item beside it, and a test that shows it
    expect(labsOf('He had a raised CK and myoglobinuria.')).toEqual([
      'CK=elevated',
      'urine myoglobin=elevated',
    ]);
    expect(labsOf('A urine test then showed myoglobinuria.')).toEqual(['urine myoglobin=elevated']);
  });
});

describe('a small "h" of hours after a number', () => {
  it('is a time, never a value', () => {
    expect(labsOf('CK fell from 9100 to 5200 U/L within 36 h.')).toEqual(['CK=5200 U/L', 'CK=9100 U/L']);
    expect(labsOf('Her CK was 900 U/L; 12 h later it was 640 U/L.')).toEqual(['CK=640 U/L', 'CK=900 U/L']);
  });

  it('keeps the capital flag of a high value', () => {
    // control: "H" between the value and its unit
    expect(labsOf('CK 2350 H U/L')).toEqual(['CK=2350 U/L']);
  });
});

describe('a reading shared past a member whose own value is in brackets', () => {
  it('gives the reading to the members after it', () => {
    expect(labsOf('Tests showed normal potassium (4.1 mmol/L), sodium and chloride levels.')).toEqual([
      'chloride=normal',
      'potassium=4.1 mmol/L',
      'sodium=normal',
    ]);
  });

  it('does not pair values across that bracket, nor reach a member with its own clause', () => {
    // controls: "respectively" pairs the members after the bracket; a member after "and" with "was 300"
    expect(labsOf('CK (5400 U/L), LDH and aldolase were 610 and 13 U/L, respectively.')).toEqual([
      'CK=5400 U/L',
      'LDH=610 U/L',
      'aldolase=13 U/L',
    ]);
    expect(readingsOf('She had low haemoglobin (8.1 g/dL), and CK was 300 U/L.')).toEqual([
      'CK=300 U/L (-)',
      'haemoglobin=8.1 g/dL (low)',
    ]);
  });
});

describe('a last member after "and" with a singular verb and a predicate of its own', () => {
  it('does not take the reading written before the list', () => {
    expect(readingsOf('She had low platelets, and CK was 300 U/L.')).toEqual([
      'CK=300 U/L (-)',
      'platelets= (low)',
    ]);
    expect(labsOf('He had raised ferritin and CK was normal.')).toEqual(['CK=normal', 'ferritin=elevated']);
  });

  it('shares the reading with a verb of observation', () => {
    // control: "was noted" is the whole list's
    expect(labsOf('Raised CK and LDH was noted.')).toEqual(['CK=elevated', 'LDH=elevated']);
  });
});

describe('"creatine kinase isoenzyme" beside the total', () => {
  it('is the MB fraction, and the list after it keeps its reading', () => {
    expect(
      labsOf('We found raised serum creatine kinase, creatine kinase isoenzyme and lactate dehydrogenase.'),
    ).toEqual(['CK-MB=elevated', 'CK=elevated', 'LDH=elevated']);
  });
});

describe('an ion in the urine, an anaemia named as a disease, and names run together', () => {
  it('reads no blood level from an excretion, nor a low haemoglobin from a named anaemia', () => {
    expect(labsOf('Urinary potassium excretion was raised, as was fractional chloride excretion.')).toEqual(
      [],
    );
    expect(labsOf('Her past history included pernicious anemia, on monthly injections.')).toEqual([]);
  });

  it('keeps the blood level and an anaemia found', () => {
    // controls: a serum level, and an anaemia described by its cells
    expect(labsOf('Serum potassium was raised at 5.9 mmol/L.')).toEqual(['potassium=5.9 mmol/L']);
    expect(labsOf('Blood counts showed a microcytic anaemia.')).toEqual(['haemoglobin=low']);
  });

  it('reads names whose space was lost in copying', () => {
    expect(labsOf('The ureanitrogen and creatinekinase were both within normal ranges.')).toEqual([
      'BUN=normal',
      'CK=normal',
    ]);
  });
});

describe('a group named "inflammatory factor" or "parameters" before its members in brackets', () => {
  it('gives the group reading to its members', () => {
    expect(labsOf('No rise of the inflammatory factor (CRP, ESR) values was seen.')).toEqual([
      'CRP=normal',
      'ESR=normal',
    ]);
  });

  it('leaves a bracket of things that are no tests alone', () => {
    // control: risk factors in brackets, and a CK with its own value
    expect(labsOf('Risk factors (smoking, obesity) were absent, and CK was 300 U/L.')).toEqual([
      'CK=300 U/L',
    ]);
  });
});
