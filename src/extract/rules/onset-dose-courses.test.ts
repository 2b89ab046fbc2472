/**
 * A count of days multiplied after a dose ("1 g/day x3days", "2 g/kg × 5 days") is the course of that dose, not the
 * time since the first symptom (session 49). A note's own "weakness x 3 wks" keeps its reading. Sentences are the
 * project's own.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { onsetMonthsBeforePresentation } from '../../eval/score.js';
import { extractCase } from '../extract.js';

const LEAD = 'A 58-year-old woman was seen with weakness of the hips and a rash over her knuckles.\n';

const onsetOf = (text: string) => {
  const v = onsetMonthsBeforePresentation(extractCase(LEAD + text).case);
  return v === undefined || v === null ? null : Math.round(v * 10) / 10;
};

describe('a course of a dose written with a multiplication sign', () => {
  it('gives no onset for pulses and infusions counted in days', () => {
    expect(
      onsetOf('Despite methylprednisolone (1g/day x3days,i.v.), her muscle weakness was not improved.'),
    ).toBeNull();
    expect(
      onsetOf('IVIG 2 g/kg \u00d7 5 days was given and the weakness of her thighs improved.'),
    ).toBeNull();
    expect(onsetOf('Methylprednisolone 500 mg iv x 3 days did not help the dysphagia.')).toBeNull();
    expect(onsetOf('Prednisolone 60 mg daily x 4 weeks was started for the proximal weakness.')).toBeNull();
  });
  it('keeps a symptom timed with "x" in a note', () => {
    expect(onsetOf('Prox weakness x 3 wks, worse on stairs.')).toBe(0.7);
    expect(onsetOf('Rash on the eyelids x 2 months.')).toBe(2);
  });
});

describe('a drug before the verb of the presentation (session 51 probe)', () => {
  it('reads "on atorvastatin, she presented with 2 months of difficulty climbing stairs"', () => {
    expect(onsetOf('Long on atorvastatin, she presented with 2 months of difficulty climbing stairs.')).toBe(
      2,
    );
  });
  it('control: a recovery after the verb of the presentation stays no onset', () => {
    expect(
      onsetOf('She was treated with prednisone and presented with improvement over 3 months.'),
    ).toBeNull();
  });
});
