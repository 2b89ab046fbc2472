/**
 * One population result row per patient, built from an assessment report. This is the only module of the
 * population pipeline that reads report sections (by their keys): when the report's section registry
 * changes, this file is the one to adapt. Pure.
 * @module
 */
import type { AssessmentReport, ReportSections } from '../assess.js';
import { caseAsOf } from '../../case/as-of.js';
import type { Case } from '../../case/schema.js';
import { runOrderedSections, sectionOrder } from '../../contract/run.js';
import { parsePartialIsoDate } from '../../core/dates.js';
import { isFailedSection, type FailedSection } from '../../contract/set.js';
import { newList } from '../../core/lists.js';
import { imacs2023Set } from '../../cancer/imacs-2023/set.js';
import { cancerProbabilitySet } from '../../cancer/probability/set.js';
import { bohanPeter1975Set } from '../../criteria/bohan-peter-1975/set.js';
import { eularAcr2017Set } from '../../criteria/eular-acr-2017/set.js';
import { monitoringSet } from '../../monitoring/set.js';

/** A screening item that is overdue or due, with the latest day it was due (`YYYY-MM-DD`). */
export interface DueItem {
  id: string;
  due: string;
}

/** A raised warning alert (severity high or moderate). */
export interface RowAlert {
  rule: string;
  severity: string;
  /** `met`, or `unknown` when raised as possible. */
  status: string;
}

/**
 * The result of one patient. Numbers are absent (null) where the engine gives none: a probability of cancer
 * is given only when it was estimated and no cancer is known yet.
 */
export interface ResultRow {
  patientId: string;
  /** Medical record number (first `MR` identifier of the Patient), when present. */
  mrn: string | null;
  /** 2017 EULAR/ACR category with unknown items counted absent, and the highest still reachable. */
  eularCategory: string | null;
  eularCategoryMax: string | null;
  eularSubgroup: string | null;
  eularProbability: number | null;
  bohanPeter: string | null;
  /** IMACS 2023 tier (unknown factors absent) and the highest reachable (unknown factors present). */
  imacsTier: string | null;
  imacsTierMax: string | null;
  /** `estimated`, `not-applicable` or `cancer-known`. */
  cancerProbabilityStatus: string | null;
  cancerProbability: number | null;
  /** `screening`, `known-cancer` (oncological follow-up instead) or `not-required`. */
  screeningMode: string | null;
  overdue: DueItem[];
  due: DueItem[];
  /** Earliest due day among overdue and due items. */
  oldestDue: string | null;
  /**
   * True when the screening schedule is over: nothing is due or upcoming and its last scheduled test was due
   * more than a year before the reference day (missed tests from then are listed, but are no longer urgent).
   */
  screeningEnded: boolean;
  alerts: RowAlert[];
  /** Import and validation issues of this patient. */
  issues: number;
  /** Set when the patient could not be assessed (then the clinical columns are null). */
  error?: string;
}

const round3 = (x: number | null | undefined): number | null =>
  typeof x === 'number' ? Math.round(x * 1000) / 1000 : null;

/** A section's result, or undefined when it failed. */
const ok = <T>(outcome: T | FailedSection): T | undefined => (isFailedSection(outcome) ? undefined : outcome);

/** Identification of a row. */
export interface RowMeta {
  patientId: string;
  mrn?: string | null;
  issues: number;
}

/** The report sections a row reads: nothing else of a report goes into it. */
export type RowSections = Pick<
  ReportSections,
  'eularAcr2017' | 'bohanPeter1975' | 'imacs2023' | 'cancerProbability' | 'monitoring'
>;

/**
 * The sections a row reads, with the sections they need, in the order `assessCase` computes them (the
 * other sections of the report, the PNS criteria, are not computed for a row).
 */
const ROW_ORDER = sectionOrder(
  [eularAcr2017Set, bohanPeter1975Set, imacs2023Set, cancerProbabilitySet, monitoringSet],
  { includeNeeds: true },
);

