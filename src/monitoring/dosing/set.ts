/**
 * Dosing: calculator `dosing` (body-surface area, mg/m² doses, carboplatin by Calvert); no report section.
 * @module
 */
import { defineCalculator } from '../../contract/set.js';
import { checkDosingInputs, computeDosing, DOSING_INPUTS } from './calculator.js';
import { DOSING_SOURCES } from './dosing.js';

/** Body-surface area (Mosteller, Du Bois), mg/m² doses, carboplatin (Calvert). Arithmetic only. */
export const dosingSet = defineCalculator({
  id: 'dosing',
  key: 'dosing',
  title: 'Dosing: body-surface area (Mosteller, Du Bois), mg/m² doses, carboplatin (Calvert)',
  citations: [DOSING_SOURCES.calvert],
  tables: [],
  calculator: { kind: 'items', inputs: DOSING_INPUTS, check: checkDosingInputs, evaluate: computeDosing },
  // What was computed, the most specific first: a carboplatin dose, a mg/m² dose, a BSA, or nothing.
  headline: (r) => ({
    code: r.carboplatin ? 'carboplatin-dose' : r.dose ? 'dose' : r.bsa ? 'body-surface-area' : 'no-input',
  }),
});
