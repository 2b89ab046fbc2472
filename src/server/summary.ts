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
  const due = findField(report, ['nextDue', 'nextScreeningDue', 'nextDueDate']);
  if (due && (typeof due.value === 'string' || typeof due.value === 'object'))
    out.nextScreeningDue = due.value;
  return out;
}
