/**
 * Cancer-association benchmark: the IMACS calculator on item values, and the five cancer report sections
 * (timing, Graus 2004, PNS-Care 2021, IMACS with dated plan, probability) on the synthetic leiomyosarcoma case.
 * @module
 */
import { readFileSync } from 'node:fs';
import { parseCase } from '../../dist/src/case/validate.js';
import { IMACS_INPUTS } from '../../dist/src/cancer/imacs-2023/definition.js';
import { evaluateImacs2023 } from '../../dist/src/cancer/imacs-2023/evaluate.js';
import {
  cancerProbabilitySection,
  imacsSection,
  pns2004Section,
  pnsCare2021Section,
} from '../../dist/src/cancer/from-case.js';
import { cancerTiming } from '../../dist/src/cancer/timing.js';
import { coerceInputs } from '../../dist/src/criteria/engine/inputs.js';
import { measure } from '../harness.js';

/** Suite name (key in the output). */
export const name = 'cancer';

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const c = parseCase(
    JSON.parse(
      readFileSync(
        new URL('../../src/cancer/__fixtures__/leiomyosarcoma-tif1g.json', import.meta.url),
        'utf8',
      ),
    ),
  );
  const ctx = { asOf: '2026-11-21', results: { eularAcr2017: { subgroup: 'dermatomyositis' } } };
  const { values } = coerceInputs(IMACS_INPUTS, {
    'age-at-onset': 43,
    sex: 'female',
    subtype: 'dermatomyositis',
    'anti-tif1-gamma': 'positive',
  });
  const sections = () => [
    cancerTiming(c),
    pns2004Section(c, ctx),
    pnsCare2021Section(c, ctx),
    imacsSection(c, ctx),
    cancerProbabilitySection(c, ctx),
  ];
  let calc = 0;
  let all = 0;
  for (let i = 0; i < 3; i++) {
    calc = Math.max(calc, measure(() => evaluateImacs2023(values), 500).opsPerSecond);
    all = Math.max(all, measure(sections, 500).opsPerSecond);
  }
  return { imacsCalculatorPerSecond: Math.round(calc), cancerSectionsPerSecond: Math.round(all) };
}
