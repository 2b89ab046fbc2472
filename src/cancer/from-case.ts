/**
 * Derives the cancer calculators' inputs from a case (with evidence), and builds the report sections
 * of `heliotrope assess`: cancer-association timing, Graus 2004, PNS-Care 2021, IMACS 2023 with its
 * dated plan, and the probability of an underlying cancer.
 * @module
 */
import type { Case } from '../case/schema.js';
import { resolveCaseDate } from '../case/dates.js';
import { parsePartialIsoDate } from '../core/dates.js';
import type { Evidence } from '../core/evidence.js';
import type { Tri } from '../core/tri.js';
import type { DerivedInputs, InputValue } from '../criteria/engine/inputs.js';
import { ageAtOnsetFact, antibodyFact, findingFact, type Fact } from '../facts/facts.js';
import {
  IMACS_ANTIBODY_ITEMS,
  IMACS_ANTIBODY_TARGETS,
  IMACS_CLINICAL_ITEMS,
} from './imacs-2023/definition.js';
import { evaluateImacs2023, type ImacsOverrides, type ImacsResult } from './imacs-2023/evaluate.js';
import { buildScreeningPlan, knownCancerIndices, type ScreeningPlan } from './imacs-2023/plan.js';
import { evaluatePns2004, type Pns2004Overrides, type Pns2004Result } from './pns-2004/evaluate.js';
import { evaluatePnsCare2021, type PnsCareResult } from './pns-care-2021/evaluate.js';
import { estimateCancerProbability, type CancerProbabilityResult } from './probability.js';
import {
  cancerTiming,
  relativeDifference,
  windowStatus,
  windowStatusFromDifference,
  type CancerAssociationResult,
  type CancerTiming,
  type WindowStatus,
} from './timing.js';

/** Earlier results an assessor may read (keys of the report). */
export type EarlierResults = Readonly<Record<string, unknown>>;

const tri = (t: Tri): InputValue => (t === 'met' ? 'yes' : t === 'not-met' ? 'no' : 'unknown');
const fromWindow = (s: WindowStatus | undefined): Tri =>
  s === 'in' ? 'met' : s === 'out' ? 'not-met' : 'unknown';

/** EULAR/ACR subgroup → IMACS subtype. The EULAR "polymyositis" leaf includes IMNM. */
const SUBGROUP_TO_SUBTYPE: Record<string, string> = {
  dermatomyositis: 'dermatomyositis',
  'amyopathic-dermatomyositis': 'amyopathic-dermatomyositis',
  'juvenile-dermatomyositis': 'dermatomyositis',
  'inclusion-body-myositis': 'inclusion-body-myositis',
  polymyositis: 'polymyositis',
};

/**
 * The subtype from the EULAR/ACR subgroup computed earlier in the assessment; unknown otherwise.
 * @param results - earlier sections of the report
 */
export function subtypeFromResults(results: EarlierResults): { value: string; evidence: Evidence[] } {
  const r = results['eularAcr2017'] as { subgroup?: string | null } | undefined;
  const sg = r?.subgroup ?? null;
  const value = sg ? (SUBGROUP_TO_SUBTYPE[sg] ?? 'unknown') : 'unknown';
  return {
    value,
    evidence: [
      {
        path: 'eularAcr2017.subgroup',
        value: sg,
        ...(sg === 'polymyositis' ? { note: 'EULAR/ACR polymyositis leaf includes IMNM' } : {}),
      },
    ],
  };
}

function ynu(v: 'yes' | 'no' | 'unknown' | undefined, path: string): Fact {
  return {
    status: v === 'yes' ? 'met' : v === 'no' ? 'not-met' : 'unknown',
    evidence: v === undefined ? [] : [{ path, value: v }],
  };
}

