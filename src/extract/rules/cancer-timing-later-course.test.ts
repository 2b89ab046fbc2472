/**
 * Cancer timing against later events: a search whose "for" hedges what it looks for, what earlier reports describe,
 * a cancer's later course or a flare of the myositis told N months later, two cancers each at its own age, and a
 * myositis "later the same year" after a dated cancer. Each construction is written as a sentence of the project's
 * own, beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis } from '../../eval/score.js';
import { extractCase } from '../extract.js';

const CASE =
  'Case presentation\n\nA 61-year-old woman was admitted with a lilac rash of the eyelids and weak hips. ';

const caseOf = (text: string) => extractCase(CASE + text).case;

const cancersOf = (text: string) => {
  const c = caseOf(text);
  return c.cancers.map(
    (k) => `${k.site ?? '?'} ${k.relationToMyositis ?? '-'} ${cancerMonthsFromMyositis(c, k) ?? '-'}`,
  );
};

describe('a cancer found by a search whose "for" hedges what it looks for', () => {
  it('keeps the cancer a work-up or an evaluation for malignancy identified or found', () => {
    expect(
      cancersOf(
        'A CT scan ordered within the work-up for malignancy identified a 3-cm tumour, a renal cell carcinoma.',
      ),
    ).toEqual(['kidney after -']);
    expect(cancersOf('Evaluation for an occult neoplasm found a clear cell renal cell carcinoma.')).toEqual([
      'kidney after -',
    ]);
  });
  it('keeps the cancer a biopsy confirmed after a suspicious lesion, in a clause of its own', () => {
    expect(
      cancersOf(
        'Mammography showed a suspicious area, and a core biopsy confirmed a lobular carcinoma of the breast.',
      ),
    ).toEqual(['breast after -']);
  });
  it('still leaves out a cancer the search only looked for, or one the find is only suspicious of', () => {
    expect(cancersOf('Her work-up for lung cancer identified nothing abnormal.')).toEqual([]);
    expect(cancersOf('Mammography showed an area suspicious for a lobular carcinoma of the breast.')).toEqual(
      [],
    );
    expect(
      cancersOf('Biopsy of the suspicious area showed a probable lobular carcinoma of the breast.'),
    ).toEqual([]);
    expect(
      cancersOf('The work-up for malignancy identified a lesion suspicious for renal cell carcinoma.'),
    ).toEqual([]);
  });
});

describe('what earlier reports or other authors describe', () => {
  it('gives the patient no cancer and no interval from the literature', () => {
    expect(
      cancersOf(
        'Previous case reports describe the myositis coming some months before a nasopharyngeal carcinoma.',
      ),
    ).toEqual([]);
    expect(
      cancersOf('Several authors have reported ovarian cancer arising years after dermatomyositis.'),
    ).toEqual([]);
  });
  it("still reads the patient's own earlier pathology report", () => {
    expect(
      cancersOf('Her previous pathology reports showed a ductal carcinoma of the left breast.'),
    ).toHaveLength(1);
  });
});

describe("a cancer's later course, or a flare of the myositis, told N months later", () => {
  it('keeps the date of the diagnosis when a later sentence tells the tumour progressing', () => {
    expect(
      cancersOf(
        'Ovarian carcinoma was found at the same time as her dermatomyositis. Fourteen months later, the tumour progressed despite carboplatin.',
      ),
    ).toEqual(['ovary concurrent 0']);
    expect(
      cancersOf(
        'A serous ovarian carcinoma was diagnosed simultaneously. Fourteen months later, new muscle weakness announced tumour progression.',
      ),
    ).toEqual(['ovary concurrent 0']);
  });
  it('does not count a myositis flare that heralds a return of the cancer as the myositis coming after it', () => {
    expect(
      cancersOf(
        'Dermatomyositis was confirmed in 2016, and colonoscopy showed a caecal adenocarcinoma. Three years later, a flare of the dermatomyositis announced a recurrence of the caecal cancer.',
      ),
    ).toEqual(['colon after -']);
    expect(
      cancersOf(
        'Dermatomyositis and gastric cancer were diagnosed together. After a total gastrectomy her strength returned. Two years later, the dermatomyositis flared and CT showed recurrence of the gastric cancer.',
      ),
    ).toEqual(['stomach concurrent -']);
  });
  it('reads a recurrence at the time of the myositis as a cancer diagnosed before, not a concurrent one', () => {
    expect(
      cancersOf(
        'A sigmoid adenocarcinoma was resected in 2009. Eight years later the sigmoid cancer recurred, and dermatomyositis appeared at the same time.',
      ),
    ).toEqual(['colon before -']);
  });
  it('still dates a cancer first found N months later, and one whose own find is concurrent', () => {
    expect(
      cancersOf('She was treated for dermatomyositis. Seven months later a colon adenocarcinoma was found.'),
    ).toEqual(['colon - 7']);
    expect(
      cancersOf(
        'She was treated for dermatomyositis. Seven months later a colon adenocarcinoma was found, and it progressed despite chemotherapy.',
      ),
    ).toEqual(['colon - 7']);
    expect(
      cancersOf(
        'Ovarian carcinoma was found at the same time as her dermatomyositis. Fourteen months later, the myositis flared.',
      ),
    ).toEqual(['ovary concurrent 0']);
  });
});

describe('two cancers of one sentence, each at its own age', () => {
  const OPEN = 'Case presentation\n\nA 63-year-old woman presented with dermatomyositis. ';
  const agesOf = (text: string) => {
    const c = extractCase(OPEN + text).case;
    return c.cancers.map((k) => `${k.site ?? '?'} ${cancerMonthsFromMyositis(c, k) ?? '-'}`);
  };
  it("never dates one cancer by the other's age", () => {
    expect(
      agesOf('She was treated for breast cancer at the age of 41 and for ovarian cancer at the age of 50.'),
    ).toEqual(['breast -264', 'ovary -156']);
    // the first age is not read as one ("at 41 and"): that cancer stays undated, never at 50
    expect(
      agesOf('She carries a BRCA2 variant and had breast cancer at 41 and ovarian cancer at 50.'),
    ).toEqual(['breast -', 'ovary -156']);
  });
  it('still dates a single cancer by its age against the presenting age', () => {
    expect(agesOf('She had been treated for breast cancer at the age of 41.')).toEqual(['breast -264']);
  });
});

describe('the myositis developed "later the same year" after a dated cancer', () => {
  it('puts the cancer first', () => {
    expect(
      cancersOf(
        'She was diagnosed with carcinoma of the breast in 2020 and developed dermatomyositis later the same year.',
      ),
    ).toEqual(['breast before -']);
    expect(
      cancersOf(
        'A breast carcinoma was excised in February, and she was diagnosed with dermatomyositis later that year.',
      ),
    ).toEqual(['breast before -']);
  });
  it('keeps the myositis first when it is the one told first', () => {
    expect(
      cancersOf(
        'She developed dermatomyositis in 2020 and was diagnosed with carcinoma of the breast later the same year.',
      ),
    ).toEqual(['breast after -']);
  });
});
