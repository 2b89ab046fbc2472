/**
 * Readings fixed in session 29 (issue 12): constructions found in a seventh round of published case reports read
 * outside the corpus, each written again in the repository's own words, with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const OPENING = 'A 58-year-old woman was admitted with proximal weakness of four months. ';
const labsOf = (text: string) =>
  extractCase(OPENING + text).case.labs.map(
    (l) => `${l.analyte} ${l.comparator ?? ''}${l.value ?? ''} ${l.unit ?? ''}`,
  );

describe('the usual picture of a disease set against this case', () => {
  it('"Unlike classic polymyositis with raised LDH and aldolase, in this case …" gives the patient only what follows', () => {
    const c = extractCase(
      OPENING +
        'Unlike classic polymyositis with raised LDH and aldolase, in this case only the CK was raised.',
    ).case;
    expect(c.labs.map((l) => `${l.analyte} ${l.interpretation}`)).toEqual(['CK elevated']);
  });

  it('"Compared with the usual course … showing raised CPK and LDH, the first sign in our patient was …" likewise', () => {
    const c = extractCase(
      OPENING +
        'Compared with the usual course of polymyositis showing raised CPK and LDH levels, the first sign in our patient was a raised ALT of 160 U/L.',
    ).case;
    expect(c.labs.map((l) => l.analyte)).toEqual(['ALT']);
  });

  it('control: a frame closed by the patient\'s own clause keeps her result ("…, her LDH was 900 U/L")', () => {
    const c = extractCase(OPENING + 'Compared with the typical picture, her LDH was raised at 900 U/L.').case;
    expect(c.labs.map((l) => `${l.analyte} ${l.value}`)).toEqual(['LDH 900']);
  });
});

describe("the authors' advice for any patient is not this patient's result", () => {
  it('"… suggest considering DM in patients presenting with a markedly raised ferritin" gives no ferritin', () => {
    const text =
      OPENING +
      'We review this presentation and suggest that dermatomyositis be considered in patients presenting with fever and a markedly raised ferritin.';
    expect(extractCase(text).case.labs.map((l) => l.analyte)).not.toContain('ferritin');
  });

  it("control: the authors' statement about their own patient's ferritin keeps it", () => {
    expect(labsOf('We suggest that her ferritin of 9000 ng/mL pointed to anti-MDA5 disease.')).toContain(
      'ferritin 9000 ng/mL',
    );
  });
});

describe('"The presentation was characterized by …" reports the case', () => {
  it("gives the patient the findings and the antibody of the case's own presentation", () => {
    const c = extractCase(
      'A 59-year-old man was admitted. The presentation was characterized by a rash and weakness of the proximal muscles, with positive anti-Mi-2 antibodies.',
    ).case;
    expect(c.antibodies.map((a) => `${a.target}=${a.result}`)).toEqual(['Mi-2=positive']);
    expect(c.findings.map((f) => f.id)).toContain('proximal-weakness-lower');
  });

  it('control: the disease characterized in the present tense is general', () => {
    const c = extractCase(
      'Dermatomyositis is characterized by proximal weakness and anti-Mi-2 antibodies.',
    ).case;
    expect(c.antibodies).toEqual([]);
    expect(c.findings).toEqual([]);
  });
});
