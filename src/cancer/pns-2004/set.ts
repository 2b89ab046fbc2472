/**
 * The Graus 2004 set: calculator `pns-2004`, report section `pns2004`.
 * @module
 */
import { defineSet, isFailedSection, reachableCodes, required } from '../../contract/set.js';
import { eularAcr2017Set } from '../../criteria/eular-acr-2017/set.js';
import { cancerAssociationSet } from '../association/set.js';
import { imacs2023Set } from '../imacs-2023/set.js';
import { subtypeFromEular } from '../subtype.js';
import { PNS_2004, PNS_2004_INPUTS, PNS_2004_SOURCE } from './definition.js';
import { evaluatePns2004 } from './evaluate.js';
import { pns2004InputsFromCase } from './from-case.js';

/** Graus 2004 paraneoplastic neurological syndrome criteria. */
export const pns2004Set = defineSet({
  id: 'pns-2004',
  key: 'pns2004',
  title: 'Graus 2004 paraneoplastic neurological syndrome criteria',
  citations: [PNS_2004_SOURCE],
  tables: [PNS_2004],
  calculator: {
    kind: 'items',
    inputs: PNS_2004_INPUTS,
    evaluate: (values, evidence) => evaluatePns2004(values, evidence),
  },
  section: {
    title: 'Graus 2004 paraneoplastic syndrome criteria',
    needs: [eularAcr2017Set, cancerAssociationSet, imacs2023Set],
    fromCase: (c, { needs }) => {
      const imacs = needs.imacs2023;
      const d = pns2004InputsFromCase(c, {
        subtype: subtypeFromEular(needs.eularAcr2017),
        timing: required(needs.cancerAssociation),
        imacs: isFailedSection(imacs) ? undefined : imacs,
      });
      return evaluatePns2004(d.values, d.evidence, d.overrides);
    },
  },
  headline: (r) => ({ code: r.category, reachable: reachableCodes(r.reachableCategories) }),
});
