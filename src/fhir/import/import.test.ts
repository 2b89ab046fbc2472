import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/issues.js';
import { importFhir, importResources, parseFhirJson, MAX_FHIR_CHARS } from './index.js';

const patient = { resourceType: 'Patient', id: 'p1', gender: 'female', birthDate: '1962-04-02' };
const subject = { reference: 'Patient/p1' };
const ck = (id: string, value: number, unit: string, high: number) => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '2157-6', display: 'Creatine kinase' }] },
  subject,
  effectiveDateTime: '2024-03-01T09:30:00+01:00',
  valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  referenceRange: [{ high: { value: high, unit, system: 'http://unitsofmeasure.org', code: unit } }],
});
const bundle = (...resources: object[]) => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: resources.map((r) => ({ resource: r })),
});

describe('importFhir', () => {
  it('reads a synthetic myositis patient: ICD-10 M33.1, cancer C34.1, CK in µkat/L converted to U/L, provenance', () => {
    const r = importFhir(
      bundle(
        patient,
        {
          resourceType: 'Condition',
          id: 'dm',
          code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'M33.10' }] },
          subject,
          onsetDateTime: '2024-01',
        },
        {
          resourceType: 'Condition',
          id: 'ca',
          clinicalStatus: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
          },
          code: {
            coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'C34.1' }],
            text: 'Adenocarcinoma of upper lobe',
          },
          subject,
          onsetDateTime: '2024-05-20',
        },
        ck('ck1', 30, 'ukat/L', 3.2),
      ),
    );
    expect(r.case.patient).toMatchObject({ sex: 'female', birthDate: '1962-04-02' });
    expect(r.case.dates.symptomOnset).toBe('2024-01');
    expect(r.case.diagnoses?.[0]?.subtype).toBe('dermatomyositis');
    expect(r.case.cancers[0]).toMatchObject({
      site: 'lung',
      histology: 'adenocarcinoma',
      status: 'active',
      diagnosisDate: '2024-05-20',
    });
    const lab = r.case.labs[0]!;
    expect(lab.unit).toBe('U/L');
    expect(lab.value).toBe(1800); // 30 µkat/L × 60 (U = µmol/min)
    expect(lab.referenceRange?.high).toBe(192);
    expect(lab.date).toBe('2024-03-01');
    expect(r.provenance).toContainEqual(
      expect.objectContaining({ path: 'labs[0]', resource: 'Observation/ck1' }),
    );
  });

  it('honours refuted and entered-in-error, and reports a refuted condition beside an asserted one', () => {
    const dysphagia = (id: string, ver: string) => ({
      resourceType: 'Condition',
      id,
      verificationStatus: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: ver }],
      },
      code: { coding: [{ system: 'http://snomed.info/sct', code: '40739000', display: 'Dysphagia' }] },
      subject,
    });
    const r = importFhir(bundle(patient, dysphagia('a', 'refuted'), dysphagia('b', 'entered-in-error')));
    expect(r.case.findings).toEqual([expect.objectContaining({ id: 'dysphagia', status: 'absent' })]);
    const both = importFhir(bundle(patient, dysphagia('a', 'refuted'), dysphagia('c', 'confirmed')));
    expect(both.issues.some((i) => i.code === 'conflict' && i.resource === 'Condition/a')).toBe(true);
  });

  it('reports two sexes, unmapped codes and unread resource types, and uses the rest', () => {
    const r = importFhir(
      bundle(
        patient,
        { ...patient, gender: 'male' },
        ck('ck1', 900, 'U/L', 200),
        {
          resourceType: 'Observation',
          id: 'glu',
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: '2339-0', display: 'Glucose' }] },
          subject,
          valueQuantity: { value: 5 },
        },
        { resourceType: 'Claim', id: 'cl1' },
      ),
    );
    expect(r.case.patient.sex).toBe('unknown');
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'conflict', path: 'Patient.gender' }));
    expect(r.issues.some((i) => i.message.includes('2339-0') && i.resource === 'Observation/glu')).toBe(true);
    expect(r.issues.some((i) => i.path === 'Claim' && i.resource === 'Claim/cl1')).toBe(true);
    expect(r.case.labs).toHaveLength(1);
  });

  it('refuses STU3 and R5 resources by name and path, and keeps the R4 ones', () => {
    const r = importFhir(
      bundle(
        patient,
        {
          resourceType: 'Condition',
          id: 's3',
          clinicalStatus: 'active',
          code: { text: 'dermatomyositis' },
          subject,
        },
        {
          resourceType: 'MedicationStatement',
          id: 'r5',
          status: 'recorded',
          medication: { concept: { text: 'prednisone' } },
          subject,
        },
        ck('ck1', 900, 'U/L', 200),
      ),
    );
    expect(r.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', resource: 'Condition/s3', path: 'Condition' }),
    );
    expect(r.issues.find((i) => i.resource === 'MedicationStatement/r5')?.message).toMatch(/R5/);
    expect(r.case.labs).toHaveLength(1);
  });

  it('reports dangling references, invalid dates and units, deep extensions; an array of resources is read like a Bundle', () => {
    let ext: object = { url: 'x', valueString: 'deep' };
    for (let i = 0; i < 40; i++) ext = { url: `x${i}`, extension: [ext] };
    const r = importResources([
      patient,
      { ...ck('ck1', 900, 'furlongs', 200), effectiveDateTime: '2024-13-45' },
      { ...ck('ck2', 800, 'U/L', 200), extension: [ext] },
      {
        resourceType: 'MedicationRequest',
        id: 'm1',
        status: 'active',
        intent: 'order',
        subject,
        medicationReference: { reference: 'Medication/missing' },
      },
      'not a resource',
    ]);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        code: 'value',
        path: 'Observation.effectiveDateTime',
        resource: 'Observation/ck1',
      }),
    );
    expect(r.issues.some((i) => i.resource === 'Observation/ck1' && i.message.includes('furlongs'))).toBe(
      true,
    );
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'too-large', resource: 'Observation/ck2' }),
    );
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'not-found', resource: 'MedicationRequest/m1' }),
    );
    expect(r.issues).toContainEqual(expect.objectContaining({ path: 'input[4]', severity: 'error' }));
    expect(r.case.labs).toHaveLength(1);
  });

  it('rejects JSON that is not FHIR, and text above the size limit', () => {
    expect(() => importFhir({ patient: { sex: 'female' } })).toThrow(InputError);
    expect(() => parseFhirJson(' '.repeat(MAX_FHIR_CHARS + 1), 'big.json')).toThrow(/too large/);
  });

  it('imports a patient with no myositis data as a case whose facts are simply unknown', () => {
    const r = importFhir(bundle(patient));
    expect(r.case.findings).toEqual([]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
