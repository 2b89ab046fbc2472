/**
 * Procedure / DiagnosticReport / ImagingStudy → case: EMG, muscle and skin biopsy (with the biopsy
 * features), muscle imaging, and cancer screening investigations (CT, PET-CT, mammography,
 * endoscopies, blood panels) with their dates and results.
 * @see {@link https://hl7.org/fhir/R4/procedure.html | FHIR R4 Procedure}
 * @see {@link https://hl7.org/fhir/R4/diagnosticreport.html | FHIR R4 DiagnosticReport}
 * @module
 */
import type { MappingTarget } from '../mapping/index.js';
import { SYSTEM } from '../systems.js';
import { arr, ccText, obj, str, type ImportContext, type Json, type Located } from './context.js';
import { fhirEvidence, type Draft, type Item } from './draft.js';
import { identifierId } from './observation.js';
import { readDate } from './values.js';

/** Studies recognised by the words of a display or text. */
const TEXT_STUDIES: readonly [RegExp, MappingTarget][] = [
  [/\b(electromyogra\w*|emg)\b/i, { field: 'study', study: 'emg' }],
  [/\bmuscle biops/i, { field: 'study', study: 'muscleBiopsy' }],
  [/\bskin biops/i, { field: 'study', study: 'skinBiopsy' }],
  [
    /\b(mri|magnetic resonance)\b.*\b(thigh|muscle|femoral|pelvic girdle|whole[- ]body)\b/i,
    { field: 'muscleImaging', modality: 'mri' },
  ],
  [/\bpet\b|positron emission/i, { field: 'investigation', kind: 'pet-ct' }],
  [/\bmammogra/i, { field: 'investigation', kind: 'mammography' }],
  [/\bcolonoscop/i, { field: 'investigation', kind: 'lower-gi-endoscopy' }],
  [
    /\b(gastroscop|upper (gi )?endoscop|oesophagogastroduodenoscop|esophagogastroduodenoscop)/i,
    { field: 'investigation', kind: 'upper-gi-endoscopy' },
  ],
  [
    /\btransvaginal\b.*\bultrasound|\bpelvic ultrasound/i,
    { field: 'investigation', kind: 'pelvic-transvaginal-ultrasound' },
  ],
  [
    /\b(ct|computed tomography)\b.*\bneck\b.*\bchest|thorax\b.*\babdomen\b.*\bpelvis/i,
    { field: 'investigation', kind: 'ct-neck-thorax-abdomen-pelvis' },
  ],
  [
    /\b(ct|computed tomography)\b.*\b(chest|thorax)\b.*\babdomen\b.*\bpelvis/i,
    { field: 'investigation', kind: 'ct-neck-thorax-abdomen-pelvis' },
  ],
  [/\bchest x-?ray|chest radiograph/i, { field: 'investigation', kind: 'chest-radiograph' }],
  [/\b(pap|cervical) (smear|screening|cytology)/i, { field: 'investigation', kind: 'cervical-screening' }],
  [/\bprotein electrophoresis/i, { field: 'investigation', kind: 'serum-protein-electrophoresis' }],
];

/** Results of a report in Heliotrope codes or words. */
const RESULT_WORDS: readonly [RegExp, string][] = [
  [/\bcancer[- ]found|malignan|metasta|carcinoma\b/i, 'cancer-found'],
  [/\babnormal\b/i, 'abnormal'],
  [/\bnormal|no evidence|unremarkable|negative\b/i, 'normal'],
  [/\bpending\b/i, 'pending'],
];

const EMG_WORDS: readonly [RegExp, string][] = [
  [/\bmyopathic\b/i, 'myopathic'],
  [/\bneurogenic\b/i, 'neurogenic'],
  [/\bnon-?specific\b/i, 'non-specific'],
  [/\bnormal\b/i, 'normal'],
];

/**
 * Recognises a study by the table, else by its words.
 * @param ctx - import context
 * @param cc - the CodeableConcept
 * @param expression - its location
 */
export function recogniseStudy(
  ctx: ImportContext,
  cc: unknown,
  expression: string,
): MappingTarget | undefined {
  const hit = ctx.codeHit(cc, expression);
  if (hit) return hit.row.target;
  const text = ccText(cc);
  if (!text) return undefined;
  return TEXT_STUDIES.find(([re]) => re.test(text))?.[1];
}

/** A conclusion code of a report (Heliotrope system) or the first match of words. */
function conclusion(r: Json, words: readonly [RegExp, string][]): string | undefined {
  for (const cc of arr(r.conclusionCode))
    for (const c of arr(obj(cc)?.coding)) if (obj(c)?.system === SYSTEM.heliotrope) return str(obj(c)?.code);
  const text = str(r.conclusion) ?? ccText(arr(r.conclusionCode)[0]);
  return text ? words.find(([re]) => re.test(text))?.[1] : undefined;
}

/** Whether a Procedure was done: completed → done; not-done → not-done; otherwise unknown. */
function performed(status: string | undefined): 'done' | 'not-done' | 'unknown' {
  if (status === 'completed') return 'done';
  if (status === 'not-done') return 'not-done';
  return status === 'in-progress' ? 'done' : 'unknown';
}

/**
 * Maps a Procedure, DiagnosticReport or ImagingStudy. A DiagnosticReport listed in `Procedure.report`
 * completes that procedure's study (pass it as `report`).
 * @returns false when not recognised
 */
