/**
 * Distal strength stated normal beside a proximal weakness (session 51, development texts): "proximal power 4/5 with
 * preserved distal power", "full distal upper and lower limb strength" give no distal weakness. A
 * statement whose own words name the proximal muscles is left to the weakness rules. Each beside its control.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { findingsAfterClinicVisit } from './__fixtures__/helpers.js';

describe('normal distal strength after a proximal weakness in the same sentence', () => {
  it('reads "with preserved distal power" after graded proximal power', () => {
    expect(findingsAfterClinicVisit('Proximal power was 4/5 with preserved distal power.')).toContain(
      'distal-weakness:absent',
    );
  });

  it('reads limb words between "distal" and the strength ("full distal upper and lower limb strength")', () => {
    expect(
      findingsAfterClinicVisit(
        'Deltoid and iliopsoas power was 3+/5 on both sides, and she had full distal upper and lower limb strength.',
      ),
    ).toContain('distal-weakness:absent');
  });

  it('control: a distal strength stated reduced stays a weakness', () => {
    expect(
      findingsAfterClinicVisit('Proximal power was 4/5 with reduced distal power in the hands.'),
    ).not.toContain('distal-weakness:absent');
  });
});
