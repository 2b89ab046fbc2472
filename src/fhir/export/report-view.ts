/**
 * The one adapter between the assessment report and its consumers outside the report renderers (the FHIR
 * export and the CDS Hooks cards): the typed report's sections with a failed section read as absent, and
 * every criteria result in one shape — its code, reachable codes, score and probability with their ranges
 * taken from the set's own `headline` (src/contract/set.ts), the item checklist from the result. Pure.
 * @module
 */
import type { AssessmentReport } from '../../assess/assess.js';
import { reportHeadlines } from '../../assess/headlines.js';
import type { ImacsSection } from '../../cancer/imacs-2023/from-case.js';
import type { CancerProbabilityResult } from '../../cancer/probability/probability.js';
import type { Case } from '../../case/schema.js';
import { isFailedSection, type Headline, type SectionOutcome } from '../../contract/set.js';
import type { Citation, Evidence } from '../../core/evidence.js';
import type { Tri } from '../../core/tri.js';
import { reportSections, type SectionKey, type SectionResults } from '../../sets/registry.js';

/** One item of a criteria checklist. */
export interface CriteriaItemView {
  id: string;
  label: string;
  status: Tri;
  /** Points the item adds when met (for scored sets). */
  pointsIfMet?: number;
  evidence: readonly Evidence[];
}

/** A criteria result in one shape, whatever the set. */
export interface CriteriaResultView {
  /** Report section key (`eularAcr2017`). */
  key: string;
  /** Public id of the set (`eular-acr-2017`), used in codes. */
  setId: string;
  /** The category with unknown items counted absent (the reported one); `not-applicable` with its reason code. */
  category: string;
  notApplicableReason?: string;
  /** Other categories that resolving the unknown items could give, highest first (empty when settled). */
  reachable: string[];
  /** Subgroup, where the set assigns one (EULAR/ACR). */
  subgroup?: string | null;
  score?: number;
  scoreRange?: { min: number; max: number };
  probability?: number;
  probabilityRange?: { min: number; max: number };
  items: CriteriaItemView[];
  citation: Citation;
}

/** The sections of a report that interfaces outside the renderers read. */
export interface ReportView {
  asOf: string;
  engineVersion: string;
  case: Case;
  /** Every criteria result (classification and paraneoplastic criteria), in report order. */
  criteria: CriteriaResultView[];
  eular?: SectionResults['eularAcr2017'];
  bohanPeter?: SectionResults['bohanPeter1975'];
  association?: SectionResults['cancerAssociation'];
  imacs?: ImacsSection;
  probability?: CancerProbabilityResult;
  monitoring?: SectionResults['monitoring'];
}

const items = (list: readonly CriteriaItemView[]): CriteriaItemView[] =>
  list.map((i) => ({
    id: i.id,
    label: i.label,
    status: i.status,
    ...(i.pointsIfMet !== undefined ? { pointsIfMet: i.pointsIfMet } : {}),
    evidence: i.evidence,
  }));

/** A section's result, or undefined when it failed. */
function computed<R>(outcome: SectionOutcome<R>): R | undefined {
  return isFailedSection(outcome) ? undefined : outcome;
}

/** The criteria sets read as criteria results, in report order. */
const CRITERIA_KEYS = ['eularAcr2017', 'bohanPeter1975', 'pns2004', 'pnsCare2021'] as const;

/**
 * A criteria result in one shape, from its set's headline and its result's checklist.
 * @param key - the report key
 * @param h - the set's headline of the result
 * @param r - the result (its items and citation)
 */
function criteriaView(
  key: SectionKey,
  h: Headline,
  r: { items?: readonly CriteriaItemView[]; citation: Citation },
): CriteriaResultView {
  const setId = reportSections.find((s) => s.key === key)!.id;
  const notApplicable = h.code === 'not-applicable';
  return {
    key,
    setId,
    category: h.code,
    ...(notApplicable && h.qualifier ? { notApplicableReason: h.qualifier } : {}),
    // The headline lists the reachable codes in the set's order (lowest first); the view, highest first.
    reachable: (h.reachable ?? []).filter((c) => c !== h.code).reverse(),
    ...(h.qualifier !== undefined && !notApplicable ? { subgroup: h.qualifier } : {}),
    ...(h.score?.value != null ? { score: h.score.value } : {}),
    ...(h.score ? { scoreRange: { min: h.score.min, max: h.score.max } } : {}),
    ...(h.probability?.value != null ? { probability: h.probability.value } : {}),
    ...(h.probability ? { probabilityRange: { min: h.probability.min, max: h.probability.max } } : {}),
    items: notApplicable ? [] : items(r.items ?? []),
    citation: r.citation,
  };
}

/**
 * Reads the sections of an assessment report.
 * @param report - an assessment document (`assessCase`)
 */
export function readReport(report: AssessmentReport): ReportView {
  const headlines = reportHeadlines(report);
  const results: { [K in (typeof CRITERIA_KEYS)[number]]: SectionResults[K] | undefined } = {
    eularAcr2017: computed(report.eularAcr2017),
    bohanPeter1975: computed(report.bohanPeter1975),
    pns2004: computed(report.pns2004),
    pnsCare2021: computed(report.pnsCare2021),
  };
  const criteria: CriteriaResultView[] = [];
  for (const key of CRITERIA_KEYS) {
    const r = results[key];
    const h = headlines[key];
    if (r && h) criteria.push(criteriaView(key, h, r));
  }
  const view: ReportView = {
    asOf: report.asOf,
    engineVersion: report.engine.version,
    case: report.case,
    criteria,
  };
  if (results.eularAcr2017) view.eular = results.eularAcr2017;
  if (results.bohanPeter1975) view.bohanPeter = results.bohanPeter1975;
  const association = computed(report.cancerAssociation);
  if (association) view.association = association;
  const imacs = computed(report.imacs2023);
  if (imacs) view.imacs = imacs;
  const probability = computed(report.cancerProbability);
  if (probability) view.probability = probability;
  const monitoring = computed(report.monitoring);
  if (monitoring) view.monitoring = monitoring;
  return view;
}
