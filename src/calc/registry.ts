/**
 * The calculator registry: one row per calculator. The CLI (`heliotrope calc <id>`) and the HTTP API
 * read this table; they never branch on a calculator id.
 * @module
 */
import { BOHAN_PETER_1975_SOURCE, BOHAN_PETER_INPUTS } from '../criteria/bohan-peter-1975/definition.js';
import { evaluateBohanPeter1975 } from '../criteria/bohan-peter-1975/evaluate.js';
import { EULAR_ACR_2017_SOURCE, EULAR_INPUTS } from '../criteria/eular-acr-2017/definition.js';
import { checkEularInputs, evaluateEularAcr2017 } from '../criteria/eular-acr-2017/evaluate.js';
import { IMACS_2023_SOURCE, IMACS_INPUTS } from '../cancer/imacs-2023/definition.js';
import { evaluateImacs2023 } from '../cancer/imacs-2023/evaluate.js';
import { PNS_2004_INPUTS, PNS_2004_SOURCE } from '../cancer/pns-2004/definition.js';
import { evaluatePns2004 } from '../cancer/pns-2004/evaluate.js';
import { PNS_CARE_2021_INPUTS, PNS_CARE_2021_SOURCE } from '../cancer/pns-care-2021/definition.js';
import { evaluatePnsCare2021 } from '../cancer/pns-care-2021/evaluate.js';
import { RECIST_SOURCE } from '../monitoring/recist/definition.js';
import { evaluateRecistDocument, RECIST_DOCUMENT_DESCRIPTION } from '../monitoring/recist/document.js';
import { TIS_2016_SOURCE } from '../monitoring/tis-2016/definition.js';
import { checkTisInputs, evaluateTisInputs, TIS_INPUTS } from '../monitoring/tis-2016/evaluate.js';
import type { Calculator } from './types.js';

/** Every calculator. */
export const calculators: readonly Calculator[] = [
  {
    id: 'eular-acr-2017',
    title: '2017 EULAR/ACR classification criteria for idiopathic inflammatory myopathies',
    citation: EULAR_ACR_2017_SOURCE,
    inputs: EULAR_INPUTS,
    check: checkEularInputs,
    evaluate: evaluateEularAcr2017,
  },
  {
    id: 'bohan-peter-1975',
    title: 'Bohan & Peter criteria for polymyositis and dermatomyositis (1975)',
    citation: BOHAN_PETER_1975_SOURCE,
    inputs: BOHAN_PETER_INPUTS,
    evaluate: evaluateBohanPeter1975,
  },
  {
    id: 'imacs-2023',
    title: 'IMACS 2023 IIM-associated cancer risk tier and screening',
    citation: IMACS_2023_SOURCE,
    inputs: IMACS_INPUTS,
    evaluate: (values, evidence) => evaluateImacs2023(values, evidence),
  },
  {
    id: 'pns-2004',
    title: 'Graus 2004 paraneoplastic neurological syndrome criteria',
    citation: PNS_2004_SOURCE,
    inputs: PNS_2004_INPUTS,
    evaluate: (values, evidence) => evaluatePns2004(values, evidence),
  },
  {
    id: 'pns-care-2021',
    title: 'PNS-Care Score 2021 (updated paraneoplastic neurological syndrome criteria)',
    citation: PNS_CARE_2021_SOURCE,
    inputs: PNS_CARE_2021_INPUTS,
    evaluate: (values, evidence) => evaluatePnsCare2021(values, evidence),
  },
  {
    id: 'recist-1.1',
    title: 'RECIST 1.1 tumour response (baseline + follow-up lesion measurements)',
    citation: RECIST_SOURCE,
    inputs: [],
    evaluate: () => evaluateRecistDocument(undefined),
    documentInput: { description: RECIST_DOCUMENT_DESCRIPTION, evaluateDocument: evaluateRecistDocument },
  },
  {
    id: 'tis-2016',
    title: '2016 ACR/EULAR myositis response criteria: Total Improvement Score (adult DM/PM)',
    citation: TIS_2016_SOURCE,
    inputs: TIS_INPUTS,
    check: checkTisInputs,
    evaluate: evaluateTisInputs,
  },
];

/** Finds a calculator by id. */
export function findCalculator(id: string): Calculator | undefined {
  return calculators.find((c) => c.id === id);
}
