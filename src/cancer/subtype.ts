/**
 * The myositis subtype the cancer sets read (IMACS 2023 risk factor, Graus 2004 classical syndrome,
 * probability of an underlying cancer), from the EULAR/ACR 2017 subgroup of the same assessment.
 * @module
 */
import type { Case } from '../case/schema.js';
import type { SectionOutcome } from '../contract/set.js';
import { isFailedSection } from '../contract/set.js';
import type { Evidence } from '../core/evidence.js';
import type { Tri } from '../core/tri.js';
import type { EularResult } from '../criteria/eular-acr-2017/evaluate.js';
import { antibodyFact, findingFact } from '../facts/facts.js';

/** A subtype (IMACS vocabulary, or `unknown`) with the evidence it came from. */
export interface Subtype {
  value: string;
  evidence: Evidence[];
}

/** EULAR/ACR subgroup → IMACS subtype. The EULAR "polymyositis" leaf includes IMNM. */
const SUBGROUP_TO_SUBTYPE: Record<string, string> = {
  dermatomyositis: 'dermatomyositis',
  'amyopathic-dermatomyositis': 'amyopathic-dermatomyositis',
  'juvenile-dermatomyositis': 'dermatomyositis',
  'inclusion-body-myositis': 'inclusion-body-myositis',
  polymyositis: 'polymyositis',
};

/**
 * The subtype from the EULAR/ACR subgroup; unknown when the subgroup is undecided or the section failed.
 * @param eular - the EULAR/ACR section of the assessment (only its subgroup is read)
 */
export function subtypeFromEular(eular: SectionOutcome<Pick<EularResult, 'subgroup'>>): Subtype {
  if (isFailedSection(eular))
    return {
      value: 'unknown',
      evidence: [{ path: 'eularAcr2017', note: 'the EULAR/ACR section could not be computed' }],
    };
  const sg = eular.subgroup;
  const value = sg ? (SUBGROUP_TO_SUBTYPE[sg] ?? 'unknown') : 'unknown';
  return {
    value,
    evidence: [
      {
        path: 'eularAcr2017.subgroup',
        value: sg,
        ...(sg === 'polymyositis' ? { note: 'EULAR/ACR polymyositis leaf includes IMNM' } : {}),
      },
    ],
  };
}

/**
 * Whether a subtype is dermatomyositis (amyopathic included); unknown when the subtype is.
 * @param subtype - a subtype (IMACS vocabulary) or `unknown`
 */
export function subtypeIsDm(subtype: string): Tri {
  return subtype === 'dermatomyositis' || subtype === 'amyopathic-dermatomyositis'
    ? 'met'
    : subtype === 'unknown'
      ? 'unknown'
      : 'not-met';
}

/** Hallmark DM rashes (EULAR/ACR 2017 skin items) and DM-specific antibodies: any present suggests DM. */
const DM_RASHES = ['heliotrope-rash', 'gottron-papules', 'gottron-sign'];
const DM_ANTIBODIES = ['TIF1-gamma', 'NXP2', 'SAE', 'Mi-2', 'MDA5'];

/**
 * Whether anything recorded suggests dermatomyositis when the subtype is not established: a hallmark rash
 * present, or a positive DM-specific antibody.
 * @param c - a validated case
 */
export function dmSuggestedByCase(c: Case): boolean {
  return (
    DM_RASHES.some((id) => findingFact(c, id).status === 'met') ||
    DM_ANTIBODIES.some((t) => antibodyFact(c, t).status === 'met')
  );
}
