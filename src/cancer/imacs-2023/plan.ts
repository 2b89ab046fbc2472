/**
 * The dated screening plan: each panel item at diagnosis and each yearly repeat, with its due date
 * computed from the case's dates and its status from `case.investigations` relative to `asOf`.
 * A known cancer replaces screening by oncological follow-up (the risk tier is still reported).
 * @module
 */
import type { Case } from '../../case/schema.js';
import { resolveCaseDate } from '../../case/dates.js';
import { addCalendarMonths, formatDay, parsePartialIsoDate, type DayInterval } from '../../core/dates.js';
import { InputError, issue } from '../../core/issues.js';
import type { CancerAssociationResult } from '../association/timing.js';
import {
  IMACS_DEFAULT_SCHEDULE,
  IMACS_SCREENING_ITEMS,
  type ImacsScheduleConfig,
  type PanelId,
} from './definition.js';
import type { ImacsResult } from './evaluate.js';
import { own } from '../../core/lookup.js';
import { mapList } from '../../core/lists.js';

/** Status of one plan item. `upcoming`: due later; `consider`: a conditional modality not done. */
export type PlanItemStatus = 'done' | 'due' | 'upcoming' | 'overdue' | 'not-applicable' | 'consider';

/** One dated item of the plan. */
export interface PlanItem {
  id: string;
  panel: PanelId | 'conditional';
  label: string;
  /** 0 = at diagnosis; k = k-th yearly repeat after symptom onset. */
  occurrence: number;
  required: boolean;
  due: { earliest: string; latest: string } | null;
  status: PlanItemStatus;
  /** Why not applicable (`sex`, `before-diagnosis`), or why to consider it (`red-flag`). */
  reason?: string;
  done?: { path: string; date: string | null; result: string };
}

/** The plan. */
export interface ScreeningPlan {
  /**
   * `screening` (items required by the tier and/or to consider for red flags); `known-cancer` (oncological
   * follow-up instead); `not-required` (not eligible, no red flag).
   */
  mode: 'screening' | 'known-cancer' | 'not-required';
  asOf: string;
  /** What the baseline due date was computed from. */
  baselineAnchor: 'diagnosis' | 'presentation' | 'symptom-onset' | null;
  /** Indices in `case.cancers` that made the cancer "known" for this myositis. */
  knownCancers: number[];
  items: PlanItem[];
  /** Counts by status. */
  summary: Record<PlanItemStatus, number>;
  /** Plan parameters used. */
  schedule: ImacsScheduleConfig;
}

/** Days before the due date from which an item is shown as due, and after which it is overdue. */
export const PLAN_GRACE_DAYS = 30;
/** An investigation counts for an occurrence when dated within ±this many months of it (baseline: from this long before onset). */
export const PLAN_MATCH_MONTHS = 6;

/** Investigation kinds written differently in case files, mapped to screening item ids. */
export const INVESTIGATION_ALIASES: Record<string, string> = {
  fbc: 'full-blood-count',
  cbc: 'full-blood-count',
  'complete-blood-count': 'full-blood-count',
  lft: 'liver-function-tests',
  lfts: 'liver-function-tests',
  esr: 'esr-crp',
  crp: 'esr-crp',
  spep: 'serum-protein-electrophoresis',
  'chest-x-ray': 'chest-radiograph',
  cxr: 'chest-radiograph',
  'ct-thorax-abdomen-pelvis': 'ct-neck-thorax-abdomen-pelvis',
  'pap-smear': 'cervical-screening',
  'pap-test': 'cervical-screening',
  ca125: 'ca-125',
  'transvaginal-ultrasound': 'pelvic-transvaginal-ultrasound',
  'pelvic-ultrasound': 'pelvic-transvaginal-ultrasound',
  fobt: 'faecal-occult-blood-test',
  fit: 'faecal-occult-blood-test',
  'fdg-pet-ct': 'pet-ct',
  gastroscopy: 'upper-gi-endoscopy',
  ogd: 'upper-gi-endoscopy',
  colonoscopy: 'lower-gi-endoscopy',
};

/**
 * Canonical screening item id for an investigation kind.
 * @param kind - the investigation kind as written in the case
 */
export function screeningItemId(kind: string): string {
  const k = kind
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return own(INVESTIGATION_ALIASES, k) ?? k;
}

/**
 * Cancers that make the cancer "known" for this myositis: inside, possibly inside or undated for the ±3-year
 * window, or active / progressing whatever the date.
 * @param c - a validated case
 * @param timing - its cancer-association timing
 * @returns indices in `case.cancers`
 */
export function knownCancerIndices(c: Case, timing: CancerAssociationResult): number[] {
  return timing.cancers
    .filter((k) => {
      const cam = k.windows.find((w) => w.id === 'cam-3y')!.status;
      const st = c.cancers[k.index]?.status;
      return cam !== 'out' || st === 'active' || st === 'progression';
    })
    .map((k) => k.index);
}

