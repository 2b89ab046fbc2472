/**
 * Readings fixed in session 39 (timing): how English places a cancer and the first symptom against the myositis —
 * the object of "after" ending where a new subject begins, a noun of a cancer's return governing it, a quiz's answer
 * as a labelled diagnosis, the writer's care of a person for a cancer, a fronted frame of the past history, an age
 * told as "of N years", an order word that shares its object with another ("a sign of, and a prelude to, …"), the
 * whole illness's beginning, a clause about what a disease usually does, and a time counted back from a cancer.
 * Each construction is written in words of our own, with a near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { onsetMonthsBeforePresentation } from '../eval/score.js';
import { extractCase } from './extract.js';

const TITLE = 'A case from our clinic\n\n';

const onsetOf = (text: string) => onsetMonthsBeforePresentation(extractCase(TITLE + text).case) ?? null;

describe('the whole illness as the subject of a verb of its beginning', () => {
  it('dates the onset from the illness, before a later symptom of the muscles', () => {
    expect(
      onsetOf(
        'A 47-year-old woman was admitted with myalgia. Her illness began six years ago with pain in the ' +
          'knees. Three years before admission she developed weak thighs.',
      ),
    ).toBe(72);
  });
  it("keeps a longer muscle symptom, and leaves another person's or another disease's beginning out", () => {
    expect(
      onsetOf(
        'A 47-year-old woman was admitted. Weak thighs began five years ago. Her illness began two months ' +
          'ago with a fever.',
      ),
    ).toBe(60);
    expect(
      onsetOf(
        "A 47-year-old woman was admitted. Her sister's illness began six years ago. Weak thighs began " +
          'two months ago.',
      ),
    ).toBe(2);
  });
});

describe('a clause that tells what a disease usually does', () => {
  it('gives no onset', () => {
    expect(
      onsetOf(
        'A 66-year-old man was seen. While sporadic IBM generally disables over 8 to 12 years, his ' +
          'weakness has advanced much faster.',
      ),
    ).toBeNull();
  });
  it("keeps the patient's own duration beside it", () => {
    expect(
      onsetOf(
        'A 66-year-old man was seen. Weakness generally builds over weeks; his weakness had lasted for 5 ' +
          'weeks.',
      ),
    ).toBeCloseTo(1.15, 1);
  });
});

describe('a symptom the text marks as the first one', () => {
  it('dates the onset even when it is not a symptom of the muscles', () => {
    expect(
      onsetOf(
        'A 45-year-old man came in. He had initially noticed aching knees six years ago; myalgia of the ' +
          'thighs arose two years ago.',
      ),
    ).toBe(72);
    expect(
      onsetOf(
        'A 45-year-old man came in. He had ankle pain at onset, five years ago. Weak thighs began last year.',
      ),
    ).toBe(60);
  });
  it('leaves an unmarked symptom of another kind behind the muscle symptom', () => {
    expect(
      onsetOf(
        'A 45-year-old man came in. He noticed a cough six years ago; myalgia of the thighs arose two years ago.',
      ),
    ).toBe(24);
  });
});

describe('a pain of the joints and a symptom that emerged', () => {
  it('reads a joint pain marked as the first symptom, and "emerged", as an onset', () => {
    expect(
      onsetOf('A 45-year-old woman came in. She had initially noticed pain in both knees 3 weeks ago.'),
    ).toBeCloseTo(0.7, 1);
    expect(onsetOf('A 45-year-old woman came in. Weakness of the thighs emerged five months ago.')).toBe(5);
  });
  it('leaves a joint pain not marked as the first symptom out', () => {
    expect(onsetOf('A 45-year-old woman came in. She noticed pain in both knees 3 weeks ago.')).toBeNull();
  });
  it('keeps the muscle symptom first over a joint pain of another disease', () => {
    expect(
      onsetOf(
        'A 45-year-old woman came in. She has had knee pain for 10 years from osteoarthritis. Weakness of ' +
          'the thighs began 2 months ago.',
      ),
    ).toBe(2);
  });
});
