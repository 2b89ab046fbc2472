/**
 * Cancer-association timing: the signed interval from the first myositis symptom to each cancer
 * diagnosis, and whether the cancer falls in the CAM, anti-TIF1γ and PNS windows. Partial and relative
 * dates stay day intervals, so a window status can be `uncertain` rather than invented.
 * @see {@link https://doi.org/10.1038/s41584-023-01045-w | Oldroyd 2023 (IMACS), ±3-year window}
 * @module
 */
import type { Case } from '../../case/schema.js';
import { anchorDate, resolveCaseDate } from '../../case/dates.js';
import type { Citation, Evidence } from '../../core/evidence.js';
import {
  addCalendarMonths,
  calendarMonthSpan,
  formatDay,
  intervalDifference,
  offsetToDays,
  type ClinicalDate,
  type DayInterval,
} from '../../core/dates.js';
import { triFromCode, type Tri } from '../../core/tri.js';
import { antibodyFact } from '../../facts/facts.js';
import { mapList } from '../../core/lists.js';

/** One time window, in calendar months relative to the first myositis symptom (negative = cancer first). */
export interface WindowDef {
  id: 'cam-3y' | 'tif1g' | 'pns-5y' | 'pns-2y';
  /** Earliest cancer diagnosis, in months relative to onset (inclusive). */
  fromMonths: number;
  /** Latest cancer diagnosis, in months relative to onset (inclusive). */
  toMonths: number;
  /** When the window is only meaningful for anti-TIF1γ-positive patients. */
  requiresAntibody?: 'TIF1-gamma';
  /**
   * The event the window is measured from: the first myositis symptom (default), or the myositis diagnosis
   * (Graus 2004 counts "within 5 years of the diagnosis" of the syndrome). A diagnosis-anchored window falls
   * back to the symptom onset when the diagnosis cannot be related to the cancer.
   */
  anchor?: 'symptom-onset' | 'diagnosis';
  cite: string;
  note?: string;
}

/** The windows, as data. Edges are inclusive calendar offsets (exactly 3 years after onset is inside). */
export const CANCER_WINDOWS: readonly WindowDef[] = [
  {
    id: 'cam-3y',
    fromMonths: -36,
    toMonths: 36,
    cite: 'cancer-association.md §1; IMACS 2023 abstract (±3 y of IIM onset)',
    note: 'Measured from first myositis symptom (the IMACS anchor), not from diagnosis.',
  },
  {
    id: 'tif1g',
    fromMonths: -36,
    toMonths: 30,
    requiresAntibody: 'TIF1-gamma',
    cite: 'Oldroyd 2019, Rheumatology 58:650 (cancer-association.md §1)',
    note: 'Observed window in anti-TIF1γ-positive DM (−3 y … +2.5 y); shown only as applying when the antibody is positive.',
  },
  {
    id: 'pns-5y',
    fromMonths: -60,
    toMonths: 60,
    anchor: 'diagnosis',
    cite: 'Graus 2004, definite criteria 1 and 3 (pns-criteria.md §A3)',
    note: 'Applied in both directions (reference decision): a cancer found before the syndrome counts. Measured from the diagnosis of the syndrome (Graus wording), else from the first symptom.',
  },
  {
    id: 'pns-2y',
    fromMonths: -24,
    toMonths: 24,
    anchor: 'diagnosis',
    cite: 'Graus 2004, possible criterion 3 (pns-criteria.md §A3)',
    note: 'Applied in both directions (reference decision); measured from the diagnosis of the syndrome, else from the first symptom.',
  },
];

/** Where a cancer falls relative to a window. `unknown`: a date is missing. */
export type WindowStatus = 'in' | 'out' | 'uncertain' | 'unknown';

/** A window verdict as three-valued: in → met, out → not-met, uncertain or unknown → unknown. */
export function windowTri(status: WindowStatus | undefined): Tri {
  return triFromCode(status, 'in', 'out');
}

/** One window's verdict for one cancer. */
export interface WindowResult {
  id: WindowDef['id'];
  status: WindowStatus;
  /** Whether the window applies to this patient (TIF1γ window: antibody positive). */
  applies: Tri;
  /** The event the verdict was measured from (a diagnosis-anchored window may fall back to the onset). */
  measuredFrom: 'symptom-onset' | 'diagnosis';
  cite: string;
}

/** Timing of one cancer. */
export interface CancerTiming {
  /** Index in `case.cancers`. */
  index: number;
  id?: string;
  histology?: string;
  site?: string;
  diagnosis: { earliest: string; latest: string; precision: DayInterval['precision'] } | null;
  /** Signed days from first symptom to cancer diagnosis (negative: cancer first), as a min–max range. */
  intervalDays: { min: number; max: number } | null;
  /** The same in years (365.25-day), two decimals. */
  intervalYears: { min: number; max: number } | null;
  windows: WindowResult[];
  evidence: Evidence[];
}

