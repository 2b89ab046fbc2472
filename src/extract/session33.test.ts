/**
 * Readings fixed in session 33 (issue 12): constructions found by batteries of sentences of our own and in an
 * eleventh round of published case reports read outside the corpus, each written again in the repository's own
 * words, with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis, onsetMonthsBeforePresentation } from '../eval/score.js';
import { extractCase } from './extract.js';
import { readCount } from './numbers.js';

const CASE = 'Case presentation\n\nA 58-year-old woman presented with weakness of the thighs. ';
const cancerTimesOf = (text: string) => {
  const c = extractCase(CASE + text).case;
  return c.cancers.map((k) => [k.site, cancerMonthsFromMyositis(c, k) ?? k.relationToMyositis ?? null]);
};
const onsetOf = (text: string) => onsetMonthsBeforePresentation(extractCase(CASE + text).case);

describe('counts written as a ten and a unit, and halves written as a fraction', () => {
  it('reads "thirty-six", "twenty four", "ninety-two" and "3 1/2" whole', () => {
    expect(readCount('thirty-six')?.value).toBe(36);
    expect(readCount('Twenty four')?.value).toBe(24);
    expect(readCount('3 1/2')?.value).toBe(3.5);
    expect(readCount('sixty')?.value).toBe(60);
  });

  it('dates a cancer "thirty-six months after" the myositis at 36, not 6', () => {
    expect(
      cancerTimesOf(
        'Thirty-six months after the diagnosis of myositis, a carcinoma of the breast was found.',
      ),
    ).toEqual([['breast', 36]]);
    expect(
      cancerTimesOf('A gastric adenocarcinoma had been diagnosed twenty four months before the myositis.'),
    ).toEqual([['stomach', -24]]);
    expect(cancerTimesOf('A colonic adenocarcinoma had been resected 2 1/2 years earlier.')).toEqual([
      ['colon', -30],
    ]);
  });

  it('reads a "twenty-four-month" or "forty-five-day" history and "3 1/2 months before admission"', () => {
    expect(onsetOf('She gave a twenty-four-month history of weakness.')).toBe(24);
    expect(onsetOf('The weakness had started some 3 1/2 months before admission.')).toBe(3.5);
    expect(onsetOf('She described a forty-five-day history of weakness.')).toBeCloseTo(1.48, 1);
  });

  it('leaves the counts it read before as they were', () => {
    // controls: a plain ten, a unit alone, a date written 1/2
    expect(onsetOf('She gave a twenty-month history of weakness.')).toBe(20);
    expect(onsetOf('She gave a six-month history of weakness.')).toBe(6);
    expect(readCount('1/2')).toBeUndefined();
  });
});
