/**
 * A synthetic, realistic case for benchmarks (written for Heliotrope; no real patient).
 * @module
 */
import type { CaseInput } from '../src/case/schema.js';

/** Synthetic adult DM case with labs, antibodies, biopsy and a cancer. */
export const benchCase: CaseInput = {
  schemaVersion: '1.0',
  id: 'bench-1',
  title: 'Synthetic benchmark case',
  patient: { sex: 'female', age: 58 },
  dates: { symptomOnset: '2025-02', diagnosis: '2025-04-10' },
  findings: [
    { id: 'heliotrope-rash', status: 'present' },
    { id: 'gottron-papules', status: 'present' },
    { id: 'gottron-sign', status: 'absent' },
    { id: 'shawl-sign', status: 'present' },
    { id: 'dysphagia', status: 'present' },
    { id: 'neck-flexor-weakness', status: 'unknown' },
    { id: 'interstitial-lung-disease', status: 'absent' },
    { id: 'fever', status: 'absent' },
  ],
  strength: [
    { group: 'proximal-upper', side: 'bilateral', grade: '3-4/5' },
    { group: 'proximal-lower', side: 'bilateral', grade: 'IV/V' },
    { group: 'distal-lower', side: 'bilateral', grade: '5' },
  ],
  labs: [
    { analyte: 'CK', value: 2150, unit: 'U/L', referenceRange: { low: 25, high: 200 } },
    { analyte: 'ALT', value: 88, unit: 'U/L', referenceRange: { low: 10, high: 49 } },
    { analyte: 'AST', value: 95, unit: 'U/L', referenceRange: { high: 40 } },
    { analyte: 'LDH', value: 610, unit: 'U/L', referenceRange: { high: 250 } },
    { analyte: 'CRP', value: 4, comparator: '<', unit: 'mg/L' },
  ],
  antibodies: [
    { target: 'TIF1-gamma', result: 'positive' },
    { target: 'Jo-1', result: 'negative' },
    { target: 'Mi-2', result: 'negative' },
    { target: 'ANA', result: 'positive', titre: '1:160' },
  ],
  emg: { performed: 'done', interpretation: 'myopathic' },
  muscleBiopsy: {
    performed: 'done',
    features: {
      perifascicularAtrophy: 'present',
      perimysialPerivascularInfiltrate: 'present',
      rimmedVacuoles: 'absent',
      necrosis: 'present',
    },
    conclusion: 'consistent-with-myositis',
  },
  cancers: [
    {
      id: 'ca1',
      histology: 'adenocarcinoma',
      site: 'ovary',
      stage: { tnm: 'pT3N1M0' },
      diagnosisDate: { relativeTo: 'diagnosis', offset: 5, unit: 'month' },
    },
  ],
  treatments: [
    {
      drug: 'prednisolone',
      class: 'glucocorticoid',
      indication: 'myositis',
      dose: { value: 60, unit: 'mg' },
      schedule: 'daily',
      start: '2025-04-12',
    },
  ],
};