function smokingFact(c: Case): Fact {
  const s = c.patient.smoking;
  if (s === undefined) return { status: 'unknown', evidence: [] };
  return {
    status: s === 'current' || s === 'former' ? 'met' : s === 'never' ? 'not-met' : 'unknown',
    evidence: [{ path: 'patient.smoking', value: s }],
  };
}

function unexplainedFeverFact(c: Case): Fact {
  const f = findingFact(c, 'unexplained-fever');
  if (f.status !== 'unknown' || f.evidence.length) return f;
  const fever = findingFact(c, 'fever');
  if (fever.status === 'not-met') return fever;
  if (fever.status === 'met')
    return {
      status: 'unknown',
      evidence: fever.evidence.map((e) => ({
        ...e,
        note: 'fever recorded; not stated whether unexplained (record finding "unexplained-fever")',
      })),
    };
  return fever;
}

/**
 * Whether the myositis diagnosis came within 3 years of symptom onset (day intervals).
 * @param c - a validated case
 */
export function diagnosisWithinThreeYears(c: Case): { status: Tri; evidence: Evidence[] } {
  const onset = resolveCaseDate(c, c.dates.symptomOnset);
  const dx = resolveCaseDate(c, c.dates.diagnosis);
  const evidence: Evidence[] = [
    { path: 'dates.symptomOnset', value: c.dates.symptomOnset ?? null },
    { path: 'dates.diagnosis', value: c.dates.diagnosis ?? null },
  ];
  const window = { fromMonths: -1200, toMonths: 36 };
  if (onset && dx) return { status: fromWindow(windowStatus(onset, dx, window)), evidence };
  const rel = relativeDifference(
    c,
    { id: 'symptom-onset', date: c.dates.symptomOnset },
    { id: 'diagnosis', date: c.dates.diagnosis },
  );
  return { status: rel ? fromWindow(windowStatusFromDifference(rel, window)) : 'unknown', evidence };
}

/**
 * Derives the IMACS inputs from a case.
 * @param c - a validated case
 * @param results - earlier sections (for the EULAR/ACR subgroup)
 */
export function imacsInputsFromCase(
  c: Case,
  results: EarlierResults,
): DerivedInputs & { overrides: ImacsOverrides } {
  const values: Record<string, InputValue> = {};
  const evidence: Record<string, Evidence[]> = {};
  const put = (id: string, f: Fact) => {
    values[id] = tri(f.status);
    evidence[id] = f.evidence;
  };
  const age = ageAtOnsetFact(c);
  values['age-at-onset'] = age.value;
  evidence['age-at-onset'] = age.evidence;
  values['sex'] = c.patient.sex;
  evidence['sex'] = [{ path: 'patient.sex', value: c.patient.sex }];
  const st = subtypeFromResults(results);
  values['subtype'] = st.value;
  evidence['subtype'] = st.evidence;
  const w = diagnosisWithinThreeYears(c);
  values['years-from-onset-to-diagnosis'] = null;
  evidence['years-from-onset-to-diagnosis'] = w.evidence;
  for (const id of IMACS_ANTIBODY_ITEMS) {
    const f = antibodyFact(c, IMACS_ANTIBODY_TARGETS[id]);
    values[id] = f.status === 'met' ? 'positive' : f.status === 'not-met' ? 'negative' : 'unknown';
    evidence[id] = f.evidence;
  }
  for (const [id, v] of Object.entries(IMACS_CLINICAL_ITEMS)) put(id, findingFact(c, v.finding));
  put('weight-loss', findingFact(c, 'weight-loss'));
  put('night-sweats', findingFact(c, 'night-sweats'));
  put('unexplained-fever', unexplainedFeverFact(c));
  put('smoking', smokingFact(c));
  put('family-history-of-cancer', ynu(c.patient.familyHistoryOfCancer, 'patient.familyHistoryOfCancer'));
  const npc = c.patient.highNpcRiskRegion;
  values['high-npc-risk-region'] = npc === true ? 'yes' : npc === false ? 'no' : 'unknown';
  evidence['high-npc-risk-region'] =
    npc === undefined ? [] : [{ path: 'patient.highNpcRiskRegion', value: npc }];
  const known = knownCancerIndices(c, cancerTiming(c));
  values['known-cancer'] = known.length ? 'yes' : c.cancers.length ? 'no' : 'unknown';
  evidence['known-cancer'] = known.length
    ? known.map((i) => ({
        path: `cancers[${i}]`,
        note: 'cancer within (or possibly within) 3 years of onset, or active',
      }))
    : c.cancers.map((_, i) => ({ path: `cancers[${i}]`, note: 'outside the ±3-year window and not active' }));
  return { values, evidence, overrides: { withinThreeYears: w.status } };
}

