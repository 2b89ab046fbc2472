/**
 * Probability of an underlying cancer in adult dermatomyositis: a transparent Bayesian update of a
 * pre-test probability by antibody results with published likelihood ratios. Only anti-TIF1γ has
 * usable LRs in the reference; relative risks and odds ratios are not likelihood ratios and are not used.
 * @see {@link https://doi.org/10.1002/art.33379 | Trallero-Araguás 2012, Arthritis Rheum 64:523}
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import { InputError, issue, type Issue } from '../../core/issues.js';
import type { Tri } from '../../core/tri.js';

/** Default pre-test probability for adult DM (pooled prevalence, Trallero-Araguás 2012). */
export const DEFAULT_PRETEST = 0.17;
/**
 * The editable range of the pre-test probability. Decision (docs/cancer-association.md §2): from 5 %, the
 * lowest cancer rate of a published DM cohort in the reference (Penn DM cohort, 4.9 % within 3 years), to
 * 30 %, the top of the published adult-DM range (9.4–30 %). The reference recommends 10–30 %; the lower
 * bound is widened to cover the Penn and Italian (9.2 %) validation cohorts. Outside it the prior has no
 * DM cohort behind it, and the likelihood ratios were estimated in cohorts with a 17 % prevalence.
 */
export const PRETEST_RANGE = { min: 0.05, max: 0.3 } as const;

/**
 * Checks a pre-test probability against {@link PRETEST_RANGE}.
 * @param value - the probability (0–1)
 * @param path - where it came from, for the issue (`--prior`, `prior`, `pretest`)
 * @returns issues; empty when valid
 */
export function pretestIssues(value: number, path: string): Issue[] {
  if (Number.isFinite(value) && value >= PRETEST_RANGE.min && value <= PRETEST_RANGE.max) return [];
  return [
    issue(
      'value',
      path,
      `pre-test probability ${value} is outside ${PRETEST_RANGE.min}–${PRETEST_RANGE.max} (a probability such as 0.17, not a percentage)`,
    ),
  ];
}

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

/** Why the estimate does not apply. */
export type CancerProbabilityNotApplicableReason =
  /** Juvenile onset: the prior and the LRs come from adult DM cohorts. */
  | 'juvenile'
  /** A subtype other than dermatomyositis (e.g. anti-Jo-1 polymyositis). */
  | 'not-dermatomyositis'
  /** Subtype not established and nothing recorded that suggests DM (no hallmark rash, no DM-specific antibody). */
  | 'dermatomyositis-not-established';

/** The estimate. */
export interface CancerProbabilityEstimate {
  section: 'cancer-probability';
  status: 'estimated';
  /** True when the subtype is unknown and adult DM is assumed. */
  assumesAdultDm: boolean;
  /** True when a cancer is already recorded: the estimate answers a question that is settled. */
  cancerKnown: boolean;
  /** The pre-test probability used. */
  pretest: number;
  /** Whether it is the default (17 %) or given by the user. */
  pretestSource: 'default' | 'user';
  /** The range a user-given pre-test probability must lie in. */
  pretestRange: { min: number; max: number };
  pretestOdds: number;
  steps: ProbabilityStep[];
  posterior: number;
  /** Antibodies with results but without LRs (RR/OR only): not used. */
  notUsed: { antibody: string; result: string; figure: string }[];
  citations: Citation[];
}

/** Not applicable: carries the reason and no number at all (no prior, no posterior). */
export interface CancerProbabilityNotApplicable {
  section: 'cancer-probability';
  status: 'not-applicable';
  reason: CancerProbabilityNotApplicableReason;
  cancerKnown: boolean;
  citations: Citation[];
}

/** The result: an estimate, or not applicable with a reason code. */
export type CancerProbabilityResult = CancerProbabilityEstimate | CancerProbabilityNotApplicable;

/** Inputs of the estimate. */
export interface CancerProbabilityInputs {
  /** Pre-test probability (within {@link PRETEST_RANGE}); the default 17 % when omitted. */
  pretest?: number;
  /** Antibody results by canonical target (positive / negative / other = ignored). */
  antibodies: Record<string, 'positive' | 'negative' | 'unknown'>;
  /** Adult onset (age ≥ 18): met / not-met / unknown. */
  adultOnset: Tri;
  /** Subtype id (as IMACS), or unknown. */
  subtype: string;
  /**
   * Read only when the subtype is unknown: whether anything recorded suggests DM (a hallmark rash, a
   * DM-specific antibody). False → not applicable (`dermatomyositis-not-established`). Default true.
   */
  dmSuggested?: boolean;
  cancerKnown?: boolean;
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/**
 * Updates the pre-test probability by each antibody with LRs, in odds.
 * @param input - pre-test probability, antibody results, onset and subtype
 * @throws InputError when the pre-test probability is outside {@link PRETEST_RANGE}
 */
export function estimateCancerProbability(input: CancerProbabilityInputs): CancerProbabilityResult {
  const pretest = input.pretest ?? DEFAULT_PRETEST;
  const bad = pretestIssues(pretest, 'pretest');
  if (bad.length) throw new InputError('pre-test probability out of range', bad);
  const cancerKnown = input.cancerKnown ?? false;
  const dm = ['dermatomyositis', 'amyopathic-dermatomyositis'];
  const notApplicable = (reason: CancerProbabilityNotApplicableReason): CancerProbabilityNotApplicable => ({
    section: 'cancer-probability',
    status: 'not-applicable',
    reason,
    cancerKnown,
    citations: [...PROBABILITY_CITATIONS],
  });
  if (input.adultOnset === 'not-met') return notApplicable('juvenile');
  if (input.subtype !== 'unknown' && !dm.includes(input.subtype)) return notApplicable('not-dermatomyositis');
  if (input.subtype === 'unknown' && input.dmSuggested === false)
    return notApplicable('dermatomyositis-not-established');
  const pretestOdds = pretest / (1 - pretest);
  const notUsed = NOT_USABLE_AS_LR.filter(
    (n) => input.antibodies[n.antibody] === 'positive' || input.antibodies[n.antibody] === 'negative',
  ).map((n) => ({ antibody: n.antibody, result: input.antibodies[n.antibody]!, figure: n.figure }));
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
    section: 'cancer-probability',
    status: 'estimated',
    assumesAdultDm: input.subtype === 'unknown' || input.adultOnset === 'unknown',
    cancerKnown,
    pretest,
    pretestSource: input.pretest === undefined ? 'default' : 'user',
    pretestRange: { ...PRETEST_RANGE },
    pretestOdds: round4(pretestOdds),
    steps,
    posterior: round4(odds / (1 + odds)),
    notUsed,
    citations: [...PROBABILITY_CITATIONS],
  };
}

/**
 * The posterior's range over the antibodies with likelihood ratios whose result is unknown: each counted
 * negative (min) and positive (max). Equal to the posterior when every such antibody is known.
 * @param r - an estimated result
 */
export function posteriorRange(r: CancerProbabilityEstimate): { min: number; max: number } {
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
