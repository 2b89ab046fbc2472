/**
 * The `eular-acr-2017` calculator and its report section (`eularAcr2017`).
 * @module
 */
import type { Calculator } from '../engine/calculator.js';
import { EULAR_ACR_2017, EULAR_ACR_2017_SOURCE, EULAR_INPUTS } from './definition.js';
import { checkEularInputs, evaluateEularAcr2017, type EularResult } from './evaluate.js';
import { eularInputsFromCase } from './from-case.js';

/** 2017 EULAR/ACR: calculator, table and report section. */
export const eularAcr2017Calculator: Calculator<EularResult> = {
  id: 'eular-acr-2017',
  title: '2017 EULAR/ACR classification criteria for idiopathic inflammatory myopathies',
  citation: EULAR_ACR_2017_SOURCE,
  inputs: EULAR_INPUTS,
  check: checkEularInputs,
  evaluate: evaluateEularAcr2017,
  tables: [EULAR_ACR_2017],
  section: {
    key: 'eularAcr2017',
    title: '2017 EULAR/ACR classification criteria',
    run: (c) => {
      const d = eularInputsFromCase(c);
      return evaluateEularAcr2017(d.values, d.evidence);
    },
  },
};
