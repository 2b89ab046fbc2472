/**
 * Condition → case: the myositis (coded diagnosis, onset, asserted date), cancers (ICD-10 C00–D49,
 * SNOMED CT; onset, stage, body site, clinical status), findings coded as conditions (dysphagia, ILD …),
 * smoking. `verificationStatus` refuted → an absent finding or no cancer; entered-in-error → not used;
 * unconfirmed/provisional/differential → uncertain.
 * @see {@link https://hl7.org/fhir/R4/condition.html | FHIR R4 Condition}
 * @module
 */
import { conceptsInText, type MappingTarget } from '../mapping/index.js';
import { EXTENSION, SYSTEM } from '../systems.js';
import { arr, ccText, obj, str, type ImportContext, type Json, type Located } from './context.js';
import { fhirEvidence, type Draft, type Item } from './draft.js';
import { familyHistoryText, isMalignantText, RELATIVE_WORDS, setFamilyHistoryOfCancer } from './family.js';
import { identifierId, recognise } from './observation.js';
import { extValue, readDate, readQuantity, ucumFactor } from './values.js';

const ONSET = ['onsetDateTime', 'onsetPeriod'] as const;

/** The code of a status CodeableConcept. */
const statusCode = (cc: unknown): string | undefined => str(obj(arr(obj(cc)?.coding)[0])?.code);

const MYOSITIS_TEXT: readonly [RegExp, string][] = [
  [/amyopathic dermatomyositis/i, 'amyopathic-dermatomyositis'],
  [/juvenile dermatomyositis/i, 'juvenile-dermatomyositis'],
  [/dermatopolymyositis|dermato\(poly\)myositis/i, 'dermatopolymyositis'],
  [/dermatomyositis/i, 'dermatomyositis'],
  [/inclusion body myositis/i, 'inclusion-body-myositis'],
  [/necroti[sz]ing (autoimmune )?myopathy|\bimnm\b/i, 'immune-mediated-necrotising-myopathy'],
  [/anti-?synthetase syndrome/i, 'antisynthetase-syndrome'],
  [/polymyositis/i, 'polymyositis'],
  [/overlap myositis/i, 'overlap-myositis'],
  [/idiopathic inflammatory myopathy|inflammatory myopathy|\bmyositis\b/i, 'myositis-unspecified'],
];

/** Context the condition mapper needs from the importer. */
export interface ConditionHooks {
  /** Records the Condition resource of a cancer with its case index (for medication indications, focus). */
  cancerAt(r: Json, index: number): void;
}

/**
 * Maps one Condition. Returns false when it was not used.
 * @param ctx - import context
 * @param draft - the case being built
 * @param at - the Condition
 * @param hooks - importer callbacks
 */
