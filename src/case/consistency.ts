/**
 * Consistency of a case's dates and ages: checks that need no reference day (the `asOf` checks are in
 * `as-of.ts`). Each finding is a warning with the field path: the data may be wrong, or a date may be
 * approximate; a date is only called inconsistent when every day it may be is (partial dates are intervals).
 * @module
 */
import { formatDay, type ClinicalDate, type DayInterval } from '../core/dates.js';
import { issue, type Issue } from '../core/issues.js';
import { resolveCaseDate } from './dates.js';
import type { Case } from './schema.js';

/** Years between two day intervals: lowest and highest possible. */
function yearsBetween(a: DayInterval, b: DayInterval): { min: number; max: number } {
  return { min: (b.earliest - a.latest) / 365.25, max: (b.latest - a.earliest) / 365.25 };
}

const shown = (d: ClinicalDate | undefined, i: DayInterval): string =>
  typeof d === 'string'
    ? d
    : i.earliest === i.latest
      ? formatDay(i.earliest)
      : `${formatDay(i.earliest)}…${formatDay(i.latest)}`;

/** Slack (years) when an age in whole years is compared with dates: an age is floored, dates may be partial. */
const AGE_SLACK_YEARS = 1;

/**
 * Dates and ages that contradict each other: diagnosis or presentation before the first symptom, age at
 * onset above the age, a birth date after onset or not matching the ages, a treatment ending before it
 * starts, a cancer diagnosed before birth.
 * @param c - a structurally valid case
 * @returns warnings with field paths
 */
export function consistencyIssues(c: Case): Issue[] {
  const out: Issue[] = [];
  const warn = (path: string, message: string) =>
    out.push(Object.assign({}, issue('conflict', path, message), { severity: 'warning' }));
  const d = (x: ClinicalDate | undefined) => resolveCaseDate(c, x);
  const onset = d(c.dates.symptomOnset);
  const dx = d(c.dates.diagnosis);
  const pres = d(c.dates.presentation);
  const birth = c.patient.birthDate ? d(c.patient.birthDate) : undefined;
  const before = (a: DayInterval | undefined, b: DayInterval | undefined) =>
    a !== undefined && b !== undefined && a.latest < b.earliest;

  if (before(dx, onset))
    warn(
      'dates.diagnosis',
      `the diagnosis (${shown(c.dates.diagnosis, dx!)}) is before the first symptom (${shown(c.dates.symptomOnset, onset!)})`,
    );
  if (before(pres, onset))
    warn(
      'dates.presentation',
      `the presentation (${shown(c.dates.presentation, pres!)}) is before the first symptom (${shown(c.dates.symptomOnset, onset!)})`,
    );
  const { age, ageAtOnset } = c.patient;
  if (age !== undefined && ageAtOnset !== undefined && ageAtOnset > age)
    warn('patient.ageAtOnset', `age at onset ${ageAtOnset} is above the age ${age}`);
  if (birth) {
    if (before(onset, birth))
      warn('patient.birthDate', `the birth date (${c.patient.birthDate}) is after the first symptom`);
    const check = (ageValue: number | undefined, at: DayInterval | undefined, path: string, what: string) => {
      if (ageValue === undefined || !at) return;
      const y = yearsBetween(birth, at);
      if (ageValue + AGE_SLACK_YEARS < y.min || ageValue - AGE_SLACK_YEARS > y.max)
        warn(
          path,
          `${what} ${ageValue} does not match the birth date (${c.patient.birthDate}): ${Math.floor(Math.max(0, y.min))}–${Math.floor(Math.max(0, y.max))} years`,
        );
    };
    check(ageAtOnset, onset, 'patient.ageAtOnset', 'age at onset');
    check(age, pres, 'patient.age', 'age at presentation');
  }
  c.treatments.forEach((t, i) => {
    const s = d(t.start);
    const e = d(t.end);
    if (before(e, s))
      warn(
        `treatments[${i}].end`,
        `the treatment ends (${shown(t.end, e!)}) before it starts (${shown(t.start, s!)})`,
      );
  });
  c.cancers.forEach((k, i) => {
    if (birth && before(d(k.diagnosisDate), birth))
      warn(`cancers[${i}].diagnosisDate`, 'the cancer diagnosis is before the birth date');
  });
  return out;
}
