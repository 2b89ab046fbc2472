/**
 * Cancer-association benchmark: the IMACS calculator on item values, and the five cancer report sections
 * (timing, Graus 2004, PNS-Care 2021, IMACS with dated plan, probability) on the synthetic leiomyosarcoma case.
 * @module
 */
import { readFileSync } from 'node:fs';
import { parseCase } from '../../dist/src/case/validate.js';
import { IMACS_INPUTS } from '../../dist/src/cancer/imacs-2023/definition.js';
import { evaluateImacs2023 } from '../../dist/src/cancer/imacs-2023/evaluate.js';
import { imacsSectionFromCase } from '../../dist/src/cancer/imacs-2023/from-case.js';
import { evaluatePns2004 } from '../../dist/src/cancer/pns-2004/evaluate.js';
import { pns2004InputsFromCase } from '../../dist/src/cancer/pns-2004/from-case.js';
import { evaluatePnsCare2021 } from '../../dist/src/cancer/pns-care-2021/evaluate.js';
import { pnsCareInputsFromCase } from '../../dist/src/cancer/pns-care-2021/from-case.js';
import { cancerProbabilityInputsFromCase } from '../../dist/src/cancer/probability/from-case.js';
import { estimateCancerProbability } from '../../dist/src/cancer/probability/probability.js';
import { subtypeFromEular } from '../../dist/src/cancer/subtype.js';
import { cancerTiming } from '../../dist/src/cancer/association/timing.js';
import { coerceInputs } from '../../dist/src/engine/inputs.js';
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
  const asOf = '2026-11-21';
  const subtype = subtypeFromEular({ subgroup: 'dermatomyositis' });
  const { values } = coerceInputs(IMACS_INPUTS, {
    'age-at-onset': 43,
    sex: 'female',
    subtype: 'dermatomyositis',
    'anti-tif1-gamma': 'positive',
  });
  // The five sections as an assessment computes them: the timing once, read by the others.
  const sections = () => {
    const timing = cancerTiming(c);
    const imacs = imacsSectionFromCase(c, { asOf, subtype, timing });
    const pns = pns2004InputsFromCase(c, { subtype, timing, imacs });
    const care = pnsCareInputsFromCase(c, { asOf, timing, subtype });
    return [
      timing,
      imacs,
      evaluatePns2004(pns.values, pns.evidence, pns.overrides),
      evaluatePnsCare2021(care.values, care.evidence),
      estimateCancerProbability(cancerProbabilityInputsFromCase(c, subtype)),
    ];
  };
  let calc = 0;
  let all = 0;
  for (let i = 0; i < 3; i++) {
    calc = Math.max(calc, measure(() => evaluateImacs2023(values), 500).opsPerSecond);
    all = Math.max(all, measure(sections, 500).opsPerSecond);
  }
  return { imacsCalculatorPerSecond: Math.round(calc), cancerSectionsPerSecond: Math.round(all) };
}
