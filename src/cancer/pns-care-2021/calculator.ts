/**
 * The `pns-care-2021` calculator and its report section (`pnsCare2021`).
 * @module
 */
import type { Calculator } from '../../criteria/engine/calculator.js';
import { pnsCare2021Section } from '../from-case.js';
import { PNS_CARE_2021, PNS_CARE_2021_INPUTS, PNS_CARE_2021_SOURCE } from './definition.js';
import { evaluatePnsCare2021 } from './evaluate.js';

/** PNS-Care 2021: calculator, table and report section. */
export const pnsCare2021Calculator: Calculator = {
  id: 'pns-care-2021',
  title: 'PNS-Care Score 2021 (updated paraneoplastic neurological syndrome criteria)',
  citation: PNS_CARE_2021_SOURCE,
  inputs: PNS_CARE_2021_INPUTS,
  evaluate: (values, evidence) => evaluatePnsCare2021(values, evidence),
  tables: [PNS_CARE_2021],
  section: { key: 'pnsCare2021', title: 'PNS-Care Score 2021', run: (c, ctx) => pnsCare2021Section(c, ctx) },
};
