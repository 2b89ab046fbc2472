import { describe, expect, it } from 'vitest';
import { assessCase } from '../assess/assess.js';
import { parseCase } from '../case/validate.js';
import { InputError } from '../core/issues.js';
import { demoCases } from '../server/demo-cases.js';
import { responseProblems } from '../../test/cds-conformance.js';
import { patientViewCards } from './cards.js';
import { orderSelectCards, readChemotherapyOrder, readDosingRecord } from './order-select.js';
import { fillTemplate, readPrefetch } from './prefetch.js';
import { parseCdsFeedback, parseCdsRequest } from './request.js';
import { CDS_SERVICES, findCdsService } from './services.js';
import type { CdsRequest } from './types.js';

type Json = Record<string, unknown>;
const pv = findCdsService('heliotrope-patient-view')!;
const os = findCdsService('heliotrope-order-select')!;

describe('prefetch', () => {
  it('fills context tokens (encoded) and user tokens; a missing token leaves the template unfilled', () => {
    expect(fillTemplate('Observation?patient={{context.patientId}}', { patientId: 'a b' })).toBe(
      'Observation?patient=a%20b',
    );
    expect(fillTemplate('Practitioner/{{userPractitionerId}}', { userId: 'Practitioner/9' })).toBe(
      'Practitioner/9',
    );
    expect(fillTemplate('Patient/{{context.patientId}}', {})).toBeUndefined();
  });

  it('satisfied keys (resources, Bundles, null), keys to fetch (absent, paged), and a wrong patient refused', () => {
    const req = (prefetch: Json): CdsRequest => ({
      hook: 'patient-view',
      hookInstance: 'h',
      context: { patientId: 'p1' },
      prefetch,
    });
    const out = readPrefetch(
      pv,
      req({
        patient: { resourceType: 'Patient', id: 'p1' },
        conditions: null,
        observations: {
          resourceType: 'Bundle',
          type: 'searchset',
          entry: [
            { resource: { resourceType: 'Observation', id: 'o1' } },
            { resource: { resourceType: 'OperationOutcome' } },
          ],
        },
        medications: { resourceType: 'Bundle', link: [{ relation: 'next', url: 'x' }], entry: [] },
      }),
    );
    expect(out.satisfied.sort()).toEqual(['conditions', 'observations', 'patient']);
    expect(out.resources.map((r) => r.id)).toEqual(['p1', 'o1']);
    expect(out.toFetch.map((t) => t.key).sort()).toEqual(['medications', 'procedures', 'reports']);
    expect(out.toFetch.find((t) => t.key === 'reports')!.query).toBe('DiagnosticReport?patient=p1');
    expect(() => readPrefetch(pv, req({ patient: { resourceType: 'Patient', id: 'p2' } }))).toThrow(
      /not the patient/,
    );
    expect(() => readPrefetch(pv, req({ patient: 'p1' }))).toThrow(InputError);
  });
});

describe('request and feedback validation', () => {
  it('names each field at fault', () => {
    try {
      parseCdsRequest({ hook: 'patient-view', hookInstance: 'h', context: {} }, os);
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues.map((i) => i.path).sort()).toEqual([
        'context.draftOrders',
        'context.patientId',
        'context.selections',
        'hook',
      ]);
    }
    expect(() =>
      parseCdsRequest({ hook: 'patient-view', hookInstance: 'h', context: { patientId: 'p' } }, pv),
    ).not.toThrow();
    expect(() =>
      parseCdsFeedback({
        feedback: [{ card: 'c', outcome: 'overridden', outcomeTimestamp: '2026-01-01T00:00:00Z' }],
      }),
    ).not.toThrow();
    expect(() => parseCdsFeedback({ feedback: [] })).toThrow(InputError);
  });

  it('every prefetch template uses only context tokens the hooks define', () => {
    for (const s of CDS_SERVICES)
      for (const t of Object.values(s.prefetch ?? {}))
        for (const m of t.matchAll(/\{\{([^}]+)\}\}/g)) expect(m[1]).toBe('context.patientId');
  });
});

