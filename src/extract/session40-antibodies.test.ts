/**
 * Antibody readings fixed in session 40 from a construction grid written from knowledge (name forms × result words
 * × syntax, with negative controls). Each test is our own sentence showing one construction, beside the near
 * control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const OPEN = 'A 61-year-old man was seen with weak hips and a shawl-sign rash.\n';
const read = (text: string) =>
  extractCase(OPEN + text)
    .case.antibodies.map((a) => `${a.target}=${a.result}${a.panel ? ' (panel)' : ''}`)
    .sort();

describe('a group result with its members in a bracket after the result', () => {
  it('gives the result to each member, with or without a copula, and keeps no group result', () => {
    expect(read('Myositis-specific Abs neg (Mi-2, NXP-2, SRP).')).toEqual([
      'Mi-2=negative',
      'NXP2=negative',
      'SRP=negative',
    ]);
    expect(read('Antisynthetase antibodies: all negative (anti-PL-7 and anti-OJ).')).toEqual([
      'OJ=negative',
      'PL-7=negative',
    ]);
    expect(read('Myositis autoantibodies were negative (Jo-1, EJ).')).toEqual([
      'EJ=negative',
      'Jo-1=negative',
    ]);
  });
  it('keeps the group when the bracket names no member, and a positive panel test keeps only the panel (controls)', () => {
    expect(read('Myositis antibodies negative (line immunoassay).')).toEqual([
      'myositis antibody panel=negative (panel)',
    ]);
    expect(read('The myositis blot was positive (Jo-1, PL-12, OJ).')).toEqual([
      'myositis antibody panel=positive (panel)',
    ]);
  });
});

describe('general statements are no result', () => {
  it('a level word before a noun of risk ("a high risk of")', () => {
    expect(read('Anti-NXP2 antibodies carry a high risk of malignancy.')).toEqual([]);
    expect(read('Anti-NXP2 was high.')).toEqual(['NXP2=positive']);
  });
  it('a disease named by its antibody that is only considered', () => {
    expect(read('Anti-SRP necrotising myopathy was considered.')).toEqual([]);
    expect(read('Anti-SRP necrotising myopathy was in our differential.')).toEqual([]);
    expect(read('Anti-SRP necrotising myopathy was diagnosed.')).toEqual(['SRP=positive']);
  });
  it('a disease or group compared with after "unlike"', () => {
    expect(read('Unlike MDA5-positive cases, he had no lung disease.')).toEqual([]);
    expect(read('Unlike anti-MDA5, which was negative, anti-Ro52 was positive.')).toEqual([
      'MDA5=negative',
      'Ro52=positive',
    ]);
  });
  it('"a positive/negative X" as the subject of a present or modal verb', () => {
    expect(read('A positive anti-TIF1γ should prompt a search for cancer.')).toEqual([]);
    expect(read('A negative anti-HMGCR does not rule out a necrotising myopathy.')).toEqual([]);
    expect(read('A positive anti-TIF1γ was reported.')).toEqual(['TIF1-gamma=positive']);
  });
});

describe('result wordings after the name', () => {
  it('"status" and "assay" between the name and its result', () => {
    expect(read('Anti-PL-7 status: negative.')).toEqual(['PL-7=negative']);
    expect(read('Anti-OJ antibody assay: positive.')).toEqual(['OJ=positive']);
  });
  it('"as was also" shares the result before it', () => {
    expect(read('Anti-OJ was negative, as was also anti-EJ.')).toEqual(['EJ=negative', 'OJ=negative']);
  });
  it('"no sign / no trace of" X is negative (control: no signs of a finding)', () => {
    expect(read('There was no trace of anti-EJ antibodies.')).toEqual(['EJ=negative']);
    expect(read('There were no signs of infection, and anti-EJ was positive.')).toEqual(['EJ=positive']);
  });
  it('"…, remainder negative" after a named panel, as "…, others negative"', () => {
    expect(read('Myositis panel: anti-EJ positive, remainder negative.')).toEqual([
      'EJ=positive',
      'myositis antibody panel=negative (panel)',
    ]);
  });
});

describe('the head noun glued with a hyphen ("PL-7-Ab")', () => {
  it('reads a sign after it, one per member', () => {
    expect(read('PL-7-Ab +, EJ-Ab −.')).toEqual(['EJ=negative', 'PL-7=positive']);
  });
  it('denies no result in "no X-Ab testing" or a general "a negative X-Ab does not …" (controls)', () => {
    expect(read('No OJ-Ab testing was done.')).toEqual([]);
    expect(read('A negative SRP-Ab cannot exclude the disease.')).toEqual([]);
  });
});

describe('levels and pasted reports', () => {
  it('a "titre" with a unit or a cut-off is a level, not a dilution (control: an ANA dilution stays one)', () => {
    expect(read('Anti-PM-Scl titre 75 (< 25).')).toEqual(['PM-Scl=positive']);
    expect(read('Anti-Ku titer 9 U/mL (<20).')).toEqual(['Ku=negative']);
    expect(read('ANA titre 40 (normal < 1:80).')).toEqual(['ANA=negative']);
  });
  it('a level flagged "H" by the laboratory is positive (control: "h" for hours)', () => {
    expect(read('Anti-SRP Ab 140 H, anti-Jo-1 negative.')).toEqual(['Jo-1=negative', 'SRP=positive']);
    expect(read('Anti-NXP2 95 AU [H]')).toEqual(['NXP2=positive']);
    expect(read('Anti-SRP antibody 24 h after admission was negative.')).toEqual(['SRP=negative']);
  });
  it('reads across the leader dots of a pasted report (control: a stop ends a clause)', () => {
    expect(read('Anti-EJ ........ negative')).toEqual(['EJ=negative']);
    expect(read('Anti-EJ was sent. Positive ANA.')).toEqual(['ANA=positive']);
  });
});

describe('a result noun said of any patient', () => {
  it('"X positivity correlates with / indicates / is linked to" opening the sentence', () => {
    expect(read('Anti-OJ positivity correlates with lung involvement.')).toEqual([]);
    expect(read('SAE seropositivity is linked to dysphagia.')).toEqual([]);
  });
  it("keeps the patient's own result noun (controls)", () => {
    expect(read('Anti-OJ positivity was confirmed on a second blot.')).toEqual(['OJ=positive']);
    expect(read('His anti-OJ positivity indicates an antisynthetase syndrome.')).toEqual(['OJ=positive']);
  });
});

describe('a group or a possession across more words', () => {
  it('"negative for all <group>" is a negative group result', () => {
    expect(read('He was negative for all myositis-specific antibodies.')).toEqual([
      'myositis antibody panel=negative (panel)',
    ]);
  });
  it('"had low-titre anti-X antibodies" is possession across the hyphens (control: "had … checked")', () => {
    expect(read('He had low-titre anti-OJ autoantibodies.')).toEqual(['OJ=positive']);
    expect(read('He had anti-OJ antibodies checked.')).toEqual([]);
  });
});

describe('a denied finding with "any", and a table of levels', () => {
  it('"the panel did not detect any antibodies / show any positive bands" is a negative panel', () => {
    expect(read('The extended myositis blot did not show any positive bands.')).toEqual([
      'myositis antibody panel=negative (panel)',
    ]);
    expect(read('The myositis panel failed to reveal any antibodies.')).toEqual([
      'myositis antibody panel=negative (panel)',
    ]);
  });
  it('keeps no panel for "any change", and named members take the denial themselves (controls)', () => {
    expect(read('The myositis panel did not show any difference.')).toEqual([]);
    expect(read('The myositis blot did not reveal any anti-OJ or anti-EJ.')).toEqual([
      'EJ=negative',
      'OJ=negative',
    ]);
  });
  it('reads a level against the reference column of a pasted table', () => {
    expect(read('Test | Result | Range\nAnti-SRP | 74 | <20\nAnti-OJ | 2 | 0-15')).toEqual([
      'OJ=negative',
      'SRP=positive',
    ]);
  });
});

describe('a possibility is no result', () => {
  it('"X may be / can be <result>" (control: "could not be detected" stays negative)', () => {
    expect(read('Anti-SAE may be negative early in the course.')).toEqual([]);
    expect(read('Anti-SAE could not be detected.')).toEqual(['SAE=negative']);
  });
  it('"X negativity does not exclude …" opening the sentence (control: the patient\'s negativity confirmed)', () => {
    expect(read('Anti-SRP negativity does not exclude a necrotising myopathy.')).toEqual([]);
    expect(read('Anti-SRP negativity was confirmed on repeat testing.')).toEqual(['SRP=negative']);
  });
});

describe('a confirmation on a repeated test', () => {
  it('"X was negative, confirmed on repeat testing" stays negative (control: a later positive still counts)', () => {
    expect(read('Anti-Mi-2 was negative, confirmed on repeat testing.')).toEqual(['Mi-2=negative']);
    expect(read('Anti-Mi-2 was negative at first but positive on repeat testing.')).toEqual([
      'Mi-2=positive',
    ]);
  });
});
