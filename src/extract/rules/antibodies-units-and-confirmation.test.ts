/**
 * Antibody results that could go the wrong way: levels in different units before one cut-off, a screening positive
 * a confirmatory assay did not confirm, the two PM/Scl antigens, a bracketed sign with a band's strength, and
 * written forms that were lost. Each construction is written as a sentence of the project's own, beside the near
 * control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { antibodyLines } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';

const CASE = 'Case presentation\n\nA 54-year-old woman was seen for a violaceous eyelid rash and weak hips. ';
const antibodiesOf = (text: string) => antibodyLines(CASE + text);

describe('levels in different units before one cut-off', () => {
  it('reads only the levels in the cut-off’s unit, or in the unit of the level right before it', () => {
    expect(antibodiesOf('Myositis ELISA: MDA5 48 U, HMGCR 3 CU (cut-off 20).')).toEqual(['HMGCR=negative']);
    expect(antibodiesOf('Anti-HMGCR 45 CU, anti-MDA5 7 U (cut-off 20 CU).')).toEqual(['HMGCR=positive']);
    expect(antibodiesOf('Anti-MDA5 150 index, anti-SRP 2 U/mL (cut-off 10 U/mL).')).toEqual(['SRP=negative']);
    expect(antibodiesOf('On ELISA, anti-HMGCR 4 CU and anti-NXP2 28 AU (positive ≥ 20).')).toEqual([
      'NXP2=positive',
    ]);
    expect(antibodiesOf('Anti-MDA5 (ELISA) 88 U, anti-HMGCR (ELISA) 4 CU, cut-off 20.')).toEqual([
      'HMGCR=negative',
    ]);
    // a unit with a slash had kept the first level from being read
    expect(antibodiesOf('Anti-MDA5 120 U/mL, anti-Ro52 8 U/mL (cut-off 32 U/mL).')).toEqual([
      'MDA5=positive',
      'Ro52=negative',
    ]);
  });
  it('reads every level when the units agree (control)', () => {
    expect(antibodiesOf('Band signals: MDA5 52, Ro52 68, PL-7 2 (cut-off 15).')).toEqual([
      'MDA5=positive',
      'PL-7=negative',
      'Ro52=positive',
    ]);
  });
});

describe('a screening positive that a confirmatory assay did not confirm', () => {
  it('reads it equivocal, in the same sentence or the next', () => {
    expect(
      antibodiesOf(
        'Anti-NXP2 was reported positive by ELISA. However, immunoprecipitation did not confirm it.',
      ),
    ).toEqual(['NXP2=equivocal']);
    expect(
      antibodiesOf(
        'The line blot was positive for anti-SAE1, but immunoprecipitation failed to confirm this.',
      ),
    ).toEqual(['SAE=equivocal']);
    expect(
      antibodiesOf('Anti-SRP came back weakly positive on the immunoblot; immunoprecipitation was negative.'),
    ).toEqual(['SRP=equivocal']);
    expect(antibodiesOf('Anti-PL-12 positive (line assay), not confirmed by IP.')).toEqual([
      'PL-12=equivocal',
    ]);
    expect(
      antibodiesOf(
        'Anti-Mi-2 was positive on the screening test. A confirmatory immunoprecipitation was negative.',
      ),
    ).toEqual(['Mi-2=equivocal']);
  });
  it('keeps the positive when the assay confirmed it, when another fact was not confirmed, or on a repeat in time (control)', () => {
    expect(
      antibodiesOf('Anti-NXP2 was reported positive by ELISA. Immunoprecipitation confirmed it.'),
    ).toEqual(['NXP2=positive']);
    expect(antibodiesOf('Anti-SAE1 was positive, and the myositis was not confirmed by biopsy.')).toEqual([
      'SAE=positive',
    ]);
    expect(
      antibodiesOf('Anti-SRP was positive on the immunoblot; immunoprecipitation was not available.'),
    ).toEqual(['SRP=positive']);
    expect(antibodiesOf('Anti-Mi-2 was positive in May. A repeat test was negative.')).toEqual([
      'Mi-2=positive',
    ]);
  });
});

describe('the two PM/Scl antigens, 75 and 100', () => {
  const evidenceOf = (text: string) =>
    extractCase(CASE + text).case.antibodies.flatMap((a) =>
      (a.evidence ?? []).flatMap((e) => (e.spans ?? []).map((x) => x.text)),
    );
  it('reads a colon after the antigen’s number, and one PM-Scl positive when either antigen is positive', () => {
    expect(antibodiesOf('Anti-PM/Scl-100: positive.')).toEqual(['PM-Scl=positive']);
    expect(antibodiesOf('PM/Scl-75 antibody: negative.')).toEqual(['PM-Scl=negative']);
    expect(antibodiesOf('On the extended blot, PM/Scl-100 was negative and PM/Scl-75 positive.')).toEqual([
      'PM-Scl=positive',
    ]);
    // the evidence names both antigens, so the clinician sees which one was positive
    expect(evidenceOf('Her blot: PM/Scl-75 positive, PM/Scl-100 negative.')).toEqual(
      expect.arrayContaining(['PM/Scl-75', 'PM/Scl-100']),
    );
  });
  it('keeps both antigens negative as a negative PM-Scl (control)', () => {
    expect(antibodiesOf('Anti-PM-Scl 75 and anti-PM-Scl 100 were both negative.')).toEqual([
      'PM-Scl=negative',
    ]);
  });
});

describe('a bracketed sign with the band’s strength', () => {
  it('reads "(weak +)" and "(strong +)" as the member’s own positive', () => {
    expect(antibodiesOf('Anti-PL-12 (weak +), anti-Mi-2 (−).')).toEqual(['Mi-2=negative', 'PL-12=positive']);
    expect(antibodiesOf('Line blot: anti-SAE1 (strong +).')).toEqual(['SAE=positive']);
  });
  it('keeps the plain bracketed signs (control)', () => {
    expect(antibodiesOf('Anti-PL-12 (+), anti-Mi-2 (−).')).toEqual(['Mi-2=negative', 'PL-12=positive']);
  });
});

describe('forms that were lost', () => {
  it('reads a negative MSA/MAA panel before a colon, as a panel only', () => {
    expect(antibodiesOf('MSA/MAA panel: negative.')).toEqual(['myositis antibody panel=negative']);
  });
  it('reads "both" of one antibody tested twice', () => {
    expect(antibodiesOf('Anti-NXP2 was run twice; both results came back positive.')).toEqual([
      'NXP2=positive',
    ]);
    expect(antibodiesOf('Anti-SRP was assayed on two occasions; both were negative.')).toEqual([
      'SRP=negative',
    ]);
  });
  it('reads a band seen for an antigen, with its grade', () => {
    expect(antibodiesOf('On the strip, a borderline band was seen for anti-EJ.')).toEqual(['EJ=equivocal']);
    expect(antibodiesOf('A strong band was observed for anti-SAE1.')).toEqual(['SAE=positive']);
    expect(antibodiesOf('No band was detected for anti-OJ.')).toEqual(['OJ=negative']);
  });
  it('reads the OCR spellings "TIFl-γ" and "anti-P L-7"', () => {
    expect(antibodiesOf('Anti-TIFl-γ antibody was strongly positive.')).toEqual(['TIF1-gamma=positive']);
    expect(antibodiesOf('Blot: anti-P L-7 positive.')).toEqual(['PL-7=positive']);
  });
  it('keeps "both" of two antibodies, a "both" after another test, and "P L-7" without "anti" (control)', () => {
    expect(antibodiesOf('Anti-NXP2 and anti-SRP were run; both were negative.')).toEqual([
      'NXP2=negative',
      'SRP=negative',
    ]);
    expect(antibodiesOf('Anti-SRP was sent and a muscle biopsy was done twice; both were negative.')).toEqual(
      [],
    );
    expect(antibodiesOf('She was enrolled in arm P L-7 of the registry.')).toEqual([]);
  });
});
