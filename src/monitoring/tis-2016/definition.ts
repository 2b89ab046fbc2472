/**
 * 2016 ACR/EULAR criteria for minimal, moderate and major clinical response in adult DM/PM: the Total
 * Improvement Score (TIS) as data. Points per core-set measure by improvement band; improvement is the
 * absolute percent change relative to the instrument's range (enzymes: relative change, see note).
 * @see {@link https://doi.org/10.1002/art.40064 | Aggarwal 2017, Arthritis Rheumatol 69:898–910}
 * @module
 */
import type { Citation } from '../../core/evidence.js';

/** Primary source (published jointly in ARD and A&R). */
export const TIS_2016_SOURCE: Citation = {
  label:
    'Aggarwal R, Rider LG, Ruperto N, et al. 2016 American College of Rheumatology/European League Against Rheumatism criteria for minimal, moderate, and major clinical response in adult dermatomyositis and polymyositis. Arthritis Rheumatol 2017;69:898–910; Ann Rheum Dis 2017;76:792–801',
  doi: '10.1002/art.40064',
  locator: 'conjoint-analysis model, points table',
};

/** How a measure's improvement is computed. */
export type TisMethod = 'absolute-lower-better' | 'absolute-higher-better' | 'relative-to-uln';

/** One core-set measure row. */
export interface TisMeasure {
  id: 'physician-global' | 'patient-global' | 'mmt' | 'haq' | 'enzyme' | 'extramuscular';
  label: string;
  method: TisMethod;
  /** Instrument range for the absolute percent change (MMT: the maximum given, 80 or 150). */
  range: number | 'mmt-max';
  /** Upper edges (percent improvement) of bands 0–3; band 4 is above the last edge. A value equal to an edge falls in the lower band. */
  bandEdges: readonly [number, number, number, number];
  /** Points for bands 0 (worsening to ≤ first edge) … 4. */
  points: readonly [number, number, number, number, number];
  cite: string;
  note?: string;
}

const STD = [5, 15, 25, 40] as const;
const MMT = [2, 10, 20, 30] as const;
const CITE = 'Aggarwal 2017, conjoint-analysis points table; monitoring.md §C';

/**
 * The points table. Values are tagged [R] in monitoring.md (recalled, to be re-verified against the
 * paper); integrity check: the top band sums to exactly 100 (tested).
 */
export const TIS_MEASURES: readonly TisMeasure[] = [
  {
    id: 'physician-global',
    label: 'Physician global activity (VAS 0–10 cm)',
    method: 'absolute-lower-better',
    range: 10,
    bandEdges: STD,
    points: [0, 7.5, 15, 17.5, 20],
    cite: CITE,
    note: 'Likert 0–4 ratings are converted to the 0–10 range (× 2.5) so the percent of range is the same.',
  },
  {
    id: 'patient-global',
    label: 'Patient global activity (VAS 0–10 cm)',
    method: 'absolute-lower-better',
    range: 10,
    bandEdges: STD,
    points: [0, 2.5, 5, 7.5, 10],
    cite: CITE,
  },
  {
    id: 'mmt',
    label: 'Manual muscle testing (MMT-8, max 80 or 150)',
    method: 'absolute-higher-better',
    range: 'mmt-max',
    bandEdges: MMT,
    points: [0, 10, 20, 27.5, 32.5],
    cite: CITE,
  },
  {
    id: 'haq',
    label: 'HAQ disability index (0–3)',
    method: 'absolute-lower-better',
    range: 3,
    bandEdges: STD,
    points: [0, 5, 7.5, 7.5, 10],
    cite: CITE,
  },
  {
    id: 'enzyme',
    label: 'Most abnormal muscle enzyme',
    method: 'relative-to-uln',
    range: 1,
    bandEdges: STD,
    points: [0, 2.5, 5, 7.5, 7.5],
    cite: CITE,
    note: 'Decision [R]: enzymes have no upper bound, so the change is relative to baseline: values are expressed as multiples of the ULN and floored at 1 × ULN (fluctuation inside the normal range is not improvement); improvement % = (baseline − follow-up) / baseline × 100. Re-verify against the NIEHS calculator.',
  },
  {
    id: 'extramuscular',
    label: 'Extramuscular global activity (MDAAT VAS 0–10 cm)',
    method: 'absolute-lower-better',
    range: 10,
    bandEdges: STD,
    points: [0, 7.5, 12.5, 15, 20],
    cite: CITE,
  },
];

/** Response categories by TIS (adult DM/PM). */
export const TIS_THRESHOLDS = { minimal: 20, moderate: 40, major: 60 } as const;

/** A response category. */
export type TisCategory = 'none' | 'minimal' | 'moderate' | 'major';
