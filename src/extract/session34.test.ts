/**
 * Readings fixed in session 34 (issue 12): constructions left open by session 33 and found in a twelfth round of
 * published case reports read outside the corpus, each written again in the repository's own words, with the
 * controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis, onsetMonthsBeforePresentation } from '../eval/score.js';
import { extractCase } from './extract.js';

const CASE = 'Case presentation\n\nA 58-year-old woman presented with weakness of the thighs. ';
const labsOf = (text: string) =>
  extractCase(CASE + text)
    .case.labs.map((l) => `${l.analyte}=${l.value ?? l.interpretation}${l.unit ? ' ' + l.unit : ''}`)
    .sort();

const onsetOf = (text: string) => onsetMonthsBeforePresentation(extractCase(CASE + text).case);

const cancerTimesOf = (text: string) => {
  const c = extractCase(CASE + text).case;
  return c.cancers.map((k) => [k.site, cancerMonthsFromMyositis(c, k) ?? k.relationToMyositis ?? null]);
};

const cancersOf = (text: string) =>
  extractCase(CASE + text).case.cancers.map((k) => `${k.histology}@${k.site ?? '?'}`);

const findingsOf = (text: string) =>
  extractCase(text)
    .case.findings.filter((f) => f.status !== 'unknown')
    .map((f) => `${f.id}:${f.status}`)
    .sort();

describe('more things that are not what they seem', () => {
  it('reads "peri-" as the eyelids only in "peri-orbital"', () => {
    expect(findingsOf('There was a peri-oral erythematous rash.')).toEqual([]);
    expect(findingsOf('She had an erythematous rash with peri-vascular infiltrates on biopsy.')).toEqual([]);
    // control
    expect(findingsOf('There was a peri-orbital erythematous rash.')).toEqual(['heliotrope-rash:present']);
  });

  it('reads no T3 from a pathological stage', () => {
    expect(labsOf('Histology showed a p-T3 (52 mm in diameter) tumour.')).toEqual([]);
    // control
    expect(labsOf('T3 was 1.2 nmol/L.')).toEqual(['T3=1.2 nmol/L']);
  });

  it('gives no cancer for tumour infiltration, cancer cachexia or an intraepithelial neoplasia', () => {
    expect(
      cancersOf(
        'She underwent resection of the descending colon because of tumour infiltration from a gastric carcinoma.',
      ),
    ).toEqual(['carcinoma@stomach']);
    expect(cancersOf('The rash faded, but he died from cancer cachexia five months on.')).toEqual([]);
    expect(cancersOf('A cervical biopsy showed cervical intraepithelial neoplasia grade 3.')).toEqual([]);
  });

  it('takes no onset from how long a sign lasted before it resolved', () => {
    expect(
      onsetOf('After chemoradiotherapy, her rash persisted for two months before resolving.'),
    ).toBeUndefined();
    // control
    expect(onsetOf('Her rash had been present for two months before admission.')).toBe(2);
  });

  it('dates a cancer after the myositis when the weakness came before its first symptoms', () => {
    expect(
      cancerTimesOf('Her weakness had begun 2 months before the first symptoms of her lung cancer.'),
    ).toEqual([['lung', 2]]);
    // control: the myositis's own first symptoms as the anchor
    expect(
      cancerTimesOf('A breast carcinoma was found 3 months after the first symptoms of dermatomyositis.'),
    ).toEqual([['breast', 3]]);
  });
});
