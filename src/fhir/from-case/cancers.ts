/**
 * Case → FHIR: each cancer as a Condition (status, stage, site, histology, receptors as evidence
 * Observations). Pure.
 * @module
 */
import type { Case } from '../../case/schema.js';
import { EXTENSION, SYSTEM } from '../systems.js';
import { type BundleWriter, cc, dateFields, h, ident, type R } from './writer.js';

type Cancer = Case['cancers'][number];

/** The R4 clinical status of a cancer (progression is R4's relapse); none when the status is not recorded. */
function clinicalStatus(k: Cancer): R {
  const code =
    k.status === 'active'
      ? 'active'
      : k.status === 'remission'
        ? 'remission'
        : k.status === 'progression'
          ? 'relapse'
          : undefined;
  return code ? { clinicalStatus: cc([{ system: SYSTEM.conditionClinical, code }]) } : {};
}

function writeCancer(w: BundleWriter, k: Cancer): string {
  const ext: R[] = [];
  const detail: R[] = [];
  if (k.primaryUnknown !== undefined) detail.push({ url: 'primaryUnknown', valueBoolean: k.primaryUnknown });
  if (k.grade) detail.push({ url: 'grade', valueString: k.grade });
  if (k.status) detail.push({ url: 'status', valueCode: k.status });
  if (detail.length) ext.push({ url: EXTENSION.cancerDetail, extension: detail });
  const stage: R[] = [];
  if (k.stage?.tnm) stage.push({ summary: { text: k.stage.tnm }, type: cc([h('tnm')]) });
  if (k.stage?.extent) stage.push({ summary: cc([h(k.stage.extent)]), type: cc([h('extent')]) });
  if (k.stage?.text) stage.push({ summary: { text: k.stage.text }, type: cc([h('stage-text')]) });
  const receptors = Object.entries(k.receptors ?? {}).map(([name, v]) => ({
    reference: w.add(w.obs(cc([h('receptor')], name), { valueString: v }, undefined, 'laboratory')),
  }));
  const cond: R = {
    resourceType: 'Condition',
    id: w.nextId('cancer'),
    ...ident(k.id),
    ...clinicalStatus(k),
    verificationStatus: cc([{ system: SYSTEM.conditionVerification, code: 'confirmed' }]),
    category: [
      cc([{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' }]),
    ],
    code: cc([h('cancer', 'Cancer')], k.histology),
    ...(k.site ? { bodySite: [{ text: k.site }] } : {}),
    subject: w.subject,
    ...dateFields('onsetDateTime', 'onset', k.diagnosisDate, ext),
    ...(stage.length ? { stage } : {}),
    ...(receptors.length ? { evidence: [{ detail: receptors }] } : {}),
  };
  if (ext.length) cond.extension = ext;
  return w.add(cond);
}

/**
 * Writes the cancers of the case.
 * @returns the reference of each cancer by its case id (tumour assessments point to them)
 */
export function writeCancers(w: BundleWriter, c: Case): Map<string, string> {
  const refs = new Map<string, string>();
  for (const k of c.cancers) {
    const ref = writeCancer(w, k);
    if (k.id) refs.set(k.id, ref);
  }
  return refs;
}
