/**
 * The Bohan & Peter 1975 criteria set: calculator `bohan-peter-1975`, report section `bohanPeter1975`.
 * @module
 */
import { defineSet, reachableCodes } from '../../contract/set.js';
import { BOHAN_PETER_1975, BOHAN_PETER_1975_SOURCE, BOHAN_PETER_INPUTS } from './definition.js';
import { evaluateBohanPeter1975 } from './evaluate.js';
import { bohanPeterInputsFromCase } from './from-case.js';

/** Bohan & Peter criteria for polymyositis and dermatomyositis (1975). */
export const bohanPeter1975Set = defineSet({
  id: 'bohan-peter-1975',
  key: 'bohanPeter1975',
  title: 'Bohan & Peter criteria for polymyositis and dermatomyositis (1975)',
  citations: [BOHAN_PETER_1975_SOURCE],
  tables: [BOHAN_PETER_1975],
  calculator: { kind: 'items', inputs: BOHAN_PETER_INPUTS, evaluate: evaluateBohanPeter1975 },
  section: {
    title: 'Bohan & Peter 1975',
    needs: [],
    fromCase: (c) => {
      const d = bohanPeterInputsFromCase(c);
      return evaluateBohanPeter1975(d.values, d.evidence);
    },
  },
  headline: (r) => ({ code: r.category, reachable: reachableCodes(r.reachableCategories) }),
});
