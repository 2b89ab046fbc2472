/**
 * The interval between a cancer and the myositis: stated times after or before, dates and calendar years, intervals
 * counted from a treatment or a diagnosis, ages, relapses, months into the course, halves of a unit, histories of
 * several cancers, and times that belong to the myositis or to another illness. Each with the control it must leave
 * alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';
import {
  cancerHistologiesAfterWeakThighs,
  cancerOffsetsAfterTitle,
  cancerTimingAfterTitle,
  RASH_CASE,
  readClinicNote,
  WEAK_THIGHS_CASE,
} from './__fixtures__/helpers.js';
import {
  cancerLinesAfterWeakThighs as cancerMonthsAfterWeakThighs,
  cancerMonthsAfterHeading as cancerMonthsOf,
  cancerTimesAfterWeakThighs as cancerTimesOf,
  cancersAfterHeading as cancerTimingAfterHeading,
  onsetAfterWeakThighs as onsetOf,
  timingOfText as timingOf,
} from './__fixtures__/timing.js';

describe('cancer timing', () => {
  it('"N months after the diagnosis, she developed a dermatomyositis …": the bare diagnosis is the cancer’s, N months before', () => {
    expect(
      cancerTimingAfterTitle(
        'She was found to have a hepatocellular carcinoma and declined treatment. Seven months after the diagnosis, she developed a dermatomyositis while the tumour kept growing.',
      ),
    ).toEqual([{ what: 'liver', offset: '-7 month', relation: undefined }]);
  });
  it('control: "N months after the diagnosis, a CT revealed …" dates the cancer N months after the myositis', () => {
    expect(
      cancerTimingAfterTitle(
        'She presented with dermatomyositis. Eight months after the diagnosis, a CT scan revealed a lung adenocarcinoma.',
      ),
    ).toEqual([{ what: 'lung', offset: '8 month', relation: undefined }]);
  });
  it('"diagnosed with dermatomyositis (DM) and gastric cancer": one diagnosis of both, across the abbreviation', () => {
    expect(
      cancerTimingAfterTitle('In 2019 she was diagnosed with dermatomyositis (DM) and gastric cancer.'),
    ).toEqual([{ what: 'stomach', offset: undefined, relation: 'concurrent' }]);
    expect(
      cancerTimingAfterTitle('She was diagnosed with polymyositis (PM) associated with colon cancer.'),
    ).toEqual([{ what: 'colon', offset: undefined, relation: 'concurrent' }]);
  });
  it('control: an interval between the two is no joint diagnosis', () => {
    expect(
      cancerTimingAfterTitle(
        'She was diagnosed with dermatomyositis (DM) and, three years later, gastric cancer.',
      )[0]?.relation,
    ).not.toBe('concurrent');
  });
  it('a work-up prompted by the presenting weakness found the cancer: after', () => {
    expect(
      cancerTimingAfterTitle(
        'She presented with marked proximal weakness, and the ensuing work-up showed a lung adenocarcinoma.',
      ),
    ).toEqual([{ what: 'lung', offset: undefined, relation: 'after' }]);
  });
  it('control: presenting with a rash after treatment for a cancer: before', () => {
    expect(
      cancerTimingAfterTitle('She presented with a rash after she had been treated for lung adenocarcinoma.'),
    ).toEqual([{ what: 'lung', offset: undefined, relation: 'before' }]);
  });
  it('"dermatomyositis during the course of a lymphoma": the lymphoma first', () => {
    expect(
      cancerTimingAfterTitle('Dermatomyositis appeared during the clinical course of a follicular lymphoma.'),
    ).toEqual([{ what: 'follicular lymphoma', offset: undefined, relation: 'before' }]);
  });
  it('"a cancer found during the course of dermatomyositis": the myositis first', () => {
    expect(
      cancerTimingAfterTitle('An ovarian carcinoma was found during the course of her dermatomyositis.'),
    ).toEqual([{ what: 'ovary', offset: undefined, relation: 'after' }]);
  });
});

describe('an interval counted from the treatment of the cancer told just before', () => {
  const cancers = (text: string) =>
    extractCase(`Dermatomyositis after cancer: a case report\n\n${text}`).case.cancers.map(
      (c) => c.diagnosisDate,
    );
  it('"One month after BEP chemotherapy, he developed Gottron’s sign" dates the cancer a month before', () => {
    expect(
      cancers(
        'A 31-year-old man received BEP chemotherapy for a mediastinal germ cell tumour. One month after BEP chemotherapy, he developed Gottron’s sign and proximal weakness.',
      ),
    ).toEqual([{ relativeTo: 'presentation', offset: -1, unit: 'month' }]);
  });
  it('"Two months after completing her chemotherapy" likewise', () => {
    expect(
      cancers(
        'A 62-year-old woman had chemotherapy for breast cancer. Two months after completing her chemotherapy, she developed a heliotrope rash and weakness.',
      ),
    ).toEqual([{ relativeTo: 'presentation', offset: -2, unit: 'month' }]);
  });
  it('control: a treatment of the myositis gives the cancer no date', () => {
    expect(
      cancers(
        'A 62-year-old woman with dermatomyositis had breast cancer. Two months after starting prednisone, she developed a rash.',
      ),
    ).not.toContainEqual(expect.objectContaining({ offset: -2 }));
  });
});

describe('a cancer found a stated time after the myositis', () => {
  it('"Over the next 2 months …" is two months later', () => {
    expect(
      cancerOffsetsAfterTitle(
        'Polymyositis was diagnosed and prednisone begun. Over the next 2 months his blood counts fell, and a marrow biopsy eventually showed acute myeloid leukaemia.',
      ),
    ).toEqual(['acute myeloid leukemia 2 month']);
  });
  it('a later-interval in the sentence before the find, which names no cancer, dates it', () => {
    expect(
      cancerOffsetsAfterTitle(
        'Dermatomyositis was diagnosed on biopsy. Three years later, a scaly nodule appeared on her cheek. It was excised after a squamous cell carcinoma was confirmed on histology.',
      ),
    ).toEqual(['squamous cell carcinoma 36 month']);
  });
  it('control: a cancer named before keeps its own timing, not the later-interval', () => {
    expect(
      cancerOffsetsAfterTitle(
        'She had a squamous cell carcinoma of the cheek excised in 2015. Dermatomyositis was diagnosed in 2019. Three years later, a nodule appeared on her cheek. A recurrence of the squamous cell carcinoma was confirmed.',
      ).every((x) => !x.endsWith('36 month')),
    ).toBe(true);
  });
});

describe("a date of the myositis's course is not its diagnosis", () => {
  it('"off treatment since 2022" does not date the DM against a cancer of 2020', () => {
    const c = extractCase(
      'Tel f/u\n\nMrs P, 69-year-old, DM in remission for 2 years (off treatment since 2022), history of ovarian cancer 2020 status post debulking.',
    ).case;
    expect(c.cancers.map((k) => [k.site, k.relationToMyositis, k.diagnosisDate])).toEqual([
      ['ovary', 'before', undefined],
    ]);
  });

  it('control: the dates of the two diagnoses still give the interval', () => {
    const c = readClinicNote(
      'She had breast cancer diagnosed in 2015 and developed dermatomyositis in 2019.',
    );
    expect(c.cancers[0]?.diagnosisDate).toEqual({
      relativeTo: 'diagnosis',
      offset: -4,
      unit: 'year',
      approximate: true,
    });
  });
});

describe("a relative time in another clause is not the cancer's", () => {
  it('"diagnosed with DM 2 weeks ago; history of breast cancer, lumpectomy 3 years ago"', () => {
    for (const text of [
      'She was diagnosed with DM 2 weeks ago; history of breast cancer status post lumpectomy 3 years ago, on tamoxifen.',
      "dx'd w/ DM 2 wks ago; h/o breast CA s/p lumpectomy 3 yrs ago, on tamoxifen.",
    ])
      expect(readClinicNote(text).cancers.map((k) => k.diagnosisDate)).toEqual([
        { relativeTo: 'presentation', offset: -3, unit: 'year' },
      ]);
  });
});

describe('a cancer named as the cause of a death', () => {
  it('"died of the cancer 3 months later" does not date the cancer 3 months after the myositis', () => {
    const text =
      'A 66-year-old woman with dermatomyositis was found to have an ovarian carcinoma. She died of progressive ovarian cancer 3 months later.';
    expect(timingOf(text).cancers).toEqual([['ovary', undefined]]);
  });

  it('control: "diagnosed with … 3 months later" still dates it', () => {
    const text = 'A 66-year-old woman with dermatomyositis was diagnosed with ovarian cancer 3 months later.';
    expect(timingOf(text).cancers).toEqual([['ovary', 3]]);
  });
});

describe('"after N months" inside the sentence of a find', () => {
  const BEFORE =
    'A 60-year-old woman presented with a heliotrope rash and weakness of the thighs in March 2018. Dermatomyositis was diagnosed. ';

  it('dates the cancer that many months after the presentation, like a sentence that opens with it', () => {
    for (const find of [
      'Repeat screening after six months revealed a breast carcinoma.',
      'A CT after six months revealed a breast carcinoma.',
      'Subsequently, after six months, she was diagnosed with breast cancer.',
      'After six months, a CT revealed a breast carcinoma.',
    ])
      expect(cancerTimingAfterHeading(BEFORE + find)).toEqual([
        { site: 'breast', relation: undefined, months: 6 },
      ]);
  });

  it('reads no interval from "after N months of" a treatment, nor from a sentence without a find', () => {
    // controls: the count belongs to a treatment's length; and a course without a find dates nothing
    expect(
      cancerTimingAfterHeading(BEFORE + 'After six months of prednisone a CT revealed a breast carcinoma.')[0]
        ?.months,
    ).not.toBe(6);
    expect(
      cancerTimingAfterHeading(BEFORE + 'A breast carcinoma was treated; after six months, it was stable.')[0]
        ?.months,
    ).not.toBe(6);
  });
});

describe('a past cancer, its treatment, then the presentation years later', () => {
  it('dates the cancer from "presented N years later" in the same opening sentence', () => {
    expect(
      cancerTimingAfterHeading(
        'A 63-year-old woman had breast cancer treated by mastectomy and presented 9 years later with thigh weakness.',
      ),
    ).toEqual([{ site: 'breast', relation: undefined, months: -108 }]);
    expect(
      cancerTimingAfterHeading(
        'A 63-year-old woman with breast cancer treated by mastectomy presented 9 years later with dermatomyositis.',
      ),
    ).toEqual([{ site: 'breast', relation: undefined, months: -108 }]);
  });

  it('dates it from "She presented N years later with …" in the next sentence', () => {
    expect(
      cancerTimingAfterHeading(
        'A 63-year-old woman was treated for breast cancer with mastectomy. She presented nine years later with a heliotrope rash and thigh weakness.',
      ),
    ).toEqual([{ site: 'breast', relation: undefined, months: -108 }]);
  });

  it('reads "with X treated by surgery presented with …" as a cancer carried before', () => {
    expect(
      cancerTimingAfterHeading(
        'A 63-year-old woman with breast cancer, treated with surgery and chemotherapy, presented with thigh weakness.',
      ).map((k) => k.relation),
    ).toEqual(['before']);
  });

  it('leaves a later-interval whose sentence tells the course of a myositis already presented', () => {
    // control: the myositis was told before the cancer, so "2 years later" is its course, not its start
    expect(
      cancerTimingAfterHeading(
        'A 63-year-old woman presented with a heliotrope rash. She was treated for breast cancer. She returned 2 years later with a rash.',
      )[0]?.months,
    ).toBeUndefined();
  });
});

describe('"a man with dermatomyositis who developed <cancer> two years later"', () => {
  it('dates the cancer that long after the myositis in the opening sentence', () => {
    expect(
      cancerTimingAfterHeading(
        'We report a woman with dermatomyositis who developed a carcinoma of the pancreas three years later.',
      ),
    ).toEqual([{ site: 'pancreas', relation: undefined, months: 36 }]);
  });
});

describe("the work-up's cancer in a patient whose myositis has a history of its own", () => {
  it("dates the cancer the history's length after the myositis", () => {
    // (read as found after, with no interval)
    expect(
      cancerMonthsOf(
        'A 61-year-old woman, who had had dermatomyositis for 3 years, was admitted with a flare. A CT scan revealed a lung adenocarcinoma.',
      ),
    ).toEqual([36]);
    expect(
      cancerMonthsOf(
        'A 61-year-old woman had been diagnosed with dermatomyositis two years earlier. She was admitted with a flare. A CT scan revealed a lung adenocarcinoma.',
      ),
    ).toEqual([24]);
  });

  it('gives no interval to a myositis that is new, or whose history is short', () => {
    // controls
    expect(
      cancerMonthsOf(
        'A 61-year-old woman came to clinic with a heliotrope rash. A CT scan revealed a lung adenocarcinoma.',
      ),
    ).toEqual([undefined]);
    expect(
      cancerMonthsOf(
        'A 61-year-old woman with a 2-month history of dermatomyositis was admitted. A CT scan revealed a lung adenocarcinoma.',
      ),
    ).toEqual([undefined]);
  });
});

describe('months into the course', () => {
  it('dates a cancer found "twelve months into treatment" or "six months into follow-up"', () => {
    // (read as found after, with no interval)
    expect(
      cancerMonthsOf(
        'A 64-year-old man presented with dermatomyositis. Twelve months into treatment, a hepatocellular carcinoma was found.',
      ),
    ).toEqual([12]);
    expect(
      cancerMonthsOf(
        'A 60-year-old man presented with dermatomyositis. Six months into follow-up, a CT showed a lung adenocarcinoma.',
      ),
    ).toEqual([6]);
    // control: "into" that counts no course of the illness dates nothing
    expect(
      cancerMonthsOf(
        'Three years into retirement, a 60-year-old man presented with dermatomyositis. A CT then showed a lung adenocarcinoma.',
      ),
    ).toEqual([undefined]);
  });
});

describe('a half after the unit', () => {
  it('dates a cancer "a year and a half later" at 18 months, as "one and a half years later" is', () => {
    // (read as a year)
    expect(
      cancerMonthsOf(
        'A 60-year-old man presented with dermatomyositis. Lung adenocarcinoma was diagnosed about a year and a half later.',
      ),
    ).toEqual([18]);
    expect(
      cancerMonthsOf(
        'A 60-year-old man presented with dermatomyositis. He had had a breast cancer removed a year and a half earlier.',
      ),
    ).toEqual([-18]);
    // control: the half before the unit is counted once
    expect(
      cancerMonthsOf(
        'A 60-year-old man presented with dermatomyositis. Two and a half years later, a CT showed a lung adenocarcinoma.',
      ),
    ).toEqual([30]);
  });
});

describe('the symptoms as the subject of an interval counted from the cancer', () => {
  it('"her symptoms began two months after the diagnosis of a prostate adenocarcinoma": the cancer first', () => {
    expect(
      cancerTimesOf('Her symptoms began two months after the diagnosis of a prostate adenocarcinoma.'),
    ).toEqual([['prostate', -2]]);
    expect(cancerTimesOf('Her symptoms began 3 months after the diagnosis of breast cancer.')).toEqual([
      ['breast', -3],
    ]);
  });

  it('"symptoms started two months after she was diagnosed with ovarian cancer" is no cancer found after', () => {
    expect(cancerTimesOf('Symptoms started two months after she was diagnosed with ovarian cancer.')).toEqual(
      [['ovary', -2]],
    );
  });

  it('keeps the other direction and the cancer’s own symptoms', () => {
    expect(cancerTimesOf('Her symptoms began 3 months before the diagnosis of breast cancer.')).toEqual([
      ['breast', 3],
    ]);
    // control: an interval from the myositis to the cancer's symptoms, read before this session
    expect(cancerTimesOf('Two months after the diagnosis of DM, symptoms of lung cancer appeared.')).toEqual([
      ['lung', 2],
    ]);
  });
});

describe('a cancer dated before a comma, and a cancer with its later course in the same sentence', () => {
  it('"Her bladder cancer, diagnosed 12 months before, was resected" is a cancer twelve months before', () => {
    expect(cancerTimesOf('Her bladder cancer, diagnosed 12 months before, was resected.')).toEqual([
      ['bladder', -12],
    ]);
    // control: "earlier" in the same place, read before this session
    expect(cancerTimesOf('Her bladder cancer, diagnosed 12 months earlier, was resected.')).toEqual([
      ['bladder', -12],
    ]);
  });

  it('dates the cancer by its first date, not by its recurrence ("diagnosed in 2005, with recurrence in 2017")', () => {
    expect(
      cancerTimesOf(
        'Urothelial carcinoma of the bladder was diagnosed in 2005, with recurrence in 2017. The weakness began in 2018.',
      ),
    ).toEqual([['bladder', -156]]);
  });

  it('reads a recurrence joined by "with" as the cancer’s course: diagnosed before the myositis', () => {
    expect(cancerTimesOf('Breast cancer was diagnosed in 2010, with recurrence in 2016.')).toEqual([
      ['breast', 'before'],
    ]);
    // control: two dates of the cancer and the myositis in one sentence, read before this session
    expect(cancerTimesOf('Breast cancer was diagnosed in 2010 and dermatomyositis in 2016.')).toEqual([
      ['breast', -72],
    ]);
  });
});

describe('the signs of dermatomyositis by name stand for it in an interval', () => {
  it('"One month after chemotherapy, she developed Gottron’s papules" puts the cancer first, as a rash did', () => {
    const text =
      'Biopsy of an inguinal node revealed an embryonal carcinoma. One month after chemotherapy, she developed Gottron’s papules. She was diagnosed with dermatomyositis.';
    expect(extractCase(RASH_CASE + text).case.cancers.map((k) => k.relationToMyositis)).toEqual(['before']);
  });
});

describe('childhood said of another illness', () => {
  it('"asthma in childhood and … breast cancer in 2019" does not set the cancer in childhood', () => {
    const text = 'She had asthma in childhood and was diagnosed with breast cancer in 2019.';
    expect(extractCase(WEAK_THIGHS_CASE + text).case.cancers.map((k) => k.relationToMyositis)).not.toContain(
      'before',
    );
    // control: childhood opening the sentence is the cancer's
    expect(cancerTimesOf('As a child, she received chemotherapy for neuroblastoma.')).toEqual([
      [undefined, 'before'],
    ]);
  });
});

describe('the myositis’s own age and diagnosis beside a cancer', () => {
  it('does not date a cancer by the age at which the myositis was diagnosed, nor call it a cancer before', () => {
    const c = cancerTimesOf(
      'She had been diagnosed with dermatomyositis at the age of 20 and was now found to have an ovarian cancer.',
    );
    expect(c).not.toContainEqual(['ovary', -456]);
    expect(c).not.toContainEqual(['ovary', 'before']);
    // control: each age in its own clause
    expect(cancerTimesOf('Breast cancer was diagnosed at age 50 and dermatomyositis at age 55.')).toEqual([
      ['breast', -60],
    ]);
  });

  it('reads "symptoms started 10 months back with fever and rash"', () => {
    expect(onsetOf('Symptoms started 10 months back with fever and rash.')).toBe(10);
  });
});

describe('a time that is the myositis’s own', () => {
  it('does not date a cancer by "diagnosed with dermatomyositis 7 years earlier and … then diagnosed with" it', () => {
    expect(
      cancerTimesOf(
        'She had been diagnosed with dermatomyositis 7 years earlier and was then diagnosed with a cholangiocarcinoma.',
      ),
    ).not.toContainEqual(['bile duct', -84]);
    // control
    expect(
      cancerTimesOf(
        'She had been treated for breast cancer 10 years earlier and now presented with dermatomyositis.',
      ),
    ).toEqual([['breast', -120]]);
  });
});

describe("a cancer's calendar date against the date of the visit", () => {
  it('counts the interval from the first dated visit when nothing else dates the myositis', () => {
    expect(
      cancerTimesOf(
        'She was admitted in May 2017. Urothelial carcinoma of the ureter had been diagnosed in October 2006.',
      ),
    ).toEqual([['ureter', -127]]);
    expect(
      cancerTimesOf(
        'She came to our clinic in October 2013. In October 2012, a hepatic nodule had been diagnosed as hepatocellular carcinoma.',
      ),
    ).toEqual([['liver', -12]]);
    expect(
      cancerTimesOf(
        'She was admitted in March 2019. In June 2019, endoscopy revealed a gastric adenocarcinoma.',
      ),
    ).toEqual([['stomach', 3]]);
  });

  it('leaves an earlier visit, or a visit for another reason, out of the count', () => {
    // controls
    expect(
      cancerTimesOf(
        'She had previously been admitted in May 2014. A breast carcinoma had been diagnosed in January 2012.',
      ),
    ).toEqual([['breast', 'before']]);
    expect(
      cancerTimesOf(
        'She was admitted in March 2010 for pneumonia. A breast carcinoma had been diagnosed in May 2005.',
      ),
    ).toEqual([['breast', 'before']]);
  });
});

describe('the myositis diagnosed some time after a cancer told in the sentence before', () => {
  it('dates the cancer before "N months later, dermatomyositis was diagnosed", even after the presentation', () => {
    expect(
      cancerTimesOf('She was diagnosed with colon cancer. Five months later, dermatomyositis was diagnosed.'),
    ).toEqual([['colon', -5]]);
    expect(
      cancerTimesOf(
        'She had been treated for a gastric adenocarcinoma. Eight months later, she was diagnosed with dermatomyositis.',
      ),
    ).toEqual([['stomach', -8]]);
  });

  it('keeps the order when the myositis came first', () => {
    // control
    expect(
      cancerTimesOf('She developed dermatomyositis. Five months later, colon cancer was diagnosed.'),
    ).toEqual([['colon', 5]]);
  });
});

describe('histories of several cancers', () => {
  it('dates a cancer before "N years later, dermatomyositis developed"', () => {
    expect(
      cancerTimesOf('Breast cancer was diagnosed in 2014. Three years later, dermatomyositis developed.'),
    ).toEqual([['breast', -36]]);
  });

  it('reads "dermatomyositis was diagnosed together with" a cancer as concurrent', () => {
    expect(cancerTimesOf('Dermatomyositis was diagnosed together with a colon adenocarcinoma.')).toEqual([
      ['colon', 0],
    ]);
  });

  it('counts "N years later" from the cancer told in the sentence before, not from the myositis', () => {
    expect(
      cancerTimesOf('She had breast cancer at the age of 45. Five years later she had colon cancer.'),
    ).toEqual([
      ['breast', -156],
      ['colon', -96],
    ]);
    // an earlier cancer with no date gives the later one none either, rather than a date after the myositis
    expect(cancerTimesOf('She had breast cancer. Five years later she had colon cancer.')).toEqual([
      ['breast', null],
      ['colon', null],
    ]);
  });

  it('dates each of two cancers by its own year against the myositis dated in another sentence', () => {
    expect(
      cancerTimesOf(
        'Breast cancer was diagnosed in 2008 and colon cancer in 2013. Dermatomyositis was diagnosed in 2018.',
      ),
    ).toEqual([
      ['breast', -120],
      ['colon', -60],
    ]);
  });

  it('gives each histology of a list its own site', () => {
    expect(
      cancerHistologiesAfterWeakThighs(
        'She had squamous cell carcinoma of the skin and infiltrating ductal carcinoma of the breast.',
      ),
    ).toEqual(['squamous cell carcinoma@skin', 'invasive ductal carcinoma@breast']);
    expect(
      cancerHistologiesAfterWeakThighs('She had a urothelial carcinoma and an ascending colon cancer.'),
    ).toEqual(['urothelial carcinoma@?', 'carcinoma@colon']);
  });

  it('keeps one cancer restated by a generic word at its site', () => {
    // control
    expect(
      cancerHistologiesAfterWeakThighs(
        'Biopsy showed an adenocarcinoma of the colon. The colon cancer was resected.',
      ),
    ).toEqual(['adenocarcinoma@colon']);
  });
});

describe('timing: relapses of the myositis, treatments begun, ages and general associations', () => {
  it("reads a cancer found at the myositis's relapse after it, not before", () => {
    expect(
      cancerTimesOf(
        'The myositis relapsed three years after the first episode, and colonoscopy revealed a rectal adenocarcinoma.',
      ),
    ).toEqual([['rectum', 'after']]);
    expect(
      cancerTimesOf(
        'She had dermatomyositis diagnosed in 2015, and in 2018, at the time of a relapse, breast cancer was diagnosed.',
      ),
    ).toEqual([['breast', 'after']]);
  });

  it('orders a cancer before a myositis that began after starting its drug', () => {
    expect(
      cancerTimesOf('Three months after starting letrozole for breast cancer, the weakness began.'),
    ).toEqual([['breast', 'before']]);
    expect(
      cancerTimesOf(
        'She was diagnosed with early breast cancer and treated with surgery and letrozole. Three months after starting letrozole, the weakness began.',
      ),
    ).toEqual([['breast', 'before']]);
  });

  it("counts a cancer's age against the myositis's age told in another sentence", () => {
    expect(
      cancerTimesOf(
        'Dermatomyositis was diagnosed when she was 55. At 57 she was found to have an ovarian cancer.',
      ),
    ).toEqual([['ovary', 24]]);
  });

  it('reads the first of two onsets joined by ", and"', () => {
    expect(onsetOf('The weakness had started 3 months before, and the rash one month before.')).toBe(3);
  });

  it('gives the patient no cancer the disease is associated with in general', () => {
    expect(
      cancerHistologiesAfterWeakThighs(
        'She was diagnosed with dermatomyositis, a rare disease usually associated with ovarian, lung or gastric cancer.',
      ),
    ).toEqual([]);
    // control
    expect(
      cancerHistologiesAfterWeakThighs('Her dermatomyositis was associated with ovarian cancer.'),
    ).toEqual(['carcinoma@ovary']);
  });
});

describe('an age written "at N years"', () => {
  it('dates a cancer from the age, not as a visit N years after the presentation', () => {
    expect(
      cancerMonthsAfterWeakThighs('At 54 years, she was diagnosed with carcinoma of the rectum.'),
    ).toEqual(['rectum - -48']);
    expect(
      cancerMonthsAfterWeakThighs('At 54 years of age, she was diagnosed with carcinoma of the rectum.'),
    ).toEqual(['rectum - -48']);
  });

  it('still reads a short count after "at" as a follow-up visit', () => {
    // control
    expect(
      cancerMonthsAfterWeakThighs('At 6 months, she was diagnosed with carcinoma of the rectum.'),
    ).toEqual(['rectum - 6']);
  });
});

describe('a cancer dated by a calendar year, a concurrence told in the pluperfect, a remission', () => {
  it('does not read a cancer dated by its own year as found by the work-up', () => {
    expect(
      cancerMonthsAfterWeakThighs(
        'She was diagnosed with breast carcinoma in March 2012 and underwent mastectomy.',
      ),
    ).toEqual(['breast - -']);
    expect(
      cancerMonthsAfterWeakThighs(
        'She was diagnosed with breast cancer in March 2012 and treated with mastectomy. She now presented with a rash of three months.',
      ),
    ).toEqual(['breast before -']);
  });

  it('still reads a find after a dated myositis as after it', () => {
    // control
    expect(
      cancerMonthsAfterWeakThighs(
        'Her dermatomyositis was diagnosed in January 2019; in November 2019, a squamous cell carcinoma of the cervix was found.',
      )[0],
    ).toMatch(/^cervix after/);
  });

  it('reads "had been diagnosed at the same time as the dermatomyositis" as concurrent', () => {
    expect(
      cancerMonthsAfterWeakThighs(
        'Her ovarian cancer had been diagnosed at the same time as the dermatomyositis.',
      ),
    ).toEqual(['ovary concurrent 0']);
    // control
    expect(cancerMonthsAfterWeakThighs('She had been treated for breast cancer in 2010.')).toEqual([
      'breast before -',
    ]);
  });

  it('keeps a cancer told as disease-free', () => {
    expect(cancerMonthsAfterWeakThighs('Breast cancer 8 yrs ago (mastectomy + RT), disease free.')).toEqual([
      'breast - -96',
    ]);
    expect(
      cancerMonthsAfterWeakThighs(
        'Past history: breast cancer treated in 2012, disease-free at last follow-up.',
      ),
    ).toEqual(['breast before -']);
  });
});

describe("a relative time in the cancer's own clause", () => {
  it('dates each of two cancers by its own time', () => {
    expect(
      cancerMonthsAfterWeakThighs(
        'She had a carcinoma of the cervix treated with radiotherapy 20 years ago and a colon cancer resected 3 years ago.',
      ),
    ).toEqual(['cervix - -240', 'colon - -36']);
  });

  it('reads the time after a bracketed abbreviation of the cancer', () => {
    expect(
      cancerMonthsAfterWeakThighs(
        'She had a history of hepatocellular carcinoma (HCC), diagnosed 3 years ago.',
      ),
    ).toEqual(['liver - -36']);
    expect(
      cancerMonthsAfterWeakThighs('A non-small cell lung cancer (NSCLC) had been diagnosed 2 years earlier.'),
    ).toEqual(['lung - -24']);
  });

  it('leaves a time of the next clause to that clause', () => {
    // control
    expect(
      cancerMonthsAfterWeakThighs(
        'Four years earlier, a cutaneous melanoma had been excised from her calf, and two years earlier she had had a lumpectomy for breast carcinoma.',
      )[0],
    ).toBe('skin - -48');
  });
});

describe('a relapse counted from a diagnosis of the myositis with its cancer', () => {
  it('reads the cancer as concurrent with that diagnosis, not as found at the relapse', () => {
    expect(
      cancerMonthsAfterWeakThighs(
        'Two years after the diagnosis of DM with a concomitant breast cancer, the myositis relapsed.',
      ),
    ).toEqual(['breast concurrent 0']);
    // control
    expect(
      cancerMonthsAfterWeakThighs('Two years after the diagnosis of DM, a breast cancer was found.'),
    ).toEqual(['breast - 24']);
  });
});
