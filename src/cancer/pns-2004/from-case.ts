/**
 * Reads the Graus 2004 inputs from a case, with the evidence behind each. Myositis antibodies are never read
 * as onconeural antibodies.
 * @module
 */
import type { Case } from '../../case/schema.js';
import type { Evidence } from '../../core/evidence.js';
import { triToYesNo, type Tri } from '../../core/tri.js';
import type { DerivedInputs, InputValue } from '../../engine/inputs.js';
import { cancerFoundFact } from '../../facts/oncology.js';
import { neuralAntibodyResults, type NeuralAntibodyResult } from '../../facts/oncology.js';
import { bestCancerFor, windowTri, type CancerAssociationResult } from '../association/timing.js';
import type { ImacsResult } from '../imacs-2023/evaluate.js';
import { subtypeIsDm, type Subtype } from '../subtype.js';
import type { Pns2004Overrides } from './evaluate.js';

/** Well-characterised onconeural antibodies (Graus 2004), by neural-antibody key. */
export const ONCONEURAL_WELL_CHARACTERISED: readonly string[] = [
  'hu',
  'anna1',
  'yo',
  'pca1',
  'cv2',
  'crmp5',
  'cv2crmp5',
  'ri',
  'anna2',
  'ma2',
  'ta',
  'amphiphysin',
];

/** Partially characterised onconeural antibodies (Graus 2004), by neural-antibody key. */
export const ONCONEURAL_PARTIALLY_CHARACTERISED: readonly string[] = [
  'tr',
  'zic4',
  'mglur1',
  'anna3',
  'pca2',
];

/** Every onconeural antibody key, well then partially characterised (listed once). */
const ONCONEURAL_ALL: readonly string[] = [
  ...ONCONEURAL_WELL_CHARACTERISED,
  ...ONCONEURAL_PARTIALLY_CHARACTERISED,
];

/**
 * Best onconeural antibody (Graus 2004) from a case; myositis antibodies are never read here.
 * @param c - a validated case
 */
export function onconeuralFromCase(c: Case): { value: InputValue; evidence: Evidence[] } {
  const rows = neuralAntibodyResults(c, ONCONEURAL_ALL);
  const ev = (r: NeuralAntibodyResult): Evidence => ({
    path: `antibodies[${r.index}]`,
    value: `${r.antibody.target}: ${r.antibody.result}`,
  });
  const well = rows.filter(
    (r) => r.antibody.result === 'positive' && ONCONEURAL_WELL_CHARACTERISED.includes(r.key),
  );
  if (well.length) return { value: 'well-characterised', evidence: well.map(ev) };
  const partial = rows.filter((r) => r.antibody.result === 'positive');
  if (partial.length) return { value: 'partially-characterised', evidence: partial.map(ev) };
  if (rows.length && rows.every((r) => r.antibody.result === 'negative'))
    return { value: 'none', evidence: rows.map(ev) };
  return {
    value: 'unknown',
    evidence: [
      ...rows.map(ev),
      { path: 'antibodies', note: 'no onconeural antibody tested (myositis antibodies are not onconeural)' },
    ],
  };
}

/**
 * Derives the Graus 2004 inputs from a case.
 * @param c - a validated case
 * @param from - the subtype (EULAR/ACR subgroup), the cancer-association timing, and the IMACS result (its
 *   risk profile supplies "high tumour risk"; unknown when the IMACS section could not be computed)
 */
export function pns2004InputsFromCase(
  c: Case,
  from: {
    subtype: Subtype;
    timing: CancerAssociationResult;
    imacs: Pick<ImacsResult, 'riskProfileTier' | 'tierRange'> | undefined;
  },
): DerivedInputs & { overrides: Pns2004Overrides } {
  const values: Record<string, InputValue> = {};
  const evidence: Record<string, Evidence[]> = {};
  const { subtype, timing, imacs } = from;
  values['classical-syndrome'] = triToYesNo(subtypeIsDm(subtype.value));
  evidence['classical-syndrome'] = subtype.evidence.map((e) =>
    Object.assign({}, e, { note: 'dermatomyositis is a classical syndrome (Graus 2004)' }),
  );
  const on = onconeuralFromCase(c);
  values['onconeural-antibody'] = on.value;
  evidence['onconeural-antibody'] = on.evidence;
  const found = cancerFoundFact(c);
  values['cancer'] = triToYesNo(found.status);
  evidence['cancer'] = found.evidence;
  const best = bestCancerFor(timing, 'pns-5y');
  const y = best?.intervalYears;
  values['years-from-syndrome-to-cancer'] = y && y.min === y.max ? y.min : null;
  evidence['years-from-syndrome-to-cancer'] = best
    ? [
        ...best.evidence,
        {
          path: `cancers[${best.index}]`,
          note: `${y ? `interval ${y.min}…${y.max} years from first symptom` : 'interval from first symptom unknown'}; 5-year window measured from the ${best.windows.find((w) => w.id === 'pns-5y')!.measuredFrom === 'diagnosis' ? 'myositis diagnosis' : 'first symptom'}`,
        },
      ]
    : [];
  values['improved-after-cancer-treatment-without-immunotherapy'] = 'unknown';
  values['prone-to-spontaneous-remission'] = 'unknown';
  const ht: Tri = !imacs
    ? 'unknown'
    : imacs.riskProfileTier === 'high'
      ? 'met'
      : imacs.tierRange.max !== 'high'
        ? 'not-met'
        : 'unknown';
  values['high-tumour-risk'] = triToYesNo(ht);
  evidence['high-tumour-risk'] = imacs
    ? [
        {
          path: 'imacs2023.riskProfileTier',
          value: imacs.riskProfileTier,
          note: 'IMACS high-risk profile used as "high risk of an underlying tumour"',
        },
      ]
    : [{ path: 'imacs2023', note: 'the IMACS section could not be computed' }];
  const overrides: Pns2004Overrides = {};
  if (found.status === 'met' && best) {
    overrides['cancer-within-5-years'] = windowTri(best.windows.find((w) => w.id === 'pns-5y')!.status);
    overrides['cancer-within-2-years'] = windowTri(
      bestCancerFor(timing, 'pns-2y')!.windows.find((w) => w.id === 'pns-2y')!.status,
    );
  }
  return { values, evidence, overrides };
}
