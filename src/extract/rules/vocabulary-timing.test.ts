/**
 * Timing vocabulary completed from knowledge: the verbs and nouns of a symptom starting, units and counts of a
 * span, a cancer "unmasked" by the work-up, and hedges and phrasal verbs of a start. Each group is read in a
 * sentence of its own, beside near controls whose other sense must read nothing.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis, onsetMonthsBeforePresentation } from '../../eval/score.js';
import { extractCase } from '../extract.js';
import { CLINIC_TITLE } from './__fixtures__/helpers.js';

const onsetOf = (text: string) => {
  const v = onsetMonthsBeforePresentation(extractCase(CLINIC_TITLE + text).case);
  return v === undefined || v === null ? null : Math.round(v * 10) / 10;
};

const onsetDateOf = (text: string) => extractCase(CLINIC_TITLE + text).case.dates?.symptomOnset ?? null;

const cancersOf = (text: string) => {
  const c = extractCase(CLINIC_TITLE + text).case;
  return c.cancers.map((k) => `${k.relationToMyositis ?? '-'} ${cancerMonthsFromMyositis(c, k) ?? '-'}`);
};

const LEAD = 'A 47-year-old man was seen for dermatomyositis. ';

describe('verbs and nouns of a symptom starting', () => {
  it.each([
    'His thigh weakness manifested four months ago.',
    'His thigh weakness surfaced four months ago.',
    'His thigh weakness set in four months ago.',
    'His thigh weakness came on four months ago.',
    'The appearance of his thigh weakness was four months before admission.',
    'The beginning of his thigh weakness was four months before admission.',
    'The start of his thigh weakness was four months before admission.',
    'The emergence of his thigh weakness was four months before admission.',
  ])('reads the onset in "%s"', (s) => {
    expect(onsetOf(LEAD + s)).toBe(4);
  });
  it('keeps out an event that merely occurred, and a visit', () => {
    expect(onsetOf(LEAD + 'A fall occurred four months ago; he has thigh weakness.')).toBeNull();
    expect(
      onsetOf(LEAD + 'He presented four months ago to another hospital with thigh weakness.'),
    ).toBeNull();
    // the start of a treatment is no start of a symptom
    expect(
      onsetOf(LEAD + 'The start of prednisone was four months before admission for his weakness.'),
    ).toBeNull();
  });
  it('dates the onset from the calendar with the other verbs of a start', () => {
    expect(onsetDateOf(LEAD + 'Weakness of his hips emerged in May 2020.')).toBe('2020-05');
    expect(onsetDateOf(LEAD + 'A rash on his eyelids arose in March 2019.')).toBe('2019-03');
    expect(onsetDateOf(LEAD + 'A fall in March 2019 was uneventful.')).toBeNull();
  });
  it('reads the disease as a whole manifesting', () => {
    expect(onsetOf(LEAD + 'The disease manifested six months ago with tiredness.')).toBe(6);
  });
});

describe('units and counts of a span', () => {
  it('reads a note\'s "y" for years right after digits', () => {
    expect(onsetOf(LEAD + 'Proximal weakness for 2 y.')).toBe(24);
    expect(onsetOf(LEAD + 'He noticed proximal weakness 2 y ago.')).toBe(24);
    expect(
      onsetOf('A case from our clinic\n\nA 47-year-old man came in with a 2-y history of proximal weakness.'),
    ).toBe(24);
  });
  it('never reads an age written with "y" as a span', () => {
    expect(onsetOf('A 54 y/o woman presented with proximal weakness for 3 months.')).toBe(3);
    expect(onsetOf('A 54 y.o. woman presented with proximal weakness for 3 months.')).toBe(3);
    expect(onsetOf('A 54-y-old woman presented with proximal weakness for 3 months.')).toBe(3);
    expect(onsetOf('A woman aged 54 y presented with proximal weakness.')).toBeNull();
  });
  it('reads a decade counted back from a verb of a start as ten years', () => {
    expect(onsetOf(LEAD + 'His proximal weakness began a decade ago.')).toBe(120);
    // a decade counted back from another event is not the onset
    expect(onsetOf(LEAD + 'Diabetes was found a decade ago; he now has proximal weakness.')).toBeNull();
  });
  it('reads "a couple" without "of" as two, and only before a unit', () => {
    expect(onsetOf(LEAD + 'He noticed proximal weakness a couple months ago.')).toBe(2);
    expect(onsetOf(LEAD + 'He had proximal weakness for a couple weeks.')).toBe(0.5);
    expect(onsetOf(LEAD + 'A couple from his village visited him; he has had proximal weakness.')).toBeNull();
  });
  it('reads a range joined by "or" as its middle', () => {
    expect(onsetOf(LEAD + 'His proximal weakness began two or three months ago.')).toBe(2.5);
    expect(onsetOf(LEAD + 'He had proximal weakness for 2 or 3 months.')).toBe(2.5);
  });
  it('reads "x3 mo" with no space after the "x"', () => {
    expect(onsetOf(LEAD + 'Proximal weakness x3 mo.')).toBe(3);
    expect(onsetOf(LEAD + 'Proximal weakness x 3 mo.')).toBe(3);
  });
  it('still dates no onset from a vague span', () => {
    expect(onsetOf(LEAD + 'He had proximal weakness for a few months.')).toBeNull();
    expect(onsetOf(LEAD + 'His proximal weakness began several weeks ago.')).toBeNull();
  });
});

describe('a cancer unmasked by the work-up', () => {
  it('orders the cancer after the myositis', () => {
    expect(cancersOf(LEAD + 'The work-up unmasked an ovarian carcinoma.')).toEqual(['after -']);
  });
  it('keeps a couple of months as two for a cancer', () => {
    expect(cancersOf(LEAD + 'A gastric adenocarcinoma was found a couple months later.')).toEqual(['- 2']);
  });
});

describe('hedges, an article before a plural unit, and phrasal verbs of a start with a date', () => {
  it('reads "roughly" and "circa" as the other hedges, approximate', () => {
    expect(onsetOf(LEAD + 'He had proximal weakness for roughly 3 months.')).toBe(3);
    expect(onsetOf(LEAD + 'He had proximal weakness for circa 3 months.')).toBe(3);
    expect(
      extractCase(CLINIC_TITLE + LEAD + 'He had proximal weakness for roughly 3 months.').case.dates
        ?.symptomOnset,
    ).toMatchObject({
      approximate: true,
    });
  });
  it('reads no count from "a months-long history"', () => {
    expect(onsetOf(LEAD + 'He gave a months-long history of proximal weakness.')).toBeNull();
    expect(onsetOf(LEAD + 'He gave a month-long history of proximal weakness.')).toBe(1);
  });
  it('dates the onset from "came on" and "set in" with a calendar date, not from a visit', () => {
    expect(onsetDateOf(LEAD + 'His proximal weakness came on in March 2021.')).toBe('2021-03');
    expect(onsetDateOf(LEAD + 'His proximal weakness set in during March 2021.')).toBe('2021-03');
    expect(onsetDateOf(LEAD + 'He came to our clinic in March 2021 with proximal weakness.')).toBeNull();
  });
});
