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

describe('a treatment of the cancer in the past perfect, told of the person or in a relative clause', () => {
  it('"a woman who had received chemotherapy for breast cancer presented with …" puts the cancer first', () => {
    // (the first of these had been read as a cancer found after the myositis)
    for (const text of [
      'A 57-year-old woman who had received chemotherapy for breast cancer presented with dermatomyositis.',
      'A 57-year-old woman who had received chemotherapy for breast cancer presented with thigh weakness.',
      'A 57-year-old woman had received chemotherapy for breast cancer. She presented with thigh weakness.',
      'A 70-year-old man, who had undergone a lobectomy for lung adenocarcinoma, presented with dysphagia.',
    ])
      expect(cancersOf(text).map((k) => k.relation)).toEqual(['before']);
  });

  it('leaves a cancer found now to the rules of the work-up', () => {
    // control: no past perfect before the cancer, so its order comes from the find after the presentation
    expect(
      cancersOf(
        'A 57-year-old woman presented with dermatomyositis. She had received prednisone. A CT showed a lung adenocarcinoma.',
      ).map((k) => k.relation),
    ).toEqual(['after']);
  });
});

describe('"after N months" inside the sentence of a find', () => {
  const BEFORE =
    'A 60-year-old woman presented with a heliotrope rash and weakness of the thighs in March 2018. Dermatomyositis was diagnosed. ';

  it('dates the cancer that many months after the presentation, like a sentence that opens with it', () => {
    for (const find of [
      'Repeat screening after six months revealed a breast carcinoma.',
      'A CT after six months revealed a breast carcinoma.',
      'Subsequently, after six months, she was diagnosed with breast cancer.',
      'After six months, a CT revealed a breast carcinoma.',
    ])
      expect(cancersOf(BEFORE + find)).toEqual([{ site: 'breast', relation: undefined, months: 6 }]);
  });

  it('reads no interval from "after N months of" a treatment, nor from a sentence without a find', () => {
    // controls: the count belongs to a treatment's length; and a course without a find dates nothing
    expect(
      cancersOf(BEFORE + 'After six months of prednisone a CT revealed a breast carcinoma.')[0]?.months,
    ).not.toBe(6);
    expect(
      cancersOf(BEFORE + 'A breast carcinoma was treated; after six months, it was stable.')[0]?.months,
    ).not.toBe(6);
  });
});
