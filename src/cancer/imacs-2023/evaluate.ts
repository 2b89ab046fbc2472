/**
 * Evaluation of the IMACS 2023 risk tier: eligibility, factor statuses (three-valued), the counting
 * rule with its range over unknown factors, red-flag override, panels, repeat schedule and conditional
 * modalities. Dates and the dated plan are in plan.ts.
 * @module
 */
import type { Citation, Evidence } from '../../core/evidence.js';
import { triFromYesNo, type Tri } from '../../core/tri.js';
import type { InputEvidence, InputValue, InputValues } from '../../engine/inputs.js';
import { evalPredicate, predicateInputs } from '../../engine/predicates.js';
import {
  IMACS_2023_SOURCE,
  IMACS_COUNTING_RULE,
  IMACS_DEFAULT_SCHEDULE,
  IMACS_FACTORS,
  IMACS_RED_FLAGS,
  IMACS_SCREENING_ITEMS,
  type FactorDef,
  type FactorLevel,
  type ImacsScheduleConfig,
  type PanelId,
} from './definition.js';

/** Risk tier. `not-applicable`: juvenile onset or diagnosis more than 3 years after onset. */
export type ImacsTier = 'high' | 'moderate' | 'standard' | 'not-applicable';
/** A tier from the counting rule. */
export type CountedTier = Exclude<ImacsTier, 'not-applicable'>;
/** Conditional modalities ("clinicians should consider"). */
export type ConsiderId = 'pet-ct' | 'gi-endoscopy' | 'nasoendoscopy';

/** One factor row with its status. */
export interface ImacsFactorResult {
  id: string;
  domain: FactorDef['domain'];
  label: string;
  level: FactorLevel;
  status: Tri;
  verified: boolean;
  basis: FactorDef['basis'];
  cite: string;
  note?: string;
  evidence: Evidence[];
}

/** Overrides for derived facts decided from case dates. */
export interface ImacsOverrides {
  /** IIM diagnosed within 3 years of symptom onset. */
  withinThreeYears?: Tri;
}

/** The result. */
export interface ImacsResult {
  calculatorId: 'imacs-2023';
  version: '2023';
  eligibility: {
    status: 'eligible' | 'juvenile' | 'beyond-3-years' | 'unknown';
    adultOnset: Tri;
    withinThreeYears: Tri;
    /** Codes: `ibm-not-established` (IBM: no primary statement on screening). */
    notes: string[];
  };
  /** The tier used for screening (not-applicable when not eligible). Unknown factors are counted absent. */
  tier: ImacsTier;
  /** The tier the risk profile gives whatever the eligibility (shown even when a cancer is known). */
  riskProfileTier: CountedTier;
  /** Tier with unknown factors counted absent (min) and present (max). */
  tierRange: { min: CountedTier; max: CountedTier };
  counts: {
    high: number;
    intermediate: number;
    low: number;
    unknownHigh: number;
    unknownIntermediate: number;
  };
  /** Factors present (status met), with their level. */
  factors: { id: string; level: FactorLevel; verified: boolean }[];
  /** Every factor row with its status. */
  factorTable: ImacsFactorResult[];
  /** Panels at diagnosis recommended by the tier. */
  panels: PanelId[];
  /**
   * Panels to consider because of red flags, beyond the tier's panels: the guideline's red-flag
   * recommendation is conditional ("consider screening"), never a requirement.
   */
  considerPanels: PanelId[];
  /** Items of those panels that apply to this patient's sex (both sexes' items when sex is unknown). */
  panelItems: { id: string; panel: PanelId; label: string; sex?: 'female' | 'male'; cite: string }[];
  repeat: { every: 'year'; everyYears: number; forYears: number; panel: PanelId } | null;
  consider: ConsiderId[];
  considerReasons: { id: ConsiderId; reason: string }[];
  /**
   * Red flags: `considerScreening` when any is present, whatever the tier or eligibility; the strength of
   * that recommendation is `conditional` (imacs-2023-cancer-screening.md §2, §6).
   */
  redFlags: { present: string[]; unknown: string[]; considerScreening: boolean; strength: 'conditional' };
  /** Inputs whose value is unknown and that could raise the tier. */
  missing: string[];
  /** A cancer is already known (input `known-cancer`). */
  knownCancer: Tri;
  /**
   * What to do: screen (the tier's panels), consider screening (no routine screening, but red flags: a
   * conditional recommendation), oncological follow-up (known cancer), or no routine screening.
   */
  screening: 'screen' | 'consider-screening' | 'oncological-follow-up' | 'not-required';
  /** False until the factor table is checked against Figure 1 and the 2024 correction. */
  factorListsVerified: false;
  citation: Citation;
}

/**
 * Age at onset > 40 (strict), three-valued.
 * @param age - age at onset in years, or null when unknown
 */
