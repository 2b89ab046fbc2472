/**
 * Probability of an underlying cancer in adult dermatomyositis: a transparent Bayesian update of a
 * pre-test probability by antibody results with published likelihood ratios. Only anti-TIF1γ has
 * usable LRs in the reference; relative risks and odds ratios are not likelihood ratios and are not used.
 * @see {@link https://doi.org/10.1002/art.33379 | Trallero-Araguás 2012, Arthritis Rheum 64:523}
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import { InputError, issue } from '../../core/issues.js';
import type { Tri } from '../../core/tri.js';

/** Default pre-test probability for adult DM (pooled prevalence, Trallero-Araguás 2012). */
export const DEFAULT_PRETEST = 0.17;
/** The editable range of the pre-test probability (reference §5). */
export const PRETEST_RANGE = { min: 0.1, max: 0.3 } as const;

/** A likelihood-ratio row, as data. */
export interface LikelihoodRatioDef {
  antibody: string;
  lrPositive: number;
  lrNegative: number;
  ciPositive: [number, number];
  ciNegative: [number, number];
  cite: string;
}

/** Antibodies with likelihood ratios for cancer in adult DM. */
export const LIKELIHOOD_RATIOS: readonly LikelihoodRatioDef[] = [
  {
    antibody: 'TIF1-gamma',
    lrPositive: 6.79,
    lrNegative: 0.25,
    ciPositive: [4.11, 11.23],
    ciNegative: [0.08, 0.76],
    cite: 'Trallero-Araguás 2012 meta-analysis (6 studies, 312 adult DM): LR+ 6.79, LR− 0.25',
  },
];

/** Antibodies the reference gives only RR/OR/SIR for: listed, never used as LRs. */
export const NOT_USABLE_AS_LR: readonly { antibody: string; figure: string; cite: string }[] = [
  { antibody: 'NXP2', figure: 'RR 1.16 (NS); OR 1.42 (NS); SIR 8.14', cite: 'Oldroyd 2021; Yang 2017' },
  { antibody: 'SAE', figure: 'SIR 12.92; OR 5.3; OR 11.9', cite: 'Yang 2017; Tang 2024; De Santis 2025' },
  { antibody: 'Mi-2', figure: 'RR 1.05 (NS)', cite: 'Oldroyd 2021 Table 1' },
  { antibody: 'MDA5', figure: 'RR 0.17 (NS)', cite: 'Oldroyd 2021 Table 1' },
  { antibody: 'Jo-1', figure: 'RR 0.45', cite: 'Oldroyd 2021 Table 1' },
];

/** Sources. */
export const PROBABILITY_CITATIONS: readonly [Citation, ...Citation[]] = [
  {
    label:
      'Trallero-Araguás E, et al. Usefulness of anti-p155 autoantibody for diagnosing cancer-associated dermatomyositis: a systematic review and meta-analysis. Arthritis Rheum 2012;64:523–532',
    doi: '10.1002/art.33379',
    locator: 'pooled sensitivity 78 %, specificity 89 %, LR+ 6.79, LR− 0.25, prevalence 17 %',
  },
];

/** One update step, in odds. */
export interface ProbabilityStep {
  antibody: string;
  result: 'positive' | 'negative';
  lr: number;
  oddsBefore: number;
  oddsAfter: number;
  probabilityAfter: number;
  cite: string;
}

/** The result. */
export interface CancerProbabilityResult {
  section: 'cancer-probability';
  /** `not-applicable`: juvenile onset, or a subtype other than DM. */
  status: 'estimated' | 'not-applicable';
  reason?: 'juvenile' | 'not-dermatomyositis';
  /** True when the subtype is unknown and adult DM is assumed. */
  assumesAdultDm: boolean;
  /** True when a cancer is already recorded: the estimate answers a question that is settled. */
  cancerKnown: boolean;
  pretest: number;
  pretestOdds: number;
  steps: ProbabilityStep[];
  posterior: number;
  /** Antibodies with results but without LRs (RR/OR only): not used. */
  notUsed: { antibody: string; result: string; figure: string }[];
  citations: Citation[];
}

