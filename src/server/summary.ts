/**
 * Key results of an assessment for the case list, from the sets' headlines: the EULAR/ACR category and
 * probability (with its maximum over the unknown items) and subgroup, the Bohan & Peter category, the IMACS
 * risk tier, and the screening plan's mode and next open item. A section that could not be computed is left out.
 * @module
 */
import type { AssessmentReport } from '../assess/assess.js';
import type { ScreeningPlan } from '../cancer/imacs-2023/plan.js';
import { isFailedSection } from '../contract/set.js';
import { bohanPeter1975Set } from '../criteria/bohan-peter-1975/set.js';
import { eularAcr2017Set } from '../criteria/eular-acr-2017/set.js';
import { imacs2023Set } from '../cancer/imacs-2023/set.js';
import type { CaseSummary } from '../store/store.js';

/**
 * Summarises an assessment report.
 * @param report - the assessment document
 */
export function summarize(report: AssessmentReport): CaseSummary {
  const out: CaseSummary = { asOf: report.asOf };
  const e = report.eularAcr2017;
  if (!isFailedSection(e)) {
    const h = eularAcr2017Set.headline(e);
    out.eularCategory = h.code;
    out.eularProbability = h.probability?.value;
    out.eularProbabilityMax = h.probability?.max;
    out.subgroup = h.qualifier ?? null;
  }
  const b = report.bohanPeter1975;
  if (!isFailedSection(b)) out.bohanPeterCategory = bohanPeter1975Set.headline(b).code;
  const im = report.imacs2023;
  if (!isFailedSection(im)) {
    out.cancerRiskTier = imacs2023Set.headline(im).code;
    out.screeningMode = im.plan.mode;
    const next = nextScreening(im.plan);
    if (next) {
      out.nextScreeningDue = next.date;
      out.nextScreeningStatus = next.status;
    }
  }
  return out;
}

/**
 * The earliest open required item of a dated screening plan: overdue items first, then due, then upcoming.
 * @param plan - the IMACS 2023 plan
 */
export function nextScreening(
  plan: Pick<ScreeningPlan, 'items'>,
): { date: string; status: 'overdue' | 'due' | 'upcoming' } | undefined {
  for (const status of ['overdue', 'due', 'upcoming'] as const) {
    const dates = plan.items
      .flatMap((i) =>
        i.status === status && i.required !== false && i.due?.earliest !== undefined ? [i.due.earliest] : [],
      )
      .sort();
    if (dates.length) return { date: dates[0]!, status };
  }
  return undefined;
}