export function ageOver40(age: InputValue): InputValue {
  return typeof age === 'number' ? (age > 40 ? 'yes' : 'no') : 'unknown';
}

/**
 * Applies the counting rule.
 * @param high - number of high-risk factors present
 * @param intermediate - number of intermediate-risk factors present
 */
export function countTier(high: number, intermediate: number): CountedTier {
  return IMACS_COUNTING_RULE.find((r) => high >= r.minHigh && intermediate >= r.minIntermediate)!.tier;
}

/** The inputs each factor's test reads, computed once (the factor table is static). */
const FACTOR_INPUTS: ReadonlyMap<string, readonly string[]> = new Map(
  IMACS_FACTORS.map((f) => [f.id, predicateInputs(f.test)]),
);

/** Evidence of a factor: the evidence of each input it reads, or the input's value when none was given. */
function factorEvidence(ids: readonly string[], ev: InputEvidence, all: InputValues): Evidence[] {
  const out: Evidence[] = [];
  for (const id of ids) {
    const given = ev[id];
    if (given) for (const e of given) out.push(e);
    else out.push({ path: id, value: all[id] ?? null });
  }
  return out;
}

function withinThreeYears(v: InputValue): Tri {
  return typeof v === 'number' ? (v <= 3 ? 'met' : 'not-met') : 'unknown';
}

/**
 * Evaluates the IMACS 2023 risk stratification and screening recommendation.
 * @param values - input values by id (see IMACS_INPUTS)
 * @param evidence - evidence per input, when derived from a case
 * @param overrides - derived facts decided from case dates
 * @param schedule - schedule parameters (default: reference §5)
 */
export function evaluateImacs2023(
  values: InputValues,
  evidence: InputEvidence = {},
  overrides: ImacsOverrides = {},
  schedule: ImacsScheduleConfig = IMACS_DEFAULT_SCHEDULE,
): ImacsResult {
  const age = values['age-at-onset'] ?? null;
  const all: InputValues = { ...values, 'age-over-40': ageOver40(age) };
  const ev: InputEvidence = {
    ...evidence,
    'age-over-40': evidence['age-at-onset'] ?? [{ path: 'age-at-onset', value: age }],
  };
  return evaluateDerived(values, all, ev, overrides, schedule);
}

/**
 * {@link evaluateImacs2023} on records the caller has just built for this one call (the case's inputs): the
 * derived input `age-over-40` is added to them in place instead of to copies (a copy of the 30-odd inputs cost
 * more than the rest of the evaluation's look-ups). Same result.
 * @param values - input values by id, owned by the caller (gains `age-over-40`)
 * @param evidence - evidence per input, owned by the caller (gains `age-over-40`)
 * @param overrides - derived facts decided from case dates
 * @internal
 */
export function evaluateImacs2023OwnInputs(
  values: InputValues,
  evidence: InputEvidence,
  overrides: ImacsOverrides,
): ImacsResult {
  const age = values['age-at-onset'] ?? null;
  values['age-over-40'] = ageOver40(age);
  evidence['age-over-40'] = evidence['age-at-onset'] ?? [{ path: 'age-at-onset', value: age }];
  return evaluateDerived(values, values, evidence, overrides, IMACS_DEFAULT_SCHEDULE);
}

