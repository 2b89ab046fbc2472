/**
 * The 2016 ACR/EULAR Total Improvement Score: calculator `tis-2016` between two visits (no report section of
 * its own; the follow-up section computes it between consecutive visits).
 * @module
 */
import { defineCalculator, reachableCodes } from '../../contract/set.js';
import { TIS_2016_SOURCE } from './definition.js';
import { checkTisInputs, evaluateTisInputs, TIS_INPUTS } from './evaluate.js';

/** 2016 ACR/EULAR myositis response criteria: Total Improvement Score. */
export const tis2016Set = defineCalculator({
  id: 'tis-2016',
  key: 'tis2016',
  title: '2016 ACR/EULAR myositis response criteria: Total Improvement Score (adult DM/PM)',
  citations: [TIS_2016_SOURCE],
  tables: [],
  calculator: { kind: 'items', inputs: TIS_INPUTS, check: checkTisInputs, evaluate: evaluateTisInputs },
  headline: (r) => ({
    code: r.category,
    reachable: reachableCodes(r.categoryRange),
    score: { value: r.total, min: r.min, max: r.max },
  }),
});
