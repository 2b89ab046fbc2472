/**
 * Graus 2004 diagnostic criteria for paraneoplastic neurological syndromes (PNS), as an auditable table.
 * Dermatomyositis is one of the 2004 "classical" syndromes. Onconeural antibodies are neuronal
 * antibodies (anti-Hu, Yo, CV2/CRMP5, Ri, Ma2, amphiphysin …); myositis antibodies are never fed here.
 * @see {@link https://doi.org/10.1136/jnnp.2003.034447 | Graus 2004, J Neurol Neurosurg Psychiatry 75:1135}
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import type { InputDef } from '../../engine/inputs.js';
import { all, any, equals, yes } from '../../engine/predicates.js';
import type { CriteriaTable } from '../../engine/table.js';

/** Primary source. */
export const PNS_2004_SOURCE: Citation = {
  label:
    'Graus F, Delattre JY, Antoine JC, et al. Recommended diagnostic criteria for paraneoplastic neurological syndromes. J Neurol Neurosurg Psychiatry 2004;75:1135–1140',
  doi: '10.1136/jnnp.2003.034447',
  pmid: '15258215',
  locator: 'Box: definite and possible PNS',
};

/** Well-characterised onconeural antibodies (definite criterion 4). */
export const WELL_CHARACTERISED_ONCONEURAL = [
  'Hu',
  'Yo',
  'CV2',
  'CRMP5',
  'Ri',
  'Ma2',
  'amphiphysin',
] as const;
/** Partially characterised onconeural antibodies. */
export const PARTIALLY_CHARACTERISED_ONCONEURAL = ['Tr', 'Zic4', 'mGluR1', 'ANNA-3', 'PCA-2'] as const;

/** Calculator inputs (public contract). */
export const PNS_2004_INPUTS: readonly InputDef[] = [
  {
    id: 'classical-syndrome',
    label: 'Classical syndrome',
    description:
      'A 2004 "classical" syndrome: encephalomyelitis, limbic encephalitis, subacute cerebellar degeneration, opsoclonus–myoclonus, subacute sensory neuronopathy, chronic GI pseudo-obstruction, Lambert–Eaton syndrome, or dermatomyositis.',
    kind: { type: 'enum', values: ['yes', 'no'] },
  },
  {
    id: 'onconeural-antibody',
    label: 'Onconeural antibody',
    description:
      'Best onconeural antibody result: well-characterised (Hu, Yo, CV2/CRMP5, Ri, Ma2, amphiphysin), partially-characterised (Tr, Zic4, mGluR1, ANNA-3, PCA-2) or none (tested negative). Myositis antibodies (TIF1γ, NXP2 …) are NOT onconeural antibodies.',
    kind: { type: 'enum', values: ['well-characterised', 'partially-characterised', 'none'] },
  },
  {
    id: 'cancer',
    label: 'Cancer found',
    description: 'A cancer has been diagnosed (no = searched for and not found).',
    kind: { type: 'tri' },
  },
  {
    id: 'years-from-syndrome-to-cancer',
    label: 'Years from syndrome to cancer',
    description:
      'Signed years from the diagnosis of the syndrome to the cancer diagnosis; negative when the cancer came first.',
    kind: { type: 'number', min: -100, max: 100, unit: 'years' },
  },
  {
    id: 'improved-after-cancer-treatment-without-immunotherapy',
    label: 'Improved after cancer treatment alone',
    description:
      'The syndrome resolved or clearly improved after cancer treatment without concomitant immunotherapy.',
    kind: { type: 'tri' },
  },
  {
    id: 'prone-to-spontaneous-remission',
    label: 'Syndrome prone to spontaneous remission',
    description: 'The syndrome is one that can remit spontaneously (this voids definite criterion 2).',
    kind: { type: 'tri' },
  },
  {
    id: 'high-tumour-risk',
    label: 'High risk of an underlying tumour',
    description:
      'High risk of an underlying tumour (possible criterion 1), e.g. an IMACS high-risk profile for dermatomyositis.',
    kind: { type: 'tri' },
  },
];

/** Derived yes/no/unknown facts the rows read, computed by {@link derivePns2004Values}. */
export const PNS_2004_DERIVED = ['cancer-within-5-years', 'cancer-within-2-years', 'no-cancer'] as const;