/** The evaluation proper: `all` and `ev` are the inputs with the derived `age-over-40`. */
function evaluateDerived(
  values: InputValues,
  all: InputValues,
  ev: InputEvidence,
  overrides: ImacsOverrides,
  schedule: ImacsScheduleConfig,
): ImacsResult {
  const age = values['age-at-onset'] ?? null;
  const factorTable = IMACS_FACTORS.map((f): ImacsFactorResult => {
    const status = evalPredicate(f.test, all);
    const evidence = factorEvidence(FACTOR_INPUTS.get(f.id)!, ev, all);
    // Built in one place with a fixed key order (note, when there is one, before evidence).
    const row = {
      id: f.id,
      domain: f.domain,
      label: f.label,
      level: f.level,
      status,
      verified: f.verified,
      basis: f.basis,
      cite: f.cite,
    } as ImacsFactorResult;
    if (f.note) row.note = f.note;
    row.evidence = evidence;
    return row;
  });
  const counts = { high: 0, intermediate: 0, low: 0, unknownHigh: 0, unknownIntermediate: 0 };
  for (const f of factorTable) {
    if (f.status === 'met') counts[f.level]++;
    else if (f.status === 'unknown') {
      if (f.level === 'high') counts.unknownHigh++;
      else if (f.level === 'intermediate') counts.unknownIntermediate++;
    }
  }
  const tierMin = countTier(counts.high, counts.intermediate);
  const tierMax = countTier(
    counts.high + counts.unknownHigh,
    counts.intermediate + counts.unknownIntermediate,
  );

  const adultOnset: Tri = typeof age === 'number' ? (age >= 18 ? 'met' : 'not-met') : 'unknown';
  const within =
    overrides.withinThreeYears ?? withinThreeYears(values['years-from-onset-to-diagnosis'] ?? null);
  const status =
    adultOnset === 'not-met'
      ? 'juvenile'
      : within === 'not-met'
        ? 'beyond-3-years'
        : adultOnset === 'met' && within === 'met'
          ? 'eligible'
          : 'unknown';
  const notes = values['subtype'] === 'inclusion-body-myositis' ? ['ibm-not-established'] : [];
  const applicable = status === 'eligible' || status === 'unknown';
  const tier: ImacsTier = applicable ? tierMin : 'not-applicable';

  const present = IMACS_RED_FLAGS.filter((id) => values[id] === 'yes');
  const unknownFlags = IMACS_RED_FLAGS.filter((id) => values[id] !== 'yes' && values[id] !== 'no');
  const redFlags = {
    present: [...present],
    unknown: [...unknownFlags],
    considerScreening: present.length > 0,
    strength: 'conditional' as const,
  };

  const panelSet = new Set<PanelId>();
  if (tier === 'standard') panelSet.add('basic');
  if (tier === 'moderate' || tier === 'high')
    ['basic', 'enhanced'].forEach((p) => panelSet.add(p as PanelId));
  const panels = (['basic', 'enhanced'] as const).filter((p) => panelSet.has(p));
  const considerPanels = redFlags.considerScreening
    ? (['basic', 'enhanced'] as const).filter((p) => schedule.redFlagPanels.includes(p) && !panelSet.has(p))
    : [];
  const sex = values['sex'];
  const panelItems = IMACS_SCREENING_ITEMS.filter(
    (i) =>
      i.panel !== 'conditional' &&
      panelSet.has(i.panel) &&
      (!i.sex || sex === 'unknown' || sex === undefined || i.sex === sex),
  ).map((i) =>
    i.sex
      ? { id: i.id, panel: i.panel as PanelId, label: i.label, sex: i.sex, cite: i.cite }
      : { id: i.id, panel: i.panel as PanelId, label: i.label, cite: i.cite },
  );

  const considerReasons: { id: ConsiderId; reason: string }[] = [];
  if (tier === 'high') {
    considerReasons.push({ id: 'pet-ct', reason: 'high-risk-initial-work-up-negative' });
    considerReasons.push({ id: 'gi-endoscopy', reason: 'high-risk-initial-work-up-negative' });
  }
  const isDm = values['subtype'] === 'dermatomyositis' || values['subtype'] === 'amyopathic-dermatomyositis';
  const highClinical = factorTable.some(
    (f) => f.domain === 'clinical' && f.level === 'high' && f.status === 'met',
  );
  if (values['anti-tif1-gamma'] === 'positive' && isDm && all['age-over-40'] === 'yes' && highClinical) {
    considerReasons.push({ id: 'pet-ct', reason: 'tif1g-dm-over-40-with-high-risk-feature' });
  }
  if (values['high-npc-risk-region'] === 'yes' && (applicable || redFlags.considerScreening))
    considerReasons.push({ id: 'nasoendoscopy', reason: 'high-npc-risk-region' });
  const consider = [...new Set(considerReasons.map((r) => r.id))];

  const knownCancer = triFromYesNo(values['known-cancer']);
  const missing: string[] = [];
  if (adultOnset === 'unknown') missing.push('age-at-onset');
  if (within === 'unknown' && adultOnset !== 'not-met') missing.push('years-from-onset-to-diagnosis');
  if (tierMax !== tierMin) {
    for (const f of factorTable)
      if (f.status === 'unknown' && f.level !== 'low')
        for (const id of FACTOR_INPUTS.get(f.id)!) missing.push(id === 'age-over-40' ? 'age-at-onset' : id);
  }

  return {
    calculatorId: 'imacs-2023',
    version: '2023',
    eligibility: { status, adultOnset, withinThreeYears: within, notes },
    tier,
    riskProfileTier: tierMin,
    tierRange: { min: tierMin, max: tierMax },
    counts,
    factors: factorTable
      .filter((f) => f.status === 'met')
      .map((f) => ({ id: f.id, level: f.level, verified: f.verified })),
    factorTable,
    panels,
    considerPanels,
    panelItems,
    repeat:
      tier === 'high'
        ? {
            every: 'year',
            everyYears: schedule.repeatEveryYears,
            forYears: schedule.repeatForYears,
            panel: schedule.repeatPanel,
          }
        : null,
    consider,
    considerReasons,
    redFlags,
    missing: [...new Set(missing)],
    knownCancer,
    screening:
      knownCancer === 'met'
        ? 'oncological-follow-up'
        : panels.length
          ? 'screen'
          : considerPanels.length
            ? 'consider-screening'
            : 'not-required',
    factorListsVerified: false,
    citation: IMACS_2023_SOURCE,
  };
}
