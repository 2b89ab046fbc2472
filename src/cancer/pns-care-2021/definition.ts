/**
 * The 2021 PNS-Care score (Graus 2021), as an auditable points table. Dermatomyositis is not a 2021
 * phenotype: for DM (and any myositis) the result is not applicable, with a reason code and no score.
 * @see {@link https://doi.org/10.1212/NXI.0000000000001014 | Graus 2021, Neurol Neuroimmunol Neuroinflamm 8:e1014}
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import type { InputDef } from '../../engine/inputs.js';
import { all, any, equals, range } from '../../engine/predicates.js';
import type { CriteriaTable } from '../../engine/table.js';

/** Primary source. */
export const PNS_CARE_2021_SOURCE: Citation = {
  label:
    'Graus F, Vogrig A, Muñiz-Castrillo S, et al. Updated diagnostic criteria for paraneoplastic neurologic syndromes. Neurol Neuroimmunol Neuroinflamm 2021;8(4):e1014',
  doi: '10.1212/NXI.0000000000001014',
  pmid: '34006622',
  locator: 'PNS-Care Score table',
};

/** Calculator inputs (public contract). */
export const PNS_CARE_2021_INPUTS: readonly InputDef[] = [
  {
    id: 'phenotype',
    label: 'Clinical phenotype',
    description:
      'high-risk (encephalomyelitis, limbic encephalitis, rapidly progressive cerebellar syndrome, opsoclonus–myoclonus, sensory neuronopathy, GI pseudo-obstruction, LEMS), intermediate-risk (e.g. polyradiculoneuropathy, brainstem encephalitis, isolated myelopathy, stiff-person spectrum, Morvan), other (a defined neurological phenotype not in the 2021 lists, 0 points), or dermatomyositis / other-myositis (not 2021 phenotypes: the score is not applicable).',
    kind: {
      type: 'enum',
      values: ['high-risk', 'intermediate-risk', 'other', 'dermatomyositis', 'other-myositis'],
    },
  },
  {
    id: 'antibody',
    label: 'Neural antibody',
    description:
      'high-risk (>70 % cancer: Hu, CV2/CRMP5, SOX1, PCA2, amphiphysin, Ri, Yo, Ma2, Tr, KLHL11), intermediate-risk (30–70 %: AMPAR, GABA-B R, mGluR5, P/Q VGCC, NMDAR), or low-risk-or-negative. Myositis antibodies are not neural antibodies.',
    kind: { type: 'enum', values: ['high-risk', 'intermediate-risk', 'low-risk-or-negative'] },
  },
  {
    id: 'cancer',
    label: 'Cancer',
    description:
      'found-consistent (found and consistent with phenotype/antibody, or inconsistent but antigen expression shown in the tumour), found-inconsistent (found, not consistent, no antigen shown), or not-found.',
    kind: { type: 'enum', values: ['found-consistent', 'found-inconsistent', 'not-found'] },
  },
  {
    id: 'follow-up-years',
    label: 'Follow-up without cancer',
    description: 'Years of follow-up since the syndrome (read when no consistent cancer was found).',
    kind: { type: 'number', min: 0, max: 100, unit: 'years' },
  },
];

/** Category thresholds on the total score, as data. */
export const PNS_CARE_LEVELS: readonly { category: PnsCareCategory; min: number; cite: string }[] = [
  { category: 'definite', min: 8, cite: 'PNS-Care: ≥ 8 definite [R]' },
  { category: 'probable', min: 6, cite: 'PNS-Care: 6–7 probable [V1 authors’ reply]' },
  { category: 'possible', min: 4, cite: 'PNS-Care: 4–5 possible [V1 authors’ reply]' },
  { category: 'non-pns', min: -Infinity, cite: 'PNS-Care: ≤ 3 non-PNS [R]' },
];

/** 2021 levels. */
export type PnsCareCategory = 'definite' | 'probable' | 'possible' | 'non-pns';

const noConsistentCancer = any(equals('cancer', 'not-found'), equals('cancer', 'found-inconsistent'));