const fmt = (d: DayInterval) => ({ earliest: formatDay(d.earliest), latest: formatDay(d.latest) });

/**
 * Builds the dated plan for a case.
 * @param c - a validated case
 * @param imacs - the IMACS result for the case
 * @param timing - the cancer-association timing of the case
 * @param asOf - the reference day `YYYY-MM-DD`
 * @param schedule - schedule parameters
 * @throws InputError when `asOf` is not a calendar day
 */
export function buildScreeningPlan(
  c: Case,
  imacs: ImacsResult,
  timing: CancerAssociationResult,
  asOf: string,
  schedule: ImacsScheduleConfig = IMACS_DEFAULT_SCHEDULE,
): ScreeningPlan {
  const today = parsePartialIsoDate(asOf);
  if (!today || today.precision !== 'day')
    throw new InputError('asOf must be a day (YYYY-MM-DD)', [
      issue('value', 'asOf', `"${asOf}" is not a day`),
    ]);
  const now = today.earliest;
  const summary: Record<PlanItemStatus, number> = {
    done: 0,
    due: 0,
    upcoming: 0,
    overdue: 0,
    'not-applicable': 0,
    consider: 0,
  };

  const knownCancers = knownCancerIndices(c, timing);
  if (knownCancers.length)
    return { asOf, schedule, summary, mode: 'known-cancer', baselineAnchor: null, knownCancers, items: [] };
  if (imacs.panels.length === 0 && imacs.considerPanels.length === 0)
    return { asOf, schedule, summary, mode: 'not-required', baselineAnchor: null, knownCancers, items: [] };

  const onset = resolveCaseDate(c, c.dates.symptomOnset);
  const anchors: [ScreeningPlan['baselineAnchor'], DayInterval | undefined][] = [
    ['diagnosis', resolveCaseDate(c, c.dates.diagnosis)],
    ['presentation', resolveCaseDate(c, c.dates.presentation)],
    ['symptom-onset', onset],
  ];
  const found = anchors.find(([, d]) => d !== undefined);
  const baselineAnchor = found ? found[0] : null;
  const baseline = found?.[1];

  const investigations = mapList(c.investigations, (inv, i) => ({
    inv,
    i,
    id: screeningItemId(inv.kind),
    date: resolveCaseDate(c, inv.date),
  }));
  const repeats: { k: number; due: DayInterval | undefined }[] = [];
  if (imacs.repeat) {
    const n = Math.floor(imacs.repeat.forYears / imacs.repeat.everyYears);
    for (let k = 1; k <= n; k++) {
      const months = 12 * imacs.repeat.everyYears * k;
      repeats.push({
        k,
        due: onset
          ? {
              earliest: addCalendarMonths(onset.earliest, months),
              latest: addCalendarMonths(onset.latest, months),
              precision: onset.precision,
            }
          : undefined,
      });
    }
  }
  // Matching windows never overlap, so one investigation counts once; the baseline has priority.
  const firstRepeat = repeats[0]?.due;
  const baselineWindow = {
    from: onset
      ? addCalendarMonths(onset.earliest, -PLAN_MATCH_MONTHS)
      : baseline
        ? addCalendarMonths(baseline.earliest, -PLAN_MATCH_MONTHS)
        : -Infinity,
    to: baseline
      ? addCalendarMonths(baseline.latest, PLAN_MATCH_MONTHS)
      : firstRepeat
        ? addCalendarMonths(firstRepeat.earliest, -PLAN_MATCH_MONTHS) - 1
        : Infinity,
  };
  const repeatWindows = new Map<number, { from: number; to: number }>();
  let prevEnd = baselineWindow.to;
  for (const r of repeats) {
    if (!r.due) continue;
    const from = Math.max(addCalendarMonths(r.due.earliest, -PLAN_MATCH_MONTHS), prevEnd + 1);
    const to = addCalendarMonths(r.due.latest, PLAN_MATCH_MONTHS);
    repeatWindows.set(r.k, { from, to });
    prevEnd = Math.max(prevEnd, to);
  }

  const match = (id: string, from: number, to: number, allowUndated: boolean) => {
    const hits = investigations.filter(
      (x) => x.id === id && (x.date ? x.date.latest >= from && x.date.earliest <= to : allowUndated),
    );
    const best = hits.sort((a, b) => (b.date?.latest ?? -Infinity) - (a.date?.latest ?? -Infinity))[0];
    return best
      ? {
          path: `investigations[${best.i}]`,
          date: best.date
            ? best.date.precision === 'day'
              ? formatDay(best.date.earliest)
              : `${formatDay(best.date.earliest)}…${formatDay(best.date.latest)}`
            : null,
          result: best.inv.result,
        }
      : undefined;
  };
  const timeStatus = (due: DayInterval | undefined): PlanItemStatus => {
    if (!due) return 'due';
    if (now > due.latest + PLAN_GRACE_DAYS) return 'overdue';
    if (now < due.earliest - PLAN_GRACE_DAYS) return 'upcoming';
    return 'due';
  };
  const sex = c.patient.sex;
  // Each item gets its own copy of its due dates (formatted once per occurrence).
  const baselineDue = baseline ? fmt(baseline) : null;
  const dueOf = (d: { earliest: string; latest: string } | null) =>
    d ? { earliest: d.earliest, latest: d.latest } : null;
  const items: PlanItem[] = [];
  const push = (it: PlanItem) => {
    items.push(it);
    summary[it.status]++;
  };
  // Items are built as literals with a fixed key order (common fields, status, then reason or done).
  type Common = Pick<PlanItem, 'id' | 'panel' | 'label' | 'occurrence' | 'required' | 'due'>;
  const withStatus = (m: Common, status: PlanItemStatus): PlanItem => ({
    id: m.id,
    panel: m.panel,
    label: m.label,
    occurrence: m.occurrence,
    required: m.required,
    due: m.due,
    status,
  });
  const notApplicable = (m: Common, reason: string): PlanItem => ({
    id: m.id,
    panel: m.panel,
    label: m.label,
    occurrence: m.occurrence,
    required: m.required,
    due: m.due,
    status: 'not-applicable',
    reason,
  });
  const doneItem = (m: Common, done: NonNullable<PlanItem['done']>): PlanItem => ({
    id: m.id,
    panel: m.panel,
    label: m.label,
    occurrence: m.occurrence,
    required: m.required,
    due: m.due,
    status: 'done',
    done,
  });

  for (const def of IMACS_SCREENING_ITEMS.filter(
    (d) => d.panel !== 'conditional' && imacs.panels.includes(d.panel),
  )) {
    const common = {
      id: def.id,
      panel: def.panel,
      label: def.label,
      occurrence: 0,
      required: true,
      due: dueOf(baselineDue),
    };
    if (def.sex && sex !== 'unknown' && def.sex !== sex) {
      push(notApplicable(common, 'sex'));
      continue;
    }
    const done = match(def.id, baselineWindow.from, baselineWindow.to, true);
    push(done ? doneItem(common, done) : withStatus(common, timeStatus(baseline)));
  }
  for (const r of repeats) {
    const repeatDue = r.due ? fmt(r.due) : null;
    for (const def of IMACS_SCREENING_ITEMS.filter((d) => d.panel === imacs.repeat!.panel)) {
      const common = {
        id: def.id,
        panel: def.panel,
        label: def.label,
        occurrence: r.k,
        required: true,
        due: dueOf(repeatDue),
      };
      if (def.sex && sex !== 'unknown' && def.sex !== sex) {
        push(notApplicable(common, 'sex'));
        continue;
      }
      if (r.due && baseline && r.due.latest < baseline.earliest) {
        push(notApplicable(common, 'before-diagnosis'));
        continue;
      }
      const w = repeatWindows.get(r.k);
      const done = w && w.from <= w.to ? match(def.id, w.from, w.to, false) : undefined;
      push(done ? doneItem(common, done) : withStatus(common, timeStatus(r.due)));
    }
  }
  // Red flags: the panels beyond the tier's are to be considered (a conditional recommendation), not required.
  for (const def of IMACS_SCREENING_ITEMS.filter(
    (d) => d.panel !== 'conditional' && imacs.considerPanels.includes(d.panel),
  )) {
    if (def.sex && sex !== 'unknown' && def.sex !== sex) continue;
    const common = {
      id: def.id,
      panel: def.panel,
      label: def.label,
      occurrence: 0,
      required: false,
      due: dueOf(baselineDue),
    };
    const done = match(def.id, baselineWindow.from, baselineWindow.to, true);
    push(
      done
        ? doneItem(common, done)
        : Object.assign({}, withStatus(common, 'consider'), { reason: 'red-flag' }),
    );
  }
  const conditional: Record<string, string[]> = {
    'pet-ct': ['pet-ct'],
    'gi-endoscopy': ['upper-gi-endoscopy', 'lower-gi-endoscopy'],
    nasoendoscopy: ['nasoendoscopy'],
  };
  for (const cid of imacs.consider) {
    for (const id of conditional[cid] ?? []) {
      const def = IMACS_SCREENING_ITEMS.find((d) => d.id === id)!;
      const done = match(id, baselineWindow.from, Infinity, true);
      const common = {
        id,
        panel: def.panel,
        label: def.label,
        occurrence: 0,
        required: false,
        due: dueOf(baselineDue),
      };
      push(done ? doneItem(common, done) : withStatus(common, 'consider'));
    }
  }
  return { asOf, schedule, summary, mode: 'screening', baselineAnchor, knownCancers, items };
}
