/**
 * Lab readings fixed in session 37 (issue 12): lost and wrong readings found by a battery of the project's own
 * lab texts (reference limits told in a clause, pasted tables; then serial values and later values by a pronoun), each
 * written again here with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const CASE = 'Case presentation\n\nA 61-year-old man was admitted with weakness of the hips and shoulders. ';
const caseOf = (text: string) => extractCase(CASE + text).case;
/** Each lab as "analyte=value unit", with " <ULN" when an upper limit was read. */
const labsOf = (text: string) =>
  caseOf(text)
    .labs.map(
      (l) =>
        `${l.analyte}=${l.value ?? l.interpretation}${l.unit ? ' ' + l.unit : ''}${l.upperLimit !== undefined ? ' <' + l.upperLimit : ''}`,
    )
    .sort();

describe('a reference range in brackets between the analyte and a value told with an interpretation', () => {
  it('reads the value and its limit', () => {
    expect(labsOf('Creatine kinase (normal range 24–195 U/L) was markedly elevated at 11,234 U/L.')).toEqual([
      'CK=11234 U/L <195',
    ]);
    expect(labsOf('Serum ferritin (reference range 30–400 ng/mL) was high at 2,870 ng/mL.')).toEqual([
      'ferritin=2870 ng/mL <400',
    ]);
  });

  it('keeps the shorter forms as they were', () => {
    // controls: a limit alone, and no interpretation word
    expect(labsOf('Creatine kinase (normal < 195 U/L) was elevated at 11,234 U/L.')).toEqual([
      'CK=11234 U/L <195',
    ]);
    expect(labsOf('CK (reference range 24–195 U/L) was 6,120 U/L.')).toEqual(['CK=6120 U/L <195']);
  });
});

describe('a reference limit told in a clause inside the bracket', () => {
  it('reads the limit among the words of the laboratory that set it', () => {
    expect(labsOf('His CK was 3,200 U/L (in our laboratory, normal up to 170 U/L).')).toEqual([
      'CK=3200 U/L <170',
    ]);
    expect(labsOf('CK 2100 IU/l (normal values in our laboratory: 24–145 IU/l).')).toEqual([
      'CK=2100 [IU]/L <145',
    ]);
    expect(labsOf('The CK was 2100 IU/L (our laboratory’s upper limit of normal is 145 IU/L).')).toEqual([
      'CK=2100 [IU]/L <145',
    ]);
    expect(labsOf('Aldolase 12 U/L (normal values at our institution: < 7.6 U/L).')).toEqual([
      'aldolase=12 U/L <7.6',
    ]);
    expect(labsOf('Ferritin 4,320 ng/mL (reference interval of the local laboratory 30–400 ng/mL).')).toEqual(
      ['ferritin=4320 ng/mL <400'],
    );
  });

  it('reads no limit from a bracket that names no reference', () => {
    // controls: places and numbers in brackets that are no reference
    expect(labsOf('CK was 3,400 U/L (in 3 of 10 samples).')).toEqual(['CK=3400 U/L']);
    expect(labsOf('CK was 3,400 U/L (at our hospital 2 to 3 days later).')).toEqual(['CK=3400 U/L']);
    expect(labsOf('CK was 3,400 U/L (normalised in 3-5 weeks).')).toEqual(['CK=3400 U/L']);
    expect(labsOf('CK was 3,400 U/L (in our hospital, 10 times the upper limit of normal).')).toEqual([
      'CK=3400 U/L',
    ]);
  });
});

describe('a unit in the next cell of a table row copied with bars', () => {
  it('gives the value its unit and the range of the cell after', () => {
    expect(
      labsOf('Test | Result | Unit | Reference\nCK | 5,430 | U/L | 30-200\nAldolase | 22.1 | U/L | <7.6\n'),
    ).toEqual(['CK=5430 U/L <200', 'aldolase=22.1 U/L <7.6']);
  });

  it('takes no word of the next cell for a unit', () => {
    // control
    expect(labsOf('Test | Result | Flag\nCK | 5,430 | high\n')).toEqual(['CK=5430']);
  });
});
