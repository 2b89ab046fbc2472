/**
 * Onsets told by notes and dates: "her complaints" as the illness, "history" without "of", slash fractions, "over
 * the course of", a duration in brackets after the symptom, another illness's symptom, a dated first symptom
 * counted to the diagnosis or an admission, months without a year, the visit counted into the illness, "past N
 * units", and a start after "when". Each construction is written as a sentence of the project's own, beside the
 * near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { onsetMonthsBeforePresentation } from '../../eval/score.js';
import { extractCase } from '../extract.js';

const LEAD = 'A 49-year-old man attended with a violaceous rash over his knuckles.\n';

const onsetOf = (text: string) => {
  const v = onsetMonthsBeforePresentation(extractCase(LEAD + text).case);
  return v === undefined || v === null ? null : Math.round(v * 10) / 10;
};

describe('"her complaints" as the whole illness', () => {
  it('reads a start and a course of the complaints', () => {
    expect(onsetOf('His complaints began five weeks ago.')).toBe(1.1);
    expect(onsetOf('His complaints had been present for 7 months.')).toBe(7);
    expect(onsetOf('His complaints, which started 5 months ago, had got worse.')).toBe(5);
  });
  it('keeps out what the complaints were of', () => {
    expect(onsetOf('He had complaints of a lump in the breast for 5 months.')).toBeNull();
  });
});

describe('"history" without "of" (a note\'s "hx")', () => {
  it('reads "N mo hx" and "N mo history" before the symptom', () => {
    expect(onsetOf('Has 5 mo hx thigh weakness.')).toBe(5);
    expect(onsetOf('He has a 7 wk history difficulty climbing stairs.')).toBe(1.6);
  });
  it('keeps out a history followed by a clause of its own', () => {
    expect(onsetOf('He gave a 9-year history and recent weakness was noted.')).toBeNull();
  });
});

describe('slash fractions after "x" or a dash', () => {
  it('reads "x7/52" and "Rash – 2/12"', () => {
    expect(onsetOf('Thigh weakness x7/52.')).toBe(1.6);
    expect(onsetOf('Weakness of the shoulders \u00d7 2/12.')).toBe(2);
    expect(onsetOf('Symptoms: rash \u2013 5/12.')).toBe(5);
  });
  it('keeps out a date and a review planned in a fraction', () => {
    expect(onsetOf('Seen on 4/12/2021 for review.')).toBeNull();
    expect(onsetOf('Plan: repeat CK and review - 3/12.')).toBeNull();
  });
});

describe('"over the course of" with the symptom between', () => {
  it('reads the course after a verb of onset', () => {
    expect(onsetOf('He developed trouble lifting his arms over the course of 5 months.')).toBe(5);
  });
  it('keeps out a recovery over the course of months', () => {
    expect(onsetOf('He was treated and improved over the course of 5 months.')).toBeNull();
  });
});

describe('a duration in brackets a few words after the symptom', () => {
  it('reads "weakness of the hips (7 weeks)"', () => {
    expect(onsetOf('Complaints: weakness of both hips (7 weeks).')).toBe(1.6);
    expect(onsetOf('He had difficulty getting out of a car (5 months).')).toBe(5);
  });
  it('keeps out a treatment in brackets', () => {
    expect(onsetOf('He took prednisone for the rash (5 months).')).toBeNull();
  });
});

describe("another illness's symptom blamed on an infection", () => {
  it('keeps out a cough or a fever that an infection explains', () => {
    expect(onsetOf('His cough of 5 weeks was put down to bronchitis.')).toBeNull();
    expect(onsetOf('He had fevers for 9 days caused by a chest infection.')).toBeNull();
  });
  it('still reads the fever when nothing else explains it', () => {
    expect(onsetOf('He had fevers for 9 days.')).toBe(0.3);
  });
});

describe('a dated first symptom counted to the myositis diagnosis or an admission', () => {
  it('reads the diagnosis of the myositis as the visit', () => {
    expect(
      onsetOf(
        'In February 2016 he noticed redness over his knuckles. Dermatomyositis was diagnosed in July 2016.',
      ),
    ).toBe(5);
    expect(
      onsetOf('He was diagnosed with dermatomyositis in October 2020; his weakness had begun in May 2020.'),
    ).toBe(5);
  });
  it('reads "on admission in …" as the visit', () => {
    expect(
      onsetOf(
        'Since March 2014 he had noticed weakness of his legs. On admission in September 2014 he could not squat.',
      ),
    ).toBe(6);
  });
  it("keeps out a cancer's diagnosis", () => {
    expect(
      onsetOf(
        'In February 2016 he noticed redness over his knuckles. Gastric cancer was diagnosed in July 2016.',
      ),
    ).toBeNull();
  });
});

describe('months written without a year', () => {
  it('reads the first symptom and the visit by their months', () => {
    expect(onsetOf('Weakness of his arms had been present since February; he was seen in July.')).toBe(5);
    expect(onsetOf('Since October he had had dysphagia. He was admitted in January.')).toBe(3);
    expect(onsetOf('He had been well until April, when he developed myalgia; he presented in June.')).toBe(2);
  });
  it('reads a visit month after a dated onset, in its year', () => {
    expect(onsetOf('In June 2018 he developed a rash on his eyelids; he was admitted in October.')).toBe(4);
  });
  it("keeps out a denied symptom, a relative's and a month with no symptom's start", () => {
    expect(onsetOf('He had no weakness in February; he was seen in July.')).toBeNull();
    expect(onsetOf('His brother developed weakness in February and was seen in July.')).toBeNull();
    expect(
      onsetOf('In February he received methotrexate and was admitted in July with weakness.'),
    ).toBeNull();
  });
});

describe('the visit counted into the illness', () => {
  it('reads "admitted N units into her illness"', () => {
    expect(onsetOf('He was seen in clinic five months into his illness.')).toBe(5);
  });
  it('keeps out a time into something other than the illness', () => {
    expect(onsetOf('He was admitted five months into his chemotherapy.')).toBeNull();
  });
});

describe('"past N units" without a preposition', () => {
  it('reads it after a symptom of the myositis', () => {
    expect(onsetOf('C/o thigh pain and weakness past 5 months.')).toBe(5);
  });
  it('keeps out a denied span and a span with no symptom before it', () => {
    expect(onsetOf('He had no weakness over the past 5 months.')).toBeNull();
    expect(onsetOf('Travelled abroad twice past 5 months.')).toBeNull();
  });
});

describe('a symptom\'s start after "when", beyond a drug\'s years', () => {
  it('reads the start, not the drug', () => {
    expect(onsetOf('He had been taking rosuvastatin for 8 years when weakness began 5 months ago.')).toBe(5);
  });
  it('keeps out the drug alone', () => {
    expect(onsetOf('He had been on atorvastatin for 8 years.')).toBeNull();
  });
});
