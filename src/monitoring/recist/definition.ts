/**
 * RECIST 1.1 as data: measurability thresholds, target-lesion rules and the overall time-point response
 * table, each row with its source. Evaluated by the generic code in evaluate.ts.
 * @see {@link https://doi.org/10.1016/j.ejca.2008.10.026 | Eisenhauer 2009, RECIST 1.1}
 * @module
 */
import type { Citation } from '../../core/evidence.js';

/** Primary source. */
export const RECIST_SOURCE: Citation = {
  label:
    'Eisenhauer EA, Therasse P, Bogaerts J, et al. New response evaluation criteria in solid tumours: revised RECIST guideline (version 1.1). Eur J Cancer 2009;45:228–247',
  doi: '10.1016/j.ejca.2008.10.026',
  pmid: '19097774',
};

/** Numeric thresholds (monitoring.md §A1–A3). */
export const RECIST_THRESHOLDS = {
  /** Non-nodal target: longest diameter ≥ 10 mm (CT/MRI, slice ≤ 5 mm). */
  nonNodalTargetMinMm: 10,
  /** Nodal target: short axis ≥ 15 mm. */
  nodalTargetMinShortAxisMm: 15,
  /** Pathological node (non-target): short axis 10 to < 15 mm; < 10 mm is normal. */
  nodalPathologicalMinMm: 10,
  maxTargets: 5,
  maxTargetsPerOrgan: 2,
  /** Present but too small to measure: recorded as 5 mm by convention. */
  tooSmallConventionMm: 5,
  /** PR: SoD decrease ≥ 30 % vs baseline. */
  prDecreasePercent: 30,
  /** PD: SoD increase ≥ 20 % vs nadir … */
  pdIncreasePercent: 20,
  /** … and ≥ 5 mm absolute. */
  pdAbsoluteMm: 5,
  /** CR: every target node short axis < 10 mm. */
  crNodeShortAxisBelowMm: 10,
  /** CR/PR confirmation: repeat assessment ≥ 4 weeks later. */
  confirmationDays: 28,
  /** SD must be documented at least this long after baseline (protocol-defined; 6 weeks chosen). */
  sdMinimumDays: 42,
} as const;

/** Target-lesion category. `none` = no target lesions at baseline. */
export type TargetCategory = 'CR' | 'PR' | 'SD' | 'PD' | 'NE' | 'none';
/** Non-target category. `none` = no non-target lesions at baseline. */
export type NonTargetCategory = 'CR' | 'non-CR/non-PD' | 'PD' | 'NE' | 'none';
/** Overall time-point response. */
export type OverallResponse = 'CR' | 'PR' | 'SD' | 'non-CR/non-PD' | 'PD' | 'NE';

/** A rule row: id, the rule in words (paraphrased), where it comes from, and any interpretation decision. */
export interface RecistRule {
  id: string;
  label: string;
  cite: string;
  note?: string;
}

/** Target-lesion rules, in the order they are tested (first match wins). */
export const TARGET_RULES: readonly (RecistRule & { category: TargetCategory })[] = [
  {
    id: 'target.ne',
    category: 'NE',
    label: 'At least one baseline target lesion was not measured at this time point',
    cite: 'RECIST 1.1 §4.3.1 / §4.4',
    note: 'Unless the measured lesions alone already show PD, which is reported as PD.',
  },
  {
    id: 'target.cr',
    category: 'CR',
    label: 'All non-nodal targets gone (0 mm) and every target node short axis < 10 mm',
    cite: 'RECIST 1.1 §4.3.1; monitoring.md §A3',
    note: 'Checked before PD: nodes regrowing but still < 10 mm are normal (CR takes precedence).',
  },
  {
    id: 'target.pd',
    category: 'PD',
    label: 'Sum of diameters ≥ 20 % above the nadir and ≥ 5 mm above it in absolute terms',
    cite: 'RECIST 1.1 §4.3.1; monitoring.md §A3',
    note: 'Nadir = smallest sum recorded before this time point, baseline included.',
  },
  {
    id: 'target.pr',
    category: 'PR',
    label: 'Sum of diameters ≥ 30 % below the baseline sum',
    cite: 'RECIST 1.1 §4.3.1; monitoring.md §A3',
  },
  {
    id: 'target.sd',
    category: 'SD',
    label: 'Neither PR nor PD',
    cite: 'RECIST 1.1 §4.3.1; monitoring.md §A3',
  },
];