/**
 * The result row of a validated case, computed from only the sections the row reads: the same row as
 * `buildResultRow(assessCase(c, { asOf }), meta)` (each section is computed from the case as of `asOf` and
 * the sections it needs, as in the report), without the report's other sections.
 * @param c - a validated case
 * @param asOf - the reference day (`YYYY-MM-DD`)
 * @param meta - patient id, MRN and issue count
 * @throws InputError as `assessCase` does (`asOf` not a calendar day, bad input to a section)
 */
export function assessRow(c: Case, asOf: string, meta: RowMeta): ResultRow {
  const results = runOrderedSections(ROW_ORDER, caseAsOf(c, asOf).case, { asOf });
  // Each key holds its own section's outcome (runOrderedSections stores every listed set's under its key).
  const sections = {
    eularAcr2017: results.get('eularAcr2017'),
    bohanPeter1975: results.get('bohanPeter1975'),
    imacs2023: results.get('imacs2023'),
    cancerProbability: results.get('cancerProbability'),
    monitoring: results.get('monitoring'),
  } as RowSections;
  return rowFromSections(sections, asOf, meta);
}

/**
 * Builds the result row of an assessed patient.
 * @param report - the assessment report
 * @param meta - patient id, MRN and issue count
 */
export function buildResultRow(report: AssessmentReport, meta: RowMeta): ResultRow {
  return rowFromSections(report, report.asOf, meta);
}

/**
 * Builds a result row from the sections it reads.
 * @param report - the sections (a whole report, or only those)
 * @param asOf - the reference day of the assessment
 * @param meta - patient id, MRN and issue count
 */
function rowFromSections(report: RowSections, asOf: string, meta: RowMeta): ResultRow {
  const eular = ok(report.eularAcr2017);
  const bp = ok(report.bohanPeter1975);
  const imacs = ok(report.imacs2023);
  const prob = ok(report.cancerProbability);
  const mon = ok(report.monitoring);
  const plan = imacs?.plan;

  // Lists of one hidden class, empty or not (src/core/lists.ts): this function stays compiled once.
  const overdue = newList<DueItem>();
  const due = newList<DueItem>();
  let lastScheduled = '';
  let running = false;
  for (const item of plan?.items ?? []) {
    const latest = item.due?.latest;
    if (!latest) continue;
    if (item.status === 'overdue') overdue.push({ id: item.id, due: latest });
    else if (item.status === 'due') due.push({ id: item.id, due: latest });
    if (item.status === 'due' || item.status === 'upcoming') running = true;
    if (item.status !== 'not-applicable' && latest > lastScheduled) lastScheduled = latest;
  }
  const asOfDay = parsePartialIsoDate(asOf)?.earliest;
  const lastDay = lastScheduled ? parsePartialIsoDate(lastScheduled)?.earliest : undefined;
  const screeningEnded =
    !running && lastDay !== undefined && asOfDay !== undefined && asOfDay - lastDay > SCHEDULE_LAPSE_DAYS;
  const days = newList<string>();
  for (const d of overdue) days.push(d.due);
  for (const d of due) days.push(d.due);
  days.sort();

  const alerts: RowAlert[] = [];
  for (const a of mon?.alerts.alerts ?? []) {
    if (a.severity !== 'high' && a.severity !== 'moderate') continue;
    alerts.push({ rule: a.rule, severity: a.severity, status: a.status });
  }

  const cancerKnown = prob?.cancerKnown === true;
  return {
    patientId: meta.patientId,
    mrn: meta.mrn ?? null,
    eularCategory: eular?.category ?? null,
    eularCategoryMax: eular?.categoryRange.max ?? null,
    eularSubgroup: eular?.subgroup ?? null,
    eularProbability: round3(eular?.probability),
    bohanPeter: bp?.category ?? null,
    imacsTier: imacs?.tier ?? null,
    imacsTierMax: imacs?.tierRange.max ?? null,
    cancerProbabilityStatus: cancerKnown ? 'cancer-known' : (prob?.status ?? null),
    cancerProbability: prob?.status === 'estimated' && !cancerKnown ? round3(prob.posterior) : null,
    screeningMode: plan?.mode ?? null,
    overdue,
    due,
    oldestDue: days[0] ?? null,
    screeningEnded,
    alerts,
    issues: meta.issues,
  };
}

