/**
 * Plausibility limits of treatment records, shared by case validation (which refuses values outside them,
 * at the field path of the input) and the dosing arithmetic (`src/monitoring/dosing/dosing.ts`), so that a case
 * that validates can always be assessed.
 * @see dosing.md; docs/dosing.md (decisions)
 * @module
 */

/** Limits of treatment fields. */
export const TREATMENT_LIMITS = {
  /**
   * Doxorubicin per cycle (mg/m²), above 0 and at most 150. Regimens give 20–75 mg/m² per cycle
   * (60 mg/m² in AC, 75 mg/m² single agent); 150 leaves room for any split or intensified schedule
   * recorded as one cycle, while a value above it is a unit slip (mg instead of mg/m²).
   */
  doxorubicinMgPerM2PerCycle: 150,
  /** Doxorubicin cycles: at most 40 (the cumulative limit of 450–550 mg/m² is reached long before). */
  doxorubicinCycles: 40,
  /** Cycles of any treatment: at most 1000 (weekly for 19 years); a larger count is a typo. */
  cycles: 1000,
  /** Glucocorticoid dose per administration in mg: at most 2000 (pulse methylprednisolone is 500–1000). */
  glucocorticoidMg: 2000,
  /** Carboplatin target AUC (mg/mL·min): 1–10 (regimens use 4–6). */
  targetAuc: { min: 1, max: 10 },
} as const;

/** Doxorubicin (Adriamycin), conventional or liposomal, by drug name. */
export function isDoxorubicin(drug: string): boolean {
  return /doxorubicin|adriamycin/i.test(drug);
}
