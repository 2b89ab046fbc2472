/**
 * Cancer-association timing: report section `cancerAssociation` (no calculator). The cancer sections read it.
 * @module
 */
import { defineSet } from '../../contract/set.js';
import { cancerTiming, TIMING_CITATIONS } from './timing.js';

/** Timing of each cancer against the myositis: the ±3-year, anti-TIF1γ and paraneoplastic windows. */
export const cancerAssociationSet = defineSet({
  id: 'cancer-association',
  key: 'cancerAssociation',
  title: 'Cancer association: timing',
  citations: TIMING_CITATIONS,
  tables: [],
  section: { title: 'Cancer association: timing', needs: [], fromCase: (c) => cancerTiming(c) },
  headline: (r) => ({ code: r.cancerAssociated, count: r.cancers.length }),
});
