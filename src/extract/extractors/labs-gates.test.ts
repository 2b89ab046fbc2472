/**
 * The lab reader's speed gates: a gate is a cheap test tried before its pattern, so it must hold wherever the
 * pattern matches, or a reading would be lost. Each reference-range form is given values it reads, and the
 * implication is checked there and at every position of every synthetic text of the repository.
 */
import { describe, expect, it } from 'vitest';
import { firstAfterSpaces, RANGE_FORM_START } from './labs.js';
import { repositoryTexts } from '../../../test/repository-texts.js';

/** Texts each form reads right after their "‸" (the place of the value's end), in the order of the map. */
const SAMPLES: readonly (readonly string[])[] = [
  [
    'CK 4500 U/L‸ (normal range 24-195 U/L)',
    'CK 4500 U/L‸, normal 24–195',
    'CK 4500 U/L‸; reference: < 195',
    'CK 4500 U/L‸ [RR 24-195]',
    'CK 4500 U/L‸ reference range 24–195',
    'CK 4500 U/L‸ (N: 24-195)',
  ],
  [
    'CK 4500 U/L‸ (ULN 195)',
    'troponin 0.9 ng/mL‸ 99th percentile 0.03',
    'CK 4500 U/L‸, upper limit of normal 195',
    'CK 4500 U/L‸ [upper limit 195]',
    'CK 4500 U/L‸; ULN 195',
  ],
  ['CK 4500‸ (24–195 U/L)', 'AST 597‸\n(< 35) IU/L', 'CK 4500‸ - (24-195)', 'CK 4500‸\r\n(24-195)'],
  ['CK 4500‸ [< 195]', 'CK 4500‸  [24–195]', 'CK 4500‸\t[24-195]'],
  ['CK\t4500‸\t24-195', 'CK  4500‸  <195', 'CK 4500‸ | 24-195'],
  ['CK 2350 U/L‸ 24-195\n', 'AST 98 U/L‸ <40\n'],
  [
    'CK 3200 U/L‸ (in our laboratory, normal up to 170 U/L)',
    'CK 2100 IU/l‸ (normal values in our laboratory: 24–145 IU/l)',
    "CK 2100 IU/L‸ (our laboratory's upper limit of normal is 145 IU/L)",
    'LDH 560 U/L‸ [reference values at our centre: 135–225 U/L]',
  ],
];

const matchesAt = (re: RegExp, text: string, pos: number): boolean => {
  re.lastIndex = pos;
  return re.exec(text) !== null;
};

describe('reference-range forms: speed gates', () => {
  const forms = [...RANGE_FORM_START];

  it('has samples for each form, and each form reads its samples where its gate lets them through', () => {
    expect(SAMPLES).toHaveLength(forms.length);
    forms.forEach(([re, gate], i) => {
      for (const sample of SAMPLES[i]!) {
        const pos = sample.indexOf('‸');
        const text = sample.slice(0, pos) + sample.slice(pos + 1);
        expect(matchesAt(re, text, pos), sample).toBe(true);
        expect(gate.test(firstAfterSpaces(text, pos)), sample).toBe(true);
      }
    });
  });

  it('keeps out what no form opens with', () => {
    for (const [, gate] of forms) for (const c of ['.', ')', '', ' ']) expect(gate.test(c), c).toBe(false);
  });

  it('holds at every position of every synthetic text where a form matches', () => {
    let matched = 0;
    for (const text of repositoryTexts())
      for (let pos = 0; pos < text.length; pos++) {
        const opening = firstAfterSpaces(text, pos);
        for (const [re, gate] of forms)
          if (matchesAt(re, text, pos)) {
            matched++;
            expect(gate.test(opening), JSON.stringify(text.slice(pos, pos + 40))).toBe(true);
          }
      }
    expect(matched).toBeGreaterThan(100);
  });
});
