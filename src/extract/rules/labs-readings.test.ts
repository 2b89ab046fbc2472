/**
 * Lab readings (raised, low, normal) and which analyte they belong to: a contrast clause, a list sharing one
 * reading, a reading word before the next analyte, an analyte excepted from a group reading, an earlier state in a
 * relative clause, a return to normal, and "free" in a name. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labs } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';
import {
  labReadingsAfterProximalWeakness,
  labReadingsAfterWeakThighs,
  labsAfterProximalWeakness,
  labsAfterWeakThighs,
  labsAfterWeakThighsAndArms,
  PROXIMAL_WEAKNESS_OPENING,
  readingsAfterTitle,
  readingsOrValuesAfterTitle,
  WEAK_THIGHS_CASE,
} from './__fixtures__/helpers.js';

describe('a lab said to be beyond its limit', () => {
  it('reads "above the upper limit of normal" as elevated and "below" as low', () => {
    expect(labs('Aldolase was above the upper limit of normal.')).toEqual(['aldolase elevated']);
    expect(labs('LDH was over the normal range.')).toEqual(['LDH elevated']);
    expect(labs('Albumin was below the lower limit of normal.')).toEqual(['albumin low']);
    expect(labs('Aldolase was within normal limits.')).toEqual(['aldolase normal']);
  });

  it('gives no interpretation to "not normal" (it had read normal)', () => {
    expect(labs('Aldolase was not normal.')).toEqual([]);
  });
});

describe('a contrast clause keeps its reading to itself', () => {
  it('"raised AST and aldolase, but CK was normal": the aldolase stays raised', () => {
    expect(readingsAfterTitle('Tests showed raised AST and aldolase, but CK was normal.')).toEqual([
      'AST elevated',
      'aldolase elevated',
      'CK normal',
    ]);
  });
  it('"elevated ALT and LDH but normal CK"', () => {
    expect(readingsAfterTitle('Elevated ALT and LDH but normal CK.')).toEqual([
      'ALT elevated',
      'LDH elevated',
      'CK normal',
    ]);
  });
  it('control: "CK, but not LDH, was elevated" still gives the CK its reading', () => {
    expect(readingsAfterTitle('CK, but not LDH, was elevated.')).toContain('CK elevated');
  });
});

describe('lists of tests that share one reading', () => {
  it('a test the lexicon does not know stays an item of the list, and the tests after it keep the reading', () => {
    expect(readingsOrValuesAfterTitle('Bloods showed raised CK, blood viscosity and LDH.')).toEqual([
      'CK elevated',
      'LDH elevated',
    ]);
    expect(readingsOrValuesAfterTitle('There was raised urea, random glucose, CRP and ferritin.')).toEqual([
      'urea elevated',
      'glucose elevated',
      'CRP elevated',
      'ferritin elevated',
    ]);
  });
  it('control: a reading word between two tests ends the list', () => {
    expect(readingsOrValuesAfterTitle('There was raised CK, normal LDH.')).toEqual([
      'CK elevated',
      'LDH normal',
    ]);
  });
  it('"low" before the first member is every member’s', () => {
    expect(readingsOrValuesAfterTitle('Serology showed low C3 and C4.')).toEqual(['C3 low', 'C4 low']);
  });
  it('"reduced complement levels of C4"', () => {
    expect(readingsOrValuesAfterTitle('She had reduced complement levels of C4.')).toEqual(['C4 low']);
  });
  it('"unremarkable" before a list', () => {
    expect(
      readingsOrValuesAfterTitle('Labs showed unremarkable creatinine, cardiac troponin level.'),
    ).toEqual(['creatinine normal', 'troponin normal']);
  });
});

describe('the reading of a list and of the clause before it', () => {
  const labs = (text: string) =>
    extractCase(PROXIMAL_WEAKNESS_OPENING + text).case.labs.map((l) =>
      `${l.analyte} ${l.value ?? ''} ${l.interpretation ?? ''}`.trim(),
    );

  it('"elevated transaminases and creatine kinase": the group before the list does not end it', () => {
    expect(labs('Blood tests showed leucopenia, elevated transaminases and creatine kinase.')).toContain(
      'CK  elevated',
    );
    expect(labs('Blood tests showed raised liver enzymes, CK and LDH.')).toEqual([
      'CK  elevated',
      'LDH  elevated',
    ]);
  });

  it('the plural "creatine kinases" is the CK', () => {
    expect(labs('Blood tests showed elevated transaminases and creatine kinases.')).toEqual(['CK  elevated']);
  });

  it('"liver enzymes were raised and CK was 40 U/L": the clause before does not read the CK', () => {
    expect(labs('Liver enzymes were raised and CK was 40 U/L.')).toEqual(['CK 40']);
    expect(labs('The ESR was high and the CRP was 3 mg/L.')).toEqual(['ESR  elevated', 'CRP 3']);
    // control: a reading before a list without a copula of its own is the list's
    expect(labs('Raised CK and LDH levels were found.')).toEqual(['CK  elevated', 'LDH  elevated']);
  });
});

describe('"free" in an analyte\'s name denies nothing', () => {
  it('"low TSH and elevated free thyroxine" keeps both readings', () => {
    const c = extractCase(
      PROXIMAL_WEAKNESS_OPENING + 'Thyroid tests showed a low TSH and an elevated free thyroxine.',
    ).case;
    expect(c.labs.map((l) => `${l.analyte} ${l.interpretation}`)).toEqual(['TSH low', 'free T4 elevated']);
  });

  it('control: "free of" still denies', () => {
    const c = extractCase(PROXIMAL_WEAKNESS_OPENING + 'Her skin was free of any rash.').case;
    expect(c.findings.some((f) => f.status === 'present')).toBe(true); // the weakness of the opening
    expect(c.findings.filter((f) => f.id.includes('rash')).every((f) => f.status !== 'present')).toBe(true);
  });
});

describe('a test the lexicon does not know, first in a list after its reading', () => {
  it('"elevated natriuretic peptide, troponin I and CK" passes the reading on', () => {
    const c = extractCase(
      PROXIMAL_WEAKNESS_OPENING + 'Tests showed elevated natriuretic peptide, troponin I and CK.',
    ).case;
    expect(c.labs.map((l) => `${l.analyte} ${l.interpretation}`)).toEqual([
      'troponin I elevated',
      'CK elevated',
    ]);
  });

  it("control: another clause's reading does not reach an analyte with its own predicate", () => {
    expect(labsAfterProximalWeakness('She had raised blood pressure and CK was 40 U/L.')).toEqual([
      'CK 40 U/L',
    ]);
    const c = extractCase(
      PROXIMAL_WEAKNESS_OPENING + 'She had raised blood pressure and CK was 40 U/L.',
    ).case;
    expect(c.labs[0]!.interpretation).toBeUndefined();
  });
});

describe('a return to normal says which way the value was only for an analyte a disease raises', () => {
  it('"CK normalised" was a raised CK; "phosphorous normalised" says nothing of the phosphate', () => {
    const read = (text: string) =>
      extractCase(PROXIMAL_WEAKNESS_OPENING + text).case.labs.map((l) =>
        `${l.analyte} ${l.interpretation ?? ''}`.trim(),
      );
    expect(read('The CK normalised after treatment.')).toEqual(['CK elevated']);
    expect(read('Serum phosphorous normalised after treatment.')).toEqual([]);
  });
});

describe('a reading word belongs to the analyte right after it, not to the one before', () => {
  it('"elevated ALT and AST and low albumin": AST is raised, only the albumin low', () => {
    expect(labReadingsAfterProximalWeakness('Labs showed elevated ALT and AST and low albumin.')).toEqual([
      'ALT elevated',
      'AST elevated',
      'albumin low',
    ]);
    expect(labReadingsAfterProximalWeakness('Labs showed low sodium and potassium and high TSH.')).toEqual([
      'sodium low',
      'potassium low',
      'TSH elevated',
    ]);
  });

  it('"low complement (C3)": the fraction in brackets takes the reading before the complement\'s name', () => {
    expect(labReadingsAfterProximalWeakness('Labs showed low complement (C3) and elevated CK.')).toEqual([
      'C3 low',
      'CK elevated',
    ]);
    expect(labReadingsAfterProximalWeakness('Labs showed low C3 and C4 and elevated CK.')).toEqual([
      'C3 low',
      'C4 low',
      'CK elevated',
    ]);
  });

  it('still reads a reading after the analyte ("AST elevated, ALT normal")', () => {
    expect(labReadingsAfterProximalWeakness('AST elevated, ALT normal.')).toEqual([
      'AST elevated',
      'ALT normal',
    ]);
  });
});

describe('"a suppressed TSH"', () => {
  it('is a low TSH, as "TSH was suppressed" is', () => {
    expect(labReadingsAfterProximalWeakness('Labs showed suppressed TSH and elevated free T4.')).toEqual([
      'TSH low',
      'free T4 elevated',
    ]);
  });
});

describe('an analyte excepted from a group reading', () => {
  it('"every muscle enzyme except LDH was within the normal range" gives LDH no reading', () => {
    // (LDH had been read normal)
    expect(labsAfterWeakThighs('Every muscle enzyme except LDH was within the normal range.')).toEqual([]);
    expect(labsAfterWeakThighs('Muscle enzymes were all normal apart from the LDH.')).toEqual([]);
  });

  it("keeps the excepted analyte's own reading and value", () => {
    // controls: its own relative clause, its own value
    expect(
      labsAfterWeakThighs(
        'Her blood tests were normal apart from creatinine, which was raised (1.9 mg/dL, normal 0.5–1.1).',
      ),
    ).toEqual(['creatinine:1.9 mg/dL elevated']);
    expect(labsAfterWeakThighs('Muscle enzymes were normal apart from an LDH of 455 U/L.')).toEqual([
      'LDH:455 U/L',
    ]);
  });
});

describe('an earlier state told in a relative clause', () => {
  it('"The CK, which had been normal a year earlier, was 9,800 U/L" is a CK of 9,800, not a normal CK', () => {
    const labs = extractCase(
      WEAK_THIGHS_CASE + 'The CK, which had been normal a year earlier, was 9,800 U/L.',
    ).case.labs;
    expect(labs.map((l) => [l.value, l.interpretation])).toEqual([[9800, undefined]]);
  });

  it('keeps the earlier state away from the value ("…, which had been elevated a year earlier, was 98 U/L")', () => {
    const labs = extractCase(WEAK_THIGHS_CASE + 'Her CK, which had been elevated a year earlier, was 98 U/L.')
      .case.labs;
    expect(labs.map((l) => [l.value, l.interpretation])).toEqual([[98, undefined]]);
    // control: a relative clause in the simple past is the same reading
    const now = extractCase(WEAK_THIGHS_CASE + 'Her CK, which was elevated, was 9,800 U/L.').case.labs;
    expect(now.map((l) => [l.value, l.interpretation])).toEqual([[9800, 'elevated']]);
  });
});

describe('a low complement before its fractions, beside an antibody’s reading', () => {
  it('reads "low levels of C3 and C4" as low, and leaves the "elevated" of the antibody after them to it', () => {
    expect(labReadingsAfterWeakThighs('She had low levels of C4 and C3.')).toEqual(['C4= low', 'C3= low']);
    expect(
      labReadingsAfterWeakThighs('She had low levels of C4 and C3, and raised anti-dsDNA antibodies.'),
    ).toEqual(['C4= low', 'C3= low']);
    expect(labReadingsAfterWeakThighs('She had low C3 and C4 and a high anti-dsDNA titre.')).toEqual([
      'C3= low',
      'C4= low',
    ]);
  });

  it('leaves the reading of lab lists as it was', () => {
    // controls
    expect(labReadingsAfterWeakThighs('Elevated CK and a high LDH were found.')).toEqual([
      'CK= elevated',
      'LDH= elevated',
    ]);
    expect(labReadingsAfterWeakThighs('Low C3 and C4 levels and an elevated ESR were noted.')).toEqual([
      'C3= low',
      'C4= low',
      'ESR= elevated',
    ]);
  });
});

describe('a reading reported "for" a list that opens with tests the lexicon does not know', () => {
  it('finds the "for" back over the unknown items and shares the reading', () => {
    expect(
      labsAfterWeakThighsAndArms(
        'Unremarkable values were recorded for urine culture, blood film, serum sodium and ferritin.',
      ),
    ).toEqual(['ferritin=normal', 'sodium=normal']);
    expect(
      labsAfterWeakThighsAndArms('Raised values were noted for liver tests, the lipid profile and ferritin.'),
    ).toEqual(['ferritin=elevated']);
  });

  it('reads the active form, the verb before the reading word', () => {
    expect(labsAfterWeakThighsAndArms('On the ward we found normal values for sodium and TSH.')).toEqual([
      'TSH=normal',
      'sodium=normal',
    ]);
  });

  it('keeps a later member with a verb of its own out of the list', () => {
    // controls
    expect(
      labsAfterWeakThighsAndArms(
        'Normal results were obtained for the chest film and the echocardiogram, and ferritin was sent twice.',
      ),
    ).toEqual([]);
    expect(
      labsAfterWeakThighsAndArms('Tests for hepatitis, HIV and syphilis were sent, and ferritin was high.'),
    ).toEqual(['ferritin=elevated']);
  });
});

describe('a presence found in the urine', () => {
  it('reads "X was detected / present in the urine" as the urine test abnormal, and its denial as normal', () => {
    expect(labsAfterWeakThighsAndArms('On the second day myoglobin was present in her urine.')).toEqual([
      'urine myoglobin=elevated',
    ]);
    expect(labsAfterWeakThighsAndArms('Urine myoglobin was detected on the dipstick sample.')).toEqual([
      'urine myoglobin=elevated',
    ]);
    expect(labsAfterWeakThighsAndArms('No myoglobin was found in the urine on admission.')).toEqual([
      'urine myoglobin=normal',
    ]);
  });

  it('keeps a finding in another fluid, and a serum value, apart', () => {
    // controls
    expect(labsAfterWeakThighsAndArms('Myoglobin was detected in the serum by the new assay.')).toEqual([]);
    expect(labsAfterWeakThighsAndArms('Serum myoglobin was 800 ng/mL on the first day.')).toEqual([
      'myoglobin=800 ng/mL',
    ]);
  });
});

describe('the muscle enzymes reported as one group (session 45)', () => {
  it('reads the group’s own result as a lab item without a value', () => {
    expect(labsAfterWeakThighs('Her muscle enzymes were elevated.')).toEqual(['muscle enzymes: elevated']);
    expect(labsAfterWeakThighs('Serum muscle enzyme levels were within normal limits.')).toEqual([
      'muscle enzymes: normal',
    ]);
  });

  it('gives no group item where a member is set apart or a number follows the group’s name', () => {
    expect(labsAfterWeakThighs('Muscle enzymes were normal but the LDH was 455 U/L.')).toEqual([
      'LDH:455 U/L',
    ]);
    expect(labsAfterWeakThighs('Elevated muscle enzymes: 4320 U/L (CK).')).toEqual(['CK:4320 U/L']);
    // control: other groups are no muscle enzymes
    expect(labsAfterWeakThighs('Liver enzymes were elevated.')).toEqual([]);
  });
});