const ONCONEURAL_WELL = [
  'hu',
  'anna1',
  'yo',
  'pca1',
  'cv2',
  'crmp5',
  'cv2crmp5',
  'ri',
  'anna2',
  'ma2',
  'ta',
  'amphiphysin',
];
const ONCONEURAL_PARTIAL = ['tr', 'zic4', 'mglur1', 'anna3', 'pca2'];
const NEURAL_HIGH = [
  'hu',
  'anna1',
  'cv2',
  'crmp5',
  'cv2crmp5',
  'sox1',
  'pca2',
  'map1b',
  'amphiphysin',
  'ri',
  'anna2',
  'yo',
  'pca1',
  'ma2',
  'ta',
  'tr',
  'dner',
  'klhl11',
];
const NEURAL_INTERMEDIATE = ['ampar', 'gababr', 'mglur5', 'vgcc', 'pqvgcc', 'pqtypevgcc', 'nmdar'];
const NEURAL_LOW = ['mglur1', 'gabaar', 'caspr2', 'lgi1', 'gad65', 'gad', 'dppx', 'glyr', 'aqp4', 'mog'];

const neuralKey = (t: string) =>
  t
    .toLowerCase()
    .replace(/^anti[\s-]*/, '')
    .replace(/[^a-z0-9]/g, '');

function neuralAntibodies(c: Case, known: readonly string[]) {
  return c.antibodies
    .map((a, i) => ({ a, i, key: neuralKey(a.target) }))
    .filter((x) => known.includes(x.key));
}

/**
 * Best onconeural antibody (Graus 2004) from a case; myositis antibodies are never read here.
 * @param c - a validated case
 */
export function onconeuralFromCase(c: Case): { value: InputValue; evidence: Evidence[] } {
  const rows = neuralAntibodies(c, [...ONCONEURAL_WELL, ...ONCONEURAL_PARTIAL]);
  const ev = (r: (typeof rows)[number]): Evidence => ({
    path: `antibodies[${r.i}]`,
    value: `${r.a.target}: ${r.a.result}`,
  });
  const well = rows.filter((r) => r.a.result === 'positive' && ONCONEURAL_WELL.includes(r.key));
  if (well.length) return { value: 'well-characterised', evidence: well.map(ev) };
  const partial = rows.filter((r) => r.a.result === 'positive');
  if (partial.length) return { value: 'partially-characterised', evidence: partial.map(ev) };
  if (rows.length && rows.every((r) => r.a.result === 'negative'))
    return { value: 'none', evidence: rows.map(ev) };
  return {
    value: 'unknown',
    evidence: [
      ...rows.map(ev),
      { path: 'antibodies', note: 'no onconeural antibody tested (myositis antibodies are not onconeural)' },
    ],
  };
}

/**
 * Whether a cancer was found: recorded cancers, or a negative work-up when none is recorded.
 * @param c - a validated case
 */
