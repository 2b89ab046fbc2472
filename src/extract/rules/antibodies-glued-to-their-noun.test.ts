/**
 * An antigen's capitals glued to "antibody" or "antibodies", as a PDF copy that lost a space prints them ("revealed an
 * OJantibody", session 49): two words, so the antibody is read. "Autoantibody" and other words that merely end in
 * "antibody" stay one word. Sentences are the project's own.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize.js';
import { antibodiesAfterWeakThighs as antibodiesOf } from './__fixtures__/helpers.js';

describe('capitals glued to "antibody"', () => {
  it('reads the antibody', () => {
    expect(antibodiesOf('Extensive testing revealed an OJantibody.')).toEqual(['OJ=positive']);
    expect(antibodiesOf('Her serum contained SRPantibodies.')).toEqual(['SRP=positive']);
  });
  it('splits only after a capital', () => {
    expect(tokenize('an OJantibody').map((t) => t.norm)).toEqual(['an', 'oj', 'antibody']);
    expect(tokenize('autoantibody Autoantibodies').map((t) => t.norm)).toEqual([
      'autoantibody',
      'autoantibodies',
    ]);
  });
});
