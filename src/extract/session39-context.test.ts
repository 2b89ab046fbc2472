import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';
import { antibodyLines, labLines } from './__fixtures__/read-case.js';

const OPENING = 'A 61-year-old woman came with weakness of the shoulders and hips for two months. ';
const cancersOf = (text: string) =>
  extractCase(OPENING + text).case.cancers.map((c) => c.site ?? c.histology);

describe('session 39 — a diagnosis still to exclude, and a condition that opens with "If any"', () => {
  it.each([
    'A carcinoma of the breast would need to be excluded.',
    'Ovarian cancer had to be ruled out before immunosuppression.',
    'Lymphoma must be excluded in every such patient.',
    'A gastric carcinoma needs to be excluded.',
  ])('"%s" gives the patient no cancer', (sentence) => {
    expect(cancersOf(sentence)).toEqual([]);
  });

  it('a cancer that was to be excluded and then confirmed is hers (control)', () => {
    expect(
      cancersOf('Ovarian cancer, which had to be ruled out first, was confirmed on biopsy two weeks later.'),
    ).toHaveLength(1);
  });

  it('"If any anti-Jo-1 antibodies are detected, …" is a condition: no result', () => {
    expect(
      antibodyLines('If any anti-Jo-1 antibodies are detected, we will screen for lung disease.'),
    ).toEqual([]);
  });

  it('the aside ", if any," is no condition: the sentence keeps its result (control)', () => {
    expect(
      antibodyLines('Muscle pain, if any, was mild, and anti-Jo-1 antibodies were positive.'),
    ).toHaveLength(1);
  });
});

describe('session 39 — a denied low level', () => {
  it.each(['Her albumin was not low.', 'The CK was never decreased.'])(
    '"%s" gives no low reading',
    (sentence) => {
      expect(labLines(sentence)).toEqual([]);
    },
  );

  it('a low level stated plainly stays low (control)', () => {
    expect(labLines('Her albumin was low.')).toEqual(['albumin=low']);
  });
});
