/**
 * Heliotrope's CDS Hooks services: what the discovery endpoint announces, with the prefetch templates
 * each service needs. Pure data.
 * @module
 */
import type { CdsServiceDefinition } from './types.js';

/** LOINC codes read for chemotherapy dosing (checked in public sources: Synthea vital signs, lab tables). */
export const DOSING_LOINC = {
  bodyHeight: '8302-2',
  bodyWeight: '29463-7',
  /** Creatinine [Mass/volume] in Serum or Plasma. */
  creatinineSerum: '2160-0',
  /** Creatinine [Mass/volume] in Blood (Synthea's code; also in the import mapping table). */
  creatinineBlood: '38483-4',
} as const;

/** Service ids. */
export const CDS_SERVICE_IDS = {
  patientView: 'heliotrope-patient-view',
  orderSelect: 'heliotrope-order-select',
} as const;

const loinc = (code: string) => `http://loinc.org|${code}`;

/** The services, in discovery order. */
export const CDS_SERVICES: readonly CdsServiceDefinition[] = [
  {
    hook: 'patient-view',
    id: CDS_SERVICE_IDS.patientView,
    title: 'Heliotrope: myositis classification and cancer screening',
    description:
      'When a chart opens: 2017 EULAR/ACR classification of an idiopathic inflammatory myopathy, IMACS 2023 cancer-screening tier with the tests due or overdue, and follow-up warning signals (a myositis flare with a known cancer). Silent for patients without myositis findings.',
    prefetch: {
      patient: 'Patient/{{context.patientId}}',
      conditions: 'Condition?patient={{context.patientId}}',
      observations: 'Observation?patient={{context.patientId}}',
      medications: 'MedicationRequest?patient={{context.patientId}}',
      reports: 'DiagnosticReport?patient={{context.patientId}}',
      procedures: 'Procedure?patient={{context.patientId}}',
    },
  },
  {
    hook: 'order-select',
    id: CDS_SERVICE_IDS.orderSelect,
    title: 'Heliotrope: chemotherapy dose check',
    description:
      'When a chemotherapy order is selected: checks the dose against body-surface area (Mosteller, mg/m² orders) or the Calvert formula (carboplatin AUC orders, Cockcroft–Gault clearance capped at 125 mL/min) and suggests the computed dose when the ordered dose differs by more than 10 %.',
    prefetch: {
      patient: 'Patient/{{context.patientId}}',
      vitals: `Observation?patient={{context.patientId}}&code=${[DOSING_LOINC.bodyHeight, DOSING_LOINC.bodyWeight].map(loinc).join(',')}&_sort=-date`,
      creatinine: `Observation?patient={{context.patientId}}&code=${[DOSING_LOINC.creatinineSerum, DOSING_LOINC.creatinineBlood].map(loinc).join(',')}&_sort=-date`,
    },
  },
];

/** Finds a service by id. */
export function findCdsService(id: string): CdsServiceDefinition | undefined {
  return CDS_SERVICES.find((s) => s.id === id);
}