/** The cancer-association section. */
export interface CancerAssociationResult {
  section: 'cancer-association';
  onset: { earliest: string; latest: string; precision: DayInterval['precision'] } | null;
  antiTif1g: Tri;
  cancers: CancerTiming[];
  /** Any cancer in the ±3-year CAM window (met), none can be (not-met), undecided (unknown). */
  cancerAssociated: Tri;
  /** Field paths of dates that are missing. */
  missing: string[];
  /** Field paths of dates too imprecise to settle the ±3-year verdict (it is `uncertain`). */
  imprecise: string[];
  citations: Citation[];
}

/**
 * Where a cancer diagnosis falls in a window around onset, over every day both dates can be.
 * @param onset - first-symptom interval
 * @param cancer - cancer-diagnosis interval
 * @param w - the window
 * @returns `in` when every combination is inside, `out` when none is, else `uncertain`
 */
export function windowStatus(
  onset: DayInterval,
  cancer: DayInterval,
  w: Pick<WindowDef, 'fromMonths' | 'toMonths'>,
): Exclude<WindowStatus, 'unknown'> {
  // Window edges grow monotonically with the onset day, so the extreme onsets bound every case.
  const allIn =
    addCalendarMonths(onset.latest, w.fromMonths) <= cancer.earliest &&
    cancer.latest <= addCalendarMonths(onset.earliest, w.toMonths);
  if (allIn) return 'in';
  const anyIn =
    cancer.latest >= addCalendarMonths(onset.earliest, w.fromMonths) &&
    cancer.earliest <= addCalendarMonths(onset.latest, w.toMonths);
  return anyIn ? 'uncertain' : 'out';
}

/**
 * Window verdict from a signed day difference alone (when neither date resolves to calendar days but both
 * are stated relative to the same event). Calendar-month edges are taken at their shortest and longest.
 * @param diff - cancer − onset in days (min–max)
 * @param w - the window
 */
export function windowStatusFromDifference(
  diff: { min: number; max: number },
  w: Pick<WindowDef, 'fromMonths' | 'toMonths'>,
): Exclude<WindowStatus, 'unknown'> {
  const before = calendarMonthSpan(w.fromMonths);
  const after = calendarMonthSpan(w.toMonths);
  const lo = w.fromMonths < 0 ? { min: -before.max, max: -before.min } : before;
  if (diff.min >= lo.max && diff.max <= after.min) return 'in';
  if (diff.max < lo.min || diff.min > after.max) return 'out';
  return 'uncertain';
}

/** Offsets (days, min–max) of an event from every anchor on its relative-date chain, itself included. */
function offsetsFromAnchors(
  c: Case,
  selfId: string | undefined,
  date: ClinicalDate | undefined,
): Map<string, { min: number; max: number }> {
  const out = new Map<string, { min: number; max: number }>();
  let acc = { min: 0, max: 0 };
  if (selfId) out.set(selfId, acc);
  let d = date;
  while (d !== undefined && typeof d !== 'string' && !out.has(d.relativeTo)) {
    const step = offsetToDays(d.offset, d.unit, d.approximate);
    acc = { min: acc.min + step.min, max: acc.max + step.max };
    out.set(d.relativeTo, acc);
    d = anchorDate(c, d.relativeTo);
  }
  return out;
}

/**
 * Signed difference `b − a` in days between two events stated relative to a common event, when they cannot
 * be placed on the calendar.
 * @param c - the case (anchors are looked up in it)
 * @param a - first event: its own anchor id (if any) and its date
 * @param b - second event: its own anchor id (if any) and its date
 * @returns the min–max range, or undefined when the two chains share no event
 */
