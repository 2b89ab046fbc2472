import { describe, expect, it } from 'vitest';
import { missAnatomy } from './anatomy.js';
import type { Miss } from './score.js';

const fn = (group: Miss['group'], item: string): Miss => ({ group, kind: 'fn', item, gold: item });

describe('missAnatomy — what a missed antibody or lab value is made of', () => {
  it('counts an antibody as named when any spelling of the names table is in the text', () => {
    const text = 'Serology showed anti-TIF1-γ antibodies.';
    expect(missAnatomy(text, [fn('antibodies', 'TIF1-gamma')]).antibodies).toEqual({ named: 1, notNamed: 0 });
  });

  it('counts it as not named when no known spelling is there (control), and leaves panels and added facts out', () => {
    const misses: Miss[] = [
      fn('antibodies', 'TIF1-gamma'),
      fn('antibodies', 'panel: myositis panel'),
      { group: 'antibodies', kind: 'fp', item: 'Jo-1', pred: 'positive' },
    ];
    expect(missAnatomy('A blot for a rare target came back reactive.', misses).antibodies).toEqual({
      named: 0,
      notNamed: 1,
    });
  });

  it('finds a lab value written with a thousands separator, and tells a value not written as such', () => {
    const text = 'Her creatine kinase peaked at 9,030 IU/L; the LDH was raised.';
    const a = missAnatomy(text, [fn('labs', 'CK 9030 U/L'), fn('labs', 'LDH 612 U/L')]);
    expect(a.labs).toMatchObject({ namedWithValue: 1, namedValueNotFound: 1, notNamed: 0 });
  });

  it('does not take a number inside a longer one as the value (control)', () => {
    const a = missAnatomy('CK 19030 U/L on day 2.', [fn('labs', 'CK 9030 U/L')]);
    expect(a.labs).toMatchObject({ namedWithValue: 0, namedValueNotFound: 1 });
  });

  it('counts qualitative labs by their name alone, and an analyte absent from the text as not named', () => {
    const a = missAnatomy('Aldolase was high.', [fn('labs', 'aldolase elevated'), fn('labs', 'CK 300 U/L')]);
    expect(a.labs).toMatchObject({ qualitativeNamed: 1, qualitativeNotNamed: 0, notNamed: 1 });
  });
});

describe('missAnatomy — where a named miss stands', () => {
  const text =
    'Anti-Jo-1 antibodies are typical of the antisynthetase syndrome. Our patient had CK 4,200 U/L and LDH raised.';
  const jo1End = text.indexOf('.') + 1;
  const sentences = [
    { start: 0, end: jo1End, reading: 'other-subject' as const },
    { start: jo1End + 1, end: text.length, reading: 'case' as const },
  ];

  it('counts an antibody named only in another subject’s sentence there, and a lab with its value in a case sentence as case', () => {
    const a = missAnatomy(
      text,
      [fn('antibodies', 'Jo-1'), fn('labs', 'CK 4200 U/L'), fn('labs', 'LDH elevated')],
      sentences,
    );
    expect(a.where.antibodies).toEqual({ case: 0, 'other-subject': 1, section: 0, apart: 0 });
    expect(a.where.labs).toEqual({ case: 2, 'other-subject': 0, section: 0, apart: 0 });
  });

  it('prefers the case when a name stands in both, and counts name and value in different sentences as apart', () => {
    const t = 'CK is a muscle enzyme. The patient had raised CK. It measured 4,200 U/L.';
    const cut = (s: string) => t.indexOf(s);
    const ss = [
      { start: 0, end: cut(' The'), reading: 'section' as const },
      { start: cut('The'), end: cut(' It'), reading: 'case' as const },
      { start: cut('It'), end: t.length, reading: 'case' as const },
    ];
    const a = missAnatomy(t, [fn('labs', 'CK 4200 U/L'), fn('labs', 'CK elevated')], ss);
    expect(a.where.labs).toEqual({ case: 1, 'other-subject': 0, section: 0, apart: 1 });
  });

  it('counts nothing by place when no sentences are given (control)', () => {
    const a = missAnatomy(text, [fn('antibodies', 'Jo-1')]);
    expect(a.antibodies.named).toBe(1);
    expect(a.where.antibodies).toEqual({ case: 0, 'other-subject': 0, section: 0, apart: 0 });
  });
});
