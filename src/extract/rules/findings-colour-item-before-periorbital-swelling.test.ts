/**
 * A colour that is a list item of its own before "periorbital edema" (session 47, found on a development text re-told
 * as an abstract, where a widespread erythema listed before the eyelids' swelling gave a heliotrope rash; the
 * sentences here are written for the test). The erythema is of the skin at large, the swelling is the eyelids':
 * periorbital oedema, no heliotrope rash.
 * With the controls that a colour naming the swelling itself ("violaceous bilateral periorbital edema", "red
 * periorbital edema") or joined after it ("periorbital oedema and erythema") still makes the heliotrope rash.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const CASE = 'Case presentation\n\nA 50-year-old woman had proximal weakness. ';

/** The eyelid findings as "id=status". */
const eyelidsOf = (text: string) =>
  extractCase(CASE + text)
    .case.findings.filter((f) => f.id === 'heliotrope-rash' || f.id === 'periorbital-oedema')
    .map((f) => `${f.id}=${f.status}`);

describe('a colour before a comma and "periorbital edema"', () => {
  it('gives the swelling only', () => {
    expect(
      eyelidsOf('Examination found widespread violaceous erythema, periorbital edema and ragged cuticles.'),
    ).toEqual(['periorbital-oedema=present']);
    expect(
      eyelidsOf('On admission she had generalized erythema, periorbital swelling and nail-fold changes.'),
    ).toEqual(['periorbital-oedema=present']);
  });

  it('keeps the heliotrope rash of a coloured swelling (controls)', () => {
    for (const text of [
      'She had violaceous bilateral periorbital edema.',
      'She had red periorbital edema.',
      'She had periorbital oedema and erythema.',
    ])
      expect(eyelidsOf(text), text).toEqual(['heliotrope-rash=present', 'periorbital-oedema=present']);
  });
});
