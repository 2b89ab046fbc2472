/**
 * Readings fixed in session 33 (issue 12): constructions found by batteries of sentences of our own and in an
 * eleventh round of published case reports read outside the corpus, each written again in the repository's own
 * words, with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis } from '../eval/score.js';
import { extractCase } from './extract.js';

const CASE = 'Case presentation\n\nA 58-year-old woman presented with weakness of the thighs. ';
const cancerTimesOf = (text: string) => {
  const c = extractCase(CASE + text).case;
  return c.cancers.map((k) => [k.site, cancerMonthsFromMyositis(c, k) ?? k.relationToMyositis ?? null]);
};

const antibodiesOf = (text: string) =>
  extractCase(CASE + text)
    .case.antibodies.map((a) => `${a.target}=${a.result}`)
    .sort();

const labsOf = (text: string) =>
  extractCase(CASE + text).case.labs.map(
    (l) =>
      `${l.analyte}=${l.value ?? ''}${l.unit ? ` ${l.unit}` : ''}${l.interpretation ? ` ${l.interpretation}` : ''}`,
  );

describe('a cancer that imaging only suggested', () => {
  it('does not record "PET-CT suggested a recurrence of breast cancer" as a certain cancer', () => {
    expect(cancerTimesOf('PET-CT suggested a recurrence of breast cancer.')).toEqual([]);
  });

  it('keeps a cancer a biopsy confirmed', () => {
    // control
    expect(cancerTimesOf('A biopsy confirmed a recurrence of breast cancer.').length).toBe(1);
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
        'A gastric cancer was found at the time of diagnosis, and she died of the cancer 3 years after the onset of dermatomyositis.',
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

describe('structured abstracts whose case is told under "Materials and methods/results" or "Setting"', () => {
  it('reads the case told under those labels as the case', () => {
    const a = extractCase(
      'Dermatomyositis and ovarian cancer\n\nPurpose: To report a rare association.\nMaterials and methods/results: A 57-year-old woman presented with a heliotrope rash. CK was 3,200 U/L. Anti-TIF1-gamma antibody was positive.\nConclusion: Screening matters.\n',
    ).case;
    expect([a.patient.age, a.labs.map((l) => l.value), a.antibodies.map((x) => x.target)]).toEqual([
      57,
      [3200],
      ['TIF1-gamma'],
    ]);
    const b = extractCase(
      'Paraneoplastic myositis\n\nObjective: To describe a rare case.\nSetting: A 64-year-old man had proximal weakness and dysphagia. CK was 5,000 U/L.\n',
    ).case;
    expect([b.patient.age, b.patient.sex, b.labs.map((l) => l.value)]).toEqual([64, 'male', [5000]]);
  });
});

describe('more labels under which an abstract tells its case', () => {
  it('reads the case told under "Patient findings:", "Report:", "Case report and discussion:" and "Case series:"', () => {
    for (const label of ['Patient findings', 'Report', 'Case report and discussion', 'Case series']) {
      const c = extractCase(
        `Title of a paper\n\nIntroduction: Dermatomyositis is rare.\n${label}: A 60-year-old woman had a CK of 3,000 U/L.\n`,
      ).case;
      expect([label, c.patient.age, c.labs.length]).toEqual([label, 60, 1]);
    }
  });
});

describe('a plural noun beside one patient’s age', () => {
  it('reads the sex of "a 61-year old women" and "a men of 54 y.o."', () => {
    expect(extractCase('A 61-year old women came with a rash.').case.patient).toMatchObject({
      sex: 'female',
      age: 61,
    });
    expect(extractCase('A men of 54 y.o. presented with weakness.').case.patient).toMatchObject({
      sex: 'male',
      age: 54,
    });
  });
});

describe('calendar months written as numbers, a myositis ENA panel, and grams written "gms"', () => {
  it('dates a cancer from "2018-03 … 2019-01" and "03.2016 … 09.2017" in months', () => {
    expect(
      cancerTimesOf('A breast carcinoma was diagnosed in 2018-03 and dermatomyositis in 2019-01.'),
    ).toEqual([['breast', -10]]);
    expect(
      cancerTimesOf('A breast carcinoma was diagnosed in 03.2016 and dermatomyositis in 09.2017.'),
    ).toEqual([['breast', -18]]);
    // control: years alone
    expect(cancerTimesOf('A breast carcinoma was diagnosed in 2016 and dermatomyositis in 2018.')).toEqual([
      ['breast', -24],
    ]);
  });

  it('reads "Myositis ENA panel was negative" as the myositis panel, and "Hb 10.2 gms/dl" with its unit', () => {
    expect(antibodiesOf('Myositis ENA panel was negative.')).toEqual(['myositis antibody panel=negative']);
    expect(antibodiesOf('ENA panel was negative.')).toEqual(['ENA=negative']);
    expect(labsOf('Hb 10.2 gms/dl.')).toEqual(['haemoglobin=10.2 g/dL']);
  });
});
