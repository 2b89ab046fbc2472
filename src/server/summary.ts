/**
 * Key results of an assessment for the case list, from the sets' headlines: the EULAR/ACR category and
 * probability (with its maximum over the unknown items) and subgroup, the Bohan & Peter category, the IMACS
 * risk tier, the screening plan's mode and next open item, and the follow-up alerts that ask for action (high and
 * moderate severity: action code, severity, whether only possible). Each one-word result comes with the codes the
 * unknown items could still make of it (`…Reachable`, only when they could change it), so the list can say
 * "Not classified as IIM (could reach Definite IIM)". A section that could not be computed is left out.
 * @module
 */
import type { AssessmentReport } from '../assess/assess.js';
import type { ScreeningPlan } from '../cancer/imacs-2023/plan.js';
import { isFailedSection } from '../contract/set.js';
import { bohanPeter1975Set } from '../criteria/bohan-peter-1975/set.js';
import { eularAcr2017Set } from '../criteria/eular-acr-2017/set.js';
import { imacs2023Set } from '../cancer/imacs-2023/set.js';
import type { CaseSummary } from '../store/store.js';
import { canonicalAntibody } from '../facts/names.js';

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
    if (h.reachable) out.eularReachable = h.reachable;
    out.eularProbability = h.probability?.value;
    out.eularProbabilityMax = h.probability?.max;
    out.subgroup = h.qualifier ?? null;
  }
  const b = report.bohanPeter1975;
  if (!isFailedSection(b)) {
    const h = bohanPeter1975Set.headline(b);
    out.bohanPeterCategory = h.code;
    if (h.reachable) out.bohanPeterReachable = h.reachable;
  }
  const im = report.imacs2023;
  if (!isFailedSection(im)) {
    const h = imacs2023Set.headline(im);
    out.cancerRiskTier = h.code;
    if (h.reachable) out.cancerRiskTierReachable = h.reachable;
    out.screeningMode = im.plan.mode;
    const next = nextScreening(im.plan);
    if (next) {
      out.nextScreeningDue = next.date;
      out.nextScreeningStatus = next.status;
    }
  }
  // Positive antibodies by canonical name between bars ("|TIF1-gamma|Ro52|"), for search.
  const positive = [
    ...new Set(
      report.case.antibodies.filter((a) => a.result === 'positive').map((a) => canonicalAntibody(a.target)),
    ),
  ];
  if (positive.length) out.positiveAntibodies = `|${positive.join('|')}|`;
  const mon = report.monitoring;
  if (!isFailedSection(mon)) {
    const seen = new Set<string>();
    const alerts: SummaryAlert[] = [];
    for (const sev of ['high', 'moderate'] as const)
      for (const a of mon.alerts.alerts)
        if (a.severity === sev && !seen.has(a.action)) {
          seen.add(a.action);
          alerts.push({ action: a.action, severity: sev, possible: a.status !== 'met' });
        }
    if (alerts.length) out.alerts = alerts;
  }
  return out;
}

/** A follow-up alert in the case list: what to do, how urgent, and whether it is only possible. */
export interface SummaryAlert {
  action: string;
  severity: 'high' | 'moderate';
  possible: boolean;
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
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- a plan read back from stored JSON may lack `required`: absent counts as required, as before
        i.status === status && i.required !== false && i.due?.earliest !== undefined ? [i.due.earliest] : [],
      )
      .sort();
    if (dates.length) return { date: dates[0]!, status };
  }
  return undefined;
}
