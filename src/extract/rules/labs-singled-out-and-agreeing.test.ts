/**
 * Lab readings of session 46: members singled out from a result already stated ("normal, in particular …"), a
 * second group of tests joined to a bracketed first one and sharing its reading, muscle enzymes among tests said to
 * agree with the myositis, a note's "up" and "down", asides between an analyte and its value, and "as were" after a
 * reading told with when it was read. Each construction is a sentence of the project's own, beside the near control
 * that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labLines } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';

const CASE = 'Case presentation\n\nA 57-year-old woman was seen for a violaceous rash of the eyelids. ';

/** Each lab as "analyte=value unit" or "analyte=interpretation". */
const labsOf = (text: string) => labLines(CASE + text);

describe('members singled out from a result stated before them', () => {
  it('gives "in particular", "especially", "notably" and "specifically" members the stated normal result', () => {
    expect(
      labsOf('Blood results were normal, in particular the sedimentation rate and the muscle enzymes.'),
    ).toEqual(['ESR=normal', 'muscle enzymes=normal']);
    expect(labsOf('Routine chemistry was unremarkable, especially CK and aldolase.')).toEqual([
      'CK=normal',
      'aldolase=normal',
    ]);
    expect(labsOf('The screen was normal, notably TSH.')).toEqual(['TSH=normal']);
  });

  it('leaves a member with its own value or a later clause of its own as written', () => {
    // controls: a value of its own, and a contrast that gives CK a reading of its own
    expect(labsOf('Blood results were normal, in particular the ESR, but CK was 900 U/L.')).toEqual([
      'CK=900 U/L',
      'ESR=normal',
    ]);
    // a raised result singled out is not read as normal
    expect(labsOf('Inflammatory markers were raised, in particular CRP at 45 mg/L.')).toEqual([
      'CRP=45 mg/L',
    ]);
  });
});

describe('a second group of tests joined to a bracketed first group', () => {
  it('shares the first group\'s reading across "and"', () => {
    expect(
      labsOf('She had mildly raised muscle enzymes (CK 412 U/L) and acute phase reactants (ESR and CRP).'),
    ).toEqual(['CK=412 U/L', 'CRP=elevated', 'ESR=elevated', 'muscle enzymes=elevated']);
    expect(
      labsOf('She had normal muscle enzymes (CK 90 U/L) and inflammatory markers (ESR and CRP).'),
    ).toEqual(['CK=90 U/L', 'CRP=normal', 'ESR=normal', 'muscle enzymes=normal']);
  });

  it('reads "acute phase reactants" as a group named before its members', () => {
    expect(labsOf('She had raised acute phase reactants (ESR and CRP).')).toEqual([
      'CRP=elevated',
      'ESR=elevated',
    ]);
  });

  it('does not carry a reading to a group with a verb of its own', () => {
    // control: the second group has its own predicate
    expect(labsOf('CK was high (900 U/L) and liver enzymes (AST, ALT) were normal.')).toEqual([
      'ALT=normal',
      'AST=normal',
      'CK=900 U/L',
    ]);
  });
});

describe('muscle enzymes among tests said to agree with the myositis', () => {
  it('reads the enzymes as raised, inferred, when the tests are "consistent with" or "in keeping with" a myositis', () => {
    expect(
      labsOf('Electromyography, muscle enzymes and the biopsy were consistent with polymyositis.'),
    ).toEqual(['muscle enzymes=elevated']);
    expect(labsOf('CK and aldolase were in keeping with a necrotising myositis.')).toEqual([
      'CK=elevated',
      'aldolase=elevated',
    ]);
    const lab = extractCase(CASE + 'The skin biopsy, muscle enzymes and EMG were compatible with DM.').case
      .labs[0];
    expect(lab?.interpretation).toBe('elevated');
    expect(lab?.inferred).toBe(true);
    expect(lab?.evidence?.[0]?.note).toBe('consistent-with-myositis');
  });

  it('reads nothing when the agreement is denied, the tests are not enzymes, or the diagnosis is another', () => {
    expect(labsOf('EMG and CK were not consistent with myositis.')).toEqual([]);
    expect(labsOf('ESR and CRP were consistent with DM.')).toEqual([]);
    expect(labsOf('CK and the thyroid tests were consistent with hypothyroidism.')).toEqual([]);
  });
});

describe("a note's up and down", () => {
  it('reads "ESR up. CPK up." as raised and "Hb down" as low', () => {
    expect(labsOf('ESR up. CPK up. LDH up.')).toEqual(['CK=elevated', 'ESR=elevated', 'LDH=elevated']);
    expect(labsOf('Hb down, platelets down.')).toEqual(['haemoglobin=low', 'platelets=low']);
  });

  it('leaves "up to" a value, and a follow-up, alone (controls)', () => {
    expect(labsOf('CK up to 900 U/L.')).toEqual(['CK=900 U/L']);
    expect(labsOf('CK follow-up was arranged.')).toEqual([]);
  });
});

describe('muscle enzymes among tests that "fitted" the myositis', () => {
  it('reads the enzyme as raised, inferred', () => {
    expect(labsOf('Her skin signs, the serum CK and the needle EMG all fitted polymyositis.')).toEqual([
      'CK=elevated',
    ]);
  });

  it('reads nothing when the tests fitted another disease (control)', () => {
    expect(labsOf('CK and the EMG suggested a neuropathy.')).toEqual([]);
  });
});

describe('asides between an analyte and its value', () => {
  it('passes over "though" and "way up"', () => {
    expect(labsOf('His LDH, though, was way up at 1,140 U/L.')).toEqual(['LDH=1140 U/L']);
  });

  it('does not take a stage for a value (control)', () => {
    expect(labsOf('Investigations revealed myeloma with Bence-Jones protein at stage 3.')).toEqual([]);
  });
});

describe('"as were" after a reading told with when it was read', () => {
  it('shares "high on the first blood tests" with the members after "as were"', () => {
    expect(labsOf('CK was high on the first blood tests, as were the LDH and the AST.')).toEqual([
      'AST=elevated',
      'CK=elevated',
      'LDH=elevated',
    ]);
  });

  it('shares nothing when the clause before tells no reading (control)', () => {
    expect(labsOf('CK was measured on the admission bloods, as was the LDH.')).toEqual([]);
  });
});