const classical = yes('classical-syndrome');
const nonClassical = equals('classical-syndrome', 'no');
const anyOnconeural = any(
  equals('onconeural-antibody', 'well-characterised'),
  equals('onconeural-antibody', 'partially-characterised'),
);

/** The criteria table: derived rows, then the four definite and three possible rules (1 = rule met). */
export const PNS_2004: CriteriaTable<'rule'> = {
  id: 'pns-2004',
  title: 'Graus 2004 diagnostic criteria for paraneoplastic neurological syndromes',
  version: '2004',
  source: PNS_2004_SOURCE,
  intendedUse:
    'Diagnostic levels of a paraneoplastic syndrome. Dermatomyositis is a classical syndrome in the 2004 list.',
  models: ['rule'],
  domains: [
    { id: 'timing', label: 'Derived timing facts' },
    { id: 'definite', label: 'Definite PNS (any one)' },
    { id: 'possible', label: 'Possible PNS (any one)' },
  ],
  items: [
    {
      id: 'cancer-within-5-years',
      label: 'Cancer within 5 years of the syndrome',
      domain: 'timing',
      test: yes('cancer-within-5-years'),
      points: { rule: 0 },
      cite: 'Definite criteria 1 and 3',
      note: '|interval| ≤ 5 y: both directions (reference decision, as the leiomyosarcoma case authors apply it).',
    },
    {
      id: 'cancer-within-2-years',
      label: 'Cancer within 2 years of the syndrome',
      domain: 'timing',
      test: yes('cancer-within-2-years'),
      points: { rule: 0 },
      cite: 'Possible criterion 3',
      note: '|interval| ≤ 2 y: both directions (reference decision).',
    },
    {
      id: 'definite-1',
      label: 'Classical syndrome and cancer within 5 years',
      domain: 'definite',
      test: all(classical, yes('cancer-within-5-years')),
      points: { rule: 1 },
      cite: 'Definite 1',
    },
    {
      id: 'definite-2',
      label:
        'Non-classical syndrome that resolves or clearly improves after cancer treatment without immunotherapy, not prone to spontaneous remission',
      domain: 'definite',
      test: all(
        nonClassical,
        yes('improved-after-cancer-treatment-without-immunotherapy'),
        equals('prone-to-spontaneous-remission', 'no'),
      ),
      points: { rule: 1 },
      cite: 'Definite 2',
    },
    {
      id: 'definite-3',
      label: 'Non-classical syndrome with onconeural antibodies and cancer within 5 years',
      domain: 'definite',
      test: all(nonClassical, anyOnconeural, yes('cancer-within-5-years')),
      points: { rule: 1 },
      cite: 'Definite 3',
      note: 'Well or partially characterised antibodies both qualify.',
    },
    {
      id: 'definite-4',
      label: 'Any syndrome with a well-characterised onconeural antibody (with or without cancer)',
      domain: 'definite',
      test: equals('onconeural-antibody', 'well-characterised'),
      points: { rule: 1 },
      cite: 'Definite 4',
    },
    {
      id: 'possible-1',
      label: 'Classical syndrome, no onconeural antibodies, no cancer, high tumour risk',
      domain: 'possible',
      test: all(classical, equals('onconeural-antibody', 'none'), yes('no-cancer'), yes('high-tumour-risk')),
      points: { rule: 1 },
      cite: 'Possible 1',
      note: '"No onconeural antibodies" requires a negative test; untested stays unknown.',
    },
    {
      id: 'possible-2',
      label: 'Any syndrome with partially characterised onconeural antibodies and no cancer',
      domain: 'possible',
      test: all(equals('onconeural-antibody', 'partially-characterised'), yes('no-cancer')),
      points: { rule: 1 },
      cite: 'Possible 2',
    },
    {
      id: 'possible-3',
      label: 'Non-classical syndrome, no onconeural antibodies, cancer within 2 years',
      domain: 'possible',
      test: all(nonClassical, equals('onconeural-antibody', 'none'), yes('cancer-within-2-years')),
      points: { rule: 1 },
      cite: 'Possible 3',
    },
  ],
  deviations: [
    'The 5- and 2-year windows are applied in both directions (cancer before or after the syndrome): the 2004 wording is forward-looking; reference decision in pns-criteria.md §A3.',
    'Myositis-specific antibodies are never read as onconeural antibodies.',
  ],
};
