/**
 * "Found" before an antibody (session 49, from a probe of result wordings): in the active voice it reports the
 * antibody ("we found anti-SRP antibodies"); in the passive it found something else, and the antibody after it has
 * no result ("no tumour was found, and anti-NXP2 was requested"). Sentences are the project's own.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { antibodiesAfterWeakThighs as antibodiesOf } from './__fixtures__/helpers.js';

describe('"found" in the active voice', () => {
  it('reads the antibody it found positive, and one it found none of negative', () => {
    expect(antibodiesOf('We found anti-SRP antibodies.')).toEqual(['SRP=positive']);
    expect(antibodiesOf('Our laboratory found anti-HMGCR antibodies in her serum.')).toEqual([
      'HMGCR=positive',
    ]);
    expect(antibodiesOf('We found no anti-SRP antibodies.')).toEqual(['SRP=negative']);
  });
  it('gives no result to an antibody after a passive "was found" of something else', () => {
    expect(antibodiesOf('No malignancy was found and anti-TIF1γ was requested.')).toEqual([]);
    expect(antibodiesOf('A tumour was found, and anti-NXP2 results are awaited.')).toEqual([]);
    expect(antibodiesOf('Gottron papules were found with anti-MDA5 testing pending.')).toEqual([]);
  });
  it('keeps the result a passive "found to be" states', () => {
    expect(antibodiesOf('She was found to be negative for anti-Jo-1.')).toEqual(['Jo-1=negative']);
  });
});
