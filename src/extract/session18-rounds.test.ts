// Rules from the fifteenth and sixteenth rounds' development items (issue 12, session 18), one small synthetic test
// end to end through extractCase. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { antibodies, labs, read } from './__fixtures__/read-case.js';

describe('sixteenth round', () => {
  const smoking = (text: string) => read(text).patient.smoking;

  it('reads a denied smoker as a never-smoker, and leaves a denied current smoker unstated', () => {
    expect(smoking('She denied being a smoker.')).toBe('never');
    expect(smoking('He is a smoker.')).toBe('current');
    expect(smoking('She is not a current smoker.')).toBeUndefined();
  });

  it('reads "low" right before a lab name, not when it is denied', () => {
    expect(labs('The work-up showed a positive ANA and low C3 levels.')).toEqual(['C3 low']);
    expect(labs('There was no low platelet count.')).toEqual([]);
  });

  it('reads a value after "was unchanged", and not a number of hours as a value', () => {
    expect(labs('Her CK was unchanged (1,870 iu/l).')).toEqual(['CK 1870']);
    expect(labs('CK fell from 9,400 U/L to 4,100 U/L within 36 h of stopping the drug.')).toEqual([
      'CK 9400',
      'CK 4100',
    ]);
  });

  it('keeps the two ANCA patterns apart, and knows VGCC antibodies', () => {
    expect(antibodies('c-ANCA was negative and p-ANCA was positive.')).toEqual({
      'c-ANCA': 'negative',
      'p-ANCA': 'positive',
    });
    expect(antibodies('P/Q-type VGCC antibodies were positive.')).toEqual({ VGCC: 'positive' });
  });

  it('reads "renal cell cancer" as a renal cell carcinoma of the kidney', () => {
    expect(read('Years before, a renal cell cancer had been resected.').cancers[0]).toMatchObject({
      histology: 'renal cell carcinoma',
      site: 'kidney',
    });
  });
});
