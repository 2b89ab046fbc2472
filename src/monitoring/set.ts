/**
 * Follow-up monitoring: report section `monitoring` (no calculator; TIS 2016 and RECIST 1.1 are calculators of
 * their own, and run inside it on the case's visits and tumour assessments).
 * @module
 */
import { defineSet } from '../contract/set.js';
import { CDASI_SOURCE } from './cdasi.js';
import { assessMonitoring } from './follow-up.js';
import { RECIST_SOURCE } from './recist/definition.js';
import { TIS_2016_SOURCE } from './tis-2016/definition.js';

const SEVERITY_ORDER = ['high', 'moderate', 'information'] as const;

/** The course over time, the paraneoplastic warning signal and the activity–tumour concordance. */
export const monitoringSet = defineSet({
  id: 'monitoring',
  key: 'monitoring',
  title: 'Follow-up: myositis activity, tumour response (RECIST 1.1), warning signal, concordance',
  citations: [TIS_2016_SOURCE, RECIST_SOURCE, CDASI_SOURCE],
  tables: [],
  section: {
    title: 'Follow-up: myositis activity, tumour response (RECIST 1.1), warning signal, concordance',
    needs: [],
    fromCase: (c) => assessMonitoring(c),
  },
  // The most severe alert (`alert-high`, `alert-moderate`, `alert-information`), `no-alert`, or `no-follow-up`
  // when no visit or tumour assessment is recorded; `count`: the number of alerts.
  headline: (r) => {
    const top = SEVERITY_ORDER.find((s) => r.alerts.alerts.some((a) => a.severity === s));
    return {
      code: !r.hasTimeline ? 'no-follow-up' : top ? `alert-${top}` : 'no-alert',
      count: r.alerts.alerts.length,
    };
  },
});
