/**
 * Readings fixed in session 32 (issue 12): constructions found by probing the extractor with sentences of our own
 * and in a tenth round of published case reports read outside the corpus, each written again in the repository's
 * own words, with the controls it must leave alone.
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

const RASH = 'Case presentation\n\nA 58-year-old woman presented with a rash. ';
const findingsOf = (text: string) =>
  extractCase(RASH + text)
    .case.findings.filter((f) => f.status !== 'unknown')
    .map((f) => `${f.id}:${f.status}`);

describe('three more readings of the tenth round', () => {
  it('"could not rise from a chair with her arms folded" gives no weakness of the arms', () => {
    expect(findingsOf('She could not rise from a chair with her arms folded.')).toEqual([
      'proximal-weakness-lower:present',
    ]);
    // control: the arms named as what is weak
    expect(findingsOf('She could not lift her arms.')).toEqual(['proximal-weakness-upper:present']);
  });

  it('"Hip flexion was weak whereas neck flexion was normal" gives no weakness of the neck', () => {
    expect(findingsOf('Hip flexion was weak (MRC 3/5) whereas neck flexion was normal.')).toEqual([
      'proximal-weakness-lower:present',
    ]);
    expect(findingsOf('Neck flexion was weak.')).toEqual(['neck-flexor-weakness:present']);
  });

  it('"treated for Hodgkin lymphoma in childhood" is a cancer before the myositis', () => {
    expect(cancerTimesOf('She was treated for Hodgkin lymphoma in childhood.')).toEqual([
      [undefined, 'before'],
    ]);
  });
});