export function cancerFoundFromCase(c: Case): { status: Tri; evidence: Evidence[] } {
  if (c.cancers.length)
    return { status: 'met', evidence: c.cancers.map((_, i) => ({ path: `cancers[${i}]` })) };
  const found = c.investigations.map((x, i) => ({ x, i })).filter(({ x }) => x.result === 'cancer-found');
  if (found.length)
    return {
      status: 'met',
      evidence: found.map(({ i }) => ({ path: `investigations[${i}]`, value: 'cancer-found' })),
    };
  const negative = c.investigations
    .map((x, i) => ({ x, i }))
    .filter(({ x }) => x.result === 'normal' || x.result === 'abnormal');
  if (negative.length)
    return {
      status: 'not-met',
      evidence: negative.map(({ x, i }) => ({
        path: `investigations[${i}]`,
        value: x.result,
        note: 'work-up without cancer found',
      })),
    };
  return { status: 'unknown', evidence: [] };
}

const RANK: Record<WindowStatus, number> = { in: 0, uncertain: 1, unknown: 2, out: 3 };

/**
 * The cancer closest to qualifying for a window (in, then uncertain, unknown, out).
 * @param timing - the timing result
 * @param windowId - the window to rank by
 */
export function bestCancerFor(
  timing: CancerAssociationResult,
  windowId: CancerTiming['windows'][number]['id'],
): CancerTiming | undefined {
  const status = (k: CancerTiming) => k.windows.find((w) => w.id === windowId)!.status;
  return [...timing.cancers].sort((a, b) => RANK[status(a)] - RANK[status(b)])[0];
}

const isDm = (subtype: string): Tri =>
  subtype === 'dermatomyositis' || subtype === 'amyopathic-dermatomyositis'
    ? 'met'
    : subtype === 'unknown'
      ? 'unknown'
      : 'not-met';

/**
 * Derives the Graus 2004 inputs from a case.
 * @param c - a validated case
 * @param results - earlier sections (EULAR/ACR subgroup)
 * @param imacs - the IMACS result (its risk profile supplies "high tumour risk")
 */
export function pns2004InputsFromCase(
  c: Case,
  results: EarlierResults,
  imacs: ImacsResult,
): DerivedInputs & { overrides: Pns2004Overrides } {
  const values: Record<string, InputValue> = {};
  const evidence: Record<string, Evidence[]> = {};
  const st = subtypeFromResults(results);
  values['classical-syndrome'] = tri(isDm(st.value));
  evidence['classical-syndrome'] = st.evidence.map((e) => ({
    ...e,
    note: 'dermatomyositis is a classical syndrome (Graus 2004)',
  }));
  const on = onconeuralFromCase(c);
  values['onconeural-antibody'] = on.value;
  evidence['onconeural-antibody'] = on.evidence;
  const found = cancerFoundFromCase(c);
  values['cancer'] = tri(found.status);
  evidence['cancer'] = found.evidence;
  const timing = cancerTiming(c);
  const best = bestCancerFor(timing, 'pns-5y');
  const y = best?.intervalYears;
  values['years-from-syndrome-to-cancer'] = y && y.min === y.max ? y.min : null;
  evidence['years-from-syndrome-to-cancer'] = best
    ? [
        ...best.evidence,
        {
          path: `cancers[${best.index}]`,
          note: `${y ? `interval ${y.min}…${y.max} years from first symptom` : 'interval from first symptom unknown'}; 5-year window measured from the ${best.windows.find((w) => w.id === 'pns-5y')!.measuredFrom === 'diagnosis' ? 'myositis diagnosis' : 'first symptom'}`,
        },
      ]
    : [];
  values['improved-after-cancer-treatment-without-immunotherapy'] = 'unknown';
  values['prone-to-spontaneous-remission'] = 'unknown';
  const ht: Tri =
    imacs.riskProfileTier === 'high' ? 'met' : imacs.tierRange.max !== 'high' ? 'not-met' : 'unknown';
  values['high-tumour-risk'] = tri(ht);
  evidence['high-tumour-risk'] = [
    {
      path: 'imacs2023.riskProfileTier',
      value: imacs.riskProfileTier,
      note: 'IMACS high-risk profile used as "high risk of an underlying tumour"',
    },
  ];
  const overrides: Pns2004Overrides = {};
  if (found.status === 'met' && best) {
    overrides['cancer-within-5-years'] = fromWindow(best.windows.find((w) => w.id === 'pns-5y')!.status);
    overrides['cancer-within-2-years'] = fromWindow(
      bestCancerFor(timing, 'pns-2y')!.windows.find((w) => w.id === 'pns-2y')!.status,
    );
  }
  return { values, evidence, overrides };
}

