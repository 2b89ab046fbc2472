/**
 * Cancer histologies and primary sites, and tumour response categories (RECIST 1.1 and prose).
 * @module
 */
import type { Concept } from './types.js';

const h = (value: string, terms: string[], snomed?: string): Concept => ({
  id: `histology:${value}`,
  kind: 'histology',
  value,
  terms: [value, ...terms],
  ...(snomed ? { codes: { snomed } } : {}),
});
const s = (value: string, terms: string[]): Concept => ({
  id: `site:${value}`,
  kind: 'site',
  value,
  terms: [value, ...terms],
});
const r = (value: string, terms: string[]): Concept => ({
  id: `response:${value}`,
  kind: 'response',
  value,
  terms,
});

/** Histology concepts (most specific first does not matter: longest match wins). */
export const HISTOLOGY_CONCEPTS: readonly Concept[] = [
  h('invasive ductal carcinoma', [
    'infiltrating ductal carcinoma',
    'infiltrating duct carcinoma',
    'invasive duct carcinoma',
    'idc',
    'ductal carcinoma',
  ]),
  h('invasive lobular carcinoma', ['infiltrating lobular carcinoma', 'lobular carcinoma']),
  h('ductal carcinoma in situ', ['dcis']),
  h('triple negative breast cancer', ['triple negative breast carcinoma', 'tnbc']),
  h('leiomyosarcoma', ['leiomyosarcomas']),
  h('chondrosarcoma', []),
  h('carcinosarcoma', []),
  h('liposarcoma', []),
  h('rhabdomyosarcoma', []),
  h('osteosarcoma', []),
  h('soft tissue sarcoma', ['sarcoma', 'sarcomas']),
  h('adenocarcinoma', []),
  h('squamous cell carcinoma', ['scc']),
  h('small cell carcinoma', ['small cell lung cancer', 'sclc', 'small cell lung carcinoma']),
  h('non small cell lung cancer', ['nsclc', 'non small cell lung carcinoma']),
  h('nasopharyngeal carcinoma', ['npc', 'nasopharyngeal cancer']),
  h('urothelial carcinoma', ['transitional cell carcinoma']),
  h('hepatocellular carcinoma', ['hcc']),
  h('renal cell carcinoma', ['rcc']),
  h('serous carcinoma', ['high grade serous carcinoma', 'serous adenocarcinoma']),
  h('lymphoma', ['non hodgkin lymphoma', 'hodgkin lymphoma', 'diffuse large b cell lymphoma', 'dlbcl']),
  h('melanoma', []),
  h('mesothelioma', []),
  h('germ cell tumor', ['seminoma']),
  h('carcinoma', []),
  {
    id: 'histology:cancer',
    kind: 'histology',
    value: 'cancer',
    terms: [
      'cancer',
      'malignancy',
      'neoplasm',
      'malignant neoplasm',
      'malignant tumor',
      'tumor',
      'neoplasia',
    ],
    attrs: { generic: 'true' },
  },
];

/** Primary sites. */
export const SITE_CONCEPTS: readonly Concept[] = [
  s('breast', ['mammary']),
  s('lung', ['pulmonary', 'bronchial', 'bronchogenic']),
  s('ovary', ['ovarian', 'ovaries']),
  s('colorectum', ['colon', 'colonic', 'rectum', 'rectal', 'colorectal']),
  s('stomach', ['gastric']),
  s('pancreas', ['pancreatic']),
  s('nasopharynx', ['nasopharyngeal']),
  s('prostate', ['prostatic']),
  s('bladder', ['urinary bladder']),
  s('uterus', ['uterine', 'endometrium', 'endometrial']),
  s('cervix', ['cervical']),
  s('liver', ['hepatic']),
  s('kidney', ['renal']),
  s('esophagus', ['esophageal']),
  s('thyroid', []),
  s('skin', ['cutaneous']),
];

/** Tumour response categories (RECIST 1.1: CR, PR, SD, PD) and prose forms. */
export const RESPONSE_CONCEPTS: readonly Concept[] = [
  r('complete-response', ['complete response', 'complete remission', 'complete metabolic response', 'cr']),
  r('partial-response', [
    'partial response',
    'major partial response',
    'partial remission',
    'partial metabolic response',
    'pr',
  ]),
  r('stable-disease', [
    'stable disease',
    'disease stabilization',
    'stable metastatic disease',
    'overall stable metastatic disease',
    'overall stable disease',
    'sd',
  ]),
  r('progressive-disease', [
    'progressive disease',
    'disease progression',
    'multifocal progression',
    'progression',
    'pd',
  ]),
];
