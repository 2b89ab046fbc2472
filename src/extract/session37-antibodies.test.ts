/**
 * Antibody readings fixed in session 37: wrong and lost readings found by a battery of the project's own antibody
 * texts (pasted blot reports, repeated tests, exceptions, results told in the next sentence), each written here as
 * our own sentence with a control beside it that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const CASE = 'Case presentation\n\nA 63-year-old man was admitted with weakness of the shoulders. ';
const antibodiesOf = (text: string) =>
  extractCase(CASE + text)
    .case.antibodies.map((a) => `${a.target}=${a.result}`)
    .sort();

describe('an exception after a clause opened by "none" or "no"', () => {
  it('reads the excepted antibody positive', () => {
    expect(antibodiesOf('None of the antibodies in the panel was positive except anti-Ro52.')).toEqual([
      'Ro52=positive',
    ]);
    expect(antibodiesOf('No further autoantibodies were detected except anti-TIF1-γ.')).toContain(
      'TIF1-gamma=positive',
    );
    expect(
      antibodiesOf('None of the myositis-specific antibodies was identified, except for anti-NXP2.'),
    ).toContain('NXP2=positive');
  });
  it('keeps the opposite reading after a positive or negative rest (control)', () => {
    expect(antibodiesOf('All antibodies tested were positive except anti-Jo-1.')).toEqual(['Jo-1=negative']);
    expect(antibodiesOf('The blot was negative except for anti-SAE1.')).toContain('SAE=positive');
  });
});
