/**
 * Patient → case `patient`: sex from `gender`, `birthDate`. Extensions are not read (none maps to the
 * case). Several Patient resources: the first one referenced by the others' subjects is the patient;
 * differing genders are a contradiction and leave the sex unknown.
 * @see {@link https://hl7.org/fhir/R4/patient.html | FHIR R4 Patient}
 * @module
 */
import { fhirDate, str, type ImportContext, type Located } from './context.js';
import type { Draft } from './draft.js';

/**
 * Maps the patient; returns the Patient chosen (or undefined when there is none).
 * @param ctx - import context
 * @param draft - the case being built
 * @param patients - the Patient resources of the input
 */
export function mapPatient(ctx: ImportContext, draft: Draft, patients: Located[]): Located | undefined {
  if (patients.length === 0) {
    ctx.report(
      'warning',
      'required',
      undefined,
      'Patient',
      'no Patient resource: sex and birth date are unknown',
    );
    draft.patient.sex = 'unknown';
    return undefined;
  }
  const first = patients[0]!;
  const same = patients.filter(
    (p) => p === first || (str(p.resource.id) !== undefined && p.resource.id === first.resource.id),
  );
  if (same.length < patients.length)
    ctx.report(
      'warning',
      'conflict',
      patients.find((p) => !same.includes(p)),
      'Patient',
      `${patients.length} different patients in one input: only ${first.ref} is imported (send one patient per input)`,
    );
  const genders = new Set(
    same.map((p) => str(p.resource.gender)).filter((g): g is string => g !== undefined),
  );
  if (genders.size > 1) {
    ctx.report(
      'warning',
      'conflict',
      first,
      'Patient.gender',
      `contradictory genders (${[...genders].join(', ')}): sex left unknown`,
    );
    draft.patient.sex = 'unknown';
  } else {
    const g = [...genders][0];
    draft.patient.sex = g === 'female' || g === 'male' ? g : 'unknown';
    if (g !== undefined && g !== 'female' && g !== 'male' && g !== 'other' && g !== 'unknown')
      ctx.report(
        'error',
        'value',
        first,
        'Patient.gender',
        `"${g}" is not an AdministrativeGender code: sex unknown`,
      );
    if (g !== undefined) ctx.trace('patient.sex', first, 'Patient.gender', 'resource');
  }
  const birth = fhirDate(first.resource.birthDate);
  if (birth === 'invalid')
    ctx.report(
      'error',
      'value',
      first,
      'Patient.birthDate',
      `"${String(first.resource.birthDate)}" is not a FHIR date`,
    );
  else if (birth) {
    draft.patient.birthDate = birth;
    ctx.trace('patient.birthDate', first, 'Patient.birthDate', 'resource');
  }
  if (typeof first.resource.deceasedDateTime === 'string' || first.resource.deceasedBoolean === true)
    ctx.report(
      'information',
      'not-supported',
      first,
      'Patient.deceased[x]',
      'the patient is recorded as deceased',
    );
  for (const p of same) ctx.used.add(p.resource);
  return first;
}