/** Non-target rules, in order. */
export const NON_TARGET_RULES: readonly (RecistRule & { category: NonTargetCategory })[] = [
  {
    id: 'non-target.none',
    category: 'none',
    label: 'No non-target lesions at baseline',
    cite: 'RECIST 1.1 §4.3.2',
  },
  {
    id: 'non-target.pd',
    category: 'PD',
    label: 'Unequivocal progression of existing non-target lesions',
    cite: 'RECIST 1.1 §4.3.2; monitoring.md §A4',
    note: 'Recorded by the reader (status unequivocal-progression); the engine does not judge it.',
  },
  {
    id: 'non-target.ne',
    category: 'NE',
    label: 'At least one non-target lesion not evaluated',
    cite: 'RECIST 1.1 §4.3.2',
  },
  {
    id: 'non-target.cr',
    category: 'CR',
    label: 'All non-target lesions gone, nodes < 10 mm, tumour markers normal',
    cite: 'RECIST 1.1 §4.3.2; monitoring.md §A4 and re-check',
    note: 'A node with a short axis < 10 mm is normal and counts as gone whatever status was recorded. When tumour-marker status is not recorded, markers are assumed not followed and do not block CR.',
  },
  {
    id: 'non-target.non-cr-non-pd',
    category: 'non-CR/non-PD',
    label: 'At least one non-target lesion persists and/or a tumour marker is above normal',
    cite: 'RECIST 1.1 §4.3.2; monitoring.md §A4',
  },
];

/** A row of the overall-response table: `*` matches anything. */
export interface OverallRow extends RecistRule {
  target: readonly TargetCategory[] | '*';
  nonTarget: readonly NonTargetCategory[] | '*';
  newLesion: readonly ('yes' | 'no')[] | '*';
  overall: OverallResponse;
}

const NON_PD: readonly NonTargetCategory[] = ['CR', 'non-CR/non-PD', 'NE', 'none'];

/**
 * The overall time-point response table (RECIST 1.1 Tables 1 and 2; monitoring.md §A5). First match wins,
 * so the PD rows come first. Equivocal new lesions count as `no` (flagged in the result).
 */
export const OVERALL_RESPONSE_TABLE: readonly OverallRow[] = [
  {
    id: 'overall.pd-target',
    target: ['PD'],
    nonTarget: '*',
    newLesion: '*',
    overall: 'PD',
    label: 'Target PD',
    cite: 'RECIST 1.1 Table 1',
  },
  {
    id: 'overall.pd-non-target',
    target: '*',
    nonTarget: ['PD'],
    newLesion: '*',
    overall: 'PD',
    label: 'Non-target PD',
    cite: 'RECIST 1.1 Tables 1–2',
  },
  {
    id: 'overall.pd-new-lesion',
    target: '*',
    nonTarget: '*',
    newLesion: ['yes'],
    overall: 'PD',
    label: 'Unequivocal new lesion',
    cite: 'RECIST 1.1 Tables 1–2, §4.3.2',
  },
  {
    id: 'overall.cr',
    target: ['CR'],
    nonTarget: ['CR', 'none'],
    newLesion: ['no'],
    overall: 'CR',
    label: 'Target CR, non-target CR (or none), no new lesion',
    cite: 'RECIST 1.1 Table 1',
  },
  {
    id: 'overall.cr-non-cr',
    target: ['CR'],
    nonTarget: ['non-CR/non-PD'],
    newLesion: ['no'],
    overall: 'PR',
    label: 'Target CR with persisting non-target disease',
    cite: 'RECIST 1.1 Table 1',
  },
  {
    id: 'overall.cr-ne',
    target: ['CR'],
    nonTarget: ['NE'],
    newLesion: ['no'],
    overall: 'PR',
    label: 'Target CR, non-targets not evaluated',
    cite: 'RECIST 1.1 Table 1',
  },
  {
    id: 'overall.pr',
    target: ['PR'],
    nonTarget: NON_PD,
    newLesion: ['no'],
    overall: 'PR',
    label: 'Target PR, non-targets non-PD or not all evaluated',
    cite: 'RECIST 1.1 Table 1',
  },
  {
    id: 'overall.sd',
    target: ['SD'],
    nonTarget: NON_PD,
    newLesion: ['no'],
    overall: 'SD',
    label: 'Target SD, non-targets non-PD or not all evaluated',
    cite: 'RECIST 1.1 Table 1',
  },
  {
    id: 'overall.ne',
    target: ['NE'],
    nonTarget: NON_PD,
    newLesion: ['no'],
    overall: 'NE',
    label: 'Targets not all evaluated, non-targets non-PD',
    cite: 'RECIST 1.1 Table 1',
  },
  {
    id: 'overall.nt-cr',
    target: ['none'],
    nonTarget: ['CR'],
    newLesion: ['no'],
    overall: 'CR',
    label: 'Non-target disease only: CR',
    cite: 'RECIST 1.1 Table 2',
  },
  {
    id: 'overall.nt-non-cr',
    target: ['none'],
    nonTarget: ['non-CR/non-PD'],
    newLesion: ['no'],
    overall: 'non-CR/non-PD',
    label: 'Non-target disease only: non-CR/non-PD',
    cite: 'RECIST 1.1 Table 2',
  },
  {
    id: 'overall.nt-ne',
    target: ['none'],
    nonTarget: ['NE'],
    newLesion: ['no'],
    overall: 'NE',
    label: 'Non-target disease only: not all evaluated',
    cite: 'RECIST 1.1 Table 2',
  },
];

/** Rank for best overall response (higher is better). SD and non-CR/non-PD rank alike. */
export const RESPONSE_RANK: Record<OverallResponse, number> = {
  CR: 5,
  PR: 4,
  SD: 3,
  'non-CR/non-PD': 3,
  PD: 1,
  NE: 0,
};
