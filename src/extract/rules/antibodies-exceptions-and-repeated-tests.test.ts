/**
 * Antibody results told around the test: an exception after a clause opened by "none" or "no", blot levels under
 * one cut-off, the result of one antibody told by "it" or "this", a repeated test whose later result is positive, a
 * positive set aside by its authors, and a blot band named before its antigen. Each construction is written as a
 * sentence of the project's own, beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { antibodyLines } from '../__fixtures__/read-case.js';
import { WEAK_SHOULDERS_CASE } from './__fixtures__/helpers.js';

const antibodiesOf = (text: string) => antibodyLines(WEAK_SHOULDERS_CASE + text);

describe('an exception after a clause opened by "none" or "no"', () => {
  it('reads the excepted antibody positive', () => {
    expect(antibodiesOf('None of the antibodies in the panel was positive except anti-Ro52.')).toEqual([
      'Ro52=positive',
    ]);
    expect(antibodiesOf('No further autoantibodies were detected except anti-TIF1-γ.')).toContain(
      'TIF1-gamma=positive',
    );
    expect(
      antibodiesOf('None of the myositis-specific antibodies was identified, except for anti-NXP2.'),
    ).toContain('NXP2=positive');
  });
  it('keeps the opposite reading after a positive or negative rest (control)', () => {
    expect(antibodiesOf('All antibodies tested were positive except anti-Jo-1.')).toEqual(['Jo-1=negative']);
    expect(antibodiesOf('The blot was negative except for anti-SAE1.')).toContain('SAE=positive');
  });
});

describe('a list of blot levels with one cut-off for all', () => {
  it('reads each level against the shared cut-off', () => {
    expect(antibodiesOf('Blot intensities: MDA5 52, Ro52 68, PL-7 2 (cut-off 15).')).toEqual([
      'MDA5=positive',
      'PL-7=negative',
      'Ro52=positive',
    ]);
    expect(antibodiesOf('Line immunoassay (signal units; positive ≥ 11): NXP2 73, Jo-1 0, Mi-2 4.')).toEqual([
      'Jo-1=negative',
      'Mi-2=negative',
      'NXP2=positive',
    ]);
    expect(antibodiesOf('Anti-SAE1 39 and anti-TIF1-γ 6 (cut-off for both 15).')).toEqual([
      'SAE=positive',
      'TIF1-gamma=negative',
    ]);
  });
  it('keeps levels with a cut-off of their own, and levels in different units (control)', () => {
    expect(antibodiesOf('Anti-MDA5 310 (< 32), anti-TIF1-γ 4 (< 32).')).toEqual([
      'MDA5=positive',
      'TIF1-gamma=negative',
    ]);
    expect(antibodiesOf('Anti-PL-12 62, anti-Jo-1 positive (cut-off 15).')).toContain('Jo-1=positive');
  });
});

describe('the result of one antibody told by "it" or "this"', () => {
  it('reads the result in the next sentence or the next clause', () => {
    expect(antibodiesOf('Serum anti-NXP2 was assayed by ELISA. It was strongly positive.')).toEqual([
      'NXP2=positive',
    ]);
    expect(antibodiesOf('Anti-HMGCR antibody was checked. This came back negative.')).toEqual([
      'HMGCR=negative',
    ]);
    expect(antibodiesOf('Anti-MDA5 antibody was measured as well; it was not detected.')).toEqual([
      'MDA5=negative',
    ]);
  });
  it('leaves it unknown when "it" may name another test, two antibodies or a pending result (control)', () => {
    expect(antibodiesOf('Anti-SRP was sent and a muscle biopsy was taken. It was positive.')).toEqual([]);
    expect(antibodiesOf('Anti-PL-7 and anti-PL-12 were requested. It was positive.')).toEqual([]);
    expect(antibodiesOf('Anti-TIF1-γ was sent away. It is still pending.')).toEqual([]);
  });
});

describe('a repeated test whose later result is positive', () => {
  it('reads the later positive, in the same sentence or the next', () => {
    expect(
      antibodiesOf(
        'The first assay for anti-SRP was negative, but a repeat assay at a second centre was positive.',
      ),
    ).toEqual(['SRP=positive']);
    expect(
      antibodiesOf('Anti-PL-12 was negative by ELISA yet positive on repeat testing with a line blot.'),
    ).toEqual(['PL-12=positive']);
    expect(
      antibodiesOf(
        'Anti-TIF1-γ was reported negative in May. On retesting six weeks afterwards it was positive.',
      ),
    ).toEqual(['TIF1-gamma=positive']);
  });
  it('keeps the first result when the repeat is planned, conditional or of another antibody (control)', () => {
    expect(antibodiesOf('Anti-Jo-1 was negative. A repeat test is planned to look for positivity.')).toEqual([
      'Jo-1=negative',
    ]);
    expect(antibodiesOf('Anti-NXP2 was negative. On repeat testing, anti-SAE1 was positive.')).toEqual([
      'NXP2=negative',
      'SAE=positive',
    ]);
    expect(antibodiesOf('Anti-MDA5 was negative, and retesting a month later was again negative.')).toEqual([
      'MDA5=negative',
    ]);
  });
});

describe('a positive result set aside by its authors in the next clause or sentence', () => {
  it('reads it equivocal', () => {
    expect(
      antibodiesOf('Anti-EJ was found at a low level. We regarded this as a false-positive result.'),
    ).toEqual(['EJ=equivocal']);
    expect(
      antibodiesOf('Anti-Mi-2 was detected at a low titre. This was considered a false positive.'),
    ).toEqual(['Mi-2=equivocal']);
    expect(
      antibodiesOf('Anti-Ro52 was weakly positive; this was not judged to be clinically relevant.'),
    ).toEqual(['Ro52=equivocal']);
  });
  it('keeps the positive when the next sentence sets aside something else or supports it (control)', () => {
    expect(
      antibodiesOf('Anti-PL-7 was positive. This was read as non-specific interstitial pneumonia on CT.'),
    ).toEqual(['PL-7=positive']);
    expect(antibodiesOf('Anti-TIF1-γ was positive. This finding prompted a search for a tumour.')).toEqual([
      'TIF1-gamma=positive',
    ]);
  });
});

describe('a blot band named before its antigen', () => {
  it('reads the band by its grade: borderline equivocal, strong or faint positive, none negative', () => {
    expect(
      antibodiesOf('The immunoblot gave a borderline band for PL-7 and a strong band for Ro-52.'),
    ).toEqual(['PL-7=equivocal', 'Ro52=positive']);
    expect(antibodiesOf('On the strip we saw a faint band for SRP and no band for HMGCR.')).toEqual([
      'HMGCR=negative',
      'SRP=positive',
    ]);
  });
  it('keeps a band after its antigen (control)', () => {
    expect(antibodiesOf('Line blot: Mi-2 (strong band), Jo-1 negative.')).toEqual([
      'Jo-1=negative',
      'Mi-2=positive',
    ]);
  });
});
