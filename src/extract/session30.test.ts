/**
 * Readings fixed in session 30 (issue 12): constructions found by probing the extractor with sentences of our own
 * and in an eighth round of published case reports read outside the corpus, each written again in the
 * repository's own words, with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis } from '../eval/score.js';
import { extractCase } from './extract.js';

const CASE = 'Case presentation\n\n';
const cancersOf = (text: string) => {
  const c = extractCase(CASE + text).case;
  return c.cancers.map((k) => ({
    site: k.site,
    relation: k.relationToMyositis,
    months: cancerMonthsFromMyositis(c, k),
  }));
};

describe('smoking, a treatment without effect, and two more cancer names', () => {
  it('"an ex-cigarette smoker" smoked before', () => {
    expect(
      extractCase('A 58-year-old man, an ex-cigarette smoker, presented with weakness.').case.patient.smoking,
    ).toBe('former');
  });

  it('"no effect on skin lesions" denies no sign of the skin', () => {
    // (the heliotrope rash and Gottron's papules and sign had been read absent)
    const f = extractCase(
      'A 58-year-old man with dermatomyositis was treated with prednisone. There was no effect on skin lesions.',
    ).case.findings;
    expect(f.filter((x) => x.status === 'absent')).toEqual([]);
    // control: lesions denied outright are absent
    expect(
      extractCase('A 58-year-old man had no skin lesions.').case.findings.some((x) => x.status === 'absent'),
    ).toBe(true);
  });

  it('"the uterine cervix" is the cervix; "glucagonoma" is a tumour of the pancreas', () => {
    const sites = (t: string) =>
      cancersOf(`A 58-year-old woman presented with dermatomyositis. ${t}`).map((k) => k.site);
    expect(sites('Biopsy showed adenocarcinoma of the uterine cervix.')).toEqual(['cervix']);
    expect(sites('CT showed a pancreatic mass; biopsy confirmed glucagonoma.')).toEqual(['pancreas']);
  });
});
