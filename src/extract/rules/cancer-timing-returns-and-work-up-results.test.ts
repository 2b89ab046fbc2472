/**
 * Returns and work-up results: a return of the cancer as the subject of a verb of its find, a spouse's cancer and
 * another report's patient, a care act for a "newly diagnosed" cancer, the words of a work-up's result, a sampling
 * "consistent with" a cancer, a find in its own clause after a hedged one, and a past cancer told by its course in
 * the pluperfect. Each construction is written as a sentence of the project's own, beside the near control that
 * must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis } from '../../eval/score.js';
import { extractCase } from '../extract.js';

const LEAD = 'A 62-year-old woman presented with a heliotrope rash, Gottron papules and proximal weakness.\n';
const MAN = 'A 66-year-old man presented with a violaceous eyelid rash and difficulty rising from a chair.\n';

/** Each cancer as "site histology reading": the months from the myositis when dated, else the order alone. */
const cancersOf = (text: string) => {
  const c = extractCase(text).case;
  return c.cancers.map((k) => {
    const m = cancerMonthsFromMyositis(c, k);
    return `${k.site ?? '?'} ${k.histology ?? '?'} ${m === undefined ? (k.relationToMyositis ?? '-') : Math.round(m * 10) / 10}`;
  });
};

const order = (text: string) =>
  extractCase(text).case.cancers.map(
    (c) => `${c.histology ?? '?'}@${c.site ?? '?'}:${c.relationToMyositis ?? 'none'}`,
  );

describe('a return of the cancer as the subject of a finite verb of its find, N months after the myositis', () => {
  it('dates the return, not the first diagnosis: the cancer stays before', () => {
    expect(
      cancersOf(
        MAN +
          'He had been treated for colon cancer. A recurrence of the colon cancer was diagnosed 2 years after the onset of dermatomyositis.',
      ),
    ).toEqual(['colon carcinoma before']);
    expect(
      cancersOf(
        LEAD +
          'She had a history of ovarian cancer. An ovarian cancer recurrence was found 10 months after the myositis began.',
      ),
    ).toEqual(['ovary carcinoma before']);
  });
  it("still dates a cancer's own diagnosis told by its participle, and a first find (controls)", () => {
    expect(
      cancersOf(
        LEAD + 'CT showed progression of her pancreatic adenocarcinoma diagnosed 4 months before the rash.',
      ),
    ).toEqual(['pancreas adenocarcinoma -4']);
    expect(cancersOf(LEAD + 'Ovarian cancer was found 10 months after the myositis began.')).toEqual([
      'ovary carcinoma 10',
    ]);
  });
});

describe("a spouse's cancer, and another report's patient", () => {
  it('gives the patient no cancer of a spouse or a partner', () => {
    expect(cancersOf(LEAD + 'Her spouse had ovarian cancer.')).toEqual([]);
    expect(cancersOf(MAN + 'His partner was recently treated for gastric adenocarcinoma.')).toEqual([]);
  });
  it('gives the patient no cancer of the patient of an earlier report', () => {
    expect(
      cancersOf(
        LEAD +
          'The patient in our previous report had pancreatic adenocarcinoma diagnosed two years before dermatomyositis.',
      ),
    ).toEqual([]);
  });
  it("keeps the patient's own cancer beside a partner, and a sentence on our patient (controls)", () => {
    expect(
      cancersOf(LEAD + 'Her partner noticed the rash first. She had been treated for breast cancer in 2011.'),
    ).toEqual(['breast carcinoma before']);
    expect(
      cancersOf(LEAD + 'Unlike the case in our previous report, our patient had a history of breast cancer.'),
    ).toEqual(['breast carcinoma before']);
  });
});

describe('a care act for a "newly diagnosed" cancer after the presentation', () => {
  it('is the find of the work-up, after the myositis', () => {
    expect(cancersOf(LEAD + 'She was referred to oncology for newly diagnosed ovarian cancer.')).toEqual([
      'ovary carcinoma after',
    ]);
  });
  it('keeps a cancer newly diagnosed when the person presented as a month before (control)', () => {
    expect(
      cancersOf('A 62-year-old woman with newly diagnosed ovarian cancer presented with a heliotrope rash.'),
    ).toEqual(['ovary carcinoma -1']);
  });
});

