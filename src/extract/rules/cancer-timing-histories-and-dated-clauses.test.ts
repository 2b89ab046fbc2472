/**
 * Cancer timing of session 46, found on development texts re-told by other authors: an oncology-history label, a
 * cancer the patient was "already living with" or had "diagnosed recently" when she "came with" her complaint, and a
 * date opening the clause after a semicolon that dates the myositis of that clause, the presenting age written "aged
 * 74 years" or "74 y.o.", a cancer "diagnosed recently", and an interval counted back from "the present visit". Each
 * beside the control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';
import { cancerMonthsAfterHeading, cancersAfterHeading } from './__fixtures__/timing.js';

/** Each cancer's order (else the sign of its months) against the myositis. */
const orders = (text: string) =>
  cancersAfterHeading(text).map(
    (c) => c.relation ?? (c.months === undefined ? undefined : c.months < 0 ? 'before' : 'after'),
  );

describe('a cancer under a label of the oncology history', () => {
  it('reads "Oncology history:", "Onc hx:" and "Oncologic background:" lines as past cancers', () => {
    expect(
      orders(
        'A 47-year-old woman came to clinic with a heliotrope rash and proximal weakness. Oncology history: leiomyosarcoma of the thigh, resected.',
      ),
    ).toEqual(['before']);
    expect(
      orders(
        'A 47-year-old woman. Onc hx: breast ca, lumpectomy. Now presents with a heliotrope rash and proximal weakness.',
      ),
    ).toEqual(['before']);
    expect(
      orders(
        'A 47-year-old woman came to clinic with a heliotrope rash and proximal weakness. Oncologic background: seminoma of the left testis, treated by orchidectomy.',
      ),
    ).toEqual(['before']);
  });

  it('keeps a cancer found by the work-up under another oncology label (control)', () => {
    expect(
      orders(
        'A 47-year-old woman came to clinic with a heliotrope rash and proximal weakness. Oncology review: a staging CT found a lung adenocarcinoma.',
      ),
    ).toEqual(['after']);
  });
});

describe('a cancer the patient carried when she came with the myositis', () => {
  it('reads "already living with" a cancer as before the presentation', () => {
    expect(
      orders(
        'A 71-year-old woman already living with a metastatic colon cancer presented with weak hips and a rash on her eyelids.',
      ),
    ).toEqual(['before']);
  });

  it('reads a cancer "diagnosed recently" of a person who "came with" her complaint as before it', () => {
    expect(
      orders(
        'A 66-year-old woman with endometrial cancer diagnosed recently came with proximal weakness and dysphagia.',
      ),
    ).toEqual(['before']);
  });

  it('keeps a cancer found after the presentation (controls: another thing lived with, a later find)', () => {
    expect(
      orders(
        'A 71-year-old woman living with her daughter presented with a heliotrope rash and proximal weakness. A CT found an ovarian cancer.',
      ),
    ).toEqual(['after']);
    expect(
      orders(
        'A 66-year-old woman came with proximal weakness and dysphagia. Endometrial cancer was found on a CT.',
      ),
    ).toEqual(['after']);
  });
});

describe('a date opening the clause after a semicolon', () => {
  const THYROID =
    'A 52-year-old woman had a thyroidectomy for a papillary carcinoma of the thyroid in June 2011; from December 2012, a progressive, painless proximal weakness of both legs developed.';

  it('dates the myositis of that clause, so the cancer dated in the clause before is that long before it', () => {
    expect(cancersAfterHeading(THYROID)).toEqual([{ site: 'thyroid', months: -18 }]);
  });

  it('dates the onset by the later clause, not by the cancer of the first', () => {
    expect(extractCase('Case presentation\n\n' + THYROID).case.dates.symptomOnset).toBe('2012-12');
    // control: an onset told in the first clause keeps its own date
    expect(
      extractCase(
        'Case presentation\n\nIn March 2019 she developed a heliotrope rash; in 2020 she was admitted.',
      ).case.dates.symptomOnset,
    ).toBe('2019-03');
  });
});

describe('the presenting age written "aged N years" or "N y.o."', () => {
  it('dates a cancer told at an earlier age against it', () => {
    expect(
      cancersAfterHeading(
        'A man aged 81 years, a retired farmer, was referred with weak thighs. When he was 77 years old a prostate carcinoma had been found.',
      ),
    ).toEqual([{ site: 'prostate', months: -48 }]);
    expect(
      cancersAfterHeading(
        '81 y.o. man referred with weak thighs. At age 77 prostate carcinoma was diagnosed.',
      ),
    ).toEqual([{ site: 'prostate', months: -48 }]);
  });
});

describe('a cancer "diagnosed recently"', () => {
  it('reads the adverb after the verb as "recently diagnosed": about a month before the presentation', () => {
    expect(
      cancersAfterHeading(
        'A 58-year-old woman, breast cancer diagnosed recently. Came with weak shoulders and a violaceous rash of the eyelids.',
      ),
    ).toEqual([{ site: 'breast', months: -1 }]);
  });

  it('keeps a cancer found by a test of the work-up after the presentation (control)', () => {
    expect(
      cancersAfterHeading(
        'A 69-year-old woman presented with weakness. A CT found endometrial cancer, which was diagnosed recently by biopsy.',
      ),
    ).toEqual([{ site: 'uterus', relation: 'after' }]);
  });
});

