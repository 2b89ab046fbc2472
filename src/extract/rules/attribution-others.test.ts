/**
 * Facts of other people are not the patient's: a clause about others before one about the patient, family-history
 * labels and relatives, "she also" after a relative of that sex, cancers that are not the patient's, and a sentence
 * that opens on another case. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { findings } from '../__fixtures__/read-case.js';
import { ellipticalPatientDenial, mixedClauseBoundary } from '../attribution.js';
import { analyse } from '../document.js';
import { tokenize } from '../tokenize.js';
import { cancerNames, readAfterAdmission, readAfterTitle } from './__fixtures__/helpers.js';
import { cancerTimesAfterWeakThighs as cancerTimesOf } from './__fixtures__/timing.js';

const boundaryOf = (text: string): string | undefined => {
  const tokens = tokenize(text, 0, text.length);
  const b = mixedClauseBoundary(text, tokens);
  return b === undefined ? undefined : tokens[b]!.norm;
};

describe('a clause about others, then one about the patient', () => {
  it('finds the join of a cohort, general or relative clause and the patient’s', () => {
    expect(boundaryOf('In a registry of 60 patients, fever occurred in 20; our patient had none.')).toBe(';');
    expect(boundaryOf('Although shawl sign is typical of dermatomyositis, our patient had none.')).toBe(',');
    expect(boundaryOf('Calcinosis is frequent in juvenile disease but was not seen here.')).toBe('but');
    expect(boundaryOf('Her sister had Raynaud phenomenon; she did not.')).toBe(';');
  });

  it('leaves one-subject sentences whole', () => {
    // the clause after goes on about the disease: an age range is not the patient
    expect(
      boundaryOf('The incidence is 2 per million; it peaks from 5 to 15 years old and from 45 to 64 years.'),
    ).toBeUndefined();
    expect(boundaryOf('She had a heliotrope rash; she had no Gottron papules.')).toBeUndefined();
    expect(boundaryOf('Fever was present but dysphagia was not.')).toBeUndefined();
  });

  it('reads an elliptical denial of the patient', () => {
    const denial = (s: string) => ellipticalPatientDenial(tokenize(s, 0, s.length));
    expect(denial('our patient had none')).toBe(true);
    expect(denial('ours did not')).toBe(true);
    expect(denial('was not seen in our patient')).toBe(true);
    expect(denial('our patient had dysphagia')).toBe(false);
    expect(denial('she did not have a rash on her hands or her face')).toBe(false);
  });

  it('splits the sentence and marks the second clause', () => {
    const doc = analyse('In a registry of 60 patients, fever occurred in 20; our patient had none.');
    expect(doc.sentences).toHaveLength(2);
    expect(doc.sentences[1]!.clauseOf).toBe(0);
    expect(doc.sentences[0]!.attribution.subject).not.toBe('patient');
    expect(doc.sentences[1]!.attribution.subject).toBe('patient');
  });

  it('denies for the patient what the first clause said of others', () => {
    expect(findings('In a registry of 60 patients, fever occurred in 20; our patient had none.')).toEqual({
      fever: 'absent',
    });
    expect(findings('Although shawl sign is typical of dermatomyositis, our patient had none.')).toEqual({
      'shawl-sign': 'absent',
    });
    expect(findings('Her sister had Raynaud phenomenon; she did not.')).toEqual({
      'raynaud-phenomenon': 'absent',
    });
    // a general clause before the patient's own statement: only hers counts
    expect(
      findings(
        'Interstitial lung disease is frequent in antisynthetase syndrome; in our patient the CT showed no ILD.',
      ),
    ).toEqual({ 'interstitial-lung-disease': 'absent' });
    expect(findings('Patients with DM often have dysphagia; our patient had dysphagia and fever.')).toEqual({
      dysphagia: 'present',
      fever: 'present',
    });
  });
});

describe('family-history labels of clinic notes', () => {
  it('"FHx: Raynaud phenomenon (mother)" is the mother’s', () => {
    expect(findings('FHx: Raynaud phenomenon (mother).')['raynaud-phenomenon']).toBeUndefined();
  });
  it('"FH: lymphoma in her sister" gives the patient no cancer', () => {
    expect(cancerNames('FH: lymphoma in her sister.')).toEqual([]);
  });
  it('after "Family history: nil." the patient’s sentences on the same line are read', () => {
    expect(findings('Family history: nil. She had a heliotrope rash.')['heliotrope-rash']).toBe('present');
    expect(findings('FHx: non-contributory. She has Raynaud phenomenon.')['raynaud-phenomenon']).toBe(
      'present',
    );
  });
  it('control: after a family history that reports something, "She" may still be the relative', () => {
    expect(
      findings('Family history: her mother had a heliotrope rash. She died at 60.')['heliotrope-rash'],
    ).toBe(undefined);
  });
});

describe('"she also" right after a sentence about a relative of that sex', () => {
  it('"Her sister has lupus. She also has Raynaud phenomenon." is the sister’s', () => {
    expect(
      findings('Her sister has lupus. She also has Raynaud phenomenon.')['raynaud-phenomenon'],
    ).toBeUndefined();
    expect(cancerNames('Her sister has lupus. She also had ovarian cancer.')).toEqual([]);
  });
  it('controls: a relative of the other sex, and "she also" after the patient’s own sentence', () => {
    expect(findings('Her father has lupus. She also has Raynaud phenomenon.')['raynaud-phenomenon']).toBe(
      'present',
    );
    expect(findings('She has Raynaud phenomenon. She also has dysphagia.').dysphagia).toBe('present');
  });
});

describe('a family history of cancer denied', () => {
  const family = (text: string) => readAfterTitle(text).patient.familyHistoryOfCancer;
  it('"Family history was negative for cancer" is no family history of cancer (was read yes)', () => {
    expect(family('Family history was negative for cancer.')).toBe('no');
  });
  it('"no family history of oncologic or renal disease" (an adjective of cancer)', () => {
    expect(family('There is no family history of oncologic or renal disease.')).toBe('no');
  });
  it('control: "Family history was positive for breast cancer" is yes', () => {
    expect(family('Family history was positive for breast cancer.')).toBe('yes');
  });
  it('control: the patient’s own malignant tumour is no family history', () => {
    expect(family('He had a malignant tumour of the thymus.')).toBeUndefined();
  });
});

describe('cancers that are not the patient’s, and the times of another cancer or of a death', () => {
  it('reads no cancer that was searched for and not found, nor one that names a treatment', () => {
    expect(cancerTimesOf('We searched for an underlying gastric cancer, which was not found.')).toEqual([]);
    expect(cancerTimesOf('She received anti-myeloma chemotherapy with lenalidomide for her MGUS.')).toEqual(
      [],
    );
    expect(cancerTimesOf('She was given anti-lymphoma therapy.')).toEqual([]);
    // controls
    expect(cancerTimesOf('She had a gastric cancer, which was found at endoscopy.').length).toBe(1);
    expect(cancerTimesOf('She had multiple myeloma treated with anti-myeloma chemotherapy.').length).toBe(1);
  });

  it('does not date a cancer by the interval of a death', () => {
    expect(
      cancerTimesOf('A gastric cancer was found at diagnosis, and she died 4 months later.'),
    ).not.toContainEqual(['stomach', 4]);
    expect(
      cancerTimesOf(
        'A gastric cancer was found at the time of diagnosis, and she died of the cancer three years after the onset of dermatomyositis.',
      ),
    ).toEqual([['stomach', 0]]);
  });

  it('gives a relative time or a word of the past to the nearest of two cancers', () => {
    const two = cancerTimesOf(
      'She had been treated for breast carcinoma 10 years earlier, and staging now showed a small cell lung cancer.',
    );
    expect(two).toContainEqual(['breast', -120]);
    expect(two).not.toContainEqual(['lung', -120]);
    expect(two).not.toContainEqual(['lung', 'before']);
    expect(
      cancerTimesOf(
        'He had undergone prostatectomy for prostate cancer five years earlier; staging CT now revealed a pancreatic adenocarcinoma.',
      ),
    ).not.toContainEqual(['pancreas', -60]);
  });
});

describe('a sentence that opens on another case (session 40)', () => {
  it('keeps the values and signs of a previous, similar or other case out of the patient’s case', () => {
    expect(readAfterAdmission('In an earlier case, CK was 8100 U/L.').labs ?? []).toEqual([]);
    expect(
      readAfterAdmission('Another woman seen in our department had Gottron papules.').findings?.some(
        (f) => f.id === 'gottron-papules',
      ),
    ).toBe(false);
    expect(
      readAfterAdmission('In a similar case, anti-NXP2 antibodies were found.').antibodies ?? [],
    ).toEqual([]);
    expect(readAfterAdmission('Our previous patient had an aldolase of 21 U/L.').labs ?? []).toEqual([]);
  });
  it('keeps the patient’s own facts when the sentence also names the report’s patient, or the word is not a case', () => {
    const mixed = readAfterAdmission(
      'In a previous case, CK was lower than in our patient, whose CK was 6400 U/L.',
    );
    expect(mixed.labs).toEqual(
      expect.arrayContaining([expect.objectContaining({ analyte: 'CK', value: 6400 })]),
    );
    expect(readAfterAdmission('A previous chest radiograph was clear. His CK was 6400 U/L.').labs).toEqual([
      expect.objectContaining({ analyte: 'CK', value: 6400 }),
    ]);
  });
});
