/**
 * 2017 EULAR/ACR classification criteria for adult and juvenile idiopathic inflammatory myopathies
 * and their major subgroups (Lundberg et al.), as an auditable table.
 *
 * Every row: the paper's item (paraphrased), the points without and with a muscle biopsy, and where it
 * comes from. Interpretation decisions are in `note` and in README.md beside this file.
 * @see {@link https://doi.org/10.1136/annrheumdis-2017-211468 | Lundberg 2017, score table}
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import type { InputDef } from '../../engine/inputs.js';
import { range, yes } from '../../engine/predicates.js';
import type { CriteriaTable } from '../../engine/table.js';

/** The two models: without and with a muscle biopsy. */
export type EularModel = 'no-biopsy' | 'biopsy';

/** Primary source. */
export const EULAR_ACR_2017_SOURCE: Citation = {
  label:
    'Lundberg IE, Tjärnlund A, Bottai M, et al. 2017 EULAR/ACR classification criteria for adult and juvenile idiopathic inflammatory myopathies and their major subgroups. Ann Rheum Dis 2017;76:1955–1964',
  doi: '10.1136/annrheumdis-2017-211468',
  pmid: '29106061',
  locator: 'Table (score points); Figure (classification tree)',
};

/** Logistic constant c in P = 1/(1+exp(c − score)), per model. */
export const LOGISTIC_CONSTANT: Record<EularModel, number> = { 'no-biopsy': 5.33, biopsy: 6.49 };

/**
 * Published score cut-offs per model (possible ≥ 50 %, probable ≥ 55 %, definite ≥ 90 %). The category is
 * decided on these score cut-offs, not on the rounded probability (reference §4 [!] rounding conflict).
 */
export const SCORE_CUTOFFS: Record<EularModel, { possible: number; probable: number; definite: number }> = {
  'no-biopsy': { possible: 5.3, probable: 5.5, definite: 7.5 },
  biopsy: { possible: 6.5, probable: 6.7, definite: 8.7 },
};

/** The calculator inputs: a public contract (see docs/criteria/eular-acr-2017.md). */
export const EULAR_INPUTS: readonly InputDef[] = [
  {
    id: 'age-at-onset',
    label: 'Age at onset of the first symptom',
    description: 'Age in years when the first symptom assumed to be related to the disease began.',
    kind: { type: 'number', min: 0, max: 130, unit: 'years' },
  },
  {
    id: 'proximal-weakness-upper',
    label: 'Proximal upper-limb weakness',
    description: 'Objective symmetric weakness, usually progressive, of the proximal upper extremities.',
    kind: { type: 'tri' },
  },
  {
    id: 'proximal-weakness-lower',
    label: 'Proximal lower-limb weakness',
    description: 'Objective symmetric weakness, usually progressive, of the proximal lower extremities.',
    kind: { type: 'tri' },
  },
  {
    id: 'neck-flexor-weakness',
    label: 'Neck flexors weaker than neck extensors',
    description: 'Neck flexors graded relatively weaker than neck extensors on objective testing.',
    kind: { type: 'tri' },
  },
  {
    id: 'proximal-weaker-than-distal-legs',
    label: 'Legs: proximal weaker than distal',
    description: 'In the legs, proximal muscles graded relatively weaker than distal muscles.',
    kind: { type: 'tri' },
  },
  {
    id: 'heliotrope-rash',
    label: 'Heliotrope rash',
    description:
      'Purple, lilac-coloured or erythematous patches over the eyelids or in a periorbital distribution, often with periorbital oedema.',
    kind: { type: 'tri' },
  },
  {
    id: 'gottron-papules',
    label: "Gottron's papules",
    description:
      'Erythematous to violaceous papules over extensor surfaces of joints, sometimes scaly (finger joints, elbows, knees, malleoli, toes).',
    kind: { type: 'tri' },
  },
  {
    id: 'gottron-sign',
    label: "Gottron's sign",
    description: 'Erythematous to violaceous macules (flat, not palpable) over extensor surfaces of joints.',
    kind: { type: 'tri' },
  },
  {
    id: 'dysphagia',
    label: 'Dysphagia or oesophageal dysmotility',
    description: 'Difficulty in swallowing or objective evidence of abnormal oesophageal motility.',
    kind: { type: 'tri' },
  },
  {
    id: 'anti-jo1',
    label: 'Anti-Jo-1 antibody',
    description:
      'Anti-Jo-1 (anti-histidyl-tRNA synthetase) autoantibody positive by a standardised, validated test.',
    kind: { type: 'tri' },
  },
  {
    id: 'elevated-muscle-enzymes',
    label: 'Elevated CK, LDH, AST or ALT',
    description:
      'The most abnormal serum creatine kinase, lactate dehydrogenase, aspartate or alanine aminotransferase during the disease course above the upper limit of normal.',
    kind: { type: 'tri' },
  },
  {
    id: 'finger-flexor-weakness',
    label: 'Finger-flexor weakness',
    description:
      'Weakness of the finger flexors (used only in the subgroup tree, for inclusion body myositis).',
    kind: { type: 'tri' },
  },
  {
    id: 'muscle-biopsy',
    label: 'Muscle biopsy',
    description: 'Whether a muscle biopsy was done: selects the model with biopsy.',
    kind: { type: 'enum', values: ['done', 'not-done'] },
    default: 'not-done',
  },
  {
    id: 'biopsy-endomysial-infiltrate',
    label: 'Endomysial infiltrate',
    description: 'Endomysial infiltration of mononuclear cells surrounding, but not invading, myofibres.',
    kind: { type: 'tri' },
  },
  {
    id: 'biopsy-perimysial-perivascular-infiltrate',
    label: 'Perimysial and/or perivascular infiltrate',
    description: 'Perimysial and/or perivascular infiltration of mononuclear cells.',
    kind: { type: 'tri' },
  },
  {
    id: 'biopsy-perifascicular-atrophy',
    label: 'Perifascicular atrophy',
    description: 'Several rows of muscle fibres smaller in the perifascicular region than more centrally.',
    kind: { type: 'tri' },
  },
  {
    id: 'biopsy-rimmed-vacuoles',
    label: 'Rimmed vacuoles',
    description: 'Rimmed vacuoles: bluish on haematoxylin-eosin, reddish on modified Gomori trichrome.',
    kind: { type: 'tri' },
  },
  {
    id: 'treatment-response',
    label: 'Response to treatment',
    description:
      'Whether the myositis improved with immunosuppressive treatment (used only in the subgroup tree).',
    kind: { type: 'enum', values: ['improved', 'not-improved'] },
  },
];

