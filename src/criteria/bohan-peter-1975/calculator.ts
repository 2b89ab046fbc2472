/**
 * The `bohan-peter-1975` calculator and its report section (`bohanPeter1975`).
 * @module
 */
import type { Calculator } from '../engine/calculator.js';
import { BOHAN_PETER_1975, BOHAN_PETER_1975_SOURCE, BOHAN_PETER_INPUTS } from './definition.js';
import { evaluateBohanPeter1975, type BohanPeterResult } from './evaluate.js';
import { bohanPeterInputsFromCase } from './from-case.js';

/** Bohan & Peter 1975: calculator, table and report section. */
export const bohanPeter1975Calculator: Calculator<BohanPeterResult> = {
  id: 'bohan-peter-1975',
  title: 'Bohan & Peter criteria for polymyositis and dermatomyositis (1975)',
  citation: BOHAN_PETER_1975_SOURCE,
  inputs: BOHAN_PETER_INPUTS,
  evaluate: evaluateBohanPeter1975,
  tables: [BOHAN_PETER_1975],
  section: {
    key: 'bohanPeter1975',
    title: 'Bohan & Peter 1975',
    run: (c) => {
      const d = bohanPeterInputsFromCase(c);
      return evaluateBohanPeter1975(d.values, d.evidence);
    },
  },
};
