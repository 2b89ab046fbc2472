import { describe, expect, it } from 'vitest';
import { assessCase } from '../../assess/assess.js';
import { parseCase } from '../../case/validate.js';
import { caseToFhir } from '../from-case.js';
import { importFhir } from './index.js';

const patient = { resourceType: 'Patient', id: 'p1', gender: 'female', birthDate: '1961-02-03' };
const subject = { reference: 'Patient/p1' };
const bundle = (...resources: object[]) => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: resources.map((r) => ({ resource: r })),
});
const roleCode = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
const mother = (conditions: object[], extra: object = {}) => ({
  resourceType: 'FamilyMemberHistory',
  id: 'fmh-mother',
  status: 'completed',
  patient: subject,
  relationship: { coding: [{ system: roleCode, code: 'MTH', display: 'mother' }] },
  condition: conditions,
  ...extra,
});
const ovarianCancer = {
  code: {
    coding: [
      { system: 'http://hl7.org/fhir/sid/icd-10', code: 'C56', display: 'Malignant neoplasm of ovary' },
    ],
  },
};

describe('FamilyMemberHistory', () => {
  it("a mother's ovarian cancer is the patient's family history of cancer, not a cancer of the patient", () => {
    const r = importFhir(bundle(patient, mother([ovarianCancer])));
    expect(r.case.patient.familyHistoryOfCancer).toBe('yes');
    expect(r.case.cancers).toEqual([]);
    const p = r.provenance.find((x) => x.path === 'patient.familyHistoryOfCancer');
    expect(p).toMatchObject({
      resource: 'FamilyMemberHistory/fmh-mother',
      expression: 'FamilyMemberHistory.condition[0].code.coding[0]',
      match: 'code',
      code: 'http://hl7.org/fhir/sid/icd-10|C56',
    });
    // The relationship and the condition are kept as the fact's evidence.
    expect(p?.note).toBe('mother: Malignant neoplasm of ovary');
    expect(r.stats.byType.FamilyMemberHistory).toEqual({ total: 1, used: 1 });
    expect(r.issues.filter((i) => i.resource === 'FamilyMemberHistory/fmh-mother')).toEqual([]);
    // The IMACS 2023 red flag reads it, and the patient has no known cancer.
    const imacs = assessCase(r.case, { asOf: '2025-01-01' }).imacs2023;
    if (!('redFlags' in imacs)) throw new Error('IMACS 2023 section failed');
    const flags = imacs.redFlags;
    expect(flags.present).toContain('family-history-of-cancer');
    expect(flags.unknown).not.toContain('family-history-of-cancer');
  });

  it("uncoded words of a relative's cancer count; a relative's other conditions and unmapped codes are reported with resource and path", () => {
    const r = importFhir(
      bundle(
        patient,
        mother([
          {
            code: { coding: [{ system: 'http://snomed.info/sct', code: '38341003' }], text: 'Hypertension' },
          },
          { code: { coding: [{ system: 'http://example.invalid/local', code: 'X1' }], text: 'Gout' } },
          { code: { text: 'colon cancer' } },
          { code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'D25.9' }] } },
        ]),
      ),
    );
    expect(r.case.patient.familyHistoryOfCancer).toBe('yes');
    expect(r.case.cancers).toEqual([]);
    expect(r.provenance.find((x) => x.path === 'patient.familyHistoryOfCancer')).toMatchObject({
      expression: 'FamilyMemberHistory.condition[2].code',
      match: 'text',
      note: 'mother: colon cancer',
    });
    const of = (i: number) =>
      r.issues.find(
        (x) =>
          x.resource === 'FamilyMemberHistory/fmh-mother' &&
          x.path === `FamilyMemberHistory.condition[${i}].code`,
      );
    expect(of(0)?.message).toMatch(/Hypertension.*not in the mapping table/);
    expect(of(1)?.message).toMatch(/Gout.*not in the mapping table/);
    expect(of(3)).toMatchObject({ severity: 'warning' });
    expect(of(3)?.message).toMatch(/not a cancer \(benign neoplasm\)/);
  });

  it('a relative without cancer leaves the family history unset; entered-in-error and health-unknown are reported', () => {
    const none = importFhir(bundle(patient, mother([{ code: { text: 'Type 2 diabetes' } }])));
    expect(none.case.patient.familyHistoryOfCancer).toBeUndefined();
    const error = importFhir(bundle(patient, mother([ovarianCancer], { status: 'entered-in-error' })));
    expect(error.case.patient.familyHistoryOfCancer).toBeUndefined();
    expect(error.issues.find((i) => i.path === 'FamilyMemberHistory.status')?.message).toMatch(
      /entered in error/,
    );
    const unknown = importFhir(bundle(patient, mother([], { status: 'health-unknown' })));
    expect(unknown.case.patient.familyHistoryOfCancer).toBeUndefined();
    expect(unknown.issues.find((i) => i.resource === 'FamilyMemberHistory/fmh-mother')?.message).toMatch(
      /health unknown/,
    );
  });

  it("another patient's family history is not used", () => {
    const r = importFhir(
      bundle(
        patient,
        { resourceType: 'Patient', id: 'p2', gender: 'male' },
        mother([ovarianCancer], { patient: { reference: 'Patient/p2' } }),
      ),
    );
    expect(r.case.patient.familyHistoryOfCancer).toBeUndefined();
  });

  it('a relative\'s cancer beside a recorded "no family history" is a conflict, kept as yes', () => {
    const no = parseCase(
      { schemaVersion: '1.0', patient: { sex: 'female', familyHistoryOfCancer: 'no' } },
      'case',
    );
    const resources = (caseToFhir(no, { patientId: 'p1' }).entry ?? []).map((e) => e.resource as object);
    const r = importFhir(bundle(...resources, mother([ovarianCancer])));
    expect(r.case.patient.familyHistoryOfCancer).toBe('yes');
    expect(r.issues.find((i) => i.code === 'conflict')?.message).toMatch(/records none/);
  });
});

