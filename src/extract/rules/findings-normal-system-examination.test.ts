/**
 * A whole examination of a system that tests power, stated normal (session 51): "Neurological examination was
 * normal", "Musculoskeletal and neurological examinations were unremarkable" give no weakness of either girdle, as
 * inferred absences that a weakness stated elsewhere overrides. A partial normal ("the remainder of", "except",
 * "otherwise") gives nothing. Each beside the control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { findingsAfterClinicVisit } from './__fixtures__/helpers.js';

const GIRDLES_ABSENT = ['proximal-weakness-lower:absent', 'proximal-weakness-upper:absent'];

describe('a normal examination of the nerves or the muscles and joints', () => {
  it('reads "neurological examination was normal" and two systems joined', () => {
    expect(findingsAfterClinicVisit('His neurological examination was normal.')).toEqual(GIRDLES_ABSENT);
    expect(
      findingsAfterClinicVisit('Musculoskeletal and neurological examinations were entirely unremarkable.'),
    ).toEqual(GIRDLES_ABSENT);
  });

  it('gives way to a weakness stated elsewhere', () => {
    expect(
      findingsAfterClinicVisit('His hip flexors were 4/5. His neurological examination was normal.'),
    ).toContain('proximal-weakness-lower:present');
  });

  it('leaves a partial normal and a normal examination with an exception alone (controls)', () => {
    expect(findingsAfterClinicVisit('The rest of her neurological examination was unremarkable.')).toEqual(
      [],
    );
    expect(findingsAfterClinicVisit('Neurological examination was otherwise normal.')).toEqual([]);
    expect(
      findingsAfterClinicVisit('Neurological examination was normal except for a foot drop on the left.'),
    ).toEqual([]);
  });
});