describe('patient-view cards', () => {
  let n = 0;
  const cards = (doc: unknown) =>
    patientViewCards(assessCase(parseCase(doc, 'x'), { asOf: '2026-01-15' }), {
      patientId: 'p1',
      newUuid: () => `id-${++n}`,
    });

  it('every demo case: conformant cards, summaries under 140 characters', () => {
    for (const d of demoCases) expect(responseProblems({ cards: cards(d) })).toEqual([]);
  });

  it('say when unknown items could change a result, and carry no probability for a result that cannot be classified', () => {
    const possible = cards(demoCases[1]);
    expect(possible[0]!.summary).toContain('unknown items could make it definite IIM');
    const none = cards({ schemaVersion: '1.0', patient: { sex: 'female', ageAtOnset: 50 } });
    expect(none).toEqual([]);
    const recorded = cards({
      schemaVersion: '1.0',
      patient: { sex: 'female', ageAtOnset: 50 },
      diagnoses: [{ subtype: 'dermatomyositis' }],
    });
    expect(recorded[0]!.summary).toMatch(
      /^Not classified as IIM — 2017 EULAR\/ACR \d+ %; unknown items could make it/,
    );
    // Demo case 3 without its biopsy: the score reaches a category, but no rash and no biopsy to classify.
    const { muscleBiopsy: _b, ...noBiopsy } = demoCases[2] as Record<string, unknown>;
    const unclassifiable = cards({ ...noBiopsy, diagnoses: [{ subtype: 'polymyositis' }] });
    expect(unclassifiable[0]!.summary).toMatch(/^Cannot be classified/);
    expect(unclassifiable[0]!.summary).not.toMatch(/%/);
  });

  it('the screening card names the overdue tests and offers an order for each orderable one', () => {
    const c = cards(demoCases[1]).find((x) => x.summary.includes('IMACS'))!;
    expect(c.summary).toBe(
      'High cancer risk (IMACS 2023): enhanced screening overdue — CT neck/chest/abdomen/pelvis, PSA, FOBT',
    );
    expect(c.suggestions!.map((s) => s.label)).not.toContain(
      'Order: Comprehensive history and physical examination',
    );
    expect(c.suggestions!.every((s) => s.actions![0]!.type === 'create')).toBe(true);
    expect(c.selectionBehavior).toBe('any');
  });
});