describe('an interval counted back from "the present visit"', () => {
  it('dates the cancer that long before the presentation', () => {
    expect(
      cancerMonthsAfterHeading(
        'A 62-year-old man came to clinic with a rash. His lymphoma had been diagnosed half a year prior to the current visit.',
      ),
    ).toEqual([-6]);
  });

  it('leaves a visit of another kind no anchor (control: the order alone)', () => {
    expect(
      orders(
        'A 62-year-old man came to clinic with a rash. A CLL had been diagnosed six months before a visit to India.',
      ),
    ).toEqual(['before']);
    expect(
      cancerMonthsAfterHeading(
        'A 62-year-old man came to clinic with a rash. A CLL had been diagnosed six months before a visit to India.',
      ),
    ).toEqual([undefined]);
  });
});

describe('more ways of telling a past cancer', () => {
  it('reads a numbered timeline item labelled as the oncologic background', () => {
    expect(
      orders(
        'Timeline\n1. Oncologic background — A man whose rectal cancer was locally advanced received chemoradiotherapy.\n2. Admission — He presented with a heliotrope rash and proximal weakness.',
      ),
    ).toEqual(['before']);
  });

  it('reads the lines under an "Oncology history" heading of a letter as past cancers', () => {
    expect(
      orders(
        'Dear Dr Shaw,\n\nOncology history\n- Thyroid cancer: treated with thyroidectomy.\n\nInterval history\nShe then developed a heliotrope rash and proximal weakness.',
      ),
    ).toEqual(['before']);
  });

  it('reads a cancer she "had only just been diagnosed with" when the myositis began as before it', () => {
    expect(
      orders(
        'A 60-year-old woman. She had only just been diagnosed with laryngeal carcinoma when her dermatomyositis began.',
      ),
    ).toEqual(['before']);
  });

  it('reads a cancer "treated in the past" and one "on" a checkpoint inhibitor as before', () => {
    expect(
      orders(
        'A 55-year-old woman. - Thymoma: treated in the past by surgery. Now weak shoulders and a heliotrope rash.',
      ),
    ).toEqual(['before']);
    expect(orders('S: 58 y/o M; renal cell carcinoma, on nivolumab. New proximal weakness x 2 wk.')).toEqual([
      'before',
    ]);
  });

  it('reads "turned up" as a find of the work-up after the presentation', () => {
    expect(
      orders(
        'A 77-year-old man presented with proximal muscle weakness. The search for a cause then turned up a gastric cancer.',
      ),
    ).toEqual(['after']);
  });

  it('keeps a myositis diagnosed first, then a cancer, unordered as before (control)', () => {
    expect(
      orders(
        'A 60-year-old woman had recently been diagnosed with dermatomyositis when breast cancer was found.',
      ),
    ).not.toContain('before');
  });
});

describe('a diagnosis line with a word of order', () => {
  it('keeps the order the diagnosis states ("the first sign of an ovarian cancer"), not one diagnosis of both', () => {
    expect(
      orders(
        'A 60-year-old woman presented with a heliotrope rash.\n\nDiagnoses\n1. Dermatomyositis, the first sign of an ovarian cancer.',
      ),
    ).toEqual(['after']);
  });

  it('reads a diagnosis line naming both without an order as concurrent (control)', () => {
    expect(
      orders(
        'A 60-year-old man presented with a heliotrope rash.\n\nDiagnoses\n1. Dermatomyositis with an adenocarcinoma of the pancreas.',
      ),
    ).toEqual(['concurrent']);
  });
});

describe('dates written year-month, and a dated visit "came to our clinic"', () => {
  it('counts a past-history cancer dated "2020-06" against a presentation dated "2020-12"', () => {
    expect(
      cancerMonthsAfterHeading(
        'A woman of 58 came to our unit in 2021-09 because of weak hips and a rash.\nPast history: breast cancer, the diagnosis made in 2021-03.',
      ),
    ).toEqual([-6]);
  });

  it('takes the presentation\'s own date of two in its sentence ("on referral in 2020-03 … since 2019-09")', () => {
    expect(
      cancerMonthsAfterHeading(
        'The patient, a man of 66, came to our unit on referral in 2018-05 because his proximal weakness had been worse since 2017-11.\nPast history: in 2013-05 he was diagnosed with a lymphoma.',
      ),
    ).toEqual([-60]);
  });

  it('reads "2010-11" as a span of two years, not a month (control)', () => {
    expect(
      cancerMonthsAfterHeading(
        'A 60-year-old woman was diagnosed with breast cancer in 2010-11 and presented with dermatomyositis in 2014.',
      ),
    ).toEqual([-48]);
  });
});

describe('"before the muscle complaints began"', () => {
  it('counts the interval back from the first complaints', () => {
    expect(
      cancerMonthsAfterHeading(
        'A 31-year-old man. Past history: a seminoma, diagnosed four years before the muscle complaints began.',
      ),
    ).toEqual([-48]);
  });
});
