/**
 * The case as of a reference day: an assessment "as of" a day must not use what happened after it.
 * Dated entries certainly after `asOf` (every day their date may be is later) are left out, each with an
 * information issue; key dates after `asOf` are kept but warned about. Pure: `asOf` is given, never read
 * from a clock.
 * @module
 */
import {
  formatDay,
  isPlausibleDay,
  parsePartialIsoDate,
  type ClinicalDate,
  type DayInterval,
} from '../core/dates.js';
import { InputError, issue, type Issue } from '../core/issues.js';
import { resolveCaseDate } from './dates.js';
import type { Case } from './schema.js';

/** Case lists whose dated entries after `asOf` are left out, with the date field each is dated by. */
export const AS_OF_FILTERED: readonly { key: ListKey; dateField: string; what: string }[] = [
  { key: 'findings', dateField: 'date', what: 'finding' },
  { key: 'labs', dateField: 'date', what: 'lab result' },
  { key: 'antibodies', dateField: 'date', what: 'antibody result' },
  { key: 'muscleImaging', dateField: 'date', what: 'muscle imaging' },
  { key: 'cancers', dateField: 'diagnosisDate', what: 'cancer (diagnosed after)' },
  { key: 'treatments', dateField: 'start', what: 'treatment (started after)' },
  { key: 'investigations', dateField: 'date', what: 'investigation' },
  { key: 'visits', dateField: 'date', what: 'visit' },
  { key: 'tumourAssessments', dateField: 'date', what: 'tumour assessment' },
];

/** Single dated records left out when after `asOf`. */
export const AS_OF_FILTERED_RECORDS: readonly ('emg' | 'muscleBiopsy' | 'skinBiopsy')[] = [
  'emg',
  'muscleBiopsy',
  'skinBiopsy',
];

type ListKey =
  | 'findings'
  | 'labs'
  | 'antibodies'
  | 'muscleImaging'
  | 'cancers'
  | 'treatments'
  | 'investigations'
  | 'visits'
  | 'tumourAssessments';

/** Every `relativeTo` anchor id used in a value. */
function anchorsIn(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) anchorsIn(v, out);
  else if (value !== null && typeof value === 'object') {
    const r = value as Record<string, unknown>;
    if (typeof r.relativeTo === 'string') out.add(r.relativeTo);
    for (const [k, v] of Object.entries(r)) if (k !== 'evidence') anchorsIn(v, out);
  }
  return out;
}

/** Whether any entry or single record of the case is dated after the day (`after` tells). */
function anythingAfter(c: Case, after: (d: ClinicalDate | undefined) => DayInterval | undefined): boolean {
  for (const f of AS_OF_FILTERED)
    for (const e of c[f.key] as Record<string, unknown>[])
      if (after(e[f.dateField] as ClinicalDate | undefined)) return true;
  for (const k of AS_OF_FILTERED_RECORDS) if (after(c[k]?.date)) return true;
  return false;
}

/**
 * The case as of a day: entries dated after it are left out (information issues name each by its path in
 * the submitted case); a first symptom, diagnosis, presentation or birth date after it is a warning. An
 * entry that anchors the relative date of a kept entry is kept (its removal would undate the other).
 * @param c - a validated case
 * @param asOf - the reference day `YYYY-MM-DD`
 * @returns the case to assess (the same object when nothing is after `asOf`) and the issues
 * @throws InputError when `asOf` is not a calendar day in the plausible range (1900–2100)
 */