/** The points table. Domains are exclusive: one row per component counts. */
export const PNS_CARE_2021: CriteriaTable<'points'> = {
  id: 'pns-care-2021',
  title: 'PNS-Care Score (Graus 2021 updated PNS criteria)',
  version: '2021',
  source: PNS_CARE_2021_SOURCE,
  intendedUse:
    'Diagnostic levels of paraneoplastic neurological syndromes. Dermatomyositis is not a 2021 phenotype: for DM the score is not applicable; use the ±3-year CAM definition, Graus 2004 and IMACS.',
  models: ['points'],
  domains: [
    { id: 'phenotype', label: 'Clinical phenotype', exclusive: true },
    { id: 'antibody', label: 'Antibody', exclusive: true },
    { id: 'cancer', label: 'Cancer', exclusive: true },
  ],
  items: [
    {
      id: 'phenotype-high-risk',
      label: 'High-risk phenotype',
      domain: 'phenotype',
      test: equals('phenotype', 'high-risk'),
      points: { points: 3 },
      cite: 'PNS-Care, phenotype row 1 [V1]',
    },
    {
      id: 'phenotype-intermediate-risk',
      label: 'Intermediate-risk phenotype',
      domain: 'phenotype',
      test: equals('phenotype', 'intermediate-risk'),
      points: { points: 2 },
      cite: 'PNS-Care, phenotype row 2 [V1]',
    },
    {
      id: 'phenotype-other',
      label: 'Defined phenotype not epidemiologically linked to cancer / not in the 2021 lists',
      domain: 'phenotype',
      test: equals('phenotype', 'other'),
      points: { points: 0 },
      cite: 'PNS-Care, phenotype row 3 [R]',
      note: 'Dermatomyositis is not scored here: it is not a 2021 phenotype (pns-criteria.md §B3), so the result is not applicable.',
    },
    {
      id: 'antibody-high-risk',
      label: 'High-risk antibody (> 70 % cancer association)',
      domain: 'antibody',
      test: equals('antibody', 'high-risk'),
      points: { points: 3 },
      cite: 'PNS-Care, antibody row 1 [V1]',
    },
    {
      id: 'antibody-intermediate-risk',
      label: 'Intermediate-risk antibody (30–70 %)',
      domain: 'antibody',
      test: equals('antibody', 'intermediate-risk'),
      points: { points: 2 },
      cite: 'PNS-Care, antibody row 2 [V1]',
    },
    {
      id: 'antibody-low-or-negative',
      label: 'Low-risk antibody (< 30 %) or negative',
      domain: 'antibody',
      test: equals('antibody', 'low-risk-or-negative'),
      points: { points: 0 },
      cite: 'PNS-Care, antibody row 3 [V1]',
    },
    {
      id: 'cancer-found-consistent',
      label: 'Cancer found, consistent with phenotype/antibody (or antigen shown in the tumour)',
      domain: 'cancer',
      test: equals('cancer', 'found-consistent'),
      points: { points: 4 },
      cite: 'PNS-Care, cancer row 1 [V1]',
    },
    {
      id: 'cancer-not-found-under-2y',
      label: 'Cancer not found (or inconsistent), follow-up < 2 years',
      domain: 'cancer',
      test: all(noConsistentCancer, range('follow-up-years', 0, 2)),
      points: { points: 1 },
      cite: 'PNS-Care, cancer row 2 [V1]',
      note: 'Follow-up of exactly 2 years scores 0.',
    },
    {
      id: 'cancer-not-found-2y-or-more',
      label: 'Cancer not found, follow-up ≥ 2 years',
      domain: 'cancer',
      test: all(noConsistentCancer, range('follow-up-years', 2)),
      points: { points: 0 },
      cite: 'PNS-Care, cancer row 3 [V1]',
    },
  ],
  deviations: [
    'Opsoclonus–myoclonus may be definite without an antibody in the 2021 paper; this table does not model that exception (not relevant to dermatomyositis).',
    'The ≥ 8 and ≤ 3 thresholds and the "0 for non-cancer phenotype" row are recalled [R], not re-verified.',
  ],
};
