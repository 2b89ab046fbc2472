import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triAnd, triNot, triOr, type Tri } from '../core/tri.js';
import type { InputValues } from './inputs.js';
import { all, any, equals, evalPredicate, not, range, yes, type Predicate } from './predicates.js';

/** Reference evaluation: every operand evaluated, then combined with the Kleene operators. */
function reference(p: Predicate, values: InputValues): Tri {
  switch (p.op) {
    case 'all':
      return triAnd(...p.of.map((q) => reference(q, values)));
    case 'any':
      return triOr(...p.of.map((q) => reference(q, values)));
    case 'not':
      return triNot(reference(p.of, values));
    case 'yes':
    case 'equals':
    case 'range':
      return evalPredicate(p, values);
  }
}

const inputs = ['a', 'b', 'c'] as const;
const leaf: fc.Arbitrary<Predicate> = fc.oneof(
  fc.constantFrom(...inputs).map(yes),
  fc.constantFrom(...inputs).map((i) => equals(i, 'x')),
  fc.constantFrom(...inputs).map((i) => range(i, 18, 40)),
);
const predicate: fc.Arbitrary<Predicate> = fc.letrec<{ p: Predicate }>((tie) => ({
  p: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('p'), { maxLength: 4 }).map((of) => all(...of)),
    fc.array(tie('p'), { maxLength: 4 }).map((of) => any(...of)),
    tie('p').map(not),
  ),
})).p;
const value = fc.constantFrom<InputValues[string]>('yes', 'no', 'unknown', 'x', 'y', null, 17, 18, 39, 40);
const values = fc.record({ a: value, b: value, c: value }, { requiredKeys: [] }) as fc.Arbitrary<InputValues>;

describe('evalPredicate', () => {
  it('all / any / not give the Kleene result of their operands', () => {
    fc.assert(
      fc.property(predicate, values, (p, v) => {
        expect(evalPredicate(p, v)).toBe(reference(p, v));
      }),
      { numRuns: 2000 },
    );
  });
  it('empty all is met, empty any is not met; unknown only when nothing decides', () => {
    expect(evalPredicate(all(), {})).toBe('met');
    expect(evalPredicate(any(), {})).toBe('not-met');
    expect(evalPredicate(all(yes('a'), yes('b')), { a: 'unknown', b: 'no' })).toBe('not-met');
    expect(evalPredicate(all(yes('a'), yes('b')), { a: 'unknown', b: 'yes' })).toBe('unknown');
    expect(evalPredicate(any(yes('a'), yes('b')), { a: 'unknown', b: 'yes' })).toBe('met');
    expect(evalPredicate(any(yes('a'), yes('b')), { a: 'unknown', b: 'no' })).toBe('unknown');
  });
});
