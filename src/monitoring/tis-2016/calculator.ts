/**
 * The `tis-2016` calculator (Total Improvement Score between two visits).
 * @module
 */
import type { Calculator } from '../../criteria/engine/calculator.js';
import { TIS_2016_SOURCE } from './definition.js';
import { checkTisInputs, evaluateTisInputs, TIS_INPUTS } from './evaluate.js';

/** 2016 ACR/EULAR TIS: calculator. */
export const tis2016Calculator: Calculator = {
  id: 'tis-2016',
  title: '2016 ACR/EULAR myositis response criteria: Total Improvement Score (adult DM/PM)',
  citation: TIS_2016_SOURCE,
  inputs: TIS_INPUTS,
  check: checkTisInputs,
  evaluate: evaluateTisInputs,
};
