/**
 * Session 39, result vocabulary of the labs (completed from knowledge, not from corpus text): the words of a low
 * level, the verbs and nouns that join an analyte to its value, the flags of a pasted table and a power of ten
 * written with a capital E. Each group has a sentence of its own and near controls the words must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labLines } from './__fixtures__/read-case.js';

const CASE =
  'Case presentation\n\nA 63-year-old man was referred with weak hips and a violet rash on the knuckles. ';
const labsOf = (text: string) => labLines(CASE + text);

describe('words of a low level', () => {
  it('reads "depressed", "subnormal" and "diminished" after a lab as low', () => {
    expect(labsOf('His serum C3 was depressed on two samples.')).toEqual(['C3=low']);
    expect(labsOf('The ferritin was subnormal when he was seen in May.')).toEqual(['ferritin=low']);
    expect(labsOf('His albumin was diminished.')).toEqual(['albumin=low']);
  });

  it('leaves the mood and the examination alone', () => {
    expect(labsOf('His CK was normal and he was depressed after the move.')).toEqual(['CK=normal']);
    expect(labsOf('His CK was normal, though ankle reflexes were diminished.')).toEqual(['CK=normal']);
  });
});

describe('verbs and nouns between an analyte and its value', () => {
  it('reads the value after "measuring", "a reading of", "registered", "resulted at", "settled at"', () => {
    expect(labsOf('A creatine kinase measuring 4,120 U/L was sent on arrival.')).toEqual(['CK=4120 U/L']);
    expect(labsOf('He had a CK reading of 2,900 U/L.')).toEqual(['CK=2900 U/L']);
    expect(labsOf('The CK registered 1,870 U/L on the repeat sample.')).toEqual(['CK=1870 U/L']);
    expect(labsOf('His CK resulted at 960 U/L.')).toEqual(['CK=960 U/L']);
    expect(labsOf('On steroids his CK settled at 240 U/L.')).toEqual(['CK=240 U/L']);
    expect(labsOf('The CK plateaued at 3,300 U/L for a week.')).toEqual(['CK=3300 U/L']);
    expect(labsOf('His CK amounted to 5,050 U/L.')).toEqual(['CK=5050 U/L']);
  });

  it('gives no value to a lab from a number of another sentence part', () => {
    expect(labsOf('His CK was normal; he read 20 pages an evening.')).toEqual(['CK=normal']);
    expect(labsOf('His CK was normal and his weight plateaued at 71 kg.')).toEqual(['CK=normal']);
    expect(labsOf('The CK reading was normal.')).toEqual(['CK=normal']);
  });
});

describe('flags of a pasted table', () => {
  it('steps over a doubled or bracketed flag to the unit', () => {
    expect(labsOf('CK 4410 HH U/L')).toEqual(['CK=4410 U/L']);
    expect(labsOf('Albumin 23 (L) g/L')).toEqual(['albumin=23 g/L']);
    expect(labsOf('CK 4410 [H] U/L')).toEqual(['CK=4410 U/L']);
    expect(labsOf('CK 4410 ↑↑ U/L (25-200)')).toEqual(['CK=4410 U/L']);
  });

  it('keeps the single flag as before', () => {
    expect(labsOf('CK 4410 H U/L')).toEqual(['CK=4410 U/L']);
  });
});

describe('a power of ten written with a capital E', () => {
  it('reads "x10E9/L" as a count per litre', () => {
    expect(labsOf('His platelet count was 412 x10E9/L.')).toEqual(['platelets=412 10*9/L']);
    // control: the lower-case form, read before
    expect(labsOf('His platelet count was 412 x10e9/L.')).toEqual(['platelets=412 10*9/L']);
  });
});