describe("the words of a work-up's result", () => {
  it('reads what an evaluation or a screen "was notable/positive for" as found after', () => {
    expect(cancersOf(MAN + 'His evaluation was notable for hepatocellular carcinoma.')).toEqual([
      'liver hepatocellular carcinoma after',
    ]);
    expect(cancersOf(LEAD + 'Cancer screening was positive for endometrial adenocarcinoma.')).toEqual([
      'uterus adenocarcinoma after',
    ]);
  });
  it('reads what a sampling "came back as", "returned as" or "turned out to be", and what the lesion histologically was', () => {
    expect(cancersOf(MAN + 'A biopsy of the bladder lesion came back as urothelial carcinoma.')).toEqual([
      'bladder urothelial carcinoma after',
    ]);
    expect(
      cancersOf(
        MAN + 'The mass in the prostate seen on screening CT turned out to be acinar adenocarcinoma.',
      ),
    ).toEqual(['prostate adenocarcinoma after']);
    expect(
      cancersOf(
        LEAD +
          'Imaging for an occult malignancy showed a lesion in the left axilla. Histologically, the lesion was diffuse large B-cell lymphoma.',
      ),
    ).toEqual(['? diffuse large b cell lymphoma after']);
  });
  it('reads "a diagnosis of <cancer> was made/established" and "led to a new diagnosis of"', () => {
    expect(
      cancersOf(LEAD + 'Malignancy screening was undertaken, and a diagnosis of colon cancer was made.'),
    ).toEqual(['colon carcinoma after']);
    expect(
      cancersOf(LEAD + 'Evaluation for malignancy led to a new diagnosis of adenocarcinoma of the lung.'),
    ).toEqual(['lung adenocarcinoma after']);
  });
  it('reads a result under a heading of its own line ("Histology: …")', () => {
    expect(
      cancersOf(LEAD + 'An enlarged axillary node was excised.\nHistology: diffuse large B-cell lymphoma.'),
    ).toEqual(['? diffuse large b cell lymphoma after']);
  });
  it('reads nothing from a denied or negative result, nor from a diagnosis told as past (controls)', () => {
    expect(cancersOf(LEAD + 'Cancer screening was negative for ovarian cancer.')).toEqual([]);
    expect(cancersOf(LEAD + 'The biopsy came back negative for adenocarcinoma.')).toEqual([]);
    expect(
      cancersOf(LEAD + 'A biopsy of the breast was taken.\nHistology: no evidence of carcinoma.'),
    ).toEqual([]);
    expect(
      cancersOf(LEAD + 'She underwent screening; a diagnosis of colon cancer had been made in 2010.'),
    ).not.toContainEqual(expect.stringMatching(/after$/));
  });
});

describe('a find told in its own clause after a hedged one', () => {
  it('keeps the cancer confirmed after ", and", or in a relative clause on it', () => {
    expect(
      cancersOf(LEAD + 'Screening CT showed a suspicious lesion, and breast cancer was confirmed by biopsy.'),
    ).toEqual(['breast carcinoma after']);
    expect(
      cancersOf(
        MAN +
          'This raised the suspicion of a paraneoplastic process, and prostate cancer was ultimately diagnosed.',
      ),
    ).toEqual(['prostate carcinoma after']);
    expect(
      cancersOf(LEAD + 'The screening CT raised suspicion for lung cancer, which was confirmed by biopsy.'),
    ).toEqual(['lung carcinoma after']);
  });
  it('still reads no cancer that was only suspected, denied, or whose lesion alone was found (controls)', () => {
    expect(cancersOf(LEAD + 'CT showed a lesion suspicious for lung cancer, which was biopsied.')).toEqual(
      [],
    );
    expect(cancersOf(LEAD + 'CT raised suspicion for lung cancer, which was not confirmed.')).toEqual([]);
    expect(
      cancersOf(LEAD + 'CT showed a suspicious lesion, and ovarian cancer was not confirmed by biopsy.'),
    ).toEqual([]);
    expect(
      cancersOf(
        LEAD + 'Screening CT showed a lesion suspicious for breast cancer, and a biopsy was planned.',
      ),
    ).toEqual([]);
  });
});