export function mapCondition(ctx: ImportContext, draft: Draft, at: Located, hooks: ConditionHooks): boolean {
  const c = at.resource;
  const verification = statusCode(c.verificationStatus);
  if (verification === 'entered-in-error') {
    ctx.report(
      'information',
      'not-supported',
      at,
      'Condition.verificationStatus',
      'entered in error: not used',
    );
    ctx.used.add(c);
    return true;
  }
  let rec = recognise(ctx, c.code, 'Condition.code', ['finding']);
  const text = ccText(c.code) ?? '';
  if (!rec && RELATIVE_WORDS.test(text)) {
    // "Mother: breast cancer" written as the patient's Condition: a relative's condition, never the patient's.
    const answer = familyHistoryText(text);
    if (!answer) return false;
    if (verification === 'refuted' || answer === 'no') {
      if (draft.patient.familyHistoryOfCancer === undefined) {
        draft.patient.familyHistoryOfCancer = 'no';
        ctx.trace('patient.familyHistoryOfCancer', at, 'Condition.code.text', 'text');
      }
    } else setFamilyHistoryOfCancer(ctx, draft, at, 'Condition.code.text', 'text', undefined, text);
    return true;
  }
  if (!rec) {
    const myo = MYOSITIS_TEXT.find(([re]) => re.test(text));
    if (myo)
      rec = {
        target: { field: 'myositis', subtype: myo[1] as never },
        match: 'text',
        expression: 'Condition.code.text',
      };
    else if (isMalignantText(text))
      rec = { target: { field: 'cancer' }, match: 'text', expression: 'Condition.code.text' };
  }
  if (!rec) return false;
  const t = rec.target;
  const refuted = verification === 'refuted';
  const uncertain =
    verification === 'unconfirmed' || verification === 'provisional' || verification === 'differential';
  switch (t.field) {
    case 'finding': {
      const item: Item = { id: t.id, status: refuted ? 'absent' : uncertain ? 'uncertain' : 'present' };
      if (uncertain) item.reason = `condition ${verification}`;
      const reason = str(extValue(c, EXTENSION.findingReason));
      if (reason) item.reason = reason;
      const note = str(obj(arr(c.note)[0])?.text);
      if (note) item.note = note;
      const d = readDate(ctx, at, ONSET, 'onset');
      if (d) item.date = d.date;
      item.evidence = [fhirEvidence(at, 'Condition.verificationStatus')];
      ctx.trace(`findings[${draft.findings.length}]`, at, 'Condition.code', rec.match, rec.code);
      draft.findings.push(item);
      return true;
    }
    case 'myositis': {
      if (refuted) {
        ctx.report(
          'information',
          'not-supported',
          at,
          'Condition.verificationStatus',
          `${t.subtype} refuted: no diagnosis recorded`,
        );
        ctx.used.add(c);
        return true;
      }
      const dx: Item = { subtype: t.subtype };
      if (t.cancerAssociated) dx.cancerAssociated = true;
      const code = obj(arr(obj(c.code)?.coding)[0]);
      if (code && str(code.system) !== SYSTEM.heliotrope)
        dx.code = {
          system: str(code.system),
          code: str(code.code),
          ...(str(code.display) ? { display: str(code.display) } : {}),
        };
      if (uncertain) dx.verification = verification;
      dx.evidence = [fhirEvidence(at, 'Condition.code')];
      if (t.subtype !== 'myositis-unspecified' || rec.match === 'code' || rec.match === 'text') {
        draft.diagnoses.push(dx);
        ctx.trace(`diagnoses[${draft.diagnoses.length - 1}]`, at, 'Condition.code', rec.match, rec.code);
      }
      readMyositisDates(ctx, draft, at);
      return true;
    }
    case 'panel':
      if (t.part === 'myositis-under-evaluation') {
        readMyositisDates(ctx, draft, at);
        return true;
      }
      return false;
    case 'cancer':
      return mapCancer(ctx, draft, at, t, refuted, hooks);
    case 'neoplasm-not-cancer':
      ctx.report(
        'warning',
        'not-supported',
        at,
        'Condition.code',
        `"${text}" is ${t.behaviour === 'suspected' ? 'a suspected cancer' : t.behaviour === 'benign' ? 'a benign neoplasm' : 'a neoplasm whose behaviour (benign or malignant) is not stated'}: not recorded as a cancer — check the record`,
      );
      ctx.used.add(c);
      return true;
    case 'smoking-status':
      if (!refuted) {
        draft.patient.smoking = t.value;
        ctx.trace('patient.smoking', at, 'Condition.code', rec.match, rec.code);
      }
      return true;
    case 'patient':
      if (t.key !== 'familyHistoryOfCancer') return false;
      if (refuted) {
        if (draft.patient.familyHistoryOfCancer === undefined) {
          draft.patient.familyHistoryOfCancer = 'no';
          ctx.trace('patient.familyHistoryOfCancer', at, 'Condition.verificationStatus', rec.match, rec.code);
        }
      } else
        setFamilyHistoryOfCancer(ctx, draft, at, 'Condition.code', rec.match, rec.code, text || undefined);
      return true;
    case 'answer':
    case 'lab':
    case 'antibody':
    case 'strength':
    case 'visit':
    case 'study':
    case 'biopsy-feature':
    case 'muscleImaging':
    case 'investigation':
    case 'treatment':
      return false;
  }
}

/** Onset, asserted date and presentation encounter of the myositis Condition → `dates`, `ageAtOnset`. */
function readMyositisDates(ctx: ImportContext, draft: Draft, at: Located): void {
  const c = at.resource;
  const onset = readDate(ctx, at, ONSET, 'onset');
  if (onset && draft.dates.symptomOnset === undefined) {
    draft.dates.symptomOnset = onset.date;
    ctx.trace('dates.symptomOnset', at, onset.expression, 'resource');
  }
  const age = readQuantity(c.onsetAge);
  if (age && draft.patient.ageAtOnset === undefined) {
    const f = age.unit ? ucumFactor(age.unit, 'a') : 1;
    if (f !== null) {
      draft.patient.ageAtOnset = Math.floor(age.value * f);
      ctx.trace('patient.ageAtOnset', at, 'Condition.onsetAge', 'resource');
    }
  }
  if (typeof c.onsetString === 'string')
    ctx.report(
      'information',
      'value',
      at,
      'Condition.onsetString',
      `onset "${c.onsetString}" is free text: not read as a date`,
    );
  const asserted = extValue(c, EXTENSION.conditionAssertedDate);
  const dxDate = readDate(
    ctx,
    Object.assign({}, at, {
      resource: {
        resourceType: 'Condition',
        assertedDate: asserted,
        recordedDate: c.recordedDate,
        extension: c.extension,
      },
    }),
    ['assertedDate', 'recordedDate'],
    'diagnosis',
  );
  if (dxDate && draft.dates.diagnosis === undefined) {
    draft.dates.diagnosis = dxDate.date;
    ctx.trace(
      'dates.diagnosis',
      at,
      dxDate.expression.replace('Condition.assertedDate', "Condition.extension('condition-assertedDate')"),
      'resource',
    );
  }
  const presentation = readDate(ctx, at, [], 'presentation');
  const enc = ctx.find(c.encounter, at);
  if (enc) {
    ctx.used.add(enc.resource);
    const d = readDate(ctx, enc, ['period'], 'start');
    if (d && draft.dates.presentation === undefined) {
      draft.dates.presentation = d.date;
      ctx.trace('dates.presentation', enc, 'Encounter.period.start', 'resource');
    }
  }
  if (presentation && draft.dates.presentation === undefined) draft.dates.presentation = presentation.date;
  const symptomRel = readDate(ctx, at, [], 'symptomOnset');
  if (symptomRel && draft.dates.symptomOnset === undefined) draft.dates.symptomOnset = symptomRel.date;
}

