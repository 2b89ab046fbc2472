/**
 * Weakness wordings of session 46, found on development texts re-told by other authors: "all 4 limbs" with the
 * count in digits, "proximal predominant" after the limbs, and "a decrease of" muscle strength. Each beside the
 * control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const CASE = 'Case presentation\n\nA 50-year-old woman was seen. ';

/** Each finding as "id=status", in the extractor's order. */
const findingsOf = (text: string) => extractCase(CASE + text).case.findings.map((f) => `${f.id}=${f.status}`);

describe('a weakness of all four limbs, proximal predominant', () => {
  it('reads both girdles, with the count in words or in digits', () => {
    for (const text of [
      'Exam: weakness in all 4 limbs, MRC 4, proximal predominant.',
      'She had weakness in all four limbs, proximal predominant.',
    ])
      expect(findingsOf(text)).toEqual(
        expect.arrayContaining(['proximal-weakness-upper=present', 'proximal-weakness-lower=present']),
      );
  });

  it('gives no girdle when another sign stands between the weakness and the predominance (control)', () => {
    expect(findingsOf('She had weakness of the hands and sensory loss, proximal predominant.')).not.toContain(
      'proximal-weakness-upper=present',
    );
  });
});

describe('"a decrease of" muscle strength', () => {
  it('is a weakness, and its denial a denied weakness', () => {
    expect(findingsOf('A marked decrease of proximal muscle strength followed.')).toEqual([
      'proximal-weakness-upper=present',
      'proximal-weakness-lower=present',
    ]);
    expect(findingsOf('There was no decrease of proximal muscle strength.')).toEqual([
      'proximal-weakness-upper=absent',
      'proximal-weakness-lower=absent',
    ]);
  });
});
