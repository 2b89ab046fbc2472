/**
 * Antibody readings fixed in session 41 from the development items of that session's intake round. Each test is our
 * own sentence showing one construction, beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const OPEN = 'A 58-year-old woman was seen with weak thighs and swallowing trouble.\n';
const read = (text: string) =>
  extractCase(OPEN + text)
    .case.antibodies.map((a) => `${a.target}=${a.result}${a.panel ? ' (panel)' : ''}`)
    .sort();

describe('companions after "with" do not lend their result words to the list', () => {
  it('keeps the result before the antibody noun when a "with" phrase names other tests with their own words', () => {
    expect(
      read('Serum work-up found positive antibodies against HMGCR with a normal TSH and negative ANA.'),
    ).toEqual(['ANA=negative', 'HMGCR=positive']);
    expect(read('Testing showed antibodies to SRP, with raised CK and positive anti-Ro52.')).not.toContain(
      'SRP=negative',
    );
  });
  it('still shares a verb after a plain list of tests, and a denial after the noun (controls)', () => {
    expect(read('Anti-HMGCR antibodies, elevated CK and negative ANA were noted.')).toEqual([
      'ANA=negative',
      'HMGCR=positive',
    ]);
    expect(read('Positive antibodies against Jo-1 were not found.')).toEqual(['Jo-1=negative']);
  });
});

describe('the antibody noun with its abbreviation in brackets before its antigen', () => {
  it('reads "antibodies (AB) against X" as "antibodies against X"', () => {
    expect(read('Her serum had positive antibodies (AB) against HMGCR.')).toEqual(['HMGCR=positive']);
    expect(read('She had antibodies (Abs) against PL-12.')).toEqual(['PL-12=positive']);
  });
  it('keeps a denial of the same shape (control)', () => {
    expect(read('No antibodies (Abs) against PL-12 were found.')).toEqual(['PL-12=negative']);
  });
});

describe('antibodies to skeletal and heart muscle', () => {
  it('names the striational test by the muscle it stains, and the heart-muscle antibodies as their own target', () => {
    expect(read('Anti-skeletal muscle antibodies were positive.')).toEqual(['striated muscle=positive']);
    expect(read('Anti-cardiac muscle antibodies were negative.')).toEqual(['cardiac muscle=negative']);
    expect(read('Antimyocardial antibodies: positive.')).toEqual(['cardiac muscle=positive']);
  });
  it('reads no antibody from the muscle itself (controls)', () => {
    expect(read('A biopsy of skeletal muscle was positive for inflammation.')).toEqual([]);
    expect(read('Cardiac muscle involvement was suspected on MRI.')).toEqual([]);
  });
});

describe('what a diagnosis rests on', () => {
  it('reads an antibody named as the basis of a diagnosis as present, and a stated result as stated', () => {
    expect(read('Antisynthetase syndrome was diagnosed on the basis of anti-EJ antibodies.')).toEqual([
      'EJ=positive',
    ]);
    expect(read('The diagnosis was based on a negative anti-Jo-1 and a positive anti-PL-7.')).toEqual([
      'Jo-1=negative',
      'PL-7=positive',
    ]);
  });
  it('reads nothing from a test planned on that basis, nor from a denied basis (controls)', () => {
    expect(read('Testing based on anti-Jo-1 antibodies was planned.')).toEqual([]);
    expect(read('The diagnosis had no basis of anti-Jo-1 antibodies.')).toEqual([]);
  });
});

describe('an antibody as the last member of a list of findings a diagnosis rests on', () => {
  it('is present after "the presence of" or "on the basis of", across quoted and qualified members', () => {
    expect(
      read("The syndrome was diagnosed on the presence of ILD, 'mechanic's hands' and anti-PL-7 antibodies."),
    ).toEqual(['PL-7=positive']);
    expect(read('The diagnosis rested on the basis of a heliotrope rash, raised CK and anti-NXP2.')).toEqual([
      'NXP2=positive',
    ]);
  });
  it('is not present after a search for its presence, nor when it carries its own result (controls)', () => {
    expect(read('We tested for the presence of arthritis and anti-PL-7 antibodies.')).toEqual([]);
    expect(read('The presence of arthritis, fever, and negative anti-PL-7 antibodies was recorded.')).toEqual(
      ['PL-7=negative'],
    );
  });
});