export function relativeDifference(
  c: Case,
  a: { id?: string; date: ClinicalDate | undefined },
  b: { id?: string; date: ClinicalDate | undefined },
): { min: number; max: number } | undefined {
  const fa = offsetsFromAnchors(c, a.id, a.date);
  const fb = offsetsFromAnchors(c, b.id, b.date);
  for (const [anchor, ob] of fb) {
    const oa = fa.get(anchor);
    if (oa) return { min: ob.min - oa.max, max: ob.max - oa.min };
  }
  return undefined;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const fmt = (d: DayInterval) => ({
  earliest: formatDay(d.earliest),
  latest: formatDay(d.latest),
  precision: d.precision,
});

/** Sources for the windows. */
export const TIMING_CITATIONS: readonly [Citation, ...Citation[]] = [
  {
    label:
      'Oldroyd AGS et al. IMACS international guideline for IIM-associated cancer screening. Nat Rev Rheumatol 2023;19:805–817',
    doi: '10.1038/s41584-023-01045-w',
    pmid: '37945774',
    locator: 'abstract: ±3-year risk window',
  },
  {
    label:
      'Oldroyd A et al. Temporal relationship between cancer and anti-TIF1 antibody-positive DM. Rheumatology 2019;58:650–655',
    doi: '10.1093/rheumatology/key357',
    pmid: '30535395',
  },
  {
    label:
      'Graus F et al. Recommended diagnostic criteria for paraneoplastic neurological syndromes. J Neurol Neurosurg Psychiatry 2004;75:1135–1140',
    doi: '10.1136/jnnp.2003.034447',
    pmid: '15258215',
  },
];

/**
 * Computes the timing of every cancer of a case relative to the first myositis symptom. In an assessment it
 * runs once, as the `cancerAssociation` section; the sections that read it receive that result.
 * @param c - a validated case
 */
export function cancerTiming(c: Case): CancerAssociationResult {
  const onset = resolveCaseDate(c, c.dates.symptomOnset);
  const diagnosis = resolveCaseDate(c, c.dates.diagnosis);
  const tif = antibodyFact(c, 'TIF1-gamma').status;
  const missing: string[] = [];
  // Lists of one hidden class, empty or not (mapList, src/core/lists.ts): the sections that read them stay
  // compiled once.
  const cancers = mapList(c.cancers, (k, index): CancerTiming => {
    const dx = resolveCaseDate(c, k.diagnosisDate);
    const relative =
      onset && dx
        ? undefined
        : relativeDifference(
            c,
            { id: 'symptom-onset', date: c.dates.symptomOnset },
            Object.assign({}, k.id ? { id: k.id } : {}, { date: k.diagnosisDate }),
          );
    if (!dx && !relative) missing.push(`cancers[${index}].diagnosisDate`);
    const diff = onset && dx ? intervalDifference(onset, dx) : (relative ?? null);
    const fromOnset = (w: WindowDef): WindowStatus =>
      onset && dx
        ? windowStatus(onset, dx, w)
        : relative
          ? windowStatusFromDifference(relative, w)
          : 'unknown';
    const fromDiagnosis = (w: WindowDef): WindowStatus | undefined => {
      if (diagnosis && dx) return windowStatus(diagnosis, dx, w);
      const rel = relativeDifference(
        c,
        { id: 'diagnosis', date: c.dates.diagnosis },
        Object.assign({}, k.id ? { id: k.id } : {}, { date: k.diagnosisDate }),
      );
      return rel ? windowStatusFromDifference(rel, w) : undefined;
    };
    const windows = CANCER_WINDOWS.map((w): WindowResult => {
      const byDiagnosis = w.anchor === 'diagnosis' ? fromDiagnosis(w) : undefined;
      return {
        id: w.id,
        status: byDiagnosis ?? fromOnset(w),
        applies: w.requiresAntibody ? tif : 'met',
        measuredFrom: byDiagnosis !== undefined ? 'diagnosis' : 'symptom-onset',
        cite: w.cite,
      };
    });
    return {
      index,
      ...(k.id ? { id: k.id } : {}),
      ...(k.histology ? { histology: k.histology } : {}),
      ...(k.site ? { site: k.site } : {}),
      diagnosis: dx ? fmt(dx) : null,
      intervalDays: diff,
      intervalYears: diff ? { min: round2(diff.min / 365.25), max: round2(diff.max / 365.25) } : null,
      windows,
      evidence: [
        { path: `cancers[${index}].diagnosisDate`, value: k.diagnosisDate ?? null },
        { path: 'dates.symptomOnset', value: c.dates.symptomOnset ?? null },
      ],
    };
  });
  if (!onset && (cancers.length === 0 || cancers.some((k) => k.intervalDays === null)))
    missing.unshift('dates.symptomOnset');
  const cam = mapList(cancers, (k) => k.windows.find((w) => w.id === 'cam-3y')!.status);
  const cancerAssociated: Tri = cam.includes('in')
    ? 'met'
    : cam.some((s) => s === 'uncertain' || s === 'unknown')
      ? 'unknown'
      : cancers.length
        ? 'not-met'
        : 'unknown';
  const imprecise = cancers
    .filter((_, i) => cam[i] === 'uncertain')
    .flatMap((k) => ['dates.symptomOnset', `cancers[${k.index}].diagnosisDate`])
    .filter((p, i, a) => a.indexOf(p) === i);
  return {
    section: 'cancer-association',
    onset: onset ? fmt(onset) : null,
    antiTif1g: tif,
    cancers,
    cancerAssociated,
    missing,
    imprecise,
    citations: [...TIMING_CITATIONS],
  };
}

const RANK: Record<WindowStatus, number> = { in: 0, uncertain: 1, unknown: 2, out: 3 };

/**
 * The cancer closest to qualifying for a window (in, then uncertain, unknown, out).
 * @param timing - the timing result
 * @param windowId - the window to rank by
 */
export function bestCancerFor(
  timing: CancerAssociationResult,
  windowId: WindowDef['id'],
): CancerTiming | undefined {
  const status = (k: CancerTiming) => k.windows.find((w) => w.id === windowId)!.status;
  return [...timing.cancers].sort((a, b) => RANK[status(a)] - RANK[status(b)])[0];
}
