/**
 * Derives the EULAR/ACR 2017 inputs from a case, with the evidence behind each.
 * @module
 */
import type { Case } from '../../case/schema.js';
import { triFromCode, triToYesNo } from '../../core/tri.js';
import {
  ageAtOnsetFact,
  antibodyFact,
  enzymesElevatedFact,
  factSources,
  findingFact,
  strengthWeakFact,
  weakerThanFact,
} from '../../facts/facts.js';
import type { DerivedInputs } from '../../engine/inputs.js';
import { collectInputs } from '../collect-inputs.js';

/** The enzymes of the EULAR/ACR laboratory item. */
export const EULAR_ENZYMES = ['CK', 'LDH', 'AST', 'ALT'] as const;

/** Derives every EULAR/ACR input from a case. */
export function eularInputsFromCase(c: Case): DerivedInputs {
  const inputs = collectInputs();
  const { put, set } = inputs;

  const age = ageAtOnsetFact(c);
  set('age-at-onset', age.value, age.evidence);

  put(
    'proximal-weakness-upper',
    factSources(findingFact(c, 'proximal-weakness-upper'), strengthWeakFact(c, 'proximal-upper')),
  );
  put(
    'proximal-weakness-lower',
    factSources(findingFact(c, 'proximal-weakness-lower'), strengthWeakFact(c, 'proximal-lower')),
  );
  put(
    'neck-flexor-weakness',
    factSources(findingFact(c, 'neck-flexor-weakness'), weakerThanFact(c, 'neck-flexors', 'neck-extensors')),
  );
  put(
    'proximal-weaker-than-distal-legs',
    factSources(
      findingFact(c, 'proximal-weaker-than-distal-legs'),
      weakerThanFact(c, 'proximal-lower', 'distal-lower'),
    ),
  );
  put('heliotrope-rash', findingFact(c, 'heliotrope-rash'));
  put('gottron-papules', findingFact(c, 'gottron-papules'));
  put('gottron-sign', findingFact(c, 'gottron-sign'));
  put('dysphagia', findingFact(c, 'dysphagia'));
  put('anti-jo1', antibodyFact(c, 'Jo-1'));
  put('elevated-muscle-enzymes', enzymesElevatedFact(c, EULAR_ENZYMES));
  put(
    'finger-flexor-weakness',
    factSources(findingFact(c, 'finger-flexor-weakness'), strengthWeakFact(c, 'finger-flexors')),
  );

  const b = c.muscleBiopsy;
  set(
    'muscle-biopsy',
    b?.performed === 'done' ? 'done' : 'not-done',
    b ? [{ path: 'muscleBiopsy.performed', value: b.performed }] : [],
  );
  const feature = (id: string, key: keyof NonNullable<typeof b>['features']) => {
    const s = b?.performed === 'done' ? b.features[key] : undefined;
    set(
      id,
      triToYesNo(triFromCode(s, 'present', 'absent')),
      s ? [{ path: `muscleBiopsy.features.${key}`, value: s }] : [],
    );
  };
  feature('biopsy-endomysial-infiltrate', 'endomysialInfiltrate');
  feature('biopsy-perimysial-perivascular-infiltrate', 'perimysialPerivascularInfiltrate');
  feature('biopsy-perifascicular-atrophy', 'perifascicularAtrophy');
  feature('biopsy-rimmed-vacuoles', 'rimmedVacuoles');

  set(
    'treatment-response',
    c.treatmentResponse ?? 'unknown',
    c.treatmentResponse ? [{ path: 'treatmentResponse', value: c.treatmentResponse }] : [],
  );
  return { values: inputs.values, evidence: inputs.evidence };
}
