/**
 * Readings fixed in session 33 (issue 12): constructions found by batteries of sentences of our own and in an
 * eleventh round of published case reports read outside the corpus, each written again in the repository's own
 * words, with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis } from '../eval/score.js';
import { extractCase } from './extract.js';

const CASE = 'Case presentation\n\nA 58-year-old woman presented with weakness of the thighs. ';
const cancerTimesOf = (text: string) => {
  const c = extractCase(CASE + text).case;
  return c.cancers.map((k) => [k.site, cancerMonthsFromMyositis(c, k) ?? k.relationToMyositis ?? null]);
};

const antibodiesOf = (text: string) =>
  extractCase(CASE + text)
    .case.antibodies.map((a) => `${a.target}=${a.result}`)
    .sort();

const labsOf = (text: string) =>
  extractCase(CASE + text).case.labs.map(
    (l) =>
      `${l.analyte}=${l.value ?? ''}${l.unit ? ` ${l.unit}` : ''}${l.interpretation ? ` ${l.interpretation}` : ''}`,
  );

describe('calendar months written as numbers, a myositis ENA panel, and grams written "gms"', () => {
  it('dates a cancer from "2018-03 … 2019-01" and "03.2016 … 09.2017" in months', () => {
    expect(
      cancerTimesOf('A breast carcinoma was diagnosed in 2018-03 and dermatomyositis in 2019-01.'),
    ).toEqual([['breast', -10]]);
    expect(
      cancerTimesOf('A breast carcinoma was diagnosed in 03.2016 and dermatomyositis in 09.2017.'),
    ).toEqual([['breast', -18]]);
    // control: years alone
    expect(cancerTimesOf('A breast carcinoma was diagnosed in 2016 and dermatomyositis in 2018.')).toEqual([
      ['breast', -24],
    ]);
  });

  it('reads "Myositis ENA panel was negative" as the myositis panel, and "Hb 10.2 gms/dl" with its unit', () => {
    expect(antibodiesOf('Myositis ENA panel was negative.')).toEqual(['myositis antibody panel=negative']);
    expect(antibodiesOf('ENA panel was negative.')).toEqual(['ENA=negative']);
    expect(labsOf('Hb 10.2 gms/dl.')).toEqual(['haemoglobin=10.2 g/dL']);
  });
});
