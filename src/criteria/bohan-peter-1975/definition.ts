/**
 * Bohan & Peter 1975 criteria for polymyositis and dermatomyositis, as an auditable table.
 * @see {@link https://doi.org/10.1056/NEJM197502132920706 | Bohan & Peter, N Engl J Med 1975;292:344–347}
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import type { InputDef } from '../../engine/inputs.js';
import { yes } from '../../engine/predicates.js';
import type { CriteriaTable } from '../../engine/table.js';

/** Primary source. */
export const BOHAN_PETER_1975_SOURCE: Citation = {
  label:
    'Bohan A, Peter JB. Polymyositis and dermatomyositis (first of two parts). N Engl J Med 1975;292:344–347',
  doi: '10.1056/NEJM197502132920706',
  locator: 'Criteria 1–5 and the definite/probable/possible rules',
};

/** Calculator inputs (public contract). */
export const BOHAN_PETER_INPUTS: readonly InputDef[] = [
  {
    id: 'symmetric-proximal-weakness',
    label: '1. Symmetric proximal muscle weakness',
    description:
      'Symmetric weakness of the limb-girdle muscles and anterior neck flexors, progressing over weeks to months, with or without dysphagia or respiratory-muscle involvement.',
    kind: { type: 'tri' },
  },
  {
    id: 'muscle-biopsy-evidence',
    label: '2. Muscle biopsy evidence of myositis',
    description:
      'Necrosis of type I and II fibres, phagocytosis, degeneration and regeneration, variation in fibre size, mononuclear (often perivascular) infiltrate; perifascicular atrophy also counts.',
    kind: { type: 'tri' },
  },
  {
    id: 'elevated-muscle-enzymes',
    label: '3. Elevated serum skeletal-muscle enzymes',
    description: 'Elevation of CK, and often aldolase, AST, ALT and LDH.',
    kind: { type: 'tri' },
  },
  {
    id: 'myopathic-emg',
    label: '4. Myopathic EMG',
    description:
      'Short, small polyphasic motor-unit potentials; fibrillations, positive sharp waves, insertional irritability; bizarre high-frequency repetitive discharges.',
    kind: { type: 'tri' },
  },
  {
    id: 'typical-rash',
    label: '5. Typical dermatomyositis rash',
    description:
      "Heliotrope discoloration of the eyelids with periorbital oedema; scaly erythematous dermatitis over the dorsum of the hands (Gottron's sign/papules); knees, elbows, medial malleoli, face, neck, upper trunk.",
    kind: { type: 'tri' },
  },
];

/** The criteria table: one point per criterion; the decision rules count them. */
export const BOHAN_PETER_1975: CriteriaTable<'count'> = {
  id: 'bohan-peter-1975',
  title: 'Bohan & Peter criteria for polymyositis and dermatomyositis (1975)',
  version: '1975',
  source: BOHAN_PETER_1975_SOURCE,
  intendedUse:
    'Diagnosis/classification of PM and DM after other myopathies have been excluded (neurological disease, dystrophies, infection, drugs and toxins, metabolic and endocrine myopathies, myasthenia).',
  models: ['count'],
  domains: [
    { id: 'muscle', label: 'Criteria 1–4 (muscle)' },
    { id: 'skin', label: 'Criterion 5 (skin)' },
  ],
  items: [
    {
      id: 'symmetric-proximal-weakness',
      label: 'Symmetric proximal muscle weakness',
      domain: 'muscle',
      test: yes('symmetric-proximal-weakness'),
      points: { count: 1 },
      cite: 'Criterion 1',
    },
    {
      id: 'muscle-biopsy-evidence',
      label: 'Muscle biopsy evidence of myositis',
      domain: 'muscle',
      test: yes('muscle-biopsy-evidence'),
      points: { count: 1 },
      cite: 'Criterion 2',
      note: 'Any listed biopsy abnormality satisfies it; perifascicular atrophy is not required (reference §6 [!]).',
    },
    {
      id: 'elevated-muscle-enzymes',
      label: 'Elevated serum skeletal-muscle enzymes',
      domain: 'muscle',
      test: yes('elevated-muscle-enzymes'),
      points: { count: 1 },
      cite: 'Criterion 3',
    },
    {
      id: 'myopathic-emg',
      label: 'Myopathic EMG',
      domain: 'muscle',
      test: yes('myopathic-emg'),
      points: { count: 1 },
      cite: 'Criterion 4',
    },
    {
      id: 'typical-rash',
      label: 'Typical skin rash of dermatomyositis',
      domain: 'skin',
      test: yes('typical-rash'),
      points: { count: 1 },
      cite: 'Criterion 5',
    },
  ],
  deviations: [
    'The exclusions (other myopathies) are a precondition the user confirms; they are not scored.',
  ],
};

/** The decision rules, as data: category by rash and the count of criteria 1–4. */
export const BOHAN_PETER_RULES: readonly {
  category: BohanPeterCategory;
  rash: boolean;
  minMuscle: number;
  maxMuscle: number;
}[] = [
  { category: 'definite-dm', rash: true, minMuscle: 3, maxMuscle: 4 },
  { category: 'probable-dm', rash: true, minMuscle: 2, maxMuscle: 2 },
  { category: 'possible-dm', rash: true, minMuscle: 1, maxMuscle: 1 },
  { category: 'definite-pm', rash: false, minMuscle: 4, maxMuscle: 4 },
  { category: 'probable-pm', rash: false, minMuscle: 3, maxMuscle: 3 },
  { category: 'possible-pm', rash: false, minMuscle: 2, maxMuscle: 2 },
];

/** Bohan & Peter categories. */
export type BohanPeterCategory =
  'definite-dm' | 'probable-dm' | 'possible-dm' | 'definite-pm' | 'probable-pm' | 'possible-pm' | 'not-met';
