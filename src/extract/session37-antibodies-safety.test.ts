/**
 * Antibody readings fixed in session 37's second antibody battery (safety): wrong and lost readings of levels in
 * different units under one cut-off, a screening positive not confirmed, the two PM/Scl antigens, and forms that
 * were lost. Each construction is written here as our own sentence, with a control beside it that keeps its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const CASE = 'Case presentation\n\nA 54-year-old woman was seen for a violaceous eyelid rash and weak hips. ';
const antibodiesOf = (text: string) =>
  extractCase(CASE + text)
    .case.antibodies.map((a) => `${a.target}=${a.result}`)
    .sort();

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