/**
 * Derives the PNS-Care inputs from a case. Myositis is not a 2021 phenotype: phenotype is
 * `dermatomyositis` (DM subgroup, or subtype unknown with a hallmark rash or DM-specific antibody) or
 * `other-myositis`, which make the score not applicable.
 * @param c - a validated case
 * @param asOf - reference day (for follow-up without cancer)
 * @param results - earlier sections (EULAR/ACR subgroup)
 */
export function pnsCareInputsFromCase(c: Case, asOf: string, results: EarlierResults = {}): DerivedInputs {
  const values: Record<string, InputValue> = {};
  const evidence: Record<string, Evidence[]> = {};
  const st = subtypeFromResults(results);
  const dm = isDm(st.value);
  values['phenotype'] =
    dm === 'met' || (dm === 'unknown' && dmSuggestedByCase(c)) ? 'dermatomyositis' : 'other-myositis';
  evidence['phenotype'] = st.evidence.map((e) => ({
    ...e,
    note: 'myositis / dermatomyositis is not a 2021 PNS phenotype',
  }));
  const rows = neuralAntibodies(c, [...NEURAL_HIGH, ...NEURAL_INTERMEDIATE, ...NEURAL_LOW]);
  const pos = (list: string[]) => rows.filter((r) => r.a.result === 'positive' && list.includes(r.key));
  const ev = (rs: typeof rows) =>
    rs.map((r) => ({ path: `antibodies[${r.i}]`, value: `${r.a.target}: ${r.a.result}` }));
  if (pos(NEURAL_HIGH).length) values['antibody'] = 'high-risk';
  else if (pos(NEURAL_INTERMEDIATE).length) values['antibody'] = 'intermediate-risk';
  else if (rows.length && rows.every((r) => r.a.result === 'negative' || NEURAL_LOW.includes(r.key)))
    values['antibody'] = 'low-risk-or-negative';
  else values['antibody'] = 'unknown';
  evidence['antibody'] = rows.length
    ? ev(rows)
    : [
        {
          path: 'antibodies',
          note: 'no neural antibody tested (myositis antibodies are not neural antibodies)',
        },
      ];
  const found = cancerFoundFromCase(c);
  const timing = cancerTiming(c);
  const best = bestCancerFor(timing, 'pns-5y');
  const in5 = best ? best.windows.find((w) => w.id === 'pns-5y')!.status : 'unknown';
  values['cancer'] =
    found.status === 'met'
      ? in5 === 'in'
        ? 'found-consistent'
        : in5 === 'out'
          ? 'found-inconsistent'
          : 'unknown'
      : found.status === 'not-met'
        ? 'not-found'
        : 'unknown';
  evidence['cancer'] = [
    ...found.evidence,
    ...(best
      ? [{ path: `cancers[${best.index}]`, note: `PNS 5-year window: ${in5} (read as "consistent")` }]
      : []),
  ];
  const onset = resolveCaseDate(c, c.dates.symptomOnset);
  const today = parsePartialIsoDate(asOf);
  values['follow-up-years'] =
    onset && today ? Math.max(0, Math.round(((today.earliest - onset.latest) / 365.25) * 100) / 100) : null;
  evidence['follow-up-years'] = [
    { path: 'dates.symptomOnset', value: c.dates.symptomOnset ?? null, note: `follow-up to ${asOf}` },
  ];
  return { values, evidence };
}

