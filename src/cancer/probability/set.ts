/**
 * The probability of an underlying cancer: report section `cancerProbability` (no calculator).
 * @module
 */
import { defineSet } from '../../contract/set.js';
import { eularAcr2017Set } from '../../criteria/eular-acr-2017/set.js';
import { subtypeFromEular } from '../subtype.js';
import { cancerProbabilityInputsFromCase } from './from-case.js';
import { estimateCancerProbability, posteriorRange, PROBABILITY_CITATIONS } from './probability.js';

/** Probability of an underlying cancer in adult dermatomyositis (default pre-test probability). */
export const cancerProbabilitySet = defineSet({
  id: 'cancer-probability',
  key: 'cancerProbability',
  title: 'Probability of an underlying cancer',
  citations: PROBABILITY_CITATIONS,
  tables: [],
  section: {
    title: 'Probability of an underlying cancer',
    needs: [eularAcr2017Set],
    fromCase: (c, { needs, cancerPretest }) =>
      estimateCancerProbability(
        cancerProbabilityInputsFromCase(c, subtypeFromEular(needs.eularAcr2017), cancerPretest),
      ),
  },
  headline: (r) =>
    r.status === 'estimated'
      ? { code: r.status, probability: { value: r.posterior, ...posteriorRange(r) } }
      : { code: r.status },
});
