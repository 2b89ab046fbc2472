/**
 * Derives the Bohan & Peter inputs from a case, with the evidence behind each.
 * @module
 */
import type { Case } from '../../case/schema.js';
import type { Evidence } from '../../core/evidence.js';
import {
  enzymesElevatedFact,
  factOr,
  factSources,
  findingFact,
  strengthWeakFact,
  type Fact,
} from '../../facts/facts.js';
import type { DerivedInputs } from '../../engine/inputs.js';
import { collectInputs } from '../collect-inputs.js';

/** Enzymes named by criterion 3. */
export const BOHAN_PETER_ENZYMES = ['CK', 'aldolase', 'AST', 'ALT', 'LDH'] as const;

function biopsyFact(c: Case): Fact {
  const b = c.muscleBiopsy;
  if (!b || b.performed === 'unknown') return { status: 'unknown', evidence: [] };
  if (b.performed === 'not-done')
    return {
      status: 'not-met',
      evidence: [{ path: 'muscleBiopsy.performed', value: 'not-done', note: 'no muscle biopsy' }],
    };
  const f = b.features;
  const listed = [
    f.necrosis,
    f.regeneration,
    f.inflammatoryInfiltrate,
    f.endomysialInfiltrate,
    f.perimysialPerivascularInfiltrate,
    f.perifascicularAtrophy,
  ];
  if (b.conclusion === 'consistent-with-myositis' || listed.includes('present')) {
    return {
      status: 'met',
      evidence: [
        {
          path: 'muscleBiopsy',
          value: b.conclusion ?? 'features present',
          note: 'biopsy abnormalities of myositis',
        },
      ],
    };
  }
  if (b.conclusion === 'normal' || (listed.every((x) => x === 'absent') && b.conclusion !== undefined)) {
    return { status: 'not-met', evidence: [{ path: 'muscleBiopsy', value: b.conclusion }] };
  }
  return {
    status: 'unknown',
    evidence: [{ path: 'muscleBiopsy', note: 'biopsy done, findings not recorded' }],
  };
}

function emgFact(c: Case): Fact {
  const e = c.emg;
  if (!e || e.performed === 'unknown') return { status: 'unknown', evidence: [] };
  if (e.performed === 'not-done')
    return { status: 'not-met', evidence: [{ path: 'emg.performed', value: 'not-done' }] };
  const ev: Evidence[] = [{ path: 'emg.interpretation', value: e.interpretation }];
  if (e.interpretation === 'myopathic') return { status: 'met', evidence: ev };
  if (e.interpretation === 'unknown') return { status: 'unknown', evidence: ev };
  return { status: 'not-met', evidence: ev };
}

/** Derives every Bohan & Peter input from a case. */
export function bohanPeterInputsFromCase(c: Case): DerivedInputs {
  const inputs = collectInputs();
  const { put } = inputs;
  put(
    'symmetric-proximal-weakness',
    factOr(
      factSources(findingFact(c, 'proximal-weakness-upper'), strengthWeakFact(c, 'proximal-upper')),
      factSources(findingFact(c, 'proximal-weakness-lower'), strengthWeakFact(c, 'proximal-lower')),
    ),
  );
  put('muscle-biopsy-evidence', biopsyFact(c));
  put('elevated-muscle-enzymes', enzymesElevatedFact(c, BOHAN_PETER_ENZYMES));
  put('myopathic-emg', emgFact(c));
  put(
    'typical-rash',
    factOr(
      findingFact(c, 'heliotrope-rash'),
      findingFact(c, 'gottron-papules'),
      findingFact(c, 'gottron-sign'),
    ),
  );
  return { values: inputs.values, evidence: inputs.evidence };
}
