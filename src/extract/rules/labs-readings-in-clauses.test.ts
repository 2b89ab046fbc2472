/**
 * Lab readings in clauses: results that "came back normal", lists with tests the lexicon does not know, "as were"
 * after a reading, a reference range after "compared with", values after "having risen to", the MB isoenzyme of CK,
 * a tumour marker "positive at" a level, urine protein of a day, a denied test of presence, a rise from a time, and
 * a denial after a self-reading term. Each construction is written as a sentence of the project's own, beside the
 * near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labLines } from '../__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 52-year-old woman was admitted with weakness of the thighs and arms. ';

/** Each lab as "analyte=value unit" or "analyte=interpretation", with " <ULN" when an upper limit was read. */
const labsOf = (text: string) => labLines(CASE + text);

describe('results that "came back normal"', () => {
  it('reads a normal result, not a level that returned to normal', () => {
    expect(labsOf('Her prolactin and cortisol both came back normal.')).toEqual([
      'cortisol=normal',
      'prolactin=normal',
    ]);
    expect(labsOf('The ferritin came back normal on the second sample.')).toEqual(['ferritin=normal']);
  });

  it('keeps "came back to normal" and "back to normal" as a later return to normal', () => {
    // controls: the level was raised before it returned
    expect(labsOf('After six weeks of steroids the CK came back to normal.')).toEqual(['CK=elevated']);
    expect(labsOf('With treatment her aldolase went back to normal.')).toEqual(['aldolase=elevated']);
  });
});

describe('a list of results with two or three tests the lexicon does not know inside it', () => {
  it('shares the reading after the list with the member before those tests', () => {
    expect(
      labsOf('Ferritin, hepatitis serology, an HIV test, prolactin and cortisol were all normal in March.'),
    ).toEqual(['cortisol=normal', 'ferritin=normal', 'prolactin=normal']);
    expect(labsOf('ESR, rheumatoid factor, a viral screen, TSH and vitamin B12 were unremarkable.')).toEqual([
      'ESR=normal',
      'TSH=normal',
      'vitamin B12=normal',
    ]);
  });

  it('does not carry a reading across signs named between the tests', () => {
    // control: the signs are no tests, and the reading before the list stays with its first member
    expect(labsOf('She had raised CK, proximal weakness, a violaceous rash, and LDH was measured.')).toEqual([
      'CK=elevated',
    ]);
    expect(labsOf('Elevated aldolase, mechanic hands, painful ulcers and ferritin were documented.')).toEqual(
      ['aldolase=elevated'],
    );
  });
});

describe('"as were" after a clause read normal or raised', () => {
  it('gives the reading to every analyte of the list, past the words that lead to it', () => {
    expect(labsOf('Her reflexes were normal, as were the serum levels of CK and of LDH.')).toEqual([
      'CK=normal',
      'LDH=normal',
    ]);
    expect(labsOf('Power was normal, as were, at the first visit, aldolase and ferritin.')).toEqual([
      'aldolase=normal',
      'ferritin=normal',
    ]);
    expect(labsOf('The CRP was raised, as were ESR and ferritin.')).toEqual([
      'CRP=elevated',
      'ESR=elevated',
      'ferritin=elevated',
    ]);
  });

  it('leaves a clause with no reading word alone', () => {
    // control: "present" is no reading of a lab
    expect(labsOf('A rash was present, as were, in addition, CK and LDH.')).toEqual([]);
  });
});

describe('a reference range told after "compared with" or "against"', () => {
  it('reads the upper limit', () => {
    expect(labsOf('His ferritin was 820 ng/mL, compared with a reference range of 30–400 ng/mL.')).toEqual([
      'ferritin=820 ng/mL <400',
    ]);
    expect(labsOf('The CRP reached 64 mg/L, against a normal value below 5 mg/L.')).toEqual([
      'CRP=64 mg/L <5',
    ]);
  });

  it('reads no limit from an earlier reading it is compared with', () => {
    // control: no reference word, so the numbers compared are readings, not a range
    expect(labsOf('CK was 5000 U/L, compared with the levels of 200–300 U/L a month before.')).toEqual([
      'CK=5000 U/L',
    ]);
  });
});

