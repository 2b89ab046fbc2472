/**
 * The `imacs-2023` calculator and its report section (`imacs2023`: tier and dated screening plan).
 * @module
 */
import type { Calculator } from '../../criteria/engine/calculator.js';
import { imacsSection } from '../from-case.js';
import { IMACS_2023_SOURCE, IMACS_INPUTS } from './definition.js';
import { evaluateImacs2023 } from './evaluate.js';

/** IMACS 2023: calculator and report section. */
export const imacs2023Calculator: Calculator = {
  id: 'imacs-2023',
  title: 'IMACS 2023 IIM-associated cancer risk tier and screening',
  citation: IMACS_2023_SOURCE,
  inputs: IMACS_INPUTS,
  evaluate: (values, evidence) => evaluateImacs2023(values, evidence),
  section: {
    key: 'imacs2023',
    title: 'IMACS 2023 cancer risk and screening plan',
    run: (c, ctx) => imacsSection(c, ctx),
  },
};
