/**
 * Resolution of a case's clinical dates (partial or relative) into day intervals.
 * @module
 */
import { parsePartialIsoDate, shiftInterval, type ClinicalDate, type DayInterval } from '../core/dates.js';
import type { Case } from './schema.js';

/**
 * The date of an anchor event by id: `symptom-onset`, `diagnosis`, `presentation`, or the `id` of a cancer,
 * treatment (its start), investigation, visit or tumour assessment.
 * @param c - the case
 * @param id - the anchor id
 */
export function anchorDate(c: Case, id: string): ClinicalDate | undefined {
  switch (id) {
    case 'symptom-onset':
      return c.dates.symptomOnset;
    case 'diagnosis':
      return c.dates.diagnosis;
    case 'presentation':
      return c.dates.presentation;
    default: {
      const cancer = c.cancers.find((x) => x.id === id);
      if (cancer) return cancer.diagnosisDate;
      const t = c.treatments.find((x) => x.id === id);
      if (t) return t.start;
      const inv = c.investigations.find((x) => x.id === id);
      if (inv) return inv.date;
      const visit = c.visits.find((x) => x.id === id);
      if (visit) return visit.date;
      const ta = c.tumourAssessments.find((x) => x.id === id);
      if (ta) return ta.date;
      return undefined;
    }
  }
}

/**
 * Resolves a clinical date of a case to the interval of days it may be.
 * @param c - the case (for relative anchors)
 * @param date - the date to resolve
 * @returns the interval, or undefined when the date (or an anchor in its chain) is unknown or circular
 */
export function resolveCaseDate(c: Case, date: ClinicalDate | undefined): DayInterval | undefined {
  if (date === undefined) return undefined;
  if (typeof date === 'string') return parsePartialIsoDate(date);
  const seen = new Set<string>();
  const go = (d: ClinicalDate | undefined): DayInterval | undefined => {
    if (d === undefined) return undefined;
    if (typeof d === 'string') return parsePartialIsoDate(d);
    if (seen.has(d.relativeTo)) return undefined;
    seen.add(d.relativeTo);
    const base = go(anchorDate(c, d.relativeTo));
    return base ? shiftInterval(base, d.offset, d.unit, d.approximate) : undefined;
  };
  return go(date);
}
