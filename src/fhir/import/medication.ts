/**
 * MedicationRequest / MedicationStatement / MedicationAdministration → case treatments (drug, class,
 * dose, route, schedule, dates, indication); radiotherapy and surgery written as Procedures by
 * `caseToFhir` read back the same way.
 * @see {@link https://hl7.org/fhir/R4/medicationrequest.html | FHIR R4 MedicationRequest}
 * @module
 */
import { TREATMENT_CLASSES } from '../../case/schema.js';
import { conceptsInText } from '../mapping/index.js';
import { EXTENSION, SYSTEM } from '../systems.js';
import { arr, ccText, num, obj, str, type ImportContext, type Json, type Located } from './context.js';
import { fhirEvidence, type Draft, type Item } from './draft.js';
import { identifierId } from './observation.js';
import { extValue, readDate, readQuantity } from './values.js';

/**
 * Maps a medication resource (or a treatment Procedure written by caseToFhir).
 * @param ctx - import context
 * @param draft - the case being built
 * @param at - the resource
 * @param indicationOf - indication of a referenced Condition (cancer, myositis)
 * @returns false when the drug is not recognised
 */
export function mapMedication(
  ctx: ImportContext,
  draft: Draft,
  at: Located,
  indicationOf: (r: Json) => 'cancer' | 'myositis' | undefined,
): boolean {
  const m = at.resource;
  const type = str(m.resourceType) ?? 'MedicationRequest';
  const status = str(m.status);
  if (
    status === 'entered-in-error' ||
    status === 'cancelled' ||
    status === 'not-taken' ||
    status === 'not-done'
  ) {
    ctx.report('information', 'not-supported', at, `${type}.status`, `status "${status}": not used`);
    ctx.used.add(m);
    return true;
  }
  let cc: unknown = type === 'Procedure' ? m.code : m.medicationCodeableConcept;
  let codeExpr = type === 'Procedure' ? 'Procedure.code' : `${type}.medicationCodeableConcept`;
  if (!cc && m.medicationReference) {
    const med = ctx.resolve(m.medicationReference, at, `${type}.medicationReference`);
    if (med) {
      ctx.used.add(med.resource);
      cc = med.resource.code;
      codeExpr = `${type}.medicationReference.resolve().code`;
    }
  }
  const explicitClass = str(extValue(m, EXTENSION.treatmentClass));
  const heliotrope = arr(obj(cc)?.coding).some((c) => obj(c)?.system === SYSTEM.heliotrope);
  const text = ccText(cc);
  const concept = text ? conceptsInText(text).find((c) => c.kind === 'drug') : undefined;
  if (!concept && !(heliotrope && text) && !explicitClass) return false;
  const drug = heliotrope || explicitClass ? (text ?? concept?.value ?? 'unknown') : concept!.value;
  const item: Item = { drug };
  const id = identifierId(m);
  if (id) item.id = id;
  const cls = explicitClass ?? (heliotrope ? undefined : concept?.attrs?.class);
  if (cls && (TREATMENT_CLASSES as readonly string[]).includes(cls)) item.class = cls;
  // Indication: Heliotrope reason code, else a referenced Condition.
  let indication: string | undefined;
  for (const rc of arr(m.reasonCode))
    for (const c of arr(obj(rc)?.coding))
      if (obj(c)?.system === SYSTEM.heliotrope) indication = str(obj(c)?.code)?.replace(/^indication-/, '');
  if (!indication)
    for (const rr of arr(m.reasonReference)) {
      const cond = ctx.find(rr, at);
      indication = cond ? indicationOf(cond.resource) : undefined;
      if (indication) break;
    }
  if (indication === 'cancer' || indication === 'myositis' || indication === 'other')
    item.indication = indication;
  const dosage = obj(
    type === 'MedicationRequest'
      ? arr(m.dosageInstruction)[0]
      : type === 'MedicationStatement'
        ? arr(m.dosage)[0]
        : m.dosage,
  );
  if (dosage) {
    const dr = obj(arr(dosage.doseAndRate)[0]);
    const q = readQuantity(dr?.doseQuantity ?? dosage.dose);
    if (q?.unit) item.dose = { value: q.value, unit: q.unit };
    else if (q)
      ctx.report(
        'warning',
        'value',
        at,
        `${type}.dosage.dose`,
        `dose unit "${q.unitText ?? ''}" is not UCUM: dose not recorded`,
      );
    const route = ccText(dosage.route);
    if (route) item.route = route;
    const schedule = str(dosage.text) ?? ccText(obj(dosage.timing)?.code);
    if (schedule) item.schedule = schedule;
  }
  const auc = num(extValue(m, EXTENSION.treatmentDetail, 'targetAuc'));
  if (auc !== undefined) item.targetAuc = auc;
  const cycles = num(extValue(m, EXTENSION.treatmentDetail, 'cycles'));
  if (cycles !== undefined) item.cycles = cycles;
  const red = num(extValue(m, EXTENSION.treatmentDetail, 'doseReductionPercent'));
  if (red !== undefined) item.doseReductionPercent = red;
  const start = readDate(
    ctx,
    at,
    ['effectivePeriod', 'effectiveDateTime', 'performedPeriod', 'performedDateTime', 'authoredOn'],
    'start',
  );
  if (start) item.start = start.date;
  const endPeriod =
    obj(m.effectivePeriod) ?? obj(m.performedPeriod) ?? obj(obj(obj(m.dispenseRequest)?.validityPeriod));
  const end =
    endPeriod?.end !== undefined
      ? readDate(
          ctx,
          Object.assign({}, at, { resource: { resourceType: type, endPeriod } }),
          ['endPeriod'],
          'end',
        )
      : readDate(ctx, at, [], 'end');
  if (end) item.end = end.date;
  item.evidence = [fhirEvidence(at, codeExpr)];
  ctx.trace(`treatments[${draft.treatments.length}]`, at, codeExpr, concept && !heliotrope ? 'text' : 'code');
  draft.treatments.push(item);
  return true;
}
