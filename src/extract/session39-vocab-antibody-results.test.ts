/**
 * Result words of autoantibody tests completed from knowledge in session 39 (the result vocabulary, beside the
 * names completed earlier in the session): each added group read in a sentence of our own, with near controls
 * where the same word states no result, or states the opposite one.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { antibodyLines } from './__fixtures__/read-case.js';

const OPEN =
  'Case presentation\n\nA 63-year-old woman was admitted with proximal weakness and a heliotrope rash. ';
const read = (text: string) => antibodyLines(OPEN + text);

describe('negative results in other written forms', () => {
  it('reads "undetected", "nondetectable" and "unreactive" as negative', () => {
    expect(read('Anti-PL-7 antibodies were undetected.')).toEqual(['PL-7=negative']);
    expect(read('Anti-SRP antibody: nondetectable.')).toEqual(['SRP=negative']);
    expect(read('Anti-HMGCR was unreactive on the line blot.')).toEqual(['HMGCR=negative']);
  });

  it('reads "non reactive" and "non detected" written apart as negative, never positive', () => {
    expect(read('Anti-Mi-2: non reactive.')).toEqual(['Mi-2=negative']);
    expect(read('Anti-NXP2: non detected.')).toEqual(['NXP2=negative']);
    // near control: the joined and hyphenated forms keep their reading
    expect(read('Anti-Mi-2: non-reactive.')).toEqual(['Mi-2=negative']);
    expect(read('Anti-Mi-2: reactive.')).toEqual(['Mi-2=positive']);
  });
});

describe('seropositivity and seronegativity as nouns of a result', () => {
  it('reads the noun after the name', () => {
    expect(read('Anti-MDA5 seropositivity was noted on admission.')).toEqual(['MDA5=positive']);
    expect(read('Anti-TIF1-γ seronegativity was confirmed twice.')).toEqual(['TIF1-gamma=negative']);
  });

  it('reads a denied seropositivity as negative, and a statement about it as no result', () => {
    expect(read('Anti-MDA5 seropositivity was not detected.')).toEqual(['MDA5=negative']);
    expect(read('Seropositivity for anti-MDA5 was not found.')).toEqual(['MDA5=negative']);
    expect(read('Anti-MDA5 seropositivity is a marker of rapidly progressive lung disease.')).toEqual([]);
  });
});

describe('an inconclusive result is neither side of the cut-off', () => {
  it('reads "inconclusive" as equivocal', () => {
    expect(read('Anti-SAE1 was inconclusive on the immunoblot.')).toEqual(['SAE=equivocal']);
    expect(read('Anti-SAE1: inconclusive.')).toEqual(['SAE=equivocal']);
  });
});

describe('verbs that report a finding on the left of the antibody', () => {
  it('reads the British "harbour" forms as positive, and their denial as negative', () => {
    expect(read('Her serum harboured anti-NXP2 antibodies.')).toEqual(['NXP2=positive']);
    expect(read('She was shown to harbour anti-PL-12 antibodies.')).toEqual(['PL-12=positive']);
    expect(read('She did not harbour anti-PL-12 antibodies.')).toEqual(['PL-12=negative']);
  });

  it('reads "uncovered", "unveiled" and "yielded" as positive, and "did not uncover" as negative', () => {
    expect(read('Extended serology uncovered anti-SAE1 antibodies.')).toEqual(['SAE=positive']);
    expect(read('The second immunoblot unveiled anti-OJ antibodies.')).toEqual(['OJ=positive']);
    expect(read('The line blot yielded anti-EJ antibodies.')).toEqual(['EJ=positive']);
    expect(read('Extended serology did not uncover anti-SAE1 antibodies.')).toEqual(['SAE=negative']);
  });

  it('reads "seropositivity for" as positive', () => {
    expect(read('Seropositivity for anti-HMGCR was documented.')).toEqual(['HMGCR=positive']);
  });

  it('reads nothing where the verb reports something other than an antibody', () => {
    expect(read('The tumour harboured a KRAS mutation and anti-Jo-1 testing was requested.')).toEqual([]);
  });
});

describe('a low titre is still a found antibody', () => {
  it('reads "low titre" and "low-titre" before the name as positive', () => {
    expect(read('She had low titre anti-Ro52 antibodies.')).toEqual(['Ro52=positive']);
    expect(read('Serology showed low-titre anti-Ro52 antibodies.')).toEqual(['Ro52=positive']);
  });

  it('keeps the result stated after the name, and reads no result from a low level of something else', () => {
    expect(read('Low-titre anti-Ro52 was negative on repeat testing.')).toEqual(['Ro52=negative']);
    expect(read('She had low complement levels and anti-Ro52 testing was sent.')).toEqual([]);
  });
});