/** The score table. */
export const EULAR_ACR_2017: CriteriaTable<EularModel> = {
  id: 'eular-acr-2017',
  title: '2017 EULAR/ACR classification criteria for idiopathic inflammatory myopathies',
  version: '2017',
  source: EULAR_ACR_2017_SOURCE,
  intendedUse:
    'Classification (not diagnosis) of IIM, applied only when there is no better explanation for the symptoms and signs.',
  models: ['no-biopsy', 'biopsy'],
  domains: [
    {
      id: 'age',
      label: 'Age of onset of first symptom assumed to be related to the disease',
      exclusive: true,
    },
    { id: 'weakness', label: 'Muscle weakness' },
    { id: 'skin', label: 'Skin manifestations' },
    { id: 'other-clinical', label: 'Other clinical manifestations' },
    { id: 'laboratory', label: 'Laboratory measurements' },
    { id: 'biopsy', label: 'Muscle biopsy features' },
  ],
  items: [
    {
      id: 'age-18-to-40',
      label: 'Age at onset ≥ 18 and < 40 years',
      domain: 'age',
      test: range('age-at-onset', 18, 40),
      points: { 'no-biopsy': 1.3, biopsy: 1.5 },
      cite: 'Table, age row 1',
      note: 'Age < 18 scores 0.',
    },
    {
      id: 'age-40-or-more',
      label: 'Age at onset ≥ 40 years',
      domain: 'age',
      test: range('age-at-onset', 40),
      points: { 'no-biopsy': 2.1, biopsy: 2.2 },
      cite: 'Table, age row 2',
    },
    {
      id: 'proximal-weakness-upper',
      label: 'Objective symmetric weakness, usually progressive, of the proximal upper extremities',
      domain: 'weakness',
      test: yes('proximal-weakness-upper'),
      points: { 'no-biopsy': 0.7, biopsy: 0.7 },
      cite: 'Table, muscle weakness row 1',
    },
    {
      id: 'proximal-weakness-lower',
      label: 'Objective symmetric weakness, usually progressive, of the proximal lower extremities',
      domain: 'weakness',
      test: yes('proximal-weakness-lower'),
      points: { 'no-biopsy': 0.8, biopsy: 0.5 },
      cite: 'Table, muscle weakness row 2',
    },
    {
      id: 'neck-flexor-weakness',
      label: 'Neck flexors relatively weaker than neck extensors',
      domain: 'weakness',
      test: yes('neck-flexor-weakness'),
      points: { 'no-biopsy': 1.9, biopsy: 1.6 },
      cite: 'Table, muscle weakness row 3',
    },
    {
      id: 'proximal-weaker-than-distal-legs',
      label: 'In the legs, proximal muscles relatively weaker than distal muscles',
      domain: 'weakness',
      test: yes('proximal-weaker-than-distal-legs'),
      points: { 'no-biopsy': 0.9, biopsy: 1.2 },
      cite: 'Table, muscle weakness row 4',
    },
    {
      id: 'heliotrope-rash',
      label: 'Heliotrope rash',
      domain: 'skin',
      test: yes('heliotrope-rash'),
      points: { 'no-biopsy': 3.1, biopsy: 3.2 },
      cite: 'Table, skin row 1',
    },
    {
      id: 'gottron-papules',
      label: "Gottron's papules",
      domain: 'skin',
      test: yes('gottron-papules'),
      points: { 'no-biopsy': 2.1, biopsy: 2.7 },
      cite: 'Table, skin row 2',
      note: 'Papules and macules are separate items; both can score when both lesion types are present (reference §2 [R]).',
    },
    {
      id: 'gottron-sign',
      label: "Gottron's sign",
      domain: 'skin',
      test: yes('gottron-sign'),
      points: { 'no-biopsy': 3.3, biopsy: 3.7 },
      cite: 'Table, skin row 3',
    },
    {
      id: 'dysphagia',
      label: 'Dysphagia or oesophageal dysmotility',
      domain: 'other-clinical',
      test: yes('dysphagia'),
      points: { 'no-biopsy': 0.7, biopsy: 0.6 },
      cite: 'Table, other clinical row 1',
    },
    {
      id: 'anti-jo1',
      label: 'Anti-Jo-1 (anti-histidyl-tRNA synthetase) autoantibody present',
      domain: 'laboratory',
      test: yes('anti-jo1'),
      points: { 'no-biopsy': 3.9, biopsy: 3.8 },
      cite: 'Table, laboratory row 1',
    },
    {
      id: 'elevated-muscle-enzymes',
      label: 'Elevated serum CK, LDH, AST or ALT (most abnormal value during the disease course)',
      domain: 'laboratory',
      test: yes('elevated-muscle-enzymes'),
      points: { 'no-biopsy': 1.3, biopsy: 1.4 },
      cite: 'Table, laboratory row 2',
    },
    {
      id: 'biopsy-endomysial-infiltrate',
      label: 'Endomysial infiltration of mononuclear cells surrounding, but not invading, myofibres',
      domain: 'biopsy',
      test: yes('biopsy-endomysial-infiltrate'),
      points: { 'no-biopsy': null, biopsy: 1.7 },
      cite: 'Table, muscle biopsy row 1',
    },
    {
      id: 'biopsy-perimysial-perivascular-infiltrate',
      label: 'Perimysial and/or perivascular infiltration of mononuclear cells',
      domain: 'biopsy',
      test: yes('biopsy-perimysial-perivascular-infiltrate'),
      points: { 'no-biopsy': null, biopsy: 1.2 },
      cite: 'Table, muscle biopsy row 2',
    },
    {
      id: 'biopsy-perifascicular-atrophy',
      label: 'Perifascicular atrophy',
      domain: 'biopsy',
      test: yes('biopsy-perifascicular-atrophy'),
      points: { 'no-biopsy': null, biopsy: 1.9 },
      cite: 'Table, muscle biopsy row 3',
    },
    {
      id: 'biopsy-rimmed-vacuoles',
      label: 'Rimmed vacuoles',
      domain: 'biopsy',
      test: yes('biopsy-rimmed-vacuoles'),
      points: { 'no-biopsy': null, biopsy: 3.1 },
      cite: 'Table, muscle biopsy row 4',
    },
  ],
  deviations: [
    'Category is decided on the published score cut-offs (5.3/5.5/7.5 without biopsy, 6.5/6.7/8.7 with); the formula probability is shown alongside. With c = 5.33, scores of exactly 5.3, 5.5 and 7.5 give 49.3 %, 54.2 % and 89.8 %.',
    'Logistic constants 5.33 / 6.49 are recalled from the table footnote and consistent with every published cut-off; not re-read in the primary paper.',
    'Rash gate, stricter reading: without a rash item met, classification needs a biopsy with at least one histology item met; otherwise not-classifiable.',
  ],
};
