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

describe('a tumour marker or lab whose name ends in a number, before a colon', () => {
  it('reads the value after "CA-125:", "CA 19-9:", "KL-6:"', () => {
    expect(labsOf('CA-125: 412 U/mL.')).toEqual(['CA-125=412 U/mL']);
    expect(labsOf('CA 19-9: 88 U/mL. KL-6: 1120 U/mL.')).toEqual(['CA 19-9=88 U/mL', 'KL-6=1120 U/mL']);
    expect(labsOf('Tumour markers: CA-125: 412 U/mL, CEA: 2.1 ng/mL.')).toEqual([
      'CA-125=412 U/mL',
      'CEA=2.1 ng/mL',
    ]);
  });

  it('still reads no value after a ratio or a titre written with a colon', () => {
    // controls: a number before a colon that ends no lab's name
    expect(labsOf('CK: 4500 U/L.')).toEqual(['CK=4500 U/L']);
    expect(labsOf('The ANA was positive at 1:160.')).toEqual([]);
  });
});

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

describe("tumour markers and the tumour's molecular tests", () => {
  it('reads the run-together spellings of tumour markers, not calcium', () => {
    expect(labsOf('Tumour markers: CA724 12.5 U/mL, CA242 8 U/mL, CA50 15 U/mL, CA153 18.6 U/mL.')).toEqual([
      'CA 15-3=18.6 U/mL',
      'CA 242=8 U/mL',
      'CA 50=15 U/mL',
      'CA 72-4=12.5 U/mL',
    ]);
    expect(labsOf('CA 27.29 was 70 U/mL.')).toEqual(['CA 27.29=70 U/mL']);
  });

  it("keeps a cancer whose molecular test is negative, and never reads the tumour's EGFR as the kidney's", () => {
    expect(cancersOf('Biopsy confirmed lung adenocarcinoma, EGFR mutation negative.')).toHaveLength(1);
    expect(cancersOf('Biopsy confirmed lung adenocarcinoma, ALK negative.')).toHaveLength(1);
    expect(labsOf('The tumour was EGFR-negative.')).toEqual([]);
    // controls: the filtration rate, and a denied cancer
    expect(labsOf('EGFR 45 mL/min/1.73 m2.')).toHaveLength(1);
    expect(cancersOf('CT was negative for malignancy.')).toEqual([]);
  });
});

describe("an assay's method in brackets, and a reference limit in a sentence", () => {
  it('passes over the method between the analyte and its value', () => {
    expect(labsOf('CRP (high-sensitivity) 0.8 mg/L.')).toEqual(['CRP=0.8 mg/L']);
    expect(labsOf('CK (37 °C) 8240 U/L.')).toEqual(['CK=8240 U/L']);
    expect(labsOf('ESR (Westergren) 42 mm/h.')).toEqual(['ESR=42 mm/h']);
    // control: a bare "high" in brackets is the reading
    expect(caseOf('CRP (high) 40 mg/L.').labs[0]?.interpretation).toBe('elevated');
  });

  it('reads "(normal levels are below 35 U/mL)" as the upper limit, not a second value', () => {
    const labs = caseOf('CA-125 was 412 U/mL (normal levels are below 35 U/mL).').labs;
    expect(labs.map((l) => [l.analyte, l.value, l.upperLimit])).toEqual([['CA-125', 412, 35]]);
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

describe('multiples of the upper limit, platelets by another name, adverbs of a small rise', () => {
  it('reads "5N" as a multiple of the upper limit, not a value', () => {
    expect(labsOf('AST at 5N and ALT at 3N.')).toEqual(['ALT=elevated', 'AST=elevated']);
    expect(labsOf('CPK at 40N.')).toEqual(['CK=elevated']);
  });

  it('reads a thrombocyte count as the platelets', () => {
    expect(labsOf('Thrombocyte count 265 G/l.')).toEqual(['platelets=265 10*9/L']);
    expect(labsOf('Hb 12.1 g/dL, WBC 8.2 G/l, thrombocytes 265 G/l.')).toContain('platelets=265 10*9/L');
  });

  it('keeps the value after "minimally", "marginally" or "borderline" elevated', () => {
    expect(labsOf('CK was minimally elevated (320 U/L).')).toEqual(['CK=320 U/L']);
    expect(labsOf('CK was only marginally raised (320 U/L).')).toEqual(['CK=320 U/L']);
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

describe('a value in brackets after "in the normal range"', () => {
  it('keeps the value', () => {
    expect(labsOf('CK was in the normal range (150 U/L).')).toEqual(['CK=150 U/L']);
    // control
    expect(labsOf('CK was within the normal range (150 U/L).')).toEqual(['CK=150 U/L']);
  });
});

describe('myoglobin named as a state of the blood', () => {
  it('reads the value after "myoglobinaemia"', () => {
    expect(labsOf('Myoglobinaemia (1280 µg/L) was noted.')).toEqual(['myoglobin=1280 ug/L']);
  });
});
