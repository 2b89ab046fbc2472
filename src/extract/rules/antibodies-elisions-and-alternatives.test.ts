/**
 * Antibody results in constructions of English: an elided predicate that repeats the clause before it, a member
 * joined after the result, a class word before the head noun, alternatives that name none as positive, antibodies
 * named by what they mark, "any" after a denied verb of finding, and pasted "name: result" items. Each construction
 * is written as a sentence of the project's own, beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { antibodyLines } from '../__fixtures__/read-case.js';

const OPEN = 'Case presentation\n\nA 58-year-old woman was admitted with weakness of the thighs. ';
const read = (text: string) => antibodyLines(OPEN + text);

describe('an elided predicate repeats the clause before it', () => {
  it('"so did / so were" with a possessive or after a semicolon', () => {
    expect(
      read('Her ANA returned positive at 1:640, and so did her anti-dsDNA and her myositis blot.'),
    ).toEqual(['ANA=positive', 'dsDNA=positive', 'myositis antibody panel=positive']);
    expect(read('Anti-PL-12 was reported as negative; so were anti-EJ and anti-OJ.')).toEqual([
      'EJ=negative',
      'OJ=negative',
      'PL-12=negative',
    ]);
    expect(read('His anti-SRP came back positive and so had his anti-HMGCR.')).toEqual([
      'HMGCR=positive',
      'SRP=positive',
    ]);
  });
  it('"too", "as well", "likewise" after the second subject', () => {
    expect(read('Anti-TIF1-gamma was clearly positive, and anti-NXP2 was too.')).toEqual([
      'NXP2=positive',
      'TIF1-gamma=positive',
    ]);
    expect(read('Anti-MDA5 turned out negative, and anti-SAE did as well.')).toEqual([
      'MDA5=negative',
      'SAE=negative',
    ]);
    expect(read('The ANA was positive; anti-SSA likewise.')).toEqual(['ANA=positive', 'SSA/Ro=positive']);
  });
  it('"but X was not" takes the opposite of the clause before (control: read before)', () => {
    expect(read('Anti-Mi-2 was positive, but anti-TIF1-gamma was not.')).toEqual([
      'Mi-2=positive',
      'TIF1-gamma=negative',
    ]);
    expect(read('Anti-Mi-2 was negative, whereas anti-TIF1-gamma was not.')).toEqual([
      'Mi-2=negative',
      'TIF1-gamma=positive',
    ]);
  });
  it('keeps an unknown when the second clause names a test, a relative or nothing that repeats (control)', () => {
    expect(read('Anti-Mi-2 was positive, but anti-TIF1-gamma was not measured.')).toEqual(['Mi-2=positive']);
    expect(read('Her aunt carried anti-Ro52, and so did her cousin.')).toEqual([]);
    expect(read('Anti-Jo-1 was negative, and anti-PL-7 was sent away.')).toEqual(['Jo-1=negative']);
  });
});

describe('a member joined after the result of the clause', () => {
  it('shares the result ("…, together with", "along with", "in addition to")', () => {
    expect(read('Anti-SRP antibodies were identified, together with anti-Ro52.')).toEqual([
      'Ro52=positive',
      'SRP=positive',
    ]);
    expect(read('Anti-Mi-2 was not detected, along with anti-SAE and anti-NXP2.')).toEqual([
      'Mi-2=negative',
      'NXP2=negative',
      'SAE=negative',
    ]);
    expect(read('Anti-PL-7 was positive, in addition to anti-Ro52.')).toEqual([
      'PL-7=positive',
      'Ro52=positive',
    ]);
  });
  it('not for a test still pending, a member with its own result, nor without the comma (control)', () => {
    expect(read('Anti-SRP was positive along with anti-Ro52.')).toEqual(['SRP=positive']);
    expect(read('CK was within normal limits, along with anti-HMGCR testing still pending.')).toEqual([]);
    expect(read('Anti-PL-7 was positive, along with anti-Ro52, which was negative.')).toEqual([
      'PL-7=positive',
      'Ro52=negative',
    ]);
  });
});

describe('a class word between the name and its head noun', () => {
  it('reads "anti-Ri paraneoplastic antibodies" as the named antibody', () => {
    expect(
      read('Staging uncovered a bladder carcinoma together with anti-Yo paraneoplastic antibodies.'),
    ).toEqual(['Yo=positive']);
    expect(read('She had anti-Hu onconeural antibodies.')).toEqual(['Hu=positive']);
    expect(read('He was found to carry anti-PL-7 IgG antibodies.')).toEqual(['PL-7=positive']);
  });
  it('keeps a denial (control)', () => {
    expect(read('She had no anti-Hu onconeural antibodies.')).toEqual(['Hu=negative']);
  });
});

describe('alternatives name none of them as positive', () => {
  it('"either … or", "or", "and/or" under a positive result', () => {
    expect(read('Either anti-SRP or anti-HMGCR was found, the report does not say which.')).toEqual([]);
    expect(read('Anti-PL-7 or anti-PL-12 came back positive on the blot.')).toEqual([]);
    expect(read('Anti-TIF1-gamma and/or anti-NXP2 were positive.')).toEqual([]);
    expect(read('The patient had anti-Jo-1 or anti-EJ antibodies.')).toEqual([]);
  });
  it('keeps a denial of alternatives, and a plain list (control)', () => {
    expect(read('Anti-PL-7 or anti-PL-12 were not detected.')).toEqual(['PL-12=negative', 'PL-7=negative']);
    expect(read('No anti-SRP or anti-HMGCR antibodies were found.')).toEqual([
      'HMGCR=negative',
      'SRP=negative',
    ]);
    expect(read('Anti-PL-7 and anti-PL-12 came back positive on the blot.')).toEqual([
      'PL-12=positive',
      'PL-7=positive',
    ]);
  });
});

describe('the myositis antibodies named by what they mark', () => {
  it('reads "antibodies typical of (other forms of) myositis" as the myositis panel', () => {
    expect(read('Antibodies characteristic of other forms of myositis were not detected.')).toEqual([
      'myositis antibody panel=negative',
    ]);
    expect(read('Anti-Ku was positive; autoantibodies seen in other types of myositis were absent.')).toEqual(
      ['Ku=positive', 'myositis antibody panel=negative'],
    );
  });
  it('keeps a statement about patients in general unread (control)', () => {
    expect(read('Antibodies specific for myositis are found in most patients with the disease.')).toEqual([]);
  });
});

describe('"any" between a denied verb of finding and its object', () => {
  it('reads the object negative', () => {
    expect(read('We did not find any myositis antibodies in her serum.')).toEqual([
      'myositis antibody panel=negative',
    ]);
    expect(read('The blot did not reveal any anti-EJ or anti-OJ antibodies.')).toEqual([
      'EJ=negative',
      'OJ=negative',
    ]);
  });
  it('keeps a question without an answer unread (control)', () => {
    expect(read('She was asked whether any anti-Jo-1 result existed.')).toEqual([]);
  });
});

describe('a pasted list of "name: result" items', () => {
  it('gives each member the result after its own colon', () => {
    expect(read('Blot results: PL-12: negative, EJ: positive, OJ: negative.')).toEqual([
      'EJ=positive',
      'OJ=negative',
      'PL-12=negative',
    ]);
    expect(read('SRP Ab = neg, HMGCR Ab = pos, Ku Ab = neg.')).toEqual([
      'HMGCR=positive',
      'Ku=negative',
      'SRP=negative',
    ]);
  });
  it('keeps the items written without a colon (control)', () => {
    expect(read('Blot results: PL-12 negative, EJ positive, OJ negative.')).toEqual([
      'EJ=positive',
      'OJ=negative',
      'PL-12=negative',
    ]);
  });
});