/** The IMACS section: risk result plus the dated plan. */
export type ImacsSection = ImacsResult & { plan: ScreeningPlan };

/**
 * IMACS section of a case.
 * @param c - a validated case
 * @param ctx - reference day and earlier results
 */
export function imacsSection(c: Case, ctx: { asOf: string; results: EarlierResults }): ImacsSection {
  const d = imacsInputsFromCase(c, ctx.results);
  const r = evaluateImacs2023(d.values, d.evidence, d.overrides);
  return { ...r, plan: buildScreeningPlan(c, r, cancerTiming(c), ctx.asOf) };
}

/**
 * Graus 2004 section of a case.
 * @param c - a validated case
 * @param ctx - reference day and earlier results
 */
export function pns2004Section(c: Case, ctx: { asOf: string; results: EarlierResults }): Pns2004Result {
  // The IMACS section runs first in a full assessment; computed here only when it did not.
  const earlier = ctx.results.imacs2023 as ImacsResult | undefined;
  const imacs =
    earlier ??
    (() => {
      const im = imacsInputsFromCase(c, ctx.results);
      return evaluateImacs2023(im.values, im.evidence, im.overrides);
    })();
  const d = pns2004InputsFromCase(c, ctx.results, imacs);
  return evaluatePns2004(d.values, d.evidence, d.overrides);
}

/**
 * PNS-Care 2021 section of a case: not applicable for a myositis (no 2021 phenotype), with the reason.
 * @param c - a validated case
 * @param ctx - reference day and earlier results (EULAR/ACR subgroup)
 */
export function pnsCare2021Section(c: Case, ctx: { asOf: string; results?: EarlierResults }): PnsCareResult {
  const d = pnsCareInputsFromCase(c, ctx.asOf, ctx.results);
  return evaluatePnsCare2021(d.values, d.evidence);
}

/** Hallmark DM rashes (EULAR/ACR 2017 skin items) and DM-specific antibodies: any present suggests DM. */
const DM_RASHES = ['heliotrope-rash', 'gottron-papules', 'gottron-sign'];
const DM_ANTIBODIES = ['TIF1-gamma', 'NXP2', 'SAE', 'Mi-2', 'MDA5'];

/**
 * Whether anything recorded suggests dermatomyositis when the subtype is not established: a hallmark rash
 * present, or a positive DM-specific antibody.
 * @param c - a validated case
 */
export function dmSuggestedByCase(c: Case): boolean {
  return (
    DM_RASHES.some((id) => findingFact(c, id).status === 'met') ||
    DM_ANTIBODIES.some((t) => antibodyFact(c, t).status === 'met')
  );
}

/**
 * Probability section of a case.
 * @param c - a validated case
 * @param ctx - earlier results (EULAR/ACR subgroup) and the pre-test probability chosen by the user
 * @param pretest - pre-test probability (default: `ctx.cancerPretest`, else 17 %)
 */
export function cancerProbabilitySection(
  c: Case,
  ctx: { results: EarlierResults; cancerPretest?: number },
  pretest: number | undefined = ctx.cancerPretest,
): CancerProbabilityResult {
  const age = ageAtOnsetFact(c).value;
  const antibodies: Record<string, 'positive' | 'negative' | 'unknown'> = {};
  for (const t of ['TIF1-gamma', 'NXP2', 'SAE', 'Mi-2', 'MDA5', 'Jo-1']) {
    const s = antibodyFact(c, t).status;
    antibodies[t] = s === 'met' ? 'positive' : s === 'not-met' ? 'negative' : 'unknown';
  }
  return estimateCancerProbability({
    ...(pretest !== undefined ? { pretest } : {}),
    antibodies,
    adultOnset: age === null ? 'unknown' : age >= 18 ? 'met' : 'not-met',
    subtype: subtypeFromResults(ctx.results).value,
    dmSuggested: dmSuggestedByCase(c),
    cancerKnown: c.cancers.length > 0,
  });
}
