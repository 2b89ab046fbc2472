/**
 * The IMACS 2023 set: calculator `imacs-2023` (risk tier and panels from item values), report section
 * `imacs2023` (the same with the dated screening plan).
 * @module
 */
import { defineSet, reachableCodes, required } from '../../contract/set.js';
import { eularAcr2017Set } from '../../criteria/eular-acr-2017/set.js';
import { cancerAssociationSet } from '../association/set.js';
import { subtypeFromEular } from '../subtype.js';
import { IMACS_2023_SOURCE, IMACS_INPUTS } from './definition.js';
import { evaluateImacs2023 } from './evaluate.js';
import { imacsSectionFromCase } from './from-case.js';

/** IMACS 2023 IIM-associated cancer risk tier and screening. */
export const imacs2023Set = defineSet({
  id: 'imacs-2023',
  key: 'imacs2023',
  title: 'IMACS 2023 IIM-associated cancer risk tier and screening',
  citations: [IMACS_2023_SOURCE],
  tables: [],
  calculator: {
    kind: 'items',
    inputs: IMACS_INPUTS,
    evaluate: (values, evidence) => evaluateImacs2023(values, evidence),
  },
  section: {
    title: 'IMACS 2023 cancer risk and screening plan',
    needs: [eularAcr2017Set, cancerAssociationSet],
    fromCase: (c, { asOf, needs }) =>
      imacsSectionFromCase(c, {
        asOf,
        subtype: subtypeFromEular(needs.eularAcr2017),
        timing: required(needs.cancerAssociation),
      }),
  },
  headline: (r) => ({
    code: r.tier,
    reachable: r.tier === 'not-applicable' ? undefined : reachableCodes([r.tierRange.min, r.tierRange.max]),
  }),
});
