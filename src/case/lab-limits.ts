/**
 * Plausible reference limits and values of laboratory results, so that every ratio the engine derives
 * (value ÷ upper limit of normal) is a finite, meaningful number. A limit outside is a typo or a unit slip
 * (`"upperLimit": 1e-310` once gave "Infinity × ULN" in a report) and is refused at its field path.
 * @module
 */
import { canonicalAnalyte } from '../core/names.js';
import { own } from '../core/lookup.js';

/**
 * Bounds for any analyte and unit: a limit of normal is a positive number from 1e-12 to 1e12, a value or
 * lower limit at most 1e15 in size. Decision: wide enough for any unit (mol/L hormones near 1e-9, cells
 * per litre near 1e11), narrow enough that value ÷ limit is always finite.
 */
export const GENERIC_LAB_LIMITS = { minUpperLimit: 1e-12, maxUpperLimit: 1e12, maxMagnitude: 1e15 } as const;

/**
 * Plausible upper limits of normal (ULN) by canonical analyte and UCUM unit, for the analytes the criteria
 * and the follow-up read. Decision: each range is several times wider than the ULNs laboratories publish
 * (CK 145–400 U/L, ALT/AST 30–60 U/L, LDH 200–600 U/L, aldolase 7–8 U/L, ESR 15–30 mm/h, CRP 5–10 mg/L,
 * WBC 10–11 × 10⁹/L, creatinine 1.0–1.3 mg/dL), so that only slips are refused; another analyte or unit gets
 * the generic bounds.
 */
export const ULN_LIMITS: Readonly<Record<string, Readonly<Record<string, { min: number; max: number }>>>> = {
  CK: { 'U/L': { min: 20, max: 2000 } },
  ALT: { 'U/L': { min: 5, max: 300 } },
  AST: { 'U/L': { min: 5, max: 300 } },
  LDH: { 'U/L': { min: 50, max: 2000 } },
  aldolase: { 'U/L': { min: 1, max: 50 } },
  ESR: { 'mm/h': { min: 5, max: 150 } },
  CRP: { 'mg/L': { min: 0.5, max: 100 }, 'mg/dL': { min: 0.05, max: 10 } },
  WBC: { '10*9/L': { min: 2, max: 50 }, '10*3/uL': { min: 2, max: 50 } },
  creatinine: { 'mg/dL': { min: 0.3, max: 5 }, 'umol/L': { min: 25, max: 450 } },
};

/**
 * Checks an upper limit of normal.
 * @param analyte - the analyte as written (canonicalised here)
 * @param unit - its UCUM unit, when known
 * @param uln - the limit
 * @returns a message when implausible, else undefined
 */
export function checkUpperLimit(analyte: string, unit: string | undefined, uln: number): string | undefined {
  const name = canonicalAnalyte(analyte);
  const byUnit = own(ULN_LIMITS, name);
  const r = byUnit && unit !== undefined ? own(byUnit, unit) : undefined;
  if (r) {
    return uln < r.min || uln > r.max
      ? `an upper limit of ${uln} ${unit} for ${name} is implausible (expected ${r.min}–${r.max} ${unit})`
      : undefined;
  }
  const g = GENERIC_LAB_LIMITS;
  return uln < g.minUpperLimit || uln > g.maxUpperLimit
    ? `an upper limit of ${uln} is implausible (expected ${g.minUpperLimit} to ${g.maxUpperLimit})`
    : undefined;
}

/** Checks the size of a lab value or lower limit; a message when implausible. */
export function checkLabMagnitude(what: string, v: number): string | undefined {
  return Math.abs(v) > GENERIC_LAB_LIMITS.maxMagnitude
    ? `${what} ${v} is implausibly large (at most ${GENERIC_LAB_LIMITS.maxMagnitude} in size)`
    : undefined;
}
