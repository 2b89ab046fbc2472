import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize.js';
import { Dictionary } from './matcher.js';

const dict = () => {
  const d = new Dictionary<string>();
  for (const t of ['afebrile', 'thrombocytopenia', 'anti Jo 1', 'proximal weakness', 'non specific'])
    d.add(t, t);
  return d;
};
const found = (text: string) =>
  dict()
    .findAll(tokenize(text))
    .map((m) => m.entries[0]);

describe('Dictionary: a word a PDF copy split with a hyphen (session 16)', () => {
  it('reads "afe-brile" and "throm- bocytopenia" whole when the dictionary knows the joined word', () => {
    expect(found('She was afe-brile with throm- bocytopenia.')).toEqual(['afebrile', 'thrombocytopenia']);
  });
  it('keeps a real hyphen transparent and never joins across two spaces', () => {
    expect(found('Anti-Jo-1 and proximal weakness; non-specific findings.')).toEqual([
      'anti Jo 1',
      'proximal weakness',
      'non specific',
    ]);
    expect(found('throm-  bocytopenia')).toEqual([]);
  });
});
