/**
 * Readings fixed in session 35 (issue 12): wrong and lost readings found by five batteries of the project's own
 * test texts (antibody results, lab values, cancer timing, symptom onsets, whole case presentations), each written
 * again here with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis, onsetMonthsBeforePresentation } from '../eval/score.js';
import { extractCase } from './extract.js';

const CASE = 'Case presentation\n\nA 58-year-old woman presented with weakness of the thighs. ';
const caseOf = (text: string) => extractCase(CASE + text).case;
const labsOf = (text: string) =>
  caseOf(text)
    .labs.map((l) => `${l.analyte}=${l.value ?? l.interpretation}${l.unit ? ' ' + l.unit : ''}`)
    .sort();
const antibodiesOf = (text: string) =>
  caseOf(text)
    .antibodies.map((a) => `${a.target}=${a.result}`)
    .sort();
const onsetOf = (text: string) => onsetMonthsBeforePresentation(caseOf(text));
const cancersOf = (text: string) => {
  const c = caseOf(text);
  return c.cancers.map(
    (k) => `${k.site ?? '?'} ${k.relationToMyositis ?? '-'} ${cancerMonthsFromMyositis(c, k) ?? '-'}`,
  );
};

describe('an age written "at N years"', () => {
  it('dates a cancer from the age, not as a visit N years after the presentation', () => {
    expect(cancersOf('At 54 years, she was diagnosed with carcinoma of the rectum.')).toEqual([
      'rectum - -48',
    ]);
    expect(cancersOf('At 54 years of age, she was diagnosed with carcinoma of the rectum.')).toEqual([
      'rectum - -48',
    ]);
  });

  it('still reads a short count after "at" as a follow-up visit', () => {
    // control
    expect(cancersOf('At 6 months, she was diagnosed with carcinoma of the rectum.')).toEqual(['rectum - 6']);
  });
});

describe('how long a state, a habit or a drug has lasted, beside the symptom', () => {
  it('does not take the duration of a comorbidity, smoking or a long-term drug as the onset', () => {
    expect(onsetOf('She was a known diabetic for 12 years and presented with weakness for 2 months.')).toBe(
      2,
    );
    expect(onsetOf('She was a smoker since 30 years and came with weakness since 3 months.')).toBe(3);
    expect(onsetOf('She had smoked 20 cigarettes a day for 30 years, and had had a rash for 2 months.')).toBe(
      2,
    );
    expect(onsetOf('On tamoxifen for 4 years, she noticed a rash on her eyelids 2 months ago.')).toBe(2);
    expect(
      onsetOf('She had had bronchial asthma for 20 years and had developed a rash 2 months earlier.'),
    ).toBe(2);
  });

  it('reads "K/c/o" as a known case of, and DM beside HTN as diabetes', () => {
    expect(onsetOf('K/c/o DM and HTN since 10 years, presented with weakness since 2 months.')).toBe(2);
    expect(onsetOf('Known case of DM and HTN, presented with weakness since 2 months.')).toBe(2);
  });

  it('keeps a duration of the myositis itself, and of the symptom', () => {
    // controls
    expect(onsetOf('Known case of DM for 3 years, she now presented with dysphagia for 2 weeks.')).toBe(36);
    expect(onsetOf('She c/o weakness for 2 months.')).toBe(2);
  });
});

describe('statements about the disease in general inside a patient sentence', () => {
  it('reads nothing from an aside about the disease in general', () => {
    expect(
      labsOf('CK, which is often normal in anti-MDA5 dermatomyositis, was elevated in our patient.'),
    ).toEqual(['CK=elevated']);
    expect(
      antibodiesOf('CK, which is often normal in anti-MDA5 dermatomyositis, was elevated in our patient.'),
    ).toEqual([]);
    expect(labsOf('CK, typically normal in CADM, was raised (540 U/L).')).toEqual(['CK=540 U/L']);
    expect(labsOf('Aldolase, which may be elevated when CK is normal, was 5.1 U/L.')).toEqual([
      'aldolase=5.1 U/L',
    ]);
    expect(labsOf('CK and LDH, which are often raised in myositis, were 4500 and 600 U/L.')).toEqual([
      'CK=4500 U/L',
      'LDH=600 U/L',
    ]);
  });

  it("keeps an aside of the patient's own history in the past tense", () => {
    // control
    expect(labsOf('Her CK, which had been elevated a year earlier, was 98 U/L.')).toEqual(['CK=98 U/L']);
  });

  it('reads "no previous report", "few reports" as the literature', () => {
    expect(antibodiesOf('No previous report has described anti-HMGCR myopathy with thymoma.')).toEqual([]);
    expect(cancersOf('No previous report has described anti-HMGCR myopathy with thymoma.')).toEqual([]);
    expect(antibodiesOf('There are few reports of anti-Ku myositis associated with cancer.')).toEqual([]);
  });
});

describe('a cancer dated by a calendar year, a concurrence told in the pluperfect, a remission', () => {
  it('does not read a cancer dated by its own year as found by the work-up', () => {
    expect(
      cancersOf('She was diagnosed with breast carcinoma in March 2012 and underwent mastectomy.'),
    ).toEqual(['breast - -']);
    expect(
      cancersOf(
        'She was diagnosed with breast cancer in March 2012 and treated with mastectomy. She now presented with a rash of three months.',
      ),
    ).toEqual(['breast before -']);
  });

  it('still reads a find after a dated myositis as after it', () => {
    // control
    expect(
      cancersOf(
        'Her dermatomyositis was diagnosed in January 2019; in November 2019, a squamous cell carcinoma of the cervix was found.',
      )[0],
    ).toMatch(/^cervix after/);
  });

  it('reads "had been diagnosed at the same time as the dermatomyositis" as concurrent', () => {
    expect(
      cancersOf('Her ovarian cancer had been diagnosed at the same time as the dermatomyositis.'),
    ).toEqual(['ovary concurrent 0']);
    // control
    expect(cancersOf('She had been treated for breast cancer in 2010.')).toEqual(['breast before -']);
  });

  it('keeps a cancer told as disease-free', () => {
    expect(cancersOf('Breast cancer 8 yrs ago (mastectomy + RT), disease free.')).toEqual(['breast - -96']);
    expect(cancersOf('Past history: breast cancer treated in 2012, disease-free at last follow-up.')).toEqual(
      ['breast before -'],
    );
  });
});

describe('a metastasis of a cancer already told', () => {
  it('is that cancer, not a second one at the organ biopsied', () => {
    expect(
      cancersOf(
        'She had a sigmoid colon adenocarcinoma resected 4 years before. Liver biopsy showed metastatic adenocarcinoma of colorectal origin.',
      ),
    ).toEqual(['colon - -48']);
    expect(
      cancersOf(
        'She had a gastric cancer resected 4 years before. Liver biopsy showed adenocarcinoma compatible with metastasis from the gastric cancer.',
      ),
    ).toEqual(['stomach - -48']);
  });

  it('keeps a metastatic cancer of another family apart', () => {
    // control
    expect(
      cancersOf(
        'She had prostate cancer. Axillary node biopsy showed metastatic melanoma; the prostate was treated.',
      ),
    ).toHaveLength(2);
  });
});

describe('onsets told by "following", by the family, or as a debut', () => {
  it('reads the onset', () => {
    expect(onsetOf('Following 2 months of weakness, she presented to our clinic.')).toBe(2);
    expect(onsetOf('According to her husband, the weakness had started 3 months earlier.')).toBe(3);
    expect(onsetOf('The debut of the disease was 4 months ago.')).toBe(4);
    expect(onsetOf('The disease debuted 4 months ago with a rash.')).toBe(4);
  });

  it("still reads a relative's own symptom as no onset of the patient's", () => {
    // control
    expect(onsetOf('Her mother had a rash for 2 months.')).toBeUndefined();
  });
});

describe('one nasopharyngeal carcinoma named two ways; a spell without relapse', () => {
  it('keeps a carcinoma of an organ and the carcinoma named by its adjective as one cancer', () => {
    expect(
      cancersOf(
        'Biopsy confirmed undifferentiated carcinoma of the nasopharynx. The dermatomyositis and the nasopharyngeal carcinoma were thus diagnosed at the same time.',
      ),
    ).toEqual(['nasopharynx concurrent 0']);
  });

  it('reads no onset from a spell without a relapse', () => {
    expect(onsetOf('There was no relapse of the dermatomyositis for 2 years.')).toBeUndefined();
    // control
    expect(onsetOf('She had no fever but weakness for 2 months.')).toBe(2);
  });
});

describe("a relative time in the cancer's own clause", () => {
  it('dates each of two cancers by its own time', () => {
    expect(
      cancersOf(
        'She had a carcinoma of the cervix treated with radiotherapy 20 years ago and a colon cancer resected 3 years ago.',
      ),
    ).toEqual(['cervix - -240', 'colon - -36']);
  });

  it('reads the time after a bracketed abbreviation of the cancer', () => {
    expect(cancersOf('She had a history of hepatocellular carcinoma (HCC), diagnosed 3 years ago.')).toEqual([
      'liver - -36',
    ]);
    expect(cancersOf('A non-small cell lung cancer (NSCLC) had been diagnosed 2 years earlier.')).toEqual([
      'lung - -24',
    ]);
  });

  it('leaves a time of the next clause to that clause', () => {
    // control
    expect(
      cancersOf(
        'Four years earlier, a cutaneous melanoma had been excised from her calf, and two years earlier she had had a lumpectomy for breast carcinoma.',
      )[0],
    ).toBe('skin - -48');
  });
});

describe('a relapse counted from a diagnosis of the myositis with its cancer', () => {
  it('reads the cancer as concurrent with that diagnosis, not as found at the relapse', () => {
    expect(
      cancersOf(
        'Two years after the diagnosis of DM with a concomitant breast cancer, the myositis relapsed.',
      ),
    ).toEqual(['breast concurrent 0']);
    // control
    expect(cancersOf('Two years after the diagnosis of DM, a breast cancer was found.')).toEqual([
      'breast - 24',
    ]);
  });
});
