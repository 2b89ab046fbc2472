/**
 * Scores one extracted case against its gold annotation, per field group, by the matching rules of
 * `corpus/README.md` ("Scoring"). Pure: no I/O, no clock.
 * @module
 */
import { resolveCaseDate } from '../case/dates.js';
import { KNOWN_FINDING_IDS, type Case, type Cancer, type Lab } from '../case/schema.js';
import type { ClinicalDate, OffsetUnit } from '../core/dates.js';
import type { Gold, GoldCancer, GoldLab } from './gold.js';
import {
  analyteKey,
  antibodyKey,
  histologyMatches,
  isPanelTarget,
  siteMatches,
  unitKey,
} from './normalize.js';

/** Field groups of the figures (issue 12 §4). */
export const FIELD_GROUPS = ['findings', 'labs', 'antibodies', 'patient', 'cancers', 'timing'] as const;
/** A field group. */
export type FieldGroup = (typeof FIELD_GROUPS)[number];

/** True positives, false positives, false negatives. A wrong value counts once as fp and once as fn. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** One disagreement, for the per-case listing (`--verbose`). */
export interface Miss {
  group: FieldGroup | 'studies';
  kind: 'fp' | 'fn' | 'wrong';
  item: string;
  gold?: string;
  pred?: string;
  /** For a wrong lab, the part of the reading that differs from the gold (see {@link labDifference}). */
  differs?: LabDifference;
  /** For a lab, its analyte as the gold (else the extraction) names it: the item without its value. */
  analyte?: string;
}

/** The part of a lab reading that differs from its gold reading. */
export type LabDifference =
  | 'value'
  | 'value by a power of ten'
  | 'unit not read'
  | 'unit'
  | 'comparator'
  | 'upper limit'
  | 'interpretation';

/** The score of one case. */
export interface CaseScore {
  groups: Record<FieldGroup, Counts>;
  /** EMG, muscle and skin biopsy: reported beside the groups, not part of `overall`. */
  studies: Counts;
  /** Predicted findings whose id the gold cannot judge (ids outside the criteria list, ambiguous ids). */
  unscoredFindings: number;
  misses: Miss[];
}

/** Options of {@link scoreCase}. */
export interface ScoreOptions {
  /**
   * The gold lists only some findings, studies and dates (the seed cases): predicted findings of other
   * ids, studies the gold does not describe and a symptom onset it does not state are not counted as false
   * positives.
   */
  partial?: boolean;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const KNOWN = new Set<string>(KNOWN_FINDING_IDS);

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  return a;
}

/** Precision and recall, unrounded (1 when there is nothing to find, or nothing was predicted). */
function precisionRecall(c: Counts): { p: number; r: number } {
  return { p: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1, r: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1 };
}

