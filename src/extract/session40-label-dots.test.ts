import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const read = (sentence: string) =>
  extractCase(`A 58-year-old woman was referred with weakness and a raised CK.\n${sentence}\n`).case;
const status = (sentence: string, id: string) => read(sentence).findings?.find((f) => f.id === id)?.status;

describe('a dotted label or abbreviation inside a sentence ends no scope (session 40)', () => {
  it('lets a denial reach across "cf. Fig. 2" and "N.R." to the sign or antibody it denies', () => {
    expect(status('Gottron papules (cf. Fig. 4) were absent.', 'gottron-papules')).toBe('absent');
    expect(status('No heliotrope rash (see Fig. 1) or Gottron sign was seen.', 'gottron-sign')).toBe(
      'absent',
    );
    const results = Object.fromEntries(
      (read('No anti-PL-7 (N.R. < 1.0) or anti-NXP2 antibodies were found.').antibodies ?? []).map((a) => [
        a.target,
        a.result,
      ]),
    );
    expect(results).toEqual({ 'PL-7': 'negative', NXP2: 'negative' });
  });
  it('still ends a denial at a real sentence end', () => {
    expect(status('There was no fever. Gottron papules were present.', 'gottron-papules')).toBe('present');
  });
  it('ends a sentence after a lone letter of a lower-case name before a sentence opener ("troponin T. The …")', () => {
    const labs = read(
      'Her tests showed raised aldolase and troponin T. The influenza PCR test was negative.',
    ).labs;
    expect(labs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ analyte: 'aldolase', interpretation: 'elevated' }),
        expect.objectContaining({ analyte: 'troponin T', interpretation: 'elevated' }),
      ]),
    );
  });
});
