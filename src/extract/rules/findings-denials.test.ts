/**
 * How far a denial of a finding reaches, and what a note's answers state: a denial after the sign or its site,
 * denied denials, a denial in a later clause or a clause of its own, a denial inside a list, clinic-note answers,
 * and denials that do not clear the skin or the muscles. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { findings, statedFindings } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';
import {
  findingsAfterWeakThighs,
  statedFindingsAfterRash,
  statedFindingsAfterWeakThighs,
} from './__fixtures__/helpers.js';

describe('seventeenth round: the reach of a denial', () => {
  it('keeps a denial over "or a …" at the end of a list', () => {
    expect(findings('She denied back pain, headache or a fever episode.')).toEqual({ fever: 'absent' });
    // a new clause after "and a" still ends it
    expect(findings('There was no fever and a rash on the eyelids was seen.')).toMatchObject({
      fever: 'absent',
    });
  });

  it('ends a "but not with …" qualification at the comma', () => {
    expect(
      findings('She had trouble rising from a chair but not with walking, dysphagia and hoarseness.'),
    ).toMatchObject({ dysphagia: 'present', dysphonia: 'present' });
    // a plain "but not" still denies the whole list
    expect(findings('She had a rash but not dysphagia or fever.')).toMatchObject({
      dysphagia: 'absent',
      fever: 'absent',
    });
  });
});

describe('a denial written after the sign or its site', () => {
  it('keeps the sign’s denial when a site follows it', () => {
    expect(findings('Gottron papules were not seen over the knuckles.')).toEqual({
      'gottron-papules': 'absent',
    });
    expect(findings('Gottron papules were seen over the knuckles.')).toEqual({
      'gottron-papules': 'present',
    });
  });

  it('reads a denied swelling word of the eyelids', () => {
    expect(findings('The upper eyelids were not swollen.')).toEqual({ 'periorbital-oedema': 'absent' });
    expect(findings('The upper eyelids were swollen.')).toEqual({ 'periorbital-oedema': 'present' });
  });

  it('reads an elliptical "were not." as a denial of what came before', () => {
    expect(findings('A heliotrope rash was present, Gottron papules were not.')).toEqual({
      'heliotrope-rash': 'present',
      'gottron-papules': 'absent',
    });
  });
});

describe('denied denials and graded regions', () => {
  it('reads "was not free of" and "was not absent" as present', () => {
    expect(findings('He was not free of dysphagia.')).toEqual({ dysphagia: 'present' });
    expect(findings('Fever was not absent.')).toEqual({ fever: 'present' });
    expect(findings('He was free of dysphagia.')).toEqual({ dysphagia: 'absent' });
  });

  it('reads "no longer" as a finding that was there before', () => {
    expect(findings('There was no longer any dysphagia after the second week.')).toEqual({
      dysphagia: 'present',
    });
  });

  it('reads "was never any" and "was never present" as denials', () => {
    expect(findings('There was never any dysphagia.')).toEqual({ dysphagia: 'absent' });
    expect(findings('Fever was never present.')).toEqual({ fever: 'absent' });
    expect(findings('There had never been a heliotrope rash.')).toEqual({ 'heliotrope-rash': 'absent' });
    expect(findings('Weakness was never a complaint until March, when dysphagia began.')).toMatchObject({
      dysphagia: 'present',
    });
  });

  it('reads the perfect "has not been observed" as a denial', () => {
    expect(findings('Fever has not been observed.')).toEqual({ fever: 'absent' });
    expect(findings('Calcinosis has not been seen.')).toEqual({ calcinosis: 'absent' });
    expect(findings('Fever has been observed every evening.')).toEqual({ fever: 'present' });
  });

  it('reads a weakness line answered "none" and "at no point" as absent', () => {
    expect(findings('Neck flexor weakness: none.')).toEqual({ 'neck-flexor-weakness': 'absent' });
    expect(findings('Proximal weakness of the legs – no.')).toMatchObject({
      'proximal-weakness-lower': 'absent',
    });
    expect(findings('At no point did she have proximal weakness of the legs.')).toMatchObject({
      'proximal-weakness-lower': 'absent',
    });
    expect(findings('Neck flexor weakness: present.')).toEqual({ 'neck-flexor-weakness': 'present' });
  });

  it('gives no grade to a region the sentence states at full strength', () => {
    expect(findings('Strength was full in the legs; the deltoids were 4/5.')).toMatchObject({
      'proximal-weakness-upper': 'present',
      'proximal-weakness-lower': 'absent',
    });
  });
});

describe('a denial in a later clause does not reach the object of an earlier one', () => {
  it('"She had proximal weakness and anti-Jo-1 was negative": the weakness is present', () => {
    expect(findings('She had proximal weakness and anti-Jo-1 was negative.')['proximal-weakness-lower']).toBe(
      'present',
    );
  });
  it('"She had dysphagia and the ANA was negative": dysphagia present', () => {
    expect(findings('She had dysphagia and the ANA was negative.').dysphagia).toBe('present');
  });
  it('"She had fever but dysphagia was denied": fever present, dysphagia absent', () => {
    expect(findings('She had fever but dysphagia was denied.')).toMatchObject({
      fever: 'present',
      dysphagia: 'absent',
    });
  });
  it('control: a coordinated subject is denied as a whole', () => {
    expect(findings('Dysphagia and fever were absent.')).toMatchObject({
      fever: 'absent',
      dysphagia: 'absent',
    });
  });
  it('control: "She had no rash and weakness was absent"', () => {
    expect(findings('She had no rash and weakness was absent.')['proximal-weakness-lower']).toBe('absent');
  });
});

describe('clinic-note answers', () => {
  it.each(['Dysphagia -.', 'Dysphagia – denies.', 'Dysphagia: ✗'])('%s is absent', (text) => {
    expect(findings(text).dysphagia).toBe('absent');
  });
  it('"Dysphagia: not assessed." states nothing; controls "Dysphagia +." and "Dysphagia - mild."', () => {
    expect(findings('Dysphagia: not assessed.').dysphagia).toBeUndefined();
    expect(findings('Dysphagia +.').dysphagia).toBe('present');
    expect(findings('Dysphagia - mild.').dysphagia).toBe('present');
  });
});

describe('a denial does not run on past what the note affirms', () => {
  it('"Fever absent, dysphagia present": dysphagia present', () => {
    expect(findings('Fever absent, dysphagia present.')).toMatchObject({
      fever: 'absent',
      dysphagia: 'present',
    });
  });
  it('"Denies fever, endorses dysphagia": dysphagia present', () => {
    expect(findings('Denies fever, endorses dysphagia.')).toMatchObject({
      fever: 'absent',
      dysphagia: 'present',
    });
  });
  it('controls: "Absent Gottron papules", "Fever and dysphagia absent"', () => {
    expect(findings('Absent Gottron papules.')['gottron-papules']).toBe('absent');
    expect(findings('Fever and dysphagia absent.')).toMatchObject({ fever: 'absent', dysphagia: 'absent' });
  });
});

describe('findings: labels run into the case, denials inside lists, grades', () => {
  const findings = (text: string, opening = 'A 44-year-old woman was seen in clinic. ') =>
    Object.fromEntries(
      extractCase(`Myositis: a case report\n\n${opening}${text}`).case.findings.map((f) => [f.id, f.status]),
    );
  const strength = (text: string) =>
    extractCase(`Myositis: a case report\n\nA 44-year-old woman was seen. ${text}`).case.strength.map(
      (x) => `${x.group} ${x.grade}`,
    );
  it('a keywords label run into the case on one line ends where the case opens', () => {
    const f = findings(
      'Keywords: dermatomyositis; interstitial lung disease A 52-year-old man had fever and a heliotrope rash.',
      '',
    );
    expect(f).toMatchObject({ fever: 'present', 'heliotrope-rash': 'present' });
  });
  it('control: the keywords themselves are nobody’s findings', () => {
    expect(findings('Keywords: heliotrope rash; fever; dysphagia', '')).toEqual({});
  });
  it('"absence of" as an item of a list denies that item only', () => {
    const f = findings(
      'The skin erosions, absence of myalgia, marked proximal weakness and radiographic evidence of interstitial lung disease pointed to the diagnosis.',
    );
    expect(f).toMatchObject({
      myalgia: 'absent',
      'proximal-weakness-upper': 'present',
      'interstitial-lung-disease': 'present',
    });
  });
  it('control: "absence of" before a list denies the whole list', () => {
    expect(findings('She reported absence of fever, myalgia and dysphagia.')).toEqual({
      fever: 'absent',
      myalgia: 'absent',
      dysphagia: 'absent',
    });
  });
  it('"with unremarkable labs" does not deny the signs before it', () => {
    expect(findings('She had Gottron papules and a heliotrope rash, with unremarkable labs.')).toMatchObject({
      'gottron-papules': 'present',
      'heliotrope-rash': 'present',
    });
  });
  it('control: "… was unremarkable" after the sign still denies it', () => {
    expect(findings('Examination of the skin for a heliotrope rash was unremarkable.')).toMatchObject({
      'heliotrope-rash': 'absent',
    });
  });
  it('a disease named after a fever in a serology list is no fever', () => {
    expect(findings('Serology for HIV, spotted fever and Lyme disease was negative.')).toEqual({});
  });
  it('a grade written with the minus sign (U+2212)', () => {
    expect(
      strength('Strength was 4\u2212/5 in the neck flexors and 4/5 in the deltoids and hip flexors.'),
    ).toEqual(['neck-flexors 4-/5', 'proximal-upper 4/5', 'proximal-lower 4/5']);
  });
  it('a grade is not given to the region of the next clause', () => {
    expect(strength('Proximal power was graded 4/5; distal power was preserved.')).toEqual([
      'proximal-upper 4/5',
      'proximal-lower 4/5',
    ]);
    expect(strength('Proximal muscle strength was symmetrically reduced to 4/5.')).toEqual([
      'proximal-upper 4/5',
      'proximal-lower 4/5',
    ]);
  });
  it('"bilateral painful joints" says nothing of the weakness’s symmetry', () => {
    expect(findings('She had leg weakness and bilateral painful joints.')).not.toHaveProperty(
      'symmetric-weakness',
    );
  });
  it('control: "bilateral proximal weakness" is symmetric', () => {
    expect(findings('She had bilateral proximal weakness.')).toMatchObject({
      'symmetric-weakness': 'present',
    });
  });
});

describe('a denial of the verb of presenting', () => {
  it('"she did not present fever, arthralgia or dysphagia" denies each item', () => {
    // (each item had been read present: "present" ended the denial's scope)
    expect(findingsAfterWeakThighs('She did not present fever, arthralgia or dysphagia.')).toEqual(
      expect.arrayContaining(['fever=absent', 'arthralgia=absent', 'dysphagia=absent']),
    );
    expect(findingsAfterWeakThighs('The patient does not present with Raynaud phenomenon.')).toContain(
      'raynaud-phenomenon=absent',
    );
  });

  it('denies nothing when the verb means going to a clinician', () => {
    // control: "did not present to hospital until …" says when she came, not what she lacked
    expect(findingsAfterWeakThighs('She did not present to hospital until she had dysphagia.')).toContain(
      'dysphagia=present',
    );
  });
});

describe('a denial after a clause of its own does not reach back', () => {
  it('"Her weakness persisted and the ANA was negative" denies no weakness', () => {
    expect(statedFindingsAfterRash('Her weakness persisted and the ANA was negative.')).toEqual([]);
    expect(statedFindingsAfterRash('She was weak and the ANA was negative.')).toEqual([]);
  });

  it('still denies a subject coordinated before the denial ("Weakness and the rash were absent")', () => {
    expect(statedFindingsAfterRash('Weakness and the rash were absent.')).toContain(
      'proximal-weakness-upper:absent',
    );
    expect(statedFindingsAfterRash('She was not weak and the ANA was negative.')).toContain(
      'proximal-weakness-lower:absent',
    );
  });
});

describe('denials that do not clear the skin or the muscles', () => {
  it('gives no absent heliotrope or Gottron for a local, a course or a distant denial', () => {
    expect(statedFindings('No specific skin lesions were found over the painful shoulder.')).toEqual([]);
    expect(
      statedFindings(
        'With no risk factors for insulin resistance and a sudden onset of the skin findings, a paraneoplastic cause was considered.',
      ),
    ).toEqual([]);
    expect(
      statedFindings(
        'Earlier skin biopsies did not show the typical picture of a glucagonoma eruption and the rash was judged to be psoriatic.',
      ),
    ).toEqual([]);
  });

  it('gives no absent weakness for "asymptomatic with respect to his prostate cancer"', () => {
    expect(statedFindings('He was asymptomatic with respect to his prostate cancer.')).toEqual([]);
  });

  it('still reads a plain denial, and a list under one denial', () => {
    // controls
    expect(statedFindings('She had no rash.')).toEqual([
      'gottron-papules:absent',
      'gottron-sign:absent',
      'heliotrope-rash:absent',
    ]);
    expect(statedFindings('She had proximal weakness without myalgia, joint pain, or skin lesions.')).toEqual(
      [
        'arthralgia:absent',
        'gottron-papules:absent',
        'gottron-sign:absent',
        'heliotrope-rash:absent',
        'myalgia:absent',
        'proximal-weakness-lower:present',
        'proximal-weakness-upper:present',
      ],
    );
    expect(statedFindings('She was asymptomatic.')).toEqual([
      'myalgia:absent',
      'proximal-weakness-lower:absent',
      'proximal-weakness-upper:absent',
    ]);
  });
});

describe('a denial that a clause of its own ends', () => {
  it('does not reach a sign that is the subject of the next clause', () => {
    expect(
      statedFindingsAfterWeakThighs(
        'CK decreased without additional immunosuppression, and the rash improved.',
      ),
    ).not.toContain('heliotrope-rash:absent');
    // control
    expect(statedFindingsAfterWeakThighs('She had no fever, and the rash was absent.')).toContain(
      'heliotrope-rash:absent',
    );
  });
});
