/**
 * Cancer-order readings fixed in session 41 from a construction grid written from knowledge (the order of a cancer
 * relative to the myositis): a spouse's cancer and another report's patient. Each construction is written in words of
 * our own, beside the near controls that must keep their reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis } from '../eval/score.js';
import { extractCase } from './extract.js';

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
