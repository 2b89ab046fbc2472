import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const results = (sentence: string) =>
  Object.fromEntries(
    (
      extractCase(`A 63-year-old woman came to clinic with weak hips and a raised CK.\n${sentence}\n`).case
        .antibodies ?? []
    ).map((a) => [a.target, a.result]),
  );

describe('a slash titre after an antibody, and a hedge across an adverb (session 40)', () => {
  it('reads "ANA 1/320, anti-Sm negative" as a positive ANA and a negative anti-Sm, as the colon form is read', () => {
    expect(results('ANA 1/320, anti-Sm negative.')).toEqual({ ANA: 'positive', Sm: 'negative' });
    expect(results('ANA 1/640 (speckled), anti-dsDNA negative.')).toEqual({
      ANA: 'positive',
      dsDNA: 'negative',
    });
    // control: under a result stated before the list, the titre stays inside it
    expect(results('Positive ANA 1/320, anti-Ro52 and anti-Jo-1.')).toEqual({
      ANA: 'positive',
      Ro52: 'positive',
      'Jo-1': 'positive',
    });
  });
  it('reads a positivity "initially suspected" as a suspicion, and one confirmed after it as a result', () => {
    expect(results('Anti-HMGCR positivity was originally suspected.')).toEqual({});
    expect(results('Anti-HMGCR positivity was originally suspected, and the assay confirmed it.')).toEqual({
      HMGCR: 'positive',
    });
  });
});
