/**
 * The assessment registry: what `heliotrope assess` and `POST /api/assess` compute for a case, one row
 * per section. Each row's key is the top-level key of the report document.
 * @module
 */
import type { Case } from '../case/schema.js';
import {
  cancerProbabilitySection,
  imacsSection,
  pns2004Section,
  pnsCare2021Section,
} from '../cancer/from-case.js';
import { cancerTiming } from '../cancer/timing.js';
import { bohanPeterInputsFromCase } from '../criteria/bohan-peter-1975/from-case.js';
import { evaluateBohanPeter1975 } from '../criteria/bohan-peter-1975/evaluate.js';
import { eularInputsFromCase } from '../criteria/eular-acr-2017/from-case.js';
import { evaluateEularAcr2017 } from '../criteria/eular-acr-2017/evaluate.js';
import { assessMonitoring } from '../monitoring/index.js';

/** Context of one assessment: the reference date (the engine never reads a clock) and earlier sections' results. */
export interface AssessContext {
  /** The day the assessment is for (`YYYY-MM-DD`), used for due/overdue; supplied by the interface layer. */
  asOf: string;
  /** Results of the sections computed before this one, by key. */
  results: Readonly<Record<string, unknown>>;
}

/** One section of the report. */
export interface Assessor {
  /** Top-level key in the report (e.g. `eularAcr2017`). */
  key: string;
  title: string;
  run(c: Case, ctx: AssessContext): unknown;
}

/** Every section, in the order they are computed and shown. */
export const assessors: readonly Assessor[] = [
  {
    key: 'eularAcr2017',
    title: '2017 EULAR/ACR classification criteria',
    run: (c) => {
      const d = eularInputsFromCase(c);
      return evaluateEularAcr2017(d.values, d.evidence);
    },
  },
  {
    key: 'bohanPeter1975',
    title: 'Bohan & Peter 1975',
    run: (c) => {
      const d = bohanPeterInputsFromCase(c);
      return evaluateBohanPeter1975(d.values, d.evidence);
    },
  },
  { key: 'cancerAssociation', title: 'Cancer association: timing', run: (c) => cancerTiming(c) },
  {
    key: 'pns2004',
    title: 'Graus 2004 paraneoplastic syndrome criteria',
    run: (c, ctx) => pns2004Section(c, ctx),
  },
  { key: 'pnsCare2021', title: 'PNS-Care Score 2021', run: (c, ctx) => pnsCare2021Section(c, ctx) },
  {
    key: 'imacs2023',
    title: 'IMACS 2023 cancer risk and screening plan',
    run: (c, ctx) => imacsSection(c, ctx),
  },
  {
    key: 'cancerProbability',
    title: 'Probability of an underlying cancer',
    run: (c, ctx) => cancerProbabilitySection(c, ctx),
  },
  {
    key: 'monitoring',
    title: 'Follow-up: myositis activity, tumour response (RECIST 1.1), warning signal, concordance',
    run: (c) => assessMonitoring(c),
  },
];