const CLINICAL_TO_STATUS: Readonly<Record<string, string>> = {
  active: 'active',
  recurrence: 'progression',
  relapse: 'progression',
  inactive: 'remission',
  remission: 'remission',
  resolved: 'remission',
};

function mapCancer(
  ctx: ImportContext,
  draft: Draft,
  at: Located,
  t: Extract<MappingTarget, { field: 'cancer' }>,
  refuted: boolean,
  hooks: ConditionHooks,
): boolean {
  const c = at.resource;
  if (refuted) {
    ctx.report(
      'information',
      'not-supported',
      at,
      'Condition.verificationStatus',
      'cancer refuted: not recorded',
    );
    ctx.used.add(c);
    return true;
  }
  const verification = statusCode(c.verificationStatus);
  if (verification === 'unconfirmed' || verification === 'provisional' || verification === 'differential')
    ctx.report(
      'warning',
      'value',
      at,
      'Condition.verificationStatus',
      `cancer ${verification}: recorded, check before relying on it`,
    );
  const item: Item = {};
  const id = identifierId(c);
  if (id) item.id = id;
  const text = ccText(c.code);
  const concepts = text ? conceptsInText(text) : [];
  const histology = concepts.find((k) => k.kind === 'histology' && k.attrs?.generic !== 'true')?.value;
  const siteFromText = concepts.find((k) => k.kind === 'site')?.value;
  const isHeliotrope = arr(obj(c.code)?.coding).some((x) => obj(x)?.system === SYSTEM.heliotrope);
  if (isHeliotrope) {
    if (str(obj(c.code)?.text)) item.histology = str(obj(c.code)?.text);
  } else if (t.histology ?? histology) item.histology = t.histology ?? histology;
  const bodySite = ccText(arr(c.bodySite)[0]);
  const site = bodySite ?? (t.secondary ? undefined : (t.site ?? siteFromText));
  if (site) item.site = site;
  const pu = extValue(c, EXTENSION.cancerDetail, 'primaryUnknown');
  if (pu === true || (t.primaryUnknown && !site)) item.primaryUnknown = true;
  const grade = str(extValue(c, EXTENSION.cancerDetail, 'grade'));
  if (grade) item.grade = grade;
  const stage: Item = {};
  for (const s of arr(c.stage)) {
    const so = obj(s);
    const kind = str(obj(arr(obj(so?.type)?.coding)[0])?.code);
    const summary = obj(so?.summary);
    const v = str(obj(arr(summary?.coding)[0])?.code) ?? ccText(summary);
    if (!v) continue;
    if (kind === 'extent') stage.extent = v;
    else if (
      kind === 'tnm' ||
      /^(?:[cpyra]{1,2})?T(?:[0-4][a-d]?|is|x)N(?:[0-3][a-c]?|x)M(?:[01][a-d]?|x)$/i.test(v)
    )
      stage.tnm = v;
    else stage.text = v;
  }
  if (t.extent && stage.extent === undefined) stage.extent = t.extent;
  if (Object.keys(stage).length) item.stage = stage;
  const receptors: Record<string, string> = {};
  for (const [i, e] of arr(c.evidence).entries())
    for (const [j, d] of arr(obj(e)?.detail).entries()) {
      const r = ctx.resolve(d, at, `Condition.evidence[${i}].detail[${j}]`);
      if (!r) continue;
      const name = ccText(r.resource.code);
      const v = str(r.resource.valueString) ?? ccText(r.resource.valueCodeableConcept);
      if (name && v) {
        receptors[name] = v;
        ctx.used.add(r.resource);
      }
    }
  if (Object.keys(receptors).length) item.receptors = receptors;
  const dx =
    readDate(ctx, at, ['onsetDateTime', 'onsetPeriod'], 'onset') ??
    readDate(ctx, at, ['recordedDate'], 'diagnosis');
  if (dx) item.diagnosisDate = dx.date;
  else if (c.onsetAge !== undefined)
    ctx.report(
      'information',
      'value',
      at,
      'Condition.onsetAge',
      'cancer onset given as an age: not placed on the timeline',
    );
  const explicit = str(extValue(c, EXTENSION.cancerDetail, 'status'));
  const clinical = statusCode(c.clinicalStatus);
  const status = explicit ?? (clinical ? CLINICAL_TO_STATUS[clinical] : undefined);
  if (status) item.status = status;
  item.evidence = [fhirEvidence(at, 'Condition.code')];
  const index = draft.cancers.length;
  ctx.trace(`cancers[${index}]`, at, 'Condition.code', 'code');
  draft.cancers.push(item);
  hooks.cancerAt(c, index);
  return true;
}