/** Inputs of the estimate. */
export interface CancerProbabilityInputs {
  /** Pre-test probability (0.10–0.30). */
  pretest?: number;
  /** Antibody results by canonical target (positive / negative / other = ignored). */
  antibodies: Record<string, 'positive' | 'negative' | 'unknown'>;
  /** Adult onset (age ≥ 18): met / not-met / unknown. */
  adultOnset: Tri;
  /** Subtype id (as IMACS), or unknown. */
  subtype: string;
  cancerKnown?: boolean;
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/**
 * Updates the pre-test probability by each antibody with LRs, in odds.
 * @param input - pre-test probability, antibody results, onset and subtype
 * @throws InputError when the pre-test probability is outside 10–30 %
 */
export function estimateCancerProbability(input: CancerProbabilityInputs): CancerProbabilityResult {
  const pretest = input.pretest ?? DEFAULT_PRETEST;
  if (!(pretest >= PRETEST_RANGE.min && pretest <= PRETEST_RANGE.max)) {
    throw new InputError('pre-test probability out of range', [
      issue(
        'value',
        'pretest',
        `pre-test probability ${pretest} is outside ${PRETEST_RANGE.min}–${PRETEST_RANGE.max}`,
      ),
    ]);
  }
  const pretestOdds = pretest / (1 - pretest);
  const notUsed = NOT_USABLE_AS_LR.filter(
    (n) => input.antibodies[n.antibody] === 'positive' || input.antibodies[n.antibody] === 'negative',
  ).map((n) => ({ antibody: n.antibody, result: input.antibodies[n.antibody]!, figure: n.figure }));
  const base = {
    section: 'cancer-probability' as const,
    cancerKnown: input.cancerKnown ?? false,
    pretest,
    pretestOdds: round4(pretestOdds),
    notUsed,
    citations: [...PROBABILITY_CITATIONS],
  };
  const dm = ['dermatomyositis', 'amyopathic-dermatomyositis'];
  if (input.adultOnset === 'not-met')
    return {
      ...base,
      status: 'not-applicable',
      reason: 'juvenile',
      assumesAdultDm: false,
      steps: [],
      posterior: pretest,
    };
  if (input.subtype !== 'unknown' && !dm.includes(input.subtype))
    return {
      ...base,
      status: 'not-applicable',
      reason: 'not-dermatomyositis',
      assumesAdultDm: false,
      steps: [],
      posterior: pretest,
    };
  let odds = pretestOdds;
  const steps: ProbabilityStep[] = [];
  for (const lr of LIKELIHOOD_RATIOS) {
    const r = input.antibodies[lr.antibody];
    if (r !== 'positive' && r !== 'negative') continue;
    const factor = r === 'positive' ? lr.lrPositive : lr.lrNegative;
    const after = odds * factor;
    steps.push({
      antibody: lr.antibody,
      result: r,
      lr: factor,
      oddsBefore: round4(odds),
      oddsAfter: round4(after),
      probabilityAfter: round4(after / (1 + after)),
      cite: lr.cite,
    });
    odds = after;
  }
  return {
    ...base,
    status: 'estimated',
    assumesAdultDm: input.subtype === 'unknown' || input.adultOnset === 'unknown',
    steps,
    posterior: round4(odds / (1 + odds)),
  };
}

/**
 * The posterior's range over the antibodies with likelihood ratios whose result is unknown: each counted
 * negative (min) and positive (max). Equal to the posterior when every such antibody is known.
 * @param r - an estimated result
 */
export function posteriorRange(r: CancerProbabilityResult): { min: number; max: number } {
  const odds = r.pretest / (1 - r.pretest);
  let known = odds;
  for (const s of r.steps) known *= s.lr;
  let lo = known;
  let hi = known;
  for (const lr of LIKELIHOOD_RATIOS) {
    if (r.steps.some((s) => s.antibody === lr.antibody)) continue;
    lo *= lr.lrNegative;
    hi *= lr.lrPositive;
  }
  return { min: round4(lo / (1 + lo)), max: round4(hi / (1 + hi)) };
}
