/**
 * Synthetic demonstration cases loaded on first start. Written for Heliotrope: no real patient.
 * @module
 */
import type { CaseInput } from '../case/schema.js';

/** The demo cases. */
export const demoCases: CaseInput[] = [
  {
    schemaVersion: '1.0',
    title: 'Demo 1 — adult dermatomyositis, anti-TIF1-γ, ovarian cancer',
    patient: { sex: 'female', age: 61, ageAtOnset: 60, smoking: 'never' },
    dates: { symptomOnset: '2025-01', diagnosis: '2025-03-18', presentation: '2025-03-10' },
    findings: [
      { id: 'heliotrope-rash', status: 'present' },
      { id: 'gottron-papules', status: 'present' },
      { id: 'shawl-sign', status: 'present' },
      { id: 'dysphagia', status: 'present' },
      { id: 'interstitial-lung-disease', status: 'absent' },
      { id: 'weight-loss', status: 'present' },
    ],
    strength: [
      { group: 'proximal-upper', side: 'bilateral', grade: '4-' },
      { group: 'proximal-lower', side: 'bilateral', grade: '3+' },
      { group: 'distal-lower', side: 'bilateral', grade: '5' },
      { group: 'neck-flexors', side: 'bilateral', grade: '3' },
      { group: 'neck-extensors', side: 'bilateral', grade: '5' },
    ],
    labs: [
      { analyte: 'CK', value: 3120, unit: 'U/L', referenceRange: { high: 200 } },
      { analyte: 'ALT', value: 96, unit: 'U/L', referenceRange: { high: 45 } },
      { analyte: 'CRP', value: 12, unit: 'mg/L', referenceRange: { high: 5 } },
    ],
    antibodies: [
      { target: 'TIF1-gamma', result: 'positive' },
      { target: 'Jo-1', result: 'negative' },
      { target: 'MDA5', result: 'negative' },
      { target: 'NXP2', result: 'negative' },
    ],
    emg: { performed: 'done', interpretation: 'myopathic' },
    cancers: [
      {
        id: 'ca1',
        site: 'ovary',
        histology: 'high-grade serous carcinoma',
        stage: { tnm: 'pT3N1M0' },
        diagnosisDate: '2025-05',
        status: 'active',
      },
    ],
    treatments: [
      {
        drug: 'prednisolone',
        class: 'glucocorticoid',
        indication: 'myositis',
        dose: { value: 60, unit: 'mg' },
        schedule: 'daily',
        start: '2025-03-20',
      },
    ],
    notes: 'Synthetic demonstration case.',
  },
  {
    schemaVersion: '1.0',
    title: 'Demo 2 — clinically amyopathic DM, anti-MDA5, lung involvement',
    patient: { sex: 'male', age: 47, ageAtOnset: 47, smoking: 'former' },
    dates: { symptomOnset: '2025-06', diagnosis: '2025-08' },
    findings: [
      { id: 'gottron-sign', status: 'present' },
      { id: 'heliotrope-rash', status: 'absent' },
      { id: 'skin-ulceration', status: 'present' },
      { id: 'mechanics-hands', status: 'present' },
      { id: 'interstitial-lung-disease', status: 'present' },
      { id: 'proximal-weakness-upper', status: 'absent' },
      { id: 'proximal-weakness-lower', status: 'absent' },
      { id: 'neck-flexor-weakness', status: 'absent' },
      { id: 'proximal-weaker-than-distal-legs', status: 'absent' },
      { id: 'dysphagia', status: 'absent' },
    ],
    labs: [{ analyte: 'CK', value: 140, unit: 'U/L', referenceRange: { high: 200 } }],
    antibodies: [
      { target: 'MDA5', result: 'positive' },
      { target: 'Jo-1', result: 'negative' },
    ],
    notes: 'Synthetic demonstration case.',
  },
  {
    schemaVersion: '1.0',
    title: 'Demo 3 — anti-Jo-1 antisynthetase myositis with biopsy',
    patient: { sex: 'female', age: 38, ageAtOnset: 37 },
    dates: { symptomOnset: '2024-10', diagnosis: '2025-01' },
    findings: [
      { id: 'heliotrope-rash', status: 'absent' },
      { id: 'gottron-papules', status: 'absent' },
      { id: 'gottron-sign', status: 'absent' },
      { id: 'mechanics-hands', status: 'present' },
      { id: 'arthritis', status: 'present' },
      { id: 'interstitial-lung-disease', status: 'present' },
      { id: 'proximal-weakness-upper', status: 'present' },
      { id: 'proximal-weakness-lower', status: 'present' },
      { id: 'finger-flexor-weakness', status: 'absent' },
    ],
    labs: [{ analyte: 'CK', value: 1850, unit: 'U/L', referenceRange: { high: 170 } }],
    antibodies: [
      { target: 'Jo-1', result: 'positive' },
      { target: 'Ro52', result: 'positive' },
    ],
    muscleBiopsy: {
      performed: 'done',
      site: 'vastus lateralis',
      features: {
        perimysialPerivascularInfiltrate: 'present',
        rimmedVacuoles: 'absent',
        perifascicularAtrophy: 'absent',
      },
      conclusion: 'consistent-with-myositis',
    },
    muscleImaging: [{ modality: 'mri', region: 'thighs', finding: 'myositis-oedema' }],
    treatmentResponse: 'improved',
    notes: 'Synthetic demonstration case.',
  },
  {
    schemaVersion: '1.0',
    title: 'Demo 4 — juvenile dermatomyositis, anti-NXP2',
    patient: { sex: 'male', age: 9, ageAtOnset: 8 },
    dates: { symptomOnset: '2025-04', diagnosis: '2025-06' },
    findings: [
      { id: 'heliotrope-rash', status: 'present' },
      { id: 'gottron-papules', status: 'present' },
      { id: 'calcinosis', status: 'present' },
      { id: 'proximal-weakness-lower', status: 'present' },
      { id: 'proximal-weakness-upper', status: 'present' },
    ],
    labs: [{ analyte: 'LDH', value: 520, unit: 'U/L', referenceRange: { high: 280 } }],
    antibodies: [{ target: 'NXP2', result: 'positive' }],
    notes: 'Synthetic demonstration case.',
  },
  {
    schemaVersion: '1.0',
    title: 'Demo 5 — first visit, work-up incomplete',
    patient: { sex: 'female', age: 55 },
    dates: { presentation: '2025-10-02' },
    findings: [
      { id: 'heliotrope-rash', status: 'present' },
      { id: 'gottron-papules', status: 'uncertain', reason: 'faint, photographed only' },
      { id: 'proximal-weakness-lower', status: 'unknown' },
    ],
    labs: [{ analyte: 'CK', interpretation: 'elevated' }],
    notes: 'Synthetic demonstration case. Antibody panel and EMG pending.',
  },
];