/** F1 of the counts, unrounded (as {@link prf} computes it). */
export function f1Score(c: Counts): number {
  const { p, r } = precisionRecall(c);
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Precision, recall and F1 (1 when there is nothing to find and nothing was predicted). */
export function prf(c: Counts): Counts & { precision: number; recall: number; f1: number } {
  const { p, r } = precisionRecall(c);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { ...c, precision: r3(p), recall: r3(r), f1: r3(f1Score(c)) };
}

class Tally {
  readonly counts = zero();
  constructor(
    private readonly group: FieldGroup | 'studies',
    private readonly misses: Miss[],
  ) {}
  /** Compares one gold value with one predicted value (either may be missing). */
  compare(
    item: string,
    gold: string | undefined,
    pred: string | undefined,
    same = gold === pred,
    extra: Pick<Miss, 'differs' | 'analyte'> = {},
  ): void {
    if (gold === undefined && pred === undefined) return;
    const { differs, analyte } = extra;
    const more = { ...(analyte !== undefined && { analyte }) };
    if (gold === undefined) {
      this.counts.fp++;
      this.misses.push({ group: this.group, kind: 'fp', item, pred: pred!, ...more });
    } else if (pred === undefined) {
      this.counts.fn++;
      this.misses.push({ group: this.group, kind: 'fn', item, gold, ...more });
    } else if (same) this.counts.tp++;
    else {
      this.counts.fp++;
      this.counts.fn++;
      this.misses.push({
        group: this.group,
        kind: 'wrong',
        item,
        gold,
        pred,
        ...(differs && { differs }),
        ...more,
      });
    }
  }
}

function scoreFindings(g: Gold, c: Case, t: Tally, opts: ScoreOptions): number {
  const ambiguous = new Set<string>(g.ambiguous ?? []);
  const pred = new Map<string, string>();
  let unscored = 0;
  for (const f of c.findings) {
    if (f.status === 'unknown') continue;
    if (!KNOWN.has(f.id) || ambiguous.has(f.id)) unscored++;
    else pred.set(f.id, f.status);
  }
  const gold = g.findings as Record<string, string | undefined>;
  for (const [id, status] of Object.entries(gold)) if (status) t.compare(id, status, pred.get(id));
  for (const [id, status] of pred) {
    if (gold[id] !== undefined) continue;
    if (opts.partial) unscored++;
    else t.compare(id, undefined, status);
  }
  return unscored;
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-6, Math.abs(b) * 0.005);
const labHigh = (l: Lab) => l.upperLimit ?? l.referenceRange?.high;

/**
 * Whether two units of one analyte are the same: by their keys, and an ESR "in mm", as some reports write it, is its
 * millimetres in the first hour (session 43: "an ESR of 59 mm" written by the gold, read as mm/h).
 */
function sameLabUnit(analyte: string, a: string, b: string): boolean {
  const [x, y] = [unitKey(a), unitKey(b)];
  if (x === y) return true;
  return analyteKey(analyte) === 'esr' && [x, y].every((u) => u === 'mm' || u === 'mm/h');
}

/** Whether a predicted lab carries the gold lab's value, unit, comparator and upper limit. */
export function labMatches(gl: GoldLab, l: Lab): boolean {
  return analyteKey(l.analyte) === analyteKey(gl.analyte) && labDifference(gl, l) === undefined;
}

/**
 * The first part of a lab reading (of the gold lab's analyte) that differs from the gold's — the interpretation of
 * a lab without a value; else the value, the unit, the comparator, the upper limit, in this order — or undefined
 * when the reading is the gold's. A value off by a power of ten (a thousands separator read as a decimal point, a
 * unit's prefix) is told apart.
 * @param gl - the gold lab
 * @param l - a reading of the same analyte
 */
export function labDifference(gl: GoldLab, l: Lab): LabDifference | undefined {
  if (gl.value === undefined)
    return l.value === undefined && l.interpretation === gl.interpretation ? undefined : 'interpretation';
  if (l.value === undefined) return 'value';
  if (!close(l.value, gl.value)) {
    const k = Math.log10(Math.abs(l.value / gl.value));
    return gl.value !== 0 && l.value !== 0 && Math.abs(k - Math.round(k)) < 1e-3
      ? 'value by a power of ten'
      : 'value';
  }
  if (gl.unit !== undefined && l.unit === undefined) return 'unit not read';
  if (gl.unit !== undefined && !sameLabUnit(gl.analyte, l.unit!, gl.unit)) return 'unit';
  if (gl.comparator !== undefined && l.comparator !== gl.comparator) return 'comparator';
  if (gl.upperLimit !== undefined) {
    const high = labHigh(l);
    if (high === undefined || !close(high, gl.upperLimit)) return 'upper limit';
  }
  return undefined;
}

const labText = (l: {
  analyte: string;
  value?: number;
  unit?: string;
  comparator?: string;
  interpretation?: string;
  upperLimit?: number;
  referenceRange?: { high?: number };
}) => {
  if (l.value === undefined) return `${l.analyte} ${l.interpretation}`;
  const high = l.upperLimit ?? l.referenceRange?.high;
  return `${l.analyte} ${l.comparator ?? ''}${l.value}${l.unit ? ` ${l.unit}` : ''}${high !== undefined ? ` (ULN ${high})` : ''}`;
};

function scoreLabs(g: Gold, c: Case, t: Tally): void {
  const skip = new Set((g.ambiguousLabs ?? []).map(analyteKey));
  const preds = c.labs.filter((l) => !skip.has(analyteKey(l.analyte)));
  const used = new Set<number>();
  // Numeric gold items first, so a qualitative gold item cannot take a lab that carries a value.
  const order = [...g.labs].sort((a, b) => Number(a.value === undefined) - Number(b.value === undefined));
  const pairing = new Map<GoldLab, { index: number; right: boolean }>();
  const take = (gl: GoldLab, right: boolean, fits: (l: Lab) => boolean) => {
    if (pairing.has(gl)) return;
    const i = preds.findIndex((l, k) => !used.has(k) && fits(l));
    if (i < 0) return;
    used.add(i);
    pairing.set(gl, { index: i, right });
  };
  // Every exact match first, so that a gold value the extraction missed cannot take the prediction that a
  // later gold value matches exactly ("CK 3,560 then 1,836": the 1,836 keeps its match).
  for (const gl of order) take(gl, true, (l) => labMatches(gl, l));
  // Then the closest wrong reading (same analyte; the same value before any other) is reported as wrong
  // rather than as a miss and a false positive.
  const sameKind = (gl: GoldLab, l: Lab) =>
    analyteKey(l.analyte) === analyteKey(gl.analyte) && (gl.value === undefined) === (l.value === undefined);
  for (const gl of order)
    take(gl, false, (l) => sameKind(gl, l) && gl.value !== undefined && close(l.value!, gl.value));
  for (const gl of order) take(gl, false, (l) => sameKind(gl, l));
  for (const gl of order) {
    const p = pairing.get(gl);
    const analyte = gl.analyte;
    if (!p) t.compare(labText(gl), labText(gl), undefined, undefined, { analyte });
    else if (p.right) t.compare(labText(gl), labText(gl), labText(gl));
    else
      t.compare(labText(gl), labText(gl), labText(preds[p.index]!), false, {
        differs: labDifference(gl, preds[p.index]!),
        analyte,
      });
  }
  preds.forEach((l, k) => {
    if (used.has(k)) return;
    // "CK was elevated at 5,124 U/L" may give a value and an interpretation-only lab: the second is not a
    // new fact when the gold has the analyte with a value.
    const key = analyteKey(l.analyte);
    if (
      l.value === undefined &&
      g.labs.some((gl) => gl.value !== undefined && analyteKey(gl.analyte) === key)
    )
      return;
    t.compare(labText(l), undefined, labText(l), undefined, { analyte: l.analyte });
  });
}

function scoreAntibodies(g: Gold, c: Case, t: Tally): void {
  const pred = new Map<string, { target: string; result: string }>();
  const panels: { target: string; result: string }[] = [];
  for (const a of c.antibodies) {
    if (a.result === 'unknown') continue;
    if (isPanelTarget(a.target)) panels.push({ target: a.target, result: a.result });
    else pred.set(antibodyKey(a.target), { target: a.target, result: a.result });
  }
  const goldKeys = new Set<string>();
  for (const [target, result] of Object.entries(g.antibodies)) {
    const k = antibodyKey(target);
    goldKeys.add(k);
    t.compare(target, result, pred.get(k)?.result);
  }
  for (const [k, p] of pred) if (!goldKeys.has(k)) t.compare(p.target, undefined, p.result);
  const usedPanels = new Set<number>();
  for (const gp of g.panels ?? []) {
    const i = panels.findIndex((p, k) => !usedPanels.has(k) && p.result === gp.result);
    if (i >= 0) usedPanels.add(i);
    t.compare(`panel: ${gp.panel}`, gp.result, i >= 0 ? gp.result : undefined);
  }
  panels.forEach((p, k) => {
    if (!usedPanels.has(k)) t.compare(`panel: ${p.target}`, undefined, p.result);
  });
}

function scorePatient(g: Gold, c: Case, t: Tally): void {
  const age = c.patient.age;
  if (g.patient.age !== undefined || g.patient.ageRange !== undefined) {
    const [lo, hi] = g.patient.ageRange ?? [g.patient.age!, g.patient.age!];
    const goldText = lo === hi ? String(lo) : `${lo}–${hi}`;
    t.compare(
      'age',
      goldText,
      age === undefined ? undefined : String(age),
      age !== undefined && age >= lo && age <= hi,
    );
  } else t.compare('age', undefined, age === undefined ? undefined : String(age));
  const sex = c.patient.sex === 'unknown' ? undefined : c.patient.sex;
  t.compare('sex', g.patient.sex, sex);
  // Smoking and family history are scored only where the gold states them.
  if (g.patient.smoking)
    t.compare('smoking', g.patient.smoking, c.patient.smoking === 'unknown' ? undefined : c.patient.smoking);
  if (g.patient.familyHistoryOfCancer)
    t.compare(
      'family history of cancer',
      g.patient.familyHistoryOfCancer,
      c.patient.familyHistoryOfCancer === 'unknown' ? undefined : c.patient.familyHistoryOfCancer,
    );
}

const predSite = (k: Cancer) => k.site ?? (k.primaryUnknown ? 'unknown primary' : undefined);

function cancerCompatible(gc: GoldCancer, k: Cancer): boolean {
  const site = predSite(k);
  const siteOk = gc.site !== undefined && site !== undefined && siteMatches(site, gc.site, gc.accept?.site);
  const histOk =
    gc.histology !== undefined &&
    k.histology !== undefined &&
    histologyMatches(k.histology, gc.histology, gc.accept?.histology);
  if (gc.site === undefined && gc.histology === undefined) return true;
  return siteOk || histOk;
}

const MONTHS: Record<OffsetUnit, number> = { day: 1 / 30.4375, week: 7 / 30.4375, month: 1, year: 12 };
const MYOSITIS_ANCHORS = new Set(['symptom-onset', 'diagnosis', 'presentation']);

/**
 * Months from the myositis to the cancer diagnosis as the extraction states them (negative: the cancer came
 * first). A date relative to the myositis onset, diagnosis or presentation is read directly (the three
 * anchors are treated as one event); otherwise both dates are resolved and their midpoints compared.
 */
export function cancerMonthsFromMyositis(c: Case, k: Cancer): number | undefined {
  const d = k.diagnosisDate;
  if (d === undefined) return undefined;
  if (typeof d !== 'string' && MYOSITIS_ANCHORS.has(d.relativeTo)) return d.offset * MONTHS[d.unit];
  const myo: ClinicalDate | undefined = c.dates.diagnosis ?? c.dates.symptomOnset ?? c.dates.presentation;
  const a = resolveCaseDate(c, myo);
  const b = resolveCaseDate(c, d);
  if (!a || !b) return undefined;
  const mid = (x: { earliest: number; latest: number }) => (x.earliest + x.latest) / 2;
  return (mid(b) - mid(a)) / 30.4375;
}

/** Months between the first symptom and the presentation as extracted (positive: onset came first). */
export function onsetMonthsBeforePresentation(c: Case): number | undefined {
  const d = c.dates.symptomOnset;
  if (d === undefined) return undefined;
  if (typeof d !== 'string' && d.relativeTo === 'presentation') return -d.offset * MONTHS[d.unit];
  const a = resolveCaseDate(c, d);
  const b = resolveCaseDate(c, c.dates.presentation);
  if (!a || !b) return undefined;
  return ((b.earliest + b.latest) / 2 - (a.earliest + a.latest) / 2) / 30.4375;
}

/** Whether a signed interval (months, cancer minus myositis) agrees with the gold timing. */
export function timingMatches(gold: NonNullable<GoldCancer['timing']>, months: number): boolean {
  if (gold.relation === 'concurrent') return Math.abs(months) <= Math.max(1, gold.months ?? 0);
  const signOk = gold.relation === 'before' ? months < 0 : months > 0;
  if (!signOk) return false;
  if (gold.months === undefined) return true;
  return Math.abs(Math.abs(months) - gold.months) <= Math.max(1, gold.months * 0.25);
}

const timingText = (m: number | undefined) =>
  m === undefined
    ? undefined
    : m === 0
      ? 'same time'
      : `${Math.abs(Math.round(m * 10) / 10)} mo ${m < 0 ? 'before' : 'after'}`;
const goldTimingText = (t: NonNullable<GoldCancer['timing']>) =>
  t.relation === 'concurrent'
    ? 'concurrent'
    : `${t.months !== undefined ? `${t.months} mo ` : ''}${t.relation}`;

function scoreCancersAndTiming(g: Gold, c: Case, tc: Tally, tt: Tally, partial = false): void {
  const used = new Set<number>();
  const certain = g.cancers.filter((x) => !x.uncertain);
  // Specific gold cancers pick their match first.
  const order = [...certain].sort(
    (a, b) =>
      Number(a.site === undefined && a.histology === undefined) -
      Number(b.site === undefined && b.histology === undefined),
  );
  for (const gc of order) {
    const name = gc.histology ?? gc.site ?? 'cancer';
    const i = c.cancers.findIndex((k, j) => !used.has(j) && cancerCompatible(gc, k));
    const k = i >= 0 ? c.cancers[i] : undefined;
    if (i >= 0) used.add(i);
    tc.compare(`cancer: ${name}`, 'present', k ? 'present' : undefined);
    if (gc.site !== undefined) {
      const site = k ? predSite(k) : undefined;
      tc.compare(
        `site of ${name}`,
        gc.site,
        site,
        site !== undefined && siteMatches(site, gc.site, gc.accept?.site),
      );
    }
    if (gc.histology !== undefined) {
      const h = k?.histology;
      tc.compare(
        `histology of ${name}`,
        gc.histology,
        h,
        h !== undefined && histologyMatches(h, gc.histology, gc.accept?.histology),
      );
    }
    if (k) {
      const m = cancerMonthsFromMyositis(c, k);
      // An order stated without an interval ("history of", "revealing") is read from relationToMyositis: it
      // matches a gold timing of the same relation that states no interval either.
      const rel = m === undefined ? k.relationToMyositis : undefined;
      if (gc.timing) {
        if (rel !== undefined)
          tt.compare(
            `timing of ${name}`,
            goldTimingText(gc.timing),
            `${rel} (interval not stated)`,
            rel === gc.timing.relation && gc.timing.months === undefined,
          );
        else
          tt.compare(
            `timing of ${name}`,
            goldTimingText(gc.timing),
            timingText(m),
            m !== undefined && timingMatches(gc.timing, m),
          );
      } else if (m !== undefined || rel !== undefined)
        tt.compare(
          `timing of ${name}`,
          undefined,
          rel !== undefined ? `${rel} (interval not stated)` : timingText(m),
        );
    } else if (gc.timing) tt.compare(`timing of ${name}`, goldTimingText(gc.timing), undefined);
  }
  const hedged = g.cancers.filter((x) => x.uncertain);
  c.cancers.forEach((k, j) => {
    if (used.has(j)) return;
    if (hedged.some((gc) => cancerCompatible(gc, k))) return;
    tc.compare(`cancer: ${k.histology ?? predSite(k) ?? 'cancer'}`, undefined, 'present');
  });
  const onset = onsetMonthsBeforePresentation(c);
  const go = g.onset?.monthsBeforePresentation;
  if (partial && go === undefined) return;
  tt.compare(
    'symptom onset',
    go === undefined ? undefined : `${go} mo`,
    onset === undefined ? undefined : `${Math.round(onset * 10) / 10} mo`,
    go !== undefined && onset !== undefined && Math.abs(onset - go) <= Math.max(0.5, go * 0.25),
  );
}

function scoreStudies(g: Gold, c: Case, t: Tally, partial = false): void {
  const judge = (goldValue: unknown, predValue: unknown) =>
    goldValue !== undefined || (!partial && predValue !== undefined);
  const emg = c.emg && c.emg.interpretation !== 'unknown' ? c.emg.interpretation : undefined;
  if (judge(g.emg, emg)) t.compare('EMG', g.emg, emg);
  const mb = c.muscleBiopsy;
  const conclusion = mb?.conclusion && mb.conclusion !== 'unknown' ? mb.conclusion : undefined;
  if (g.muscleBiopsy?.conclusion || conclusion)
    t.compare('muscle biopsy', g.muscleBiopsy?.conclusion, conclusion);
  const gf = (g.muscleBiopsy?.features ?? {}) as Record<string, string | undefined>;
  const pf = (mb?.features ?? {}) as Record<string, string | undefined>;
  for (const key of new Set([...Object.keys(gf), ...Object.keys(pf)])) {
    const p = pf[key] === 'unknown' ? undefined : pf[key];
    if (judge(gf[key], p)) t.compare(`biopsy ${key}`, gf[key], p);
  }
  const sb =
    c.skinBiopsy?.conclusion && c.skinBiopsy.conclusion !== 'unknown' ? c.skinBiopsy.conclusion : undefined;
  if (judge(g.skinBiopsy, sb)) t.compare('skin biopsy', g.skinBiopsy, sb);
}

/**
 * Scores an extracted case against its gold annotation.
 * @param gold - the gold annotation
 * @param pred - the extracted case
 * @param opts - scoring options
 */
export function scoreCase(gold: Gold, pred: Case, opts: ScoreOptions = {}): CaseScore {
  const misses: Miss[] = [];
  const t = Object.fromEntries(FIELD_GROUPS.map((k) => [k, new Tally(k, misses)])) as Record<
    FieldGroup,
    Tally
  >;
  const studies = new Tally('studies', misses);
  const unscoredFindings = scoreFindings(gold, pred, t.findings, opts);
  scoreLabs(gold, pred, t.labs);
  scoreAntibodies(gold, pred, t.antibodies);
  scorePatient(gold, pred, t.patient);
  scoreCancersAndTiming(gold, pred, t.cancers, t.timing, opts.partial);
  scoreStudies(gold, pred, studies, opts.partial);
  const groups = Object.fromEntries(FIELD_GROUPS.map((k) => [k, t[k].counts])) as Record<FieldGroup, Counts>;
  return { groups, studies: studies.counts, unscoredFindings, misses };
}
