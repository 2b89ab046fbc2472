/**
 * The `pns-2004` calculator and its report section (`pns2004`).
 * @module
 */
import type { Calculator } from '../../criteria/engine/calculator.js';
import { pns2004Section } from '../from-case.js';
import { PNS_2004, PNS_2004_INPUTS, PNS_2004_SOURCE } from './definition.js';
import { evaluatePns2004 } from './evaluate.js';

/** Graus 2004: calculator, table and report section. */
export const pns2004Calculator: Calculator = {
  id: 'pns-2004',
  title: 'Graus 2004 paraneoplastic neurological syndrome criteria',
  citation: PNS_2004_SOURCE,
  inputs: PNS_2004_INPUTS,
  evaluate: (values, evidence) => evaluatePns2004(values, evidence),
  tables: [PNS_2004],
  section: {
    key: 'pns2004',
    title: 'Graus 2004 paraneoplastic syndrome criteria',
    run: (c, ctx) => pns2004Section(c, ctx),
  },
};
