/**
 * Readings fixed in session 26 (issue 12): constructions of published text outside the corpus and of the
 * development half, each written here as a sentence of this file, with a control the fix must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

/** The case read after a title and a neutral opening sentence (no sentence under test is the title). */
const read = (text: string) =>
  extractCase(`Myositis: a case report\n\nA 58-year-old patient was seen in clinic. ${text}`).case;

/** Each lab as "analyte comparator+value unit". */
const labs = (text: string) =>
  read(text).labs.map((l) => `${l.analyte} ${l.comparator ?? ''}${l.value ?? ''} ${l.unit ?? ''}`.trim());

describe('an enzyme abbreviation read by its unit outside a panel', () => {
  it('"LD to 511 IU/L" after a raised CK is the LDH', () => {
    expect(labs('Her creatine kinase had risen to 2,480 IU/L (normal 20-180), and LD to 611 IU/L.')).toEqual([
      'CK 2480 [IU]/L',
      'LDH 611 [IU]/L',
    ]);
  });
  it('"her LD was …" with an activity unit', () => {
    expect(labs('On admission her LD was 402 U/L.')).toEqual(['LDH 402 U/L']);
  });
  it('"GOT 64 IU/L and GPT 92 IU/L" are the transaminases', () => {
    expect(labs('Liver tests showed GOT 64 IU/L and GPT 92 IU/L.')).toEqual([
      'AST 64 [IU]/L',
      'ALT 92 [IU]/L',
    ]);
  });
  it('control: "got" with a number in another unit is the verb', () => {
    expect(labs('She got 40 mg of prednisolone daily.')).toEqual([]);
  });
  it('control: "LD" without an activity unit is no enzyme', () => {
    expect(labs('He had LD 2 years ago and was followed for it.')).toEqual([]);
  });
});
