/**
 * Case → FHIR: the Patient and the patient's own facts (age, smoking, family history, region), and the
 * myositis under evaluation as a Condition with its onset, diagnosis and presentation dates. Pure.
 * @module
 */
import type { Case } from '../../case/schema.js';
import { EXTENSION, SYSTEM } from '../systems.js';
import { type BundleWriter, cc, dateFields, h, type R, standardCoding } from './writer.js';

/** Writes the Patient and the Observations about the patient. */
export function writePatient(w: BundleWriter, c: Case, patientId: string): void {
  const patient: R = { resourceType: 'Patient', id: patientId };
  patient.gender = c.patient.sex;
  if (c.patient.birthDate) patient.birthDate = c.patient.birthDate;
  w.add(patient);
  const p = c.patient;
  if (p.age !== undefined)
    w.add(
      w.obs(
        cc([{ system: SYSTEM.loinc, code: '30525-0', display: 'Age' }]),
        { valueQuantity: { value: p.age, unit: 'a', system: SYSTEM.ucum, code: 'a' } },
        c.dates.presentation,
        'survey',
      ),
    );
  if (p.ageAtOnset !== undefined)
    w.add(
      w.obs(
        cc([h('age-at-onset')]),
        { valueQuantity: { value: p.ageAtOnset, unit: 'a', system: SYSTEM.ucum, code: 'a' } },
        undefined,
        'survey',
      ),
    );
  if (p.smoking)
    w.add(
      w.obs(
        cc([{ system: SYSTEM.loinc, code: '72166-2', display: 'Tobacco smoking status' }]),
        {
          valueCodeableConcept: cc([
            standardCoding((t) => t.field === 'smoking-status' && t.value === p.smoking),
            h(`smoking-${p.smoking}`),
          ]),
        },
        undefined,
        'social-history',
      ),
    );
  if (p.familyHistoryOfCancer === 'yes')
    // A relative's cancer: FamilyMemberHistory, the standard resource (the case does not say which relative).
    w.add({
      resourceType: 'FamilyMemberHistory',
      id: w.nextId('family'),
      status: 'partial',
      patient: w.subject,
      relationship: cc(
        [{ system: SYSTEM.roleCode, code: 'FAMMEMB', display: 'family member' }],
        'family member',
      ),
      condition: [{ code: cc([h('cancer', 'Cancer')], 'cancer') }],
    });
  else if (p.familyHistoryOfCancer)
    w.add(
      w.obs(
        cc([h('family-history-of-cancer')]),
        { valueCodeableConcept: cc([h(`answer-${p.familyHistoryOfCancer}`)]) },
        undefined,
        'social-history',
      ),
    );
  if (p.highNpcRiskRegion !== undefined)
    w.add(
      w.obs(
        cc([h('high-npc-risk-region')]),
        { valueBoolean: p.highNpcRiskRegion },
        undefined,
        'social-history',
      ),
    );
  if (p.region) w.add(w.obs(cc([h('region')]), { valueString: p.region }, undefined, 'social-history'));
}

/**
 * Writes the myositis under evaluation (the first recorded diagnosis, else a provisional "under evaluation")
 * as a Condition, with the presentation as its Encounter; nothing when the case has neither dates nor a
 * diagnosis.
 */
export function writeMyositis(w: BundleWriter, c: Case): void {
  const d = c.dates;
  if (
    d.symptomOnset === undefined &&
    d.diagnosis === undefined &&
    d.presentation === undefined &&
    !c.diagnoses?.length
  )
    return;
  const ext: R[] = [];
  const dx = c.diagnoses?.[0];
  const cond: R = {
    resourceType: 'Condition',
    id: w.nextId('myositis'),
    verificationStatus: cc([
      { system: SYSTEM.conditionVerification, code: dx ? (dx.verification ?? 'confirmed') : 'provisional' },
    ]),
    code: dx
      ? cc([
          dx.code?.system && dx.code.code
            ? {
                system: dx.code.system,
                code: dx.code.code,
                ...(dx.code.display ? { display: dx.code.display } : {}),
              }
            : undefined,
          h(`myositis-${dx.subtype}`),
        ])
      : cc([h('myositis-under-evaluation', 'Idiopathic inflammatory myopathy under evaluation')]),
    subject: w.subject,
    ...dateFields('onsetDateTime', 'onset', d.symptomOnset, ext),
  };
  if (typeof d.diagnosis === 'string')
    ext.push({ url: EXTENSION.conditionAssertedDate, valueDateTime: d.diagnosis });
  else dateFields('', 'diagnosis', d.diagnosis, ext);
  if (d.presentation !== undefined) {
    const eext: R[] = [];
    const enc: R = {
      resourceType: 'Encounter',
      id: w.nextId('presentation'),
      status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
      type: [cc([h('presentation', 'Presentation')])],
      subject: w.subject,
    };
    if (typeof d.presentation === 'string') enc.period = { start: d.presentation };
    else dateFields('', 'start', d.presentation, eext);
    if (eext.length) enc.extension = eext;
    cond.encounter = { reference: w.add(enc) };
  }
  if (ext.length) cond.extension = ext;
  w.add(cond);
}