describe('a past cancer told by its course in the pluperfect, or by a dated treatment after its name', () => {
  it('reads "had been in complete remission since" and "had been disease-free since" as before', () => {
    expect(cancersOf(MAN + 'His colon cancer had been in complete remission since 2015.')).toEqual([
      'colon carcinoma before',
    ]);
    expect(
      cancersOf(
        MAN +
          'His urothelial carcinoma of the bladder was resected in 2013, and he had been disease-free since.',
      ),
    ).toEqual(['bladder urothelial carcinoma before']);
  });
  it('reads "<cancer> (treated in 2014)" and "had undergone resection of" as before', () => {
    expect(cancersOf(MAN + 'His only other illness was prostate cancer (treated in 2014).')).toEqual([
      'prostate carcinoma before',
    ]);
    expect(cancersOf(MAN + 'In 2015, he had undergone resection of hepatocellular carcinoma.')).toEqual([
      'liver hepatocellular carcinoma before',
    ]);
  });
  it('keeps a later course of a cancer found after, and a dated year against a dated presentation (controls)', () => {
    expect(
      cancersOf(
        LEAD + 'Gastric cancer was found on endoscopy and resected. At two years she has been disease-free.',
      ),
    ).toEqual(['stomach carcinoma after']);
    expect(
      cancersOf(
        'In 2012, a 62-year-old woman presented with a heliotrope rash and proximal weakness.\nCT showed ovarian cancer (treated in 2012).',
      ),
    ).not.toContainEqual(expect.stringMatching(/before$/));
  });
});

describe('a sampling whose result the cancer is "consistent with"', () => {
  it('is a find of the work-up that followed the presentation', () => {
    expect(
      order(
        'A 72-year-old man presented with proximal weakness. A biopsy of the stomach was taken; the findings were consistent with gastric adenocarcinoma.',
      ),
    ).toEqual(['adenocarcinoma@stomach:after']);
    expect(
      order(
        'A woman aged 64 came in with a heliotrope rash and weakness. Histology of the colon biopsy was consistent with adenocarcinoma.',
      ),
    ).toEqual(['adenocarcinoma@colon:after']);
  });
  it('is no find when denied or hedged, nor when the find is an earlier, dated one (controls)', () => {
    expect(
      order(
        'A woman aged 64 came in with a heliotrope rash and weakness. Lung biopsy was not consistent with adenocarcinoma.',
      ),
    ).toEqual([]);
    expect(
      order(
        'A 66-year-old woman treated for breast cancer in 2015 presented with proximal weakness. The 2015 biopsy had been consistent with ductal carcinoma.',
      ),
    ).not.toContainEqual(expect.stringMatching(/:after$/));
  });
  it('keeps a narrative find in the past perfect during the work-up (control)', () => {
    expect(
      order('A 56-year-old woman was admitted with proximal weakness. A chest CT had identified a thymoma.'),
    ).toEqual(['thymoma@thymus:after']);
  });
});

describe('a sampling "compatible with" the cancer (session 51, development text)', () => {
  it('reads the cancer as the work-up’s find, as "consistent with" is read', () => {
    expect(order(MAN + 'The liver biopsy performed was compatible with cholangiocarcinoma.')).toEqual([
      'cholangiocarcinoma@bile duct:after',
    ]);
  });
  it('controls: imaging "compatible with", an alternative, and a hedge before "compatible" stay unread', () => {
    expect(order(MAN + 'The CT scan was compatible with lung cancer.')).toEqual([]);
    expect(order(MAN + 'The biopsy was compatible with lymphoma or a reactive process.')).toEqual([]);
    expect(order(MAN + 'The biopsy was possibly compatible with lymphoma.')).toEqual([]);
  });
});
