/**
 * One population result row per patient, built from an assessment report. This is the only module of the
 * population pipeline that reads report sections (by their keys): when the report's section registry
 * changes, this file is the one to adapt. Pure.
 * @module
 */
import type { AssessmentReport } from '../assess/assess.js';
import { parsePartialIsoDate } from '../core/dates.js';

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

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);
const s = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const round3 = (x: unknown): number | null => (typeof x === 'number' ? Math.round(x * 1000) / 1000 : null);

/** Identification of a row. */
export interface RowMeta {
  patientId: string;
  mrn?: string | null;
  issues: number;
}

/**
 * Builds the result row of an assessed patient.
 * @param report - the assessment report
 * @param meta - patient id, MRN and issue count
 */
export function buildResultRow(report: AssessmentReport, meta: RowMeta): ResultRow {
  const eular = isRec(report.eularAcr2017) ? report.eularAcr2017 : {};
  const bp = isRec(report.bohanPeter1975) ? report.bohanPeter1975 : {};
  const imacs = isRec(report.imacs2023) ? report.imacs2023 : {};
  const prob = isRec(report.cancerProbability) ? report.cancerProbability : {};
  const mon = isRec(report.monitoring) ? report.monitoring : {};
  const plan = isRec(imacs.plan) ? imacs.plan : {};

  const overdue: DueItem[] = [];
  const due: DueItem[] = [];
  let lastScheduled = '';
  let running = false;
  for (const item of Array.isArray(plan.items) ? plan.items : []) {
    if (!isRec(item) || !isRec(item.due)) continue;
    const latest = s(item.due.latest);
    if (!latest) continue;
    if (item.status === 'overdue') overdue.push({ id: String(item.id), due: latest });
    else if (item.status === 'due') due.push({ id: String(item.id), due: latest });
    if (item.status === 'due' || item.status === 'upcoming') running = true;
    if (item.status !== 'not-applicable' && latest > lastScheduled) lastScheduled = latest;
  }
  const asOfDay = parsePartialIsoDate(report.asOf)?.earliest;
  const lastDay = lastScheduled ? parsePartialIsoDate(lastScheduled)?.earliest : undefined;
  const screeningEnded =
    !running && lastDay !== undefined && asOfDay !== undefined && asOfDay - lastDay > SCHEDULE_LAPSE_DAYS;
  const days = [...overdue, ...due].map((d) => d.due).sort();

  const alertsResult = isRec(mon.alerts) ? mon.alerts : {};
  const alerts: RowAlert[] = [];
  for (const a of Array.isArray(alertsResult.alerts) ? alertsResult.alerts : []) {
    if (!isRec(a) || (a.severity !== 'high' && a.severity !== 'moderate')) continue;
    alerts.push({ rule: String(a.rule), severity: String(a.severity), status: String(a.status) });
  }

  const cancerKnown = prob.cancerKnown === true;
  const estimated = prob.status === 'estimated';
  const categoryRange = isRec(eular.categoryRange) ? eular.categoryRange : {};
  const tierRange = isRec(imacs.tierRange) ? imacs.tierRange : {};
  return {
    patientId: meta.patientId,
    mrn: meta.mrn ?? null,
    eularCategory: s(eular.category),
    eularCategoryMax: s(categoryRange.max),
    eularSubgroup: s(eular.subgroup),
    eularProbability: round3(eular.probability),
    bohanPeter: s(bp.category),
    imacsTier: s(imacs.tier),
    imacsTierMax: s(tierRange.max),
    cancerProbabilityStatus: cancerKnown ? 'cancer-known' : s(prob.status),
    cancerProbability: estimated && !cancerKnown ? round3(prob.posterior) : null,
    screeningMode: s(plan.mode),
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
