/**
 * The calculator registry: one row per calculator. The CLI (`heliotrope calc <id>`) and the HTTP API
 * read this table; they never branch on a calculator id.
 * @module
 */
import { BOHAN_PETER_1975_SOURCE, BOHAN_PETER_INPUTS } from '../criteria/bohan-peter-1975/definition.js';
import { evaluateBohanPeter1975 } from '../criteria/bohan-peter-1975/evaluate.js';
import { EULAR_ACR_2017_SOURCE, EULAR_INPUTS } from '../criteria/eular-acr-2017/definition.js';
import { checkEularInputs, evaluateEularAcr2017 } from '../criteria/eular-acr-2017/evaluate.js';
import type { Calculator } from './types.js';

/** Every calculator. */
export const calculators: readonly Calculator[] = [
  {
    id: 'eular-acr-2017',
    title: '2017 EULAR/ACR classification criteria for idiopathic inflammatory myopathies',
    citation: EULAR_ACR_2017_SOURCE,
    inputs: EULAR_INPUTS,
    check: checkEularInputs,
    evaluate: evaluateEularAcr2017,
  },
  {
    id: 'bohan-peter-1975',
    title: 'Bohan & Peter criteria for polymyositis and dermatomyositis (1975)',
    citation: BOHAN_PETER_1975_SOURCE,
    inputs: BOHAN_PETER_INPUTS,
    evaluate: evaluateBohanPeter1975,
  },
];

/** Finds a calculator by id. */
export function findCalculator(id: string): Calculator | undefined {
  return calculators.find((c) => c.id === id);
}