export function mapStudy(ctx: ImportContext, draft: Draft, at: Located, report?: Located): boolean {
  const r = at.resource;
  const type = str(r.resourceType) ?? 'Resource';
  const codeEl = type === 'ImagingStudy' ? arr(r.procedureCode)[0] : r.code;
  let target = recogniseStudy(
    ctx,
    codeEl,
    type === 'ImagingStudy' ? 'ImagingStudy.procedureCode[0]' : `${type}.code`,
  );
  if (!target && type === 'ImagingStudy') {
    const desc = str(r.description);
    if (desc) target = TEXT_STUDIES.find(([re]) => re.test(desc))?.[1];
  }
  if (!target) return false;
  const status = str(r.status);
  if (status === 'entered-in-error' || status === 'cancelled') {
    ctx.report('information', 'not-supported', at, `${type}.status`, `status "${status}": not used`);
    ctx.used.add(r);
    return true;
  }
  const done =
    type === 'Procedure'
      ? performed(status)
      : status === 'registered' || status === 'unknown'
        ? 'unknown'
        : 'done';
  const date =
    readDate(
      ctx,
      at,
      ['performedDateTime', 'performedPeriod', 'effectiveDateTime', 'effectivePeriod', 'started', 'issued'],
      'effective',
    ) ??
    (report
      ? readDate(ctx, report, ['effectiveDateTime', 'effectivePeriod', 'issued'], 'effective')
      : undefined);
  const rep = report?.resource ?? (type === 'DiagnosticReport' ? r : undefined);
  const description = rep ? str(rep.conclusion) : undefined;
  const site = ccText(arr(r.bodySite)[0]);
  const evidence = [fhirEvidence(at, `${type}.code`)];
  if (report) evidence.push(fhirEvidence(report, 'DiagnosticReport.conclusion'));
  switch (target.field) {
    case 'study': {
      const item: Item = { performed: done };
      if (site) item.site = site;
      if (date) item.date = date.date;
      if (description) item.description = description;
      if (target.study === 'emg') {
        item.interpretation = (rep && conclusion(rep, EMG_WORDS)) ?? 'unknown';
      } else if (target.study === 'muscleBiopsy') {
        const c = rep
          ? conclusion(rep, [
              [/myositis|inflammatory myopathy/i, 'consistent-with-myositis'],
              [/\bnormal\b/i, 'normal'],
            ])
          : undefined;
        if (c) item.conclusion = c;
        item.features = rep ? biopsyFeatures(ctx, rep, report ?? at) : {};
      } else {
        const c = rep
          ? conclusion(rep, [
              [/dermatomyositis/i, 'consistent-with-dm'],
              [/interface dermatitis/i, 'interface-dermatitis'],
              [/\bnormal\b/i, 'normal'],
            ])
          : undefined;
        if (c) item.conclusion = c;
      }
      item.evidence = evidence;
      const key = target.study;
      if (draft[key] !== undefined)
        ctx.report(
          'warning',
          'conflict',
          at,
          `${type}.code`,
          `a second ${key} in the input: the later one is kept`,
        );
      draft[key] = item;
      ctx.trace(key, at, `${type}.code`, 'code');
      return true;
    }
    case 'muscleImaging': {
      const item: Item = {
        modality: target.modality,
        finding:
          (rep &&
            conclusion(rep, [
              [/oedema|edema|myositis/i, 'myositis-oedema'],
              [/fatty/i, 'fatty-replacement'],
              [/\bnormal\b/i, 'normal'],
            ])) ??
          'unknown',
      };
      if (site) item.region = site;
      if (date) item.date = date.date;
      if (description) item.description = description;
      item.evidence = evidence;
      ctx.trace(`muscleImaging[${draft.muscleImaging.length}]`, at, `${type}.code`, 'code');
      draft.muscleImaging.push(item);
      return true;
    }
    case 'investigation': {
      if (done === 'not-done') {
        ctx.report(
          'information',
          'not-supported',
          at,
          `${type}.status`,
          `${target.kind} not done: not recorded as an investigation`,
        );
        ctx.used.add(r);
        return true;
      }
      const item: Item = { kind: target.kind };
      const id = identifierId(r);
      if (id) item.id = id;
      if (date) item.date = date.date;
      const res = rep ? conclusion(rep, RESULT_WORDS) : undefined;
      item.result = res ?? (status === 'preliminary' || status === 'registered' ? 'pending' : 'unknown');
      if (description) item.description = description;
      item.evidence = evidence;
      ctx.trace(`investigations[${draft.investigations.length}]`, at, `${type}.code`, 'code');
      draft.investigations.push(item);
      return true;
    }
    case 'answer':
    case 'antibody':
    case 'biopsy-feature':
    case 'cancer':
    case 'finding':
    case 'lab':
    case 'myositis':
    case 'neoplasm-not-cancer':
    case 'panel':
    case 'patient':
    case 'smoking-status':
    case 'strength':
    case 'treatment':
    case 'visit':
      return false;
  }
}

/** Biopsy features from the report's result Observations (Heliotrope feature codes). */
function biopsyFeatures(ctx: ImportContext, rep: Json, at: Located): Item {
  const out: Item = {};
  arr(rep.result).forEach((x, i) => {
    const o = ctx.resolve(x, at, `DiagnosticReport.result[${i}]`);
    if (!o) return;
    const code = obj(arr(obj(o.resource.code)?.coding).find((c) => obj(c)?.system === SYSTEM.heliotrope));
    const feature = str(code?.code)?.replace(/^biopsy-/, '');
    const v = str(obj(arr(obj(o.resource.valueCodeableConcept)?.coding)[0])?.code);
    if (feature && (v === 'present' || v === 'absent' || v === 'unknown')) {
      out[feature] = v;
      ctx.used.add(o.resource);
    }
  });
  return out;
}
