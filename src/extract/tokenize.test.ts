import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from './tokenize.js';
import { normalizeWord } from './normalize.js';

const norms = (s: string) => tokenize(s).map((t) => t.norm);

describe('tokenize', () => {
  it('splits letters from digits and spells out Greek letters', () => {
    expect(norms('TIF1γ')).toEqual(['tif', '1', 'gamma']);
    expect(norms('anti-Jo1')).toEqual(['anti', '-', 'jo', '1']);
    expect(norms('Jo-1')).toEqual(['jo', '-', '1']);
  });
  it('keeps decimals in numbers and splits ranges', () => {
    expect(norms('11.4')).toEqual(['11.4']);
    expect(norms('3–4/5')).toEqual(['3', '-', '4', '/', '5']);
    expect(norms('end.')).toEqual(['end', '.']);
  });
  it('drops the possessive from the matching key and keeps it in the span', () => {
    const t = tokenize("Gottron's papules");
    expect(t[0]).toMatchObject({ norm: 'gottron', start: 0, end: 9 });
    expect(tokenize('Gottron’s')[0]!.end).toBe(9);
    // an acute accent typed for the apostrophe (session 14)
    expect(tokenize('Gottron´s papules').map((t) => t.norm)).toEqual(['gottron', 'papules']);
  });
  it('normalises British spellings, accents and acronym plurals', () => {
    expect(normalizeWord('oedema')).toBe('edema');
    expect(normalizeWord('Tumour')).toBe('tumor');
    expect(normalizeWord('normalised')).toBe('normalized');
    expect(normalizeWord('raised')).toBe('raised');
    // every inflection of a word whose -ise is not a British -ize keeps its spelling (session 14)
    for (const w of ['raising', 'arising', 'comprising', 'exercises', 'advising', 'promising', 'compromised'])
      expect(normalizeWord(w)).toBe(w);
    expect(normalizeWord('organising')).toBe('organizing');
    expect(normalizeWord('characterises')).toBe('characterizes');
    expect(normalizeWord('décolleté')).toBe('decollete');
    expect(normalizeWord('ENAs')).toBe('ena');
    expect(normalizeWord('haemoglobin')).toBe('hemoglobin');
  });
  it('gives spans that lie inside the text and cover what they claim (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        for (const t of tokenize(s)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(t.end).toBeGreaterThan(t.start);
          expect(s.slice(t.start, t.end).trim()).not.toBe('');
        }
      }),
    );
  });
  it('joins a result word hyphenated at a line end whose break became a space, and no other words', () => {
    expect(norms('highly posi- tive of anti-CCP')).toEqual(['highly', 'positive', 'of', 'anti', '-', 'ccp']);
    expect(norms('was nega- tive')).toEqual(['was', 'negative']);
    // two words joined by a hyphen and a space stay two words
    expect(norms('pre- and post-operative')).toEqual(['pre', '-', 'and', 'post', '-', 'operative']);
    expect(norms('identi- fied')).toEqual(['identi', '-', 'fied']);
  });
});
