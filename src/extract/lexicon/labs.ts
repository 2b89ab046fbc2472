/**
 * Laboratory analytes. `value` is the canonical analyte of src/facts/names.ts; LOINC codes are the
 * common serum/plasma codes, given only where the curator is confident of them.
 * @module
 */
import type { Concept } from './types.js';

/**
 * A lab concept. `uln` is a typical adult upper limit of normal, used only to settle a number that reads two
 * ways ("1.679" = 1.679 or 1,679) against a stated interpretation ("increased"); never as a reference range.
 */
const l = (value: string, terms: string[], loinc?: string, uln?: number): Concept => ({
  id: `lab:${value}`,
  kind: 'lab',
  value,
  terms,
  ...(loinc ? { codes: { loinc } } : {}),
  ...(uln !== undefined ? { attrs: { uln: String(uln) } } : {}),
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
      'ck total',
      'cpk total',
      'total ck',
      'creatine kinase total',
    ],
    '2157-6',
    200,
  ),
  l('ALT', ['alt', 'alanine aminotransferase', 'alanine transaminase', 'gpt', 'sgpt', 'alat'], '1742-6', 40),
  l('AST', ['ast', 'aspartate aminotransferase', 'aspartate transaminase', 'sgot', 'asat'], '1920-8', 40),
  l('LDH', ['ldh', 'lactate dehydrogenase', 'lactic dehydrogenase', 'ld'], '2532-0', 250),
  l('aldolase', ['aldolase', 'serum aldolase', 'aldolase a'], undefined, 7.6),
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
    20,
  ),
  l('CRP', ['crp', 'c reactive protein', 'c reactive proteins', 'c reactive peptide'], '1988-5', 5),
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
  l('haemoglobin', ['haemoglobin', 'hemoglobin', 'hb', 'hgb'], '718-7'),
  l('platelets', ['platelets', 'platelet count', 'plt'], '777-3'),
  l('ferritin', ['ferritin', 'serum ferritin'], '2276-4', 300),
  l('troponin', ['troponin']),
  l('troponin T', ['troponin t', 'hs troponin t', 'cardiac troponin t', 'tnt'], '6598-7'),
  l('troponin I', ['troponin i', 'hs troponin i', 'cardiac troponin i', 'tni'], '10839-9'),
  l('myoglobin', ['myoglobin']),
  l('TSH', ['tsh', 'thyroid stimulating hormone', 'thyrotropin'], '3016-3', 4.5),
  l('free T4', ['free t4', 'ft4', 'free thyroxine'], undefined, 22),
  l('free T3', ['free t3', 'ft3', 'free triiodothyronine'], undefined, 6.8),
  l('KL-6', ['kl 6', 'krebs von den lungen 6', 'krebs von den lungen'], undefined, 500),
  l('ACE', ['ace', 'angiotensin converting enzyme', 'serum ace'], '2742-1'),
  l('calcium', ['calcium', 'serum calcium', 'corrected calcium'], '17861-6'),
  l('albumin', ['albumin', 'serum albumin'], '1751-7'),
  l('alkaline phosphatase', ['alkaline phosphatase', 'alp'], '6768-6'),
  l('25-hydroxyvitamin D', [
    '25 hydroxyvitamin d',
    '25 oh vitamin d',
    '25 oh d',
    'vitamin d',
    '25 hydroxy vitamin d',
  ]),
  l('GGT', ['ggt', 'gamma glutamyl transferase', 'gamma gt'], '2324-2'),
  l('bilirubin', ['bilirubin', 'total bilirubin'], '1975-2'),
  l('potassium', ['potassium'], '2823-3'),
  l('sodium', ['sodium'], '2951-2'),
  l('urea', ['urea', 'blood urea nitrogen', 'bun'], '3094-0'),
  l('IgG', ['igg level', 'serum igg', 'immunoglobulin g']),
  l('CEA', ['cea', 'carcinoembryonic antigen'], '2039-6'),
  l('CA-125', ['ca 125', 'ca125', 'cancer antigen 125'], '10334-1'),
  l('CA 15-3', ['ca 15 3', 'ca 15.3', 'cancer antigen 15 3']),
  l('CA 19-9', ['ca 19 9', 'ca 19.9']),
  l('PSA', ['psa', 'prostate specific antigen'], '2857-1'),
];