describe('Condition about a relative', () => {
  it('ICD-10 Z80.3 (family history of malignant neoplasm of breast) is family history, not a breast cancer', () => {
    const r = importFhir(
      bundle(patient, {
        resourceType: 'Condition',
        id: 'z80',
        subject,
        code: {
          coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'Z80.3' }],
          text: 'Family history of breast cancer',
        },
      }),
    );
    expect(r.case.patient.familyHistoryOfCancer).toBe('yes');
    expect(r.case.cancers).toEqual([]);
    expect(r.provenance.find((x) => x.path === 'patient.familyHistoryOfCancer')?.resource).toBe(
      'Condition/z80',
    );
  });

  it('uncoded "Mother: breast cancer" as a Condition is family history; "No family history of cancer" is no', () => {
    const words = (text: string) =>
      importFhir(bundle(patient, { resourceType: 'Condition', id: 'c', subject, code: { text } })).case;
    expect(words('Mother: breast cancer')).toMatchObject({
      cancers: [],
      patient: { familyHistoryOfCancer: 'yes' },
    });
    expect(words('No family history of cancer').patient.familyHistoryOfCancer).toBe('no');
    // The patient's own cancer is still the patient's.
    expect(words('Breast cancer').cancers).toHaveLength(1);
  });
});

describe('export', () => {
  it('caseToFhir writes a family history of cancer as FamilyMemberHistory, read back as yes', () => {
    const c = parseCase(
      { schemaVersion: '1.0', patient: { sex: 'male', familyHistoryOfCancer: 'yes' } },
      'case',
    );
    const b = caseToFhir(c);
    const fmh = (b.entry ?? [])
      .map((e) => e.resource)
      .filter((x) => x?.resourceType === 'FamilyMemberHistory');
    expect(fmh).toHaveLength(1);
    expect(importFhir(b).case.patient.familyHistoryOfCancer).toBe('yes');
    expect(importFhir(b).case.cancers).toEqual([]);
  });
});
