/**
 * The 2017 EULAR/ACR criteria set: calculator `eular-acr-2017`, report section `eularAcr2017`.
 * @module
 */
import { defineSet, reachableCodes } from '../../contract/set.js';
import { EULAR_ACR_2017, EULAR_ACR_2017_SOURCE, EULAR_INPUTS } from './definition.js';
import { checkEularInputs, evaluateEularAcr2017 } from './evaluate.js';
import { eularInputsFromCase } from './from-case.js';

/** 2017 EULAR/ACR classification criteria for idiopathic inflammatory myopathies. */
export const eularAcr2017Set = defineSet({
  id: 'eular-acr-2017',
  key: 'eularAcr2017',
  title: '2017 EULAR/ACR classification criteria for idiopathic inflammatory myopathies',
  citations: [EULAR_ACR_2017_SOURCE],
  tables: [EULAR_ACR_2017],
  calculator: {
    kind: 'items',
    inputs: EULAR_INPUTS,
    check: checkEularInputs,
    evaluate: evaluateEularAcr2017,
  },
  section: {
    title: '2017 EULAR/ACR classification criteria',
    needs: [],
    fromCase: (c) => {
      const d = eularInputsFromCase(c);
      return evaluateEularAcr2017(d.values, d.evidence);
    },
  },
  headline: (r) => ({
    code: r.category,
    reachable: reachableCodes([r.categoryRange.min, r.categoryRange.max]),
    qualifier: r.subgroup,
    score: { value: r.score, ...r.scoreRange },
    probability: { value: r.probability, ...r.probabilityRange },
  }),
});
