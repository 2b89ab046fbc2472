/**
 * A relative's pronoun in a clause of time (session 47, a bug noted in session 46): in "His brother was aged 70 when
 * he had prostate cancer" the "he" after "when" is the brother, so the cancer is his and goes to the facts kept
 * apart from the patient's. Only a pronoun of the relative's own sex is read so: "Her brother died when she was
 * diagnosed with breast cancer" keeps the cancer the patient's, and so does a pronoun that opens a clause of its
 * own.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const CASE = 'Case presentation\n\nA 62-year-old patient presented with a heliotrope rash. ';

/** The sites of the patient's cancers, and the kinds and subjects of the facts kept apart. */
const read = (text: string) => {
  const r = extractCase(CASE + text);
  return {
    patient: r.case.cancers.map((c) => c.site),
    apart: r.notThePatient.map((x) => `${x.kind}:${x.subject}`),
  };
};

describe("a relative's pronoun after a word of time", () => {
  it('gives the relative the cancer of the clause (he, she; when, after)', () => {
    expect(read('His brother was aged 70 when he had prostate cancer.')).toEqual({
      patient: [],
      apart: ['cancer:relative'],
    });
    expect(read('His father was 60 when he developed colon cancer.').patient).toEqual([]);
    expect(read('Her mother had breast cancer after she turned 50.').patient).toEqual([]);
  });

  it("keeps the patient's cancer when the pronoun is of the other sex or opens its own clause (controls)", () => {
    expect(read('Her brother died when she was diagnosed with breast cancer.').patient).toEqual(['breast']);
    expect(read('His mother was diagnosed when he was diagnosed with lung cancer.').patient).toEqual([
      'lung',
    ]);
    expect(read('His brother had a stroke; he had prostate cancer.').patient).toEqual(['prostate']);
  });
});
