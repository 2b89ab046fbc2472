/**
 * Key results of an assessment for the case list: EULAR/ACR category and probability, subgroup, and, when
 * those sections exist, the cancer risk tier and the next screening due. Sections are found by the
 * fields they carry, so sections merged later show up without changes here.
 * @module
 */
import type { CaseSummary } from '../store/store.js';

function findField(
  report: Record<string, unknown>,
  names: readonly string[],
): { section: string; value: unknown } | undefined {
  for (const [section, v] of Object.entries(report)) {
    if (section === 'case' || section === 'engine' || v === null || typeof v !== 'object') continue;
    const rec = v as Record<string, unknown>;
    for (const n of names) if (rec[n] !== undefined && rec[n] !== null) return { section, value: rec[n] };
  }
  return undefined;
}

/**
 * Summarises an assessment report.
 * @param report - the assessment document
 */
export function summarize(report: Record<string, unknown>): CaseSummary {
  const out: CaseSummary = { asOf: report.asOf };
  const e = report.eularAcr2017 as
    | {
        category?: string;
        probability?: number;
        subgroup?: string | null;
        probabilityRange?: { min: number; max: number };
      }
    | undefined;
  if (e) {
    out.eularCategory = e.category;
    out.eularProbability = e.probability;
    out.eularProbabilityMax = e.probabilityRange?.max;
    out.subgroup = e.subgroup ?? null;
  }
  const b = report.bohanPeter1975 as { category?: string } | undefined;
  if (b) out.bohanPeterCategory = b.category;
  const tier = findField(report, ['tier', 'riskTier', 'cancerRiskTier']);
  if (tier && typeof tier.value === 'string') out.cancerRiskTier = tier.value;
  const mode = Object.values(report).find(
    (v): v is { plan: PlanLike } => typeof (v as { plan?: PlanLike } | null)?.plan?.mode === 'string',
  )?.plan.mode;
  if (mode) out.screeningMode = mode;
  const next = nextScreening(report);
  if (next) {
    out.nextScreeningDue = next.date;
    out.nextScreeningStatus = next.status;
  }
  return out;
}

interface PlanLike {
  mode?: string;
  items?: { status?: string; required?: boolean; due?: { earliest?: string } | null }[];
}

/**
 * The earliest open item of a dated screening plan (any section with `plan.items[]` carrying `due` and
 * `status`), e.g. the IMACS 2023 plan: overdue items first, then due, then upcoming.
 * @param report - the assessment document
 */
export function nextScreening(report: Record<string, unknown>): { date: string; status: string } | undefined {
  for (const [section, v] of Object.entries(report)) {
    if (section === 'case' || v === null || typeof v !== 'object') continue;
    const plan = (v as { plan?: PlanLike }).plan;
    if (!plan || !Array.isArray(plan.items)) continue;
    for (const status of ['overdue', 'due', 'upcoming']) {
      const dates = plan.items
        .filter((i) => i.status === status && i.required !== false && typeof i.due?.earliest === 'string')
        .map((i) => i.due!.earliest!)
        .sort();
      if (dates.length) return { date: dates[0]!, status };
    }
  }
  return undefined;
}
