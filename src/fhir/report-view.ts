/**
 * The one adapter between the assessment report and its consumers outside the report renderers (the FHIR
 * export and the CDS Hooks cards): typed access to the sections by key, and every criteria result
 * normalised to one shape (category, the categories unknowns could still reach, score and probability with
 * their ranges, the item checklist). When the section registry changes shape, only this file changes.
 * Pure.
 * @module
 */
import type { AssessmentReport } from '../assess/assess.js';
import type { ImacsSection } from '../cancer/from-case.js';
import type { Pns2004Result } from '../cancer/pns-2004/evaluate.js';
import type { PnsCareResult } from '../cancer/pns-care-2021/evaluate.js';
import type { CancerProbabilityResult } from '../cancer/probability.js';
import type { CancerAssociationResult } from '../cancer/timing.js';
import type { Case } from '../case/schema.js';
import type { Citation, Evidence } from '../core/evidence.js';
import type { Tri } from '../core/tri.js';
import type { BohanPeterResult } from '../criteria/bohan-peter-1975/evaluate.js';
import type { EularResult } from '../criteria/eular-acr-2017/evaluate.js';
import type { MonitoringResult } from '../monitoring/index.js';

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
  eular?: EularResult;
  bohanPeter?: BohanPeterResult;
  association?: CancerAssociationResult;
  imacs?: ImacsSection;
  probability?: CancerProbabilityResult;
  monitoring?: MonitoringResult;
}

const items = (list: readonly CriteriaItemView[]): CriteriaItemView[] =>
  list.map((i) => ({
    id: i.id,
    label: i.label,
    status: i.status,
    ...(i.pointsIfMet !== undefined ? { pointsIfMet: i.pointsIfMet } : {}),
    evidence: i.evidence,
  }));

/** EULAR/ACR categories by level: a not-classifiable maximum (score reached, gate failed) raises nothing. */
const EULAR_RANK: Record<string, number> = {
  'not-classifiable': 0,
  'not-met': 0,
  possible: 1,
  probable: 2,
  definite: 3,
};

/** The highest EULAR/ACR category unknown items could give, when above the reported one. */
export function eularReachable(r: Pick<EularResult, 'category' | 'categoryRange'>): string[] {
  return EULAR_RANK[r.categoryRange.max]! > EULAR_RANK[r.category]! ? [r.categoryRange.max] : [];
}

function eularView(r: EularResult): CriteriaResultView {
  return {
    key: 'eularAcr2017',
    setId: r.criteriaId,
    category: r.category,
    reachable: eularReachable(r),
    subgroup: r.subgroup,
    score: r.score,
    scoreRange: r.scoreRange,
    probability: r.probability,
    probabilityRange: r.probabilityRange,
    items: items(r.items),
    citation: r.citation,
  };
}

/** A set reporting a category and the categories unknown items could reach (Bohan & Peter, Graus 2004). */
function reachableView(key: string, r: BohanPeterResult | Pns2004Result): CriteriaResultView {
  return {
    key,
    setId: r.criteriaId,
    category: r.category,
    reachable: (r.reachableCategories as string[]).filter((c) => c !== r.category),
    items: items(r.items),
    citation: r.citation,
  };
}

function pnsCareView(r: PnsCareResult): CriteriaResultView {
  if (r.status === 'not-applicable')
    return {
      key: 'pnsCare2021',
      setId: r.criteriaId,
      category: 'not-applicable',
      notApplicableReason: r.reason,
      reachable: [],
      items: [],
      citation: r.citation,
    };
  return {
    key: 'pnsCare2021',
    setId: r.criteriaId,
    category: r.category,
    reachable: r.categoryRange.max !== r.category ? [r.categoryRange.max] : [],
    score: r.score,
    scoreRange: r.scoreRange,
    items: items(r.items),
    citation: r.citation,
  };
}

/**
 * Reads the sections of an assessment report.
 * @param report - an assessment document (`assessCase`)
 */
export function readReport(report: AssessmentReport): ReportView {
  const r = report as unknown as Record<string, unknown>;
  /** A section's result; a section that failed (`{ failed: true }`) or is absent reads as absent. */
  const section = <T>(key: string): T | undefined => {
    const v = r[key];
    if (v === null || typeof v !== 'object' || (v as { failed?: unknown }).failed === true) return undefined;
    return v as T;
  };
  const eular = section<EularResult>('eularAcr2017');
  const bohanPeter = section<BohanPeterResult>('bohanPeter1975');
  const pns = section<Pns2004Result>('pns2004');
  const pnsCare = section<PnsCareResult>('pnsCare2021');
  const criteria: CriteriaResultView[] = [];
  if (eular) criteria.push(eularView(eular));
  if (bohanPeter) criteria.push(reachableView('bohanPeter1975', bohanPeter));
  if (pns) criteria.push(reachableView('pns2004', pns));
  if (pnsCare) criteria.push(pnsCareView(pnsCare));
  const view: ReportView = {
    asOf: report.asOf,
    engineVersion: report.engine.version,
    case: report.case,
    criteria,
  };
  if (eular) view.eular = eular;
  if (bohanPeter) view.bohanPeter = bohanPeter;
  const association = section<CancerAssociationResult>('cancerAssociation');
  if (association) view.association = association;
  const imacs = section<ImacsSection>('imacs2023');
  if (imacs) view.imacs = imacs;
  const probability = section<CancerProbabilityResult>('cancerProbability');
  if (probability) view.probability = probability;
  const monitoring = section<MonitoringResult>('monitoring');
  if (monitoring) view.monitoring = monitoring;
  return view;
}