/** Days after the last scheduled test from which a screening schedule counts as over (one year). */
export const SCHEDULE_LAPSE_DAYS = 365;

/**
 * The row of a patient that could not be assessed.
 * @param meta - patient id, MRN and issue count
 * @param error - what went wrong (no patient data)
 */
export function errorRow(meta: RowMeta, error: string): ResultRow {
  return {
    patientId: meta.patientId,
    mrn: meta.mrn ?? null,
    eularCategory: null,
    eularCategoryMax: null,
    eularSubgroup: null,
    eularProbability: null,
    bohanPeter: null,
    imacsTier: null,
    imacsTierMax: null,
    cancerProbabilityStatus: null,
    cancerProbability: null,
    screeningMode: null,
    overdue: [],
    due: [],
    oldestDue: null,
    screeningEnded: false,
    alerts: [],
    issues: meta.issues,
    error,
  };
}

/** CSV columns of results.csv (and worklist.csv after its rank), in order. */
export const ROW_COLUMNS = [
  'patientId',
  'mrn',
  'eularCategory',
  'eularCategoryMax',
  'eularSubgroup',
  'eularProbability',
  'bohanPeter',
  'imacsTier',
  'imacsTierMax',
  'cancerProbabilityStatus',
  'cancerProbability',
  'screeningMode',
  'overdue',
  'due',
  'oldestDue',
  'screeningEnded',
  'alerts',
  'issues',
  'error',
] as const;

const csvCell = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The CSV cells of a row (lists as `id@day; id@day`, alerts as `rule (severity[, possible])`).
 * @param r - the row
 */
export function rowCsvCells(r: ResultRow): string[] {
  const items = (xs: DueItem[]) => xs.map((d) => `${d.id}@${d.due}`).join('; ');
  return ROW_COLUMNS.map((k) => {
    const v = r[k];
    if (k === 'overdue' || k === 'due') return items(v as DueItem[]);
    if (k === 'alerts')
      return (v as RowAlert[])
        .map((a) => `${a.rule} (${a.severity}${a.status === 'met' ? '' : ', possible'})`)
        .join('; ');
    return v === null || v === undefined ? '' : String(v);
  }).map(csvCell);
}

/** A CSV line of a row (no newline). */
export function rowCsvLine(r: ResultRow): string {
  return rowCsvCells(r).join(',');
}

const TIER_RANK: Record<string, number> = { high: 0, moderate: 1, standard: 2 };

/** Whether a row belongs on the clinic worklist: probable/definite myositis with screening overdue or due. */
export function onWorklist(r: ResultRow): boolean {
  return (
    !r.error &&
    (r.eularCategory === 'probable' || r.eularCategory === 'definite') &&
    r.overdue.length + r.due.length > 0
  );
}

/**
 * Sort keys of the worklist, most urgent first: patients whose screening schedule is still running before
 * those whose schedule ended (listed last, not dropped), then overdue before due, then the oldest due day,
 * then the IMACS tier (high, moderate, standard, other).
 */
export function worklistKey(r: ResultRow): { overdue: number; oldestDue: string; tierRank: number } {
  return {
    overdue: (r.screeningEnded ? 2 : 0) + (r.overdue.length > 0 ? 0 : 1),
    oldestDue: r.oldestDue ?? '9999-12-31',
    tierRank: TIER_RANK[r.imacsTier ?? ''] ?? 3,
  };
}

/**
 * Compares two rows by worklist urgency (ties broken by patient id, so the order is total).
 * @param a - a row
 * @param b - another row
 */
export function compareWorklist(a: ResultRow, b: ResultRow): number {
  const x = worklistKey(a);
  const y = worklistKey(b);
  return (
    x.overdue - y.overdue ||
    (x.oldestDue < y.oldestDue ? -1 : x.oldestDue > y.oldestDue ? 1 : 0) ||
    x.tierRank - y.tierRank ||
    (a.patientId < b.patientId ? -1 : a.patientId > b.patientId ? 1 : 0)
  );
}