export function caseAsOf(c: Case, asOf: string): { case: Case; issues: Issue[] } {
  const day = parsePartialIsoDate(asOf);
  if (!day || day.earliest !== day.latest || !isPlausibleDay(day.earliest))
    throw new InputError('asOf is not a calendar day in 1900–2100', [
      issue('value', 'asOf', 'expected YYYY-MM-DD, years 1900–2100'),
    ]);
  const ref = day.earliest;
  const after = (d: ClinicalDate | undefined): DayInterval | undefined => {
    const i = resolveCaseDate(c, d);
    return i && i.earliest > ref ? i : undefined;
  };
  const issues: Issue[] = [];
  const when = (i: DayInterval) =>
    i.earliest === i.latest ? formatDay(i.earliest) : `${formatDay(i.earliest)}…${formatDay(i.latest)}`;
  for (const [path, d, what] of [
    ['dates.symptomOnset', c.dates.symptomOnset, 'the first symptom'],
    ['dates.diagnosis', c.dates.diagnosis, 'the diagnosis'],
    ['dates.presentation', c.dates.presentation, 'the presentation'],
    ['patient.birthDate', c.patient.birthDate, 'the birth date'],
  ] as const) {
    const i = after(d);
    if (i)
      issues.push(
        Object.assign({}, issue('conflict', path, `${what} (${when(i)}) is after the as-of day ${asOf}`), {
          severity: 'warning',
        }),
      );
  }

  // Nothing is after the day (the usual case): the case itself, found by one scan that builds nothing.
  if (!anythingAfter(c, after)) return { case: c, issues };

  // Candidates for removal, then keep any that anchors a relative date of what stays (to a fixpoint).
  const drop = new Map<string, Set<number>>();
  for (const f of AS_OF_FILTERED) {
    const set = new Set<number>();
    (c[f.key] as Record<string, unknown>[]).forEach((e, i) => {
      if (after(e[f.dateField] as ClinicalDate | undefined)) set.add(i);
    });
    drop.set(f.key, set);
  }
  const dropRecord = new Set(AS_OF_FILTERED_RECORDS.filter((k) => after(c[k]?.date)));
  let candidates = dropRecord.size;
  for (const set of drop.values()) candidates += set.size;
  // Nothing is after the day (the usual case): the case itself.
  if (candidates === 0) return { case: c, issues };
  const kept = (): Set<string> => {
    const out = new Set<string>();
    for (const f of AS_OF_FILTERED)
      (c[f.key] as Record<string, unknown>[]).forEach((e, i) => {
        if (!drop.get(f.key)!.has(i)) anchorsIn(e, out);
      });
    anchorsIn(c.dates, out);
    for (const k of AS_OF_FILTERED_RECORDS) if (!dropRecord.has(k)) anchorsIn(c[k], out);
    return out;
  };
  for (let changed = true; changed;) {
    changed = false;
    const used = kept();
    for (const f of AS_OF_FILTERED)
      for (const i of [...drop.get(f.key)!]) {
        const id = (c[f.key][i] as { id?: string }).id;
        if (id !== undefined && used.has(id)) {
          drop.get(f.key)!.delete(i);
          changed = true;
          issues.push(
            Object.assign(
              {},
              issue(
                'value',
                `${f.key}[${i}]`,
                `dated after the as-of day ${asOf}, but kept: it anchors the relative date of another entry`,
              ),
              { severity: 'warning' },
            ),
          );
        }
      }
  }
  const total = [...drop.values()].reduce((s, x) => s + x.size, 0) + dropRecord.size;
  if (total === 0) return { case: c, issues };
  const out: Record<string, unknown> = { ...c };
  for (const f of AS_OF_FILTERED) {
    const set = drop.get(f.key)!;
    for (const i of set) {
      const d = resolveCaseDate(c, (c[f.key][i] as Record<string, unknown>)[f.dateField] as ClinicalDate)!;
      issues.push(
        Object.assign(
          {},
          issue(
            'value',
            `${f.key}[${i}]`,
            `${f.what} dated ${when(d)}, after the as-of day ${asOf}: not used in this assessment`,
          ),
          { severity: 'information' },
        ),
      );
    }
    if (set.size) out[f.key] = (c[f.key] as unknown[]).filter((_, i) => !set.has(i));
  }
  for (const k of dropRecord) {
    issues.push(
      Object.assign(
        {},
        issue(
          'value',
          k,
          `dated ${when(resolveCaseDate(c, c[k]!.date)!)}, after the as-of day ${asOf}: not used in this assessment`,
        ),
        { severity: 'information' },
      ),
    );
    delete out[k];
  }
  return { case: out as Case, issues };
}