describe('a value after "having risen to" and "was not changed"', () => {
  it('reads the value', () => {
    expect(labsOf('The liver tests were deranged, the ALT having risen to 312 U/L.')).toEqual([
      'ALT=312 U/L',
    ]);
    expect(labsOf('At the next visit the aldolase was not changed (14 U/L).')).toEqual(['aldolase=14 U/L']);
  });

  it('keeps a denied rise as a normal reading with its value', () => {
    // control: "not raised" keeps its own reading
    expect(labsOf('CK was not raised (120 U/L).')).toEqual(['CK=120 U/L']);
  });
});

describe('the MB isoenzyme of CK named after its letters', () => {
  it('reads CK-MB, not a total CK', () => {
    expect(labsOf('The MB fraction of creatine kinase was 31 U/L.')).toEqual(['CK-MB=31 U/L']);
    expect(labsOf('Total CK was 2400 U/L and the MB isoenzyme of CK was 40 U/L.')).toEqual([
      'CK-MB=40 U/L',
      'CK=2400 U/L',
    ]);
  });

  it('keeps a plain CK a total CK', () => {
    // control
    expect(labsOf('Creatine kinase was 2400 U/L.')).toEqual(['CK=2400 U/L']);
  });
});

describe('a tumour marker "positive at" a level', () => {
  it('reads the level', () => {
    expect(labsOf('Of the tumour markers, CA 19-9 was positive at 212 U/mL.')).toEqual(['CA 19-9=212 U/mL']);
  });

  it('keeps a positive marker with no level elevated', () => {
    // control: no number after "at"
    expect(labsOf('AFP was positive at the first check.')).toEqual(['AFP=elevated']);
  });
});

describe('a day collection of urine protein with a bare mass', () => {
  it('reads the mass as the unit', () => {
    expect(labsOf('A 24-hour urinary protein was 2.4 g.')).toEqual(['24-hour urine protein=2.4 g']);
    expect(labsOf('Her 24-hour urine protein was 380 mg.')).toEqual(['24-hour urine protein=380 mg']);
  });
});

describe('a test of presence that is denied', () => {
  it('reads a normal result', () => {
    expect(labsOf('Serum electrophoresis was normal and there was no Bence Jones protein.')).toContain(
      'Bence Jones protein=normal',
    );
    expect(labsOf('Bence Jones protein was not detected in two samples.')).toEqual([
      'Bence Jones protein=normal',
    ]);
  });

  it('reads nothing when the test was not done', () => {
    // controls: the denial is of the test, not of its finding
    expect(labsOf('No Bence Jones protein was measured.')).toEqual([]);
    expect(labsOf('Without Bence Jones protein testing, myeloma could not be excluded.')).toEqual([]);
  });
});

describe('a rise from a time', () => {
  it('reads an elevated level', () => {
    expect(labsOf('Creatine kinase was rising from 3 weeks after the first infusion.')).toEqual([
      'CK=elevated',
    ]);
    expect(labsOf('Aldolase elevated from day 4 of the admission.')).toEqual(['aldolase=elevated']);
  });

  it('keeps a rise from one value to another a pair of values', () => {
    // control
    expect(labsOf('CK rising from 300 U/L to 1200 U/L.')).toEqual(['CK=1200 U/L', 'CK=300 U/L']);
  });
});

describe('a denial after a self-reading term and its value', () => {
  it('belongs to what follows the value, not to the term', () => {
    expect(labsOf('There was heavy proteinuria, around 6.3 g daily, with cryoglobulins absent.')).toEqual([
      'urine protein=elevated',
    ]);
  });

  it('still denies the term it follows', () => {
    // controls: the denial written before any value
    expect(labsOf('Proteinuria was absent on two samples 3 weeks apart.')).toEqual(['urine protein=normal']);
    expect(labsOf('There was no myoglobinuria.')).toEqual(['urine myoglobin=normal']);
  });
});
