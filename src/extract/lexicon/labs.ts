/**
 * Laboratory analytes. `value` is the canonical analyte of src/facts/names.ts; LOINC codes are the
 * common serum/plasma codes, given only where the curator is confident of them.
 * @module
 */
import type { Concept } from './types.js';

const l = (value: string, terms: string[], loinc?: string): Concept => ({
  id: `lab:${value}`,
  kind: 'lab',
  value,
  terms,
  ...(loinc ? { codes: { loinc } } : {}),
});

/** Lab concepts. */
export const LAB_CONCEPTS: readonly Concept[] = [
  l(
    'CK',
    [
      'ck',
      'cpk',
      'creatine kinase',
      'creatinine kinase',
      'creatine phosphokinase',
      'creatine kinase level',
      'serum ck',
      'ck level',
      'ck levels',
      'ck values',
      'ck value',
      'ck activity',
    ],
    '2157-6',
  ),
  l('ALT', ['alt', 'alanine aminotransferase', 'alanine transaminase', 'gpt', 'sgpt', 'alat'], '1742-6'),
  l('AST', ['ast', 'aspartate aminotransferase', 'aspartate transaminase', 'sgot', 'asat'], '1920-8'),
  l('LDH', ['ldh', 'lactate dehydrogenase', 'lactic dehydrogenase'], '2532-0'),
  l('aldolase', ['aldolase', 'serum aldolase']),
  l(
    'ESR',
    [
      'esr',
      'erythrocyte sedimentation rate',
      'erythrocyte sediment rate',
      'sedimentation rate',
      'sed rate',
      'vsg',
    ],
    '30341-2',
  ),
  l('CRP', ['crp', 'c reactive protein', 'c reactive proteins'], '1988-5'),
  l(
    'WBC',
    [
      'wbc',
      'white cell count',
      'white blood cell count',
      'white blood cells',
      'white cells',
      'leukocytes',
      'leukocyte count',
      'wcc',
      'white count',
    ],
    '6690-2',
  ),
  l('creatinine', ['creatinine', 'serum creatinine'], '2160-0'),
  l('haemoglobin', ['haemoglobin', 'hemoglobin', 'hb', 'hgb']),
  l('platelets', ['platelets', 'platelet count', 'plt']),
  l('ferritin', ['ferritin'], '2276-4'),
  l('troponin', ['troponin', 'troponin t', 'troponin i']),
  l('myoglobin', ['myoglobin']),
  l('CEA', ['cea', 'carcinoembryonic antigen'], '2039-6'),
  l('CA-125', ['ca 125', 'ca125', 'cancer antigen 125'], '10334-1'),
  l('CA 15-3', ['ca 15 3', 'ca 15.3', 'cancer antigen 15 3']),
  l('CA 19-9', ['ca 19 9', 'ca 19.9']),
  l('PSA', ['psa', 'prostate specific antigen'], '2857-1'),
];
