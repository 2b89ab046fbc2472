/**
 * Reads the PNS-Care 2021 inputs from a case. Myositis is not a 2021 PNS phenotype: the score is not
 * applicable to it (phenotype `dermatomyositis` or `other-myositis`).
 * @module
 */
import { resolveCaseDate } from '../../case/dates.js';
import type { Case } from '../../case/schema.js';
import { parsePartialIsoDate } from '../../core/dates.js';
import type { Evidence } from '../../core/evidence.js';
import type { DerivedInputs, InputValue } from '../../engine/inputs.js';
import { cancerFoundFact, neuralAntibodyResults, type NeuralAntibodyResult } from '../../facts/oncology.js';
import { bestCancerFor, type CancerAssociationResult } from '../association/timing.js';
import { dmSuggestedByCase, subtypeIsDm, type Subtype } from '../subtype.js';

/** High-risk neural antibodies (> 70 % cancer association, PNS-Care 2021), by neural-antibody key. */
export const NEURAL_HIGH_RISK: readonly string[] = [
  'hu',
  'anna1',
  'cv2',
  'crmp5',
  'cv2crmp5',
  'sox1',
  'pca2',
  'map1b',
  'amphiphysin',
  'ri',
  'anna2',
  'yo',
  'pca1',
  'ma2',
  'ta',
  'tr',
  'dner',
  'klhl11',
];

/** Intermediate-risk neural antibodies (30–70 %), by neural-antibody key. */
export const NEURAL_INTERMEDIATE_RISK: readonly string[] = [
  'ampar',
  'gababr',
  'mglur5',
  'vgcc',
  'pqvgcc',
  'pqtypevgcc',
  'nmdar',
];

/** Low-risk neural antibodies (< 30 %), by neural-antibody key. */
export const NEURAL_LOW_RISK: readonly string[] = [
  'mglur1',
  'gabaar',
  'caspr2',
  'lgi1',
  'gad65',
  'gad',
  'dppx',
  'glyr',
  'aqp4',
  'mog',
];

/** Every neural antibody key the score reads, by risk (listed once). */
const NEURAL_ALL: readonly string[] = [...NEURAL_HIGH_RISK, ...NEURAL_INTERMEDIATE_RISK, ...NEURAL_LOW_RISK];

/**
 * Derives the PNS-Care inputs from a case. Myositis is not a 2021 phenotype: the phenotype is
 * `dermatomyositis` (DM subgroup, or subtype unknown with a hallmark rash or DM-specific antibody) or
 * `other-myositis`, which make the score not applicable.
 * @param c - a validated case
 * @param from - the reference day (follow-up without cancer), the cancer-association timing and the subtype
 *   (EULAR/ACR subgroup)
 */
export function pnsCareInputsFromCase(
  c: Case,
  from: { asOf: string; timing: CancerAssociationResult; subtype: Subtype },
): DerivedInputs {
  const values: Record<string, InputValue> = {};
  const evidence: Record<string, Evidence[]> = {};
  const dm = subtypeIsDm(from.subtype.value);
  values['phenotype'] =
    dm === 'met' || (dm === 'unknown' && dmSuggestedByCase(c)) ? 'dermatomyositis' : 'other-myositis';
  evidence['phenotype'] = from.subtype.evidence.map((e) =>
    Object.assign({}, e, { note: 'myositis / dermatomyositis is not a 2021 PNS phenotype' }),
  );
  const rows = neuralAntibodyResults(c, NEURAL_ALL);
  const pos = (list: readonly string[]) =>
    rows.filter((r) => r.antibody.result === 'positive' && list.includes(r.key));
  const ev = (rs: NeuralAntibodyResult[]) =>
    rs.map((r) => ({ path: `antibodies[${r.index}]`, value: `${r.antibody.target}: ${r.antibody.result}` }));
  if (pos(NEURAL_HIGH_RISK).length) values['antibody'] = 'high-risk';
  else if (pos(NEURAL_INTERMEDIATE_RISK).length) values['antibody'] = 'intermediate-risk';
  else if (
    rows.length &&
    rows.every((r) => r.antibody.result === 'negative' || NEURAL_LOW_RISK.includes(r.key))
  )
    values['antibody'] = 'low-risk-or-negative';
  else values['antibody'] = 'unknown';
  evidence['antibody'] = rows.length
    ? ev(rows)
    : [
        {
          path: 'antibodies',
          note: 'no neural antibody tested (myositis antibodies are not neural antibodies)',
        },
      ];
  const found = cancerFoundFact(c);
  const best = bestCancerFor(from.timing, 'pns-5y');
  const in5 = best ? best.windows.find((w) => w.id === 'pns-5y')!.status : 'unknown';
  values['cancer'] =
    found.status === 'met'
      ? in5 === 'in'
        ? 'found-consistent'
        : in5 === 'out'
          ? 'found-inconsistent'
          : 'unknown'
      : found.status === 'not-met'
        ? 'not-found'
        : 'unknown';
  evidence['cancer'] = [
    ...found.evidence,
    ...(best
      ? [{ path: `cancers[${best.index}]`, note: `PNS 5-year window: ${in5} (read as "consistent")` }]
      : []),
  ];
  const onset = resolveCaseDate(c, c.dates.symptomOnset);
  const today = parsePartialIsoDate(from.asOf);
  values['follow-up-years'] =
    onset && today ? Math.max(0, Math.round(((today.earliest - onset.latest) / 365.25) * 100) / 100) : null;
  evidence['follow-up-years'] = [
    { path: 'dates.symptomOnset', value: c.dates.symptomOnset ?? null, note: `follow-up to ${from.asOf}` },
  ];
  return { values, evidence };
}