describe('order-select dose check', () => {
  const patient = { resourceType: 'Patient', id: 'p', gender: 'female', birthDate: '1963-06-01' };
  const obs = (id: string, code: string, value: number, unit: string, date = '2026-01-10') => ({
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code }] },
    effectiveDateTime: date,
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  });
  const record = [
    patient,
    obs('h', '8302-2', 1.7, 'm'),
    obs('w-old', '29463-7', 90, 'kg', '2024-01-01'),
    obs('w', '29463-7', 70, 'kg'),
    obs('c', '2160-0', 70.72, 'umol/L'),
  ];
  const request = (mr: Json): CdsRequest => ({
    hook: 'order-select',
    hookInstance: 'h',
    context: {
      patientId: 'p',
      selections: [`MedicationRequest/${String(mr.id)}`],
      draftOrders: { resourceType: 'Bundle', entry: [{ resource: mr }] },
    },
  });
  const order = (id: string, drug: string, doses: [number, string][], text?: string) => ({
    resourceType: 'MedicationRequest',
    id,
    status: 'draft',
    intent: 'order',
    medicationCodeableConcept: { text: drug },
    dosageInstruction: [
      {
        ...(text ? { text } : {}),
        doseAndRate: doses.map(([value, code]) => ({ doseQuantity: { value, code } })),
      },
    ],
  });
  let n = 0;
  const run = (mr: Json, res: Json[] = record) =>
    orderSelectCards(request(mr), res, { asOf: '2026-01-15', newUuid: () => `u${++n}` });

  it('reads the latest measurements, converting units with UCUM (m → cm, µmol/L creatinine)', () => {
    const r = readDosingRecord(record, '2026-01-15');
    expect(r.heightCm!.value).toBeCloseTo(170, 6);
    expect(r.weightKg!.value).toBe(70);
    expect(r.creatinine).toMatchObject({ value: 70.72, unit: 'umol/L' });
    expect(r).toMatchObject({ sex: 'female', ageYears: 62 });
  });

  it('reads the drug and the doses of an order', () => {
    expect(
      readChemotherapyOrder(
        order('1', 'Paclitaxel', [
          [175, 'mg/m2'],
          [0.3, 'g'],
        ]),
      ),
    ).toEqual({
      drug: 'paclitaxel',
      mgPerM2: 175,
      mg: 300,
    });
    expect(readChemotherapyOrder(order('2', 'Prednisolone 5 mg tablet', [[40, 'mg']]))).toBeUndefined();
  });

  it('mg/m²: 175 mg/m² × BSA 1.82 m² = 319 mg; 400 mg is flagged with the update, 320 mg is not', () => {
    // Mosteller: √(170 × 70 / 3600) = 1.818 m² (docs/dosing.md worked example).
    const flagged = run(
      order('pac', 'paclitaxel', [
        [175, 'mg/m2'],
        [400, 'mg'],
      ]),
    );
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.summary).toBe('Paclitaxel 400 mg ordered; 175 mg/m² × BSA 1.82 m² gives 318 mg');
    expect(flagged[0]!.suggestions![0]!.label).toBe('Change the dose to 318 mg');
    expect(
      run(
        order('pac', 'paclitaxel', [
          [175, 'mg/m2'],
          [320, 'mg'],
        ]),
      ),
    ).toEqual([]);
  });

  it('carboplatin: µmol/L creatinine converted (70.72 µmol/L = 0.8 mg/dL) before Cockcroft–Gault', () => {
    const c = run(order('car', 'carboplatin', [[700, 'mg']], 'AUC 5 d1 q21d'));
    // Female, 62 y, 70 kg, SCr 0.8 → CrCl 80.6 → 5 × (80.6 + 25) = 528 mg.
    expect(c[0]!.summary).toBe('Carboplatin 700 mg ordered; Calvert (AUC 5) gives 528 mg');
    expect(c[0]!.detail).toContain('Cockcroft–Gault creatinine clearance 80.6 mL/min');
  });

  it('says what is missing instead of guessing, and names stale measurements', () => {
    const noAuc = run(order('car', 'carboplatin', [[500, 'mg']]));
    expect(noAuc[0]!.summary).toBe('Carboplatin dose not checked: the target AUC not in the record');
    expect(noAuc[0]!.indicator).toBe('info');
    const noHeight = run(
      order('pac', 'paclitaxel', [
        [175, 'mg/m2'],
        [300, 'mg'],
      ]),
      record.filter((r) => r.id !== 'h'),
    );
    expect(noHeight[0]!.summary).toBe('Paclitaxel dose not checked: a height not in the record');
    const stale = run(
      order('pac', 'paclitaxel', [
        [175, 'mg/m2'],
        [400, 'mg'],
      ]),
      [patient, obs('h', '8302-2', 170, 'cm'), obs('w', '29463-7', 70, 'kg', '2025-06-01')],
    );
    expect(stale[0]!.detail).toMatch(/Weight 70 kg \(2025-06-01\) ⚠ more than 30 days old/);
  });

  it('ignores orders that are not selected and drugs that are not chemotherapy', () => {
    const mr = order('pac', 'paclitaxel', [
      [175, 'mg/m2'],
      [400, 'mg'],
    ]);
    const req = request(mr);
    req.context.selections = ['MedicationRequest/other'];
    expect(orderSelectCards(req, record, { asOf: '2026-01-15', newUuid: () => 'x' })).toEqual([]);
    expect(run(order('mtx', 'methotrexate', [[15, 'mg']]))).toEqual([]);
  });
});
