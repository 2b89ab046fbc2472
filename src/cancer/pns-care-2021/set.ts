/**
 * The PNS-Care 2021 set: calculator `pns-care-2021`, report section `pnsCare2021`.
 * @module
 */
import { defineSet, reachableCodes, required } from '../../contract/set.js';
import { eularAcr2017Set } from '../../criteria/eular-acr-2017/set.js';
import { cancerAssociationSet } from '../association/set.js';
import { subtypeFromEular } from '../subtype.js';
import { PNS_CARE_2021, PNS_CARE_2021_INPUTS, PNS_CARE_2021_SOURCE } from './definition.js';
import { evaluatePnsCare2021 } from './evaluate.js';
import { pnsCareInputsFromCase } from './from-case.js';

/** PNS-Care Score 2021 (updated paraneoplastic neurological syndrome criteria). */
export const pnsCare2021Set = defineSet({
  id: 'pns-care-2021',
  key: 'pnsCare2021',
  title: 'PNS-Care Score 2021 (updated paraneoplastic neurological syndrome criteria)',
  citations: [PNS_CARE_2021_SOURCE],
  tables: [PNS_CARE_2021],
  calculator: {
    kind: 'items',
    inputs: PNS_CARE_2021_INPUTS,
    evaluate: (values, evidence) => evaluatePnsCare2021(values, evidence),
  },
  section: {
    title: 'PNS-Care Score 2021',
    needs: [eularAcr2017Set, cancerAssociationSet],
    fromCase: (c, { asOf, needs }) => {
      const d = pnsCareInputsFromCase(c, {
        asOf,
        timing: required(needs.cancerAssociation),
        subtype: subtypeFromEular(needs.eularAcr2017),
      });
      return evaluatePnsCare2021(d.values, d.evidence);
    },
  },
  // A not-applicable result (myositis is not a 2021 phenotype) has no category and no score: its reason instead.
  headline: (r) =>
    r.status === 'not-applicable'
      ? { code: r.status, qualifier: r.reason }
      : {
          code: r.category,
          reachable: reachableCodes([r.categoryRange.min, r.categoryRange.max]),
          score: { value: r.score, ...r.scoreRange },
        },
});
