/**
 * Cancer-order and antibody-group readings fixed in session 41 from the development items of that session's intake
 * round. Each test is our own sentence showing one construction, beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const order = (text: string) =>
  extractCase(text).case.cancers.map(
    (c) => `${c.histology ?? '?'}@${c.site ?? '?'}:${c.relationToMyositis ?? 'none'}`,
  );

describe('a sampling whose result the cancer is "consistent with"', () => {
  it('is a find of the work-up that followed the presentation', () => {
    expect(
      order(
        'A 72-year-old man presented with proximal weakness. A biopsy of the stomach was taken; the findings were consistent with gastric adenocarcinoma.',
      ),
    ).toEqual(['adenocarcinoma@stomach:after']);
    expect(
      order(
        'A woman aged 64 came in with a heliotrope rash and weakness. Histology of the colon biopsy was consistent with adenocarcinoma.',
      ),
    ).toEqual(['adenocarcinoma@colon:after']);
  });
  it('is no find when denied or hedged, nor when the find is an earlier, dated one (controls)', () => {
    expect(
      order(
        'A woman aged 64 came in with a heliotrope rash and weakness. Lung biopsy was not consistent with adenocarcinoma.',
      ),
    ).toEqual([]);
    expect(
      order(
        'A 66-year-old woman treated for breast cancer in 2015 presented with proximal weakness. The 2015 biopsy had been consistent with ductal carcinoma.',
      ),
    ).not.toContainEqual(expect.stringMatching(/:after$/));
  });
  it('keeps a narrative find in the past perfect during the work-up (control)', () => {
    expect(
      order('A 56-year-old woman was admitted with proximal weakness. A chest CT had identified a thymoma.'),
    ).toEqual(['thymoma@thymus:after']);
  });
});
