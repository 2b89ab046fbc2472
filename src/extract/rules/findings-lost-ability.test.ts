/**
 * A lost ability to act is a limitation, like "unable to" (session 50, probe): "she had lost the ability to raise her
 * arms" read no weakness and dated no onset.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { onsetMonthsBeforePresentation } from '../../eval/score.js';
import { extractCase } from '../extract.js';

const OPENING = 'A 44-year-old woman was seen in clinic. ';
const findingsOf = (text: string) =>
  extractCase(OPENING + text).case.findings.map((f) => `${f.id}:${f.status}`);

describe('a lost ability to act', () => {
  it('is the weakness of the girdle that acts', () => {
    expect(findingsOf('She had lost the ability to raise her arms.')).toEqual([
      'proximal-weakness-upper:present',
    ]);
    expect(findingsOf('She had a loss of the ability to climb stairs.')).toEqual([
      'proximal-weakness-lower:present',
    ]);
  });
  it('dates the onset', () => {
    const c = extractCase(
      OPENING + 'In the two months before presentation, she had lost the ability to raise her arms.',
    ).case;
    expect(onsetMonthsBeforePresentation(c)).toBeCloseTo(2, 1);
  });
  it('is no weakness when the ability is kept, or is not a muscle act', () => {
    expect(findingsOf('Her ability to raise her arms was preserved.')).toEqual([]);
    expect(findingsOf('She had lost the ability to speak.')).toEqual([]);
  });
});
