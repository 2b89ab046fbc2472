/**
 * Readings fixed in session 37 (oncology): wrong and lost readings of cancers and their timing found by a battery of
 * the project's own texts, each written again here with a control beside it that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis } from '../eval/score.js';
import { extractCase } from './extract.js';

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
  it('still leaves out a cancer the search only looked for, or one the find is only suspicious of', () => {
    expect(cancersOf('Her work-up for lung cancer identified nothing abnormal.')).toEqual([]);
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
