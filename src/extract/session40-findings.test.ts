import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const status = (sentence: string, id: string) =>
  extractCase(`A 61-year-old man was seen in clinic with tiredness.\n${sentence}\n`).case.findings?.find(
    (f) => f.id === id,
  )?.status;

describe('findings denied by words the negation table lacked (session 40 findings grid)', () => {
  it('reads "lacked" and "lacking" as a denial of what follows', () => {
    expect(status('He lacked a heliotrope rash.', 'heliotrope-rash')).not.toBe('present');
    expect(status('His hands were lacking mechanic’s hands changes.', 'mechanics-hands')).not.toBe('present');
    // control: the same sign stated plainly
    expect(status('He had a heliotrope rash.', 'heliotrope-rash')).toBe('present');
  });
  it('reads "… but found none" after a search as a denial of what was searched for', () => {
    expect(status('We searched for Gottron papules but found none.', 'gottron-papules')).not.toBe('present');
    expect(status('Dysphagia was asked about, but none was found.', 'dysphagia')).not.toBe('present');
    // control: "none" of something else leaves the sign present
    expect(status('He had dysphagia, but found no relief with antacids.', 'dysphagia')).toBe('present');
  });
});

describe('a review of systems written as questions and answered (session 40)', () => {
  it('reads "X? No." as absent and "X? Yes." as present', () => {
    expect(status('Gottron papules? No.', 'gottron-papules')).toBe('absent');
    expect(status('Any dysphagia? Yes.', 'dysphagia')).toBe('present');
    expect(status('Raynaud phenomenon? Yes. Dysphagia? Nil.', 'dysphagia')).toBe('absent');
  });
  it('keeps an unanswered question and a hedged one open', () => {
    expect(status('Dysphagia?', 'dysphagia')).toBe('uncertain');
    expect(status('Probable Gottron papules? Yes.', 'gottron-papules')).toBe('uncertain');
  });
});
