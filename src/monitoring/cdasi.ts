/**
 * CDASI activity: severity bands and minimal clinically important change, showing both centres'
 * published cut-offs (UPenn 19 vs Stanford 14; MCID 4 vs 5 points) rather than picking one silently.
 * @see {@link https://doi.org/10.1111/bjd.13915 | Anyanwu 2015, Br J Dermatol 173:969–974}
 * @module
 */
import type { Citation } from '../core/evidence.js';

/** Source. */
export const CDASI_SOURCE: Citation = {
  label:
    'Anyanwu CO, Fiorentino DF, Chung L, et al. Validation of the CDASI: characterizing disease severity and assessing responsiveness to clinical change. Br J Dermatol 2015;173:969–974',
  doi: '10.1111/bjd.13915',
  pmid: '25994337',
};

/** Cut-offs as data, one row per centre. */
export const CDASI_CUTOFFS = [
  {
    centre: 'upenn',
    moderateSevereFrom: 19,
    mcidDecrease: 4,
    cite: 'Anyanwu 2015, UPenn cohort; monitoring.md §D',
    note: 'Activity ≥ 19 = moderate/severe, < 19 = mild.',
  },
  {
    centre: 'stanford',
    moderateSevereFrom: 15,
    mcidDecrease: 5,
    cite: 'Anyanwu 2015, Stanford cohort; monitoring.md §D',
    note: 'Activity ≤ 14 = mild, so > 14 (15 on an integer score) = moderate/severe.',
  },
] as const;

/** Severity by one centre. */
export type CdasiSeverity = 'mild' | 'moderate-severe';

/** CDASI severity with both readings and their agreement. */
export interface CdasiSeverityResult {
  activity: number;
  upenn: CdasiSeverity;
  stanford: CdasiSeverity;
  /** `indeterminate` when the two centres disagree (activity 15–18). */
  combined: CdasiSeverity | 'indeterminate';
  citation: Citation;
}

/**
 * Classifies a CDASI activity score (0–100) by both published cut-offs.
 * @param activity - CDASI activity score
 */
export function cdasiSeverity(activity: number): CdasiSeverityResult {
  const [upenn, stanford] = CDASI_CUTOFFS.map((c) =>
    activity >= c.moderateSevereFrom ? 'moderate-severe' : 'mild',
  ) as [CdasiSeverity, CdasiSeverity];
  return {
    activity,
    upenn,
    stanford,
    combined: upenn === stanford ? upenn : 'indeterminate',
    citation: CDASI_SOURCE,
  };
}

/** Change in CDASI activity judged against each centre's MCID. */
export interface CdasiChangeResult {
  baseline: number;
  followup: number;
  /** Decrease (positive = improvement). */
  decrease: number;
  /** Per centre: improved (decrease ≥ MCID), worsened (increase ≥ MCID; extrapolated), or no-change. */
  upenn: 'improved' | 'worsened' | 'no-change';
  stanford: 'improved' | 'worsened' | 'no-change';
  combined: 'improved' | 'worsened' | 'no-change' | 'indeterminate';
  citation: Citation;
}

/**
 * Judges a change in CDASI activity. The MCID was derived for improvement; applying it symmetrically to
 * worsening is a decision (docs/monitoring.md), used only to flag possible flares.
 * @param baseline - earlier activity score
 * @param followup - later activity score
 */
export function cdasiChange(baseline: number, followup: number): CdasiChangeResult {
  const decrease = baseline - followup;
  const [upenn, stanford] = CDASI_CUTOFFS.map((c) =>
    decrease >= c.mcidDecrease ? 'improved' : -decrease >= c.mcidDecrease ? 'worsened' : 'no-change',
  ) as [CdasiChangeResult['upenn'], CdasiChangeResult['upenn']];
  return {
    baseline,
    followup,
    decrease,
    upenn,
    stanford,
    combined: upenn === stanford ? upenn : 'indeterminate',
    citation: CDASI_SOURCE,
  };
}
