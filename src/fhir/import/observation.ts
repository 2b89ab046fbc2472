/**
 * Observation → case: labs (LOINC, UCUM, referenceRange, interpretation), antibodies, findings
 * (valueBoolean, answers, interpretation, dataAbsentReason), MRC grades, core-set visit measures,
 * demographics (age, smoking), and the panels written by `caseToFhir` (visits, tumour assessments).
 * @see {@link https://hl7.org/fhir/R4/observation.html | FHIR R4 Observation}
 * @module
 */
import { MUSCLE_GROUPS } from '../../case/schema.js';
import { canonicalAnalyte } from '../../facts/names.js';
import {
  conceptsInText,
  lookupCode,
  PREFERRED_LAB_UNIT,
  type MappingTarget,
  type VisitMeasure,
} from '../mapping/index.js';
import { SYSTEM } from '../systems.js';
import {
  arr,
  ccText,
  num,
  obj,
  str,
  type CodeHit,
  type ImportContext,
  type Json,
  type Located,
} from './context.js';
import { fhirEvidence, type Draft, type Item } from './draft.js';
import { extValue, readDate, readQuantity, textAnswer, tidy, ucumFactor, type Answer } from './values.js';
import { EXTENSION } from '../systems.js';

const EFFECTIVE = ['effectiveDateTime', 'effectivePeriod', 'effectiveInstant'] as const;

/** How an Observation was recognised. */
export interface Recognised {
  target: MappingTarget;
  match: 'code' | 'text';
  code?: string;
  expression: string;
}

/**
 * Recognises an Observation (or any resource's CodeableConcept) by the table, else by its text.
 * @param ctx - import context
 * @param cc - the CodeableConcept
 * @param expression - its location
 * @param kinds - lexicon kinds accepted for a text match
 */
export function recognise(
  ctx: ImportContext,
  cc: unknown,
  expression: string,
  kinds: readonly string[],
): Recognised | undefined {
  const hit: CodeHit | undefined = ctx.codeHit(cc, expression);
  if (hit) return { target: hit.row.target, match: 'code', code: hit.coding, expression: hit.expression };
  // A LOINC or SNOMED CT code that is not in the table is authoritative: "Creatine kinase.MB" must not
  // be read as CK by its words. Text is read only for uncoded or locally coded concepts.
  const standard = arr(obj(cc)?.coding).some((c) => {
    const s = str(obj(c)?.system);
    return s === SYSTEM.loinc || s === SYSTEM.snomed;
  });
  const text = ccText(cc);
  if (!text || standard) return undefined;
  for (const c of conceptsInText(text)) {
    if (!kinds.includes(c.kind) || c.attrs?.polarity === 'negative') continue;
    if (c.kind === 'lab') return { target: { field: 'lab', analyte: c.value }, match: 'text', expression };
    if (c.kind === 'antibody')
      return { target: { field: 'antibody', target: c.value }, match: 'text', expression };
    if (c.kind === 'finding') return { target: { field: 'finding', id: c.value }, match: 'text', expression };
  }
  return undefined;
}

const INTERP_ELEVATED = new Set(['H', 'HH', 'HU', '>', 'A', 'AA']);
const INTERP_LOW = new Set(['L', 'LL', 'LU', '<']);

/** Interpretation codes of an Observation. */
function interpretationCodes(o: Json): string[] {
  const out: string[] = [];
  for (const cc of arr(o.interpretation))
    for (const c of arr(obj(cc)?.coding)) {
      const code = str(obj(c)?.code);
      if (code) out.push(code);
    }
  return out;
}

/**
 * The answer an Observation states: valueBoolean, valueCodeableConcept (table or text), valueString, or
 * its interpretation (POS/NEG…).
 */
export function observationAnswer(o: Json): { answer: Answer; expression: string } | undefined {
  const type = str(o.resourceType) ?? 'Observation';
  if (typeof o.valueBoolean === 'boolean')
    return { answer: o.valueBoolean ? 'yes' : 'no', expression: `${type}.valueBoolean` };
  const vcc = obj(o.valueCodeableConcept);
  if (vcc) {
    for (const c of arr(vcc.coding)) {
      const s = str(obj(c)?.system);
      const code = str(obj(c)?.code);
      const row = s && code ? lookupCode(s, code) : undefined;
      if (row?.target.field === 'answer')
        return { answer: row.target.answer, expression: `${type}.valueCodeableConcept` };
    }
    const t = textAnswer(ccText(vcc));
    if (t) return { answer: t, expression: `${type}.valueCodeableConcept` };
  }
  const vs = textAnswer(str(o.valueString));
  if (vs) return { answer: vs, expression: `${type}.valueString` };
  for (const code of interpretationCodes(o)) {
    const row = lookupCode(SYSTEM.interpretation, code);
    if (row?.target.field === 'answer')
      return { answer: row.target.answer, expression: `${type}.interpretation` };
  }
  return undefined;
}

/** Why an Observation says nothing: its dataAbsentReason, if any. */
function absentReason(o: Json): string | undefined {
  const d = obj(o.dataAbsentReason);
  return d ? (ccText(d) ?? str(obj(arr(d.coding)[0])?.code) ?? 'data absent') : undefined;
}

/**
 * Maps one Observation into the draft. Returns false when it was not used (the caller reports it).
 * @param ctx - import context
 * @param draft - the case being built
 * @param at - the Observation
 * @param visit - the visit it belongs to, when a visit panel lists it
 */
export function mapObservation(ctx: ImportContext, draft: Draft, at: Located, visit?: Item): boolean {
  const o = at.resource;
  const status = str(o.status);
  if (status === 'entered-in-error' || status === 'cancelled') {
    ctx.report('information', 'not-supported', at, 'Observation.status', `status "${status}": not used`);
    ctx.used.add(o);
    return true;
  }
  const rec = recognise(ctx, o.code, 'Observation.code', ['lab', 'antibody', 'finding']);
  if (!rec) return false;
  const date = readDate(ctx, at, EFFECTIVE, 'effective');
  const ev = (expression: string) => [fhirEvidence(at, expression)];
  const t = rec.target;
  const traceTo = (path: string, expression: string) => ctx.trace(path, at, expression, rec.match, rec.code);
  switch (t.field) {
    case 'lab': {
      if (visit && ['CK', 'aldolase', 'LDH', 'AST', 'ALT'].includes(canonicalAnalyte(t.analyte)))
        return mapVisitEnzyme(ctx, visit, at, t.analyte);
      const read = readLab(ctx, at, t.analyte, t.unit);
      if (!read) return false;
      const lab = read.item;
      if (date) lab.date = date.date;
      lab.evidence = ev(read.expression);
      traceTo(`labs[${draft.labs.length}]`, read.expression);
      draft.labs.push(lab);
      return true;
    }
    case 'antibody': {
      const a = observationAnswer(o);
      const missing = absentReason(o);
      const q = readQuantity(o.valueQuantity);
      const ratio = obj(o.valueRatio);
      const vs = str(o.valueString);
      const titre =
        vs !== undefined && textAnswer(vs) === undefined
          ? vs
          : q !== undefined
            ? `${q.comparator ?? ''}${q.value}${q.unit && q.unit !== '1' ? ` ${q.unit}` : q.unitText ? ` ${q.unitText}` : ''}`
            : ratio
              ? `${num(obj(ratio.numerator)?.value) ?? ''}:${num(obj(ratio.denominator)?.value) ?? ''}`
              : undefined;
      const result =
        a?.answer === 'positive' || a?.answer === 'yes'
          ? 'positive'
          : a?.answer === 'negative' || a?.answer === 'no'
            ? 'negative'
            : a?.answer === 'equivocal'
              ? 'equivocal'
              : 'unknown';
      if (!a && !missing && titre === undefined) {
        ctx.report(
          'warning',
          'value',
          at,
          'Observation.value[x]',
          'antibody result without a value or interpretation: recorded as unknown',
        );
      }
      const item: Item = { target: t.target, result };
      if (titre) item.titre = titre;
      const method = ccText(o.method);
      if (method) item.method = method;
      if (date) item.date = date.date;
      const expr = a?.expression ?? (missing ? 'Observation.dataAbsentReason' : 'Observation.value[x]');
      item.evidence = ev(expr);
      traceTo(`antibodies[${draft.antibodies.length}]`, expr);
      draft.antibodies.push(item);
      return true;
    }
    case 'finding': {
      const f = findingStatus(o);
      const item: Item = { id: t.id, status: f.status };
      if (f.reason) item.reason = f.reason;
      const note = str(obj(arr(o.note)[0])?.text);
      if (note) item.note = note;
      const reason = str(extValue(o, EXTENSION.findingReason));
      if (reason) item.reason = reason;
      const side = laterality(o.bodySite);
      if (side) item.laterality = side;
      if (date) item.date = date.date;
      item.evidence = ev(f.expression);
      traceTo(`findings[${draft.findings.length}]`, f.expression);
      draft.findings.push(item);
      return true;
    }
    case 'strength': {
      const grade = mrcGrade(o);
      if (!grade) {
        ctx.report('warning', 'value', at, 'Observation.value[x]', 'MRC grade without a value: not used');
        return true;
      }
      const item: Item = { group: t.group, side: laterality(o.bodySite) ?? 'bilateral', grade };
      if (visit) {
        ((visit.mrc ??= []) as Item[]).push(item);
        return true;
      }
      if (date) item.date = date.date;
      item.evidence = ev('Observation.value[x]');
      traceTo(`strength[${draft.strength.length}]`, 'Observation.value[x]');
      draft.strength.push(item);
      return true;
    }
    case 'visit':
      return mapVisitMeasure(ctx, draft, at, t.measure, date?.date, visit);
    case 'patient':
      return mapPatientObservation(ctx, draft, at, t.key);
    case 'panel':
      if (t.part === 'treatment-response') {
        const code = obj(arr(obj(o.valueCodeableConcept)?.coding)[0]);
        const v = str(code?.code) ?? ccText(o.valueCodeableConcept);
        if (v === 'improved' || v === 'not-improved' || v === 'unknown') {
          draft.treatmentResponse = v;
          ctx.trace('treatmentResponse', at, 'Observation.valueCodeableConcept', rec.match, rec.code);
          return true;
        }
        return false;
      }
      return false;
    case 'answer':
    case 'smoking-status':
    case 'study':
    case 'biopsy-feature':
    case 'muscleImaging':
    case 'investigation':
    case 'cancer':
    case 'neoplasm-not-cancer':
    case 'myositis':
    case 'treatment':
      return false;
  }
}

/** Finding status from an Observation: boolean/answer, interpretation, or dataAbsentReason (unknown). */
function findingStatus(o: Json): { status: string; expression: string; reason?: string } {
  const a = observationAnswer(o);
  if (a) {
    const status =
      a.answer === 'yes' || a.answer === 'positive'
        ? 'present'
        : a.answer === 'no' || a.answer === 'negative'
          ? 'absent'
          : a.answer === 'equivocal'
            ? 'uncertain'
            : 'unknown';
    return { status, expression: a.expression };
  }
  if (o.dataAbsentReason !== undefined) {
    const why = ccText(o.dataAbsentReason);
    return { status: 'unknown', expression: 'Observation.dataAbsentReason', ...(why ? { reason: why } : {}) };
  }
  // An Observation of a finding with no value asserts the finding (as a problem-list entry would).
  return { status: 'present', expression: 'Observation.code' };
}

/** Laterality from a bodySite: Heliotrope codes or text left/right/bilateral. */
function laterality(cc: unknown): 'left' | 'right' | 'bilateral' | undefined {
  const t = (ccText(cc) ?? str(obj(arr(obj(cc)?.coding)[0])?.code) ?? '').toLowerCase();
  if (/\bbilateral|both\b/.test(t)) return 'bilateral';
  if (/\bleft\b/.test(t)) return 'left';
  if (/\bright\b/.test(t)) return 'right';
  return undefined;
}

/** An MRC grade as written: valueString, valueInteger, valueQuantity or valueCodeableConcept text. */
function mrcGrade(o: Json): string | undefined {
  const s = str(o.valueString) ?? ccText(o.valueCodeableConcept);
  if (s) return s.trim();
  const i = num(o.valueInteger) ?? num(obj(o.valueQuantity)?.value);
  return i !== undefined ? String(i) : undefined;
}

/**
 * A lab result: value (converted to the preferred unit), reference range (same unit), interpretation.
 * @returns the item and the element read (apart, not as a property deleted afterwards: a `delete` would turn
 *   the item into a slow dictionary-mode object for every later reader), or undefined when there is nothing
 *   to record
 */
function readLab(
  ctx: ImportContext,
  at: Located,
  analyte: string,
  preferred?: string,
): { item: Item; expression: string } | undefined {
  const o = at.resource;
  const item: Item = { analyte };
  const q = readQuantity(o.valueQuantity);
  const interps = interpretationCodes(o);
  const interpretation = interps.some((c) => INTERP_ELEVATED.has(c))
    ? 'elevated'
    : interps.some((c) => INTERP_LOW.has(c))
      ? 'low'
      : interps.includes('N')
        ? 'normal'
        : undefined;
  let expression = 'Observation.valueQuantity';
  let factor = 1;
  let unit: string | undefined;
  if (q) {
    unit = q.unit;
    if (q.unitText && !q.unit)
      ctx.report(
        'warning',
        'value',
        at,
        'Observation.valueQuantity.unit',
        `"${q.unitText}" is not a UCUM unit: value kept without its unit`,
      );
    const want = preferred ?? PREFERRED_LAB_UNIT[canonicalAnalyte(analyte)];
    if (unit && want && unit !== want) {
      const f = ucumFactor(unit, want);
      if (f === null)
        ctx.report(
          'warning',
          'value',
          at,
          'Observation.valueQuantity.code',
          `${analyte} in "${unit}" cannot be converted to ${want}: kept as written`,
        );
      else {
        factor = f;
        unit = want;
      }
    }
    item.value = tidy(q.value * factor);
    if (q.comparator) item.comparator = q.comparator;
    if (unit) item.unit = unit;
  } else if (o.valueQuantity !== undefined) {
    ctx.report('error', 'value', at, 'Observation.valueQuantity', 'quantity without a numeric value');
  }
  const rr = obj(arr(o.referenceRange)[0]);
  if (rr && q) {
    const range: Item = {};
    for (const k of ['low', 'high'] as const) {
      const b = readQuantity(rr[k]);
      if (!b) continue;
      let f = factor;
      if (b.unit && unit && b.unit !== unit) {
        const g = ucumFactor(b.unit, unit);
        if (g === null) {
          ctx.report(
            'warning',
            'value',
            at,
            `Observation.referenceRange[0].${k}`,
            `reference limit in "${b.unit}" is not comparable with ${unit}: not used`,
          );
          continue;
        }
        f = g;
      } else if (b.unit && q.unit && b.unit === q.unit) f = factor;
      range[k] = tidy(b.value * f);
    }
    if (Object.keys(range).length) item.referenceRange = range;
  }
  if (interpretation) {
    item.interpretation = interpretation;
    if (interps.includes('inferred')) item.inferred = true;
    if (!q) expression = 'Observation.interpretation';
  }
  if (item.value === undefined && item.interpretation === undefined) {
    const missing = absentReason(o);
    ctx.report(
      'information',
      'required',
      at,
      missing ? 'Observation.dataAbsentReason' : 'Observation.value[x]',
      missing
        ? `${analyte}: no value (${missing})`
        : `${analyte}: no numeric value or interpretation: not used`,
    );
    ctx.used.add(o);
    return undefined;
  }
  return { item, expression };
}

const VISIT_KEYS: Record<VisitMeasure, string> = {
  'physician-global': 'physicianGlobal',
  'patient-global': 'patientGlobal',
  mmt8: 'mmt8',
  haq: 'haq',
  'extramuscular-global': 'extramuscular',
  'cdasi-activity': 'cdasi',
  'cdasi-damage': 'cdasi',
  'rash-severity': 'rash',
};

/** The visit for a date (created when needed). */
function visitFor(draft: Draft, date: unknown): Item {
  const key = JSON.stringify(date);
  let v = draft.visits.find((x) => JSON.stringify(x.date) === key && !x.__panel);
  if (!v) {
    v = { date };
    draft.visits.push(v);
  }
  return v;
}

/** A component of an Observation by its Heliotrope panel-part code. */
function component(o: Json, part: string): Json | undefined {
  for (const c of arr(o.component)) {
    const cc = obj(obj(c)?.code);
    for (const x of arr(cc?.coding))
      if (obj(x)?.system === SYSTEM.heliotrope && obj(x)?.code === part) return obj(c);
  }
  return undefined;
}

function mapVisitMeasure(
  ctx: ImportContext,
  draft: Draft,
  at: Located,
  measure: VisitMeasure,
  date: unknown,
  visit: Item | undefined,
): boolean {
  const o = at.resource;
  const value = num(o.valueInteger) ?? num(obj(o.valueQuantity)?.value) ?? num(o.valueDecimal);
  const code = str(obj(arr(obj(o.valueCodeableConcept)?.coding)[0])?.code);
  if (value === undefined && !(measure === 'rash-severity' && code)) {
    ctx.report('warning', 'value', at, 'Observation.value[x]', `${measure} without a value: not used`);
    ctx.used.add(o);
    return true;
  }
  if (!visit && date === undefined) {
    ctx.report(
      'warning',
      'required',
      at,
      'Observation.effective[x]',
      `${measure} without a date: not placed on the timeline`,
    );
    ctx.used.add(o);
    return true;
  }
  const v = visit ?? visitFor(draft, date);
  const key = VISIT_KEYS[measure];
  switch (measure) {
    case 'physician-global':
    case 'patient-global':
    case 'extramuscular-global': {
      const scale = str(obj(arr(obj(component(o, 'global-scale')?.valueCodeableConcept)?.coding)[0])?.code);
      v[key] = { value, ...(scale === 'likert-0-4' ? { scale } : {}) };
      break;
    }
    case 'mmt8': {
      const max = num(obj(component(o, 'mmt8-max'))?.valueInteger);
      v[key] = { score: value, ...(max === 150 ? { max: 150 } : {}) };
      break;
    }
    case 'haq':
      v[key] = value;
      break;
    case 'cdasi-activity':
    case 'cdasi-damage':
      v.cdasi = Object.assign({}, obj(v.cdasi) ?? {}, {
        [measure === 'cdasi-activity' ? 'activity' : 'damage']: value,
      });
      break;
    case 'rash-severity':
      v.rash = code ?? ccText(o.valueCodeableConcept);
      break;
  }
  ctx.trace(
    `visits[${draft.visits.indexOf(v) >= 0 ? draft.visits.indexOf(v) : draft.visits.length}].${key}`,
    at,
    'Observation.value[x]',
    'code',
  );
  return true;
}

function mapVisitEnzyme(ctx: ImportContext, visit: Item, at: Located, analyte: string): boolean {
  const o = at.resource;
  const q = readQuantity(o.valueQuantity);
  const rr = obj(arr(o.referenceRange)[0]);
  const high = readQuantity(rr?.high);
  const low = readQuantity(rr?.low);
  if (!q || !high) {
    ctx.report(
      'warning',
      'required',
      at,
      'Observation.referenceRange',
      `${analyte} at a visit needs a value and an upper limit: not used`,
    );
    return true;
  }
  const e: Item = { analyte, value: q.value, unit: q.unit ?? 'U/L', upperLimit: high.value };
  if (low) e.lowerLimit = low.value;
  ((visit.enzymes ??= []) as Item[]).push(e);
  return true;
}

function mapPatientObservation(ctx: ImportContext, draft: Draft, at: Located, key: string): boolean {
  const o = at.resource;
  switch (key) {
    case 'age':
    case 'ageAtOnset': {
      const q = readQuantity(o.valueQuantity);
      if (!q) return false;
      let years = q.value;
      if (q.unit && q.unit !== 'a') {
        const f = ucumFactor(q.unit, 'a');
        if (f === null) {
          ctx.report(
            'warning',
            'value',
            at,
            'Observation.valueQuantity',
            `age in "${q.unit}" is not a duration: not used`,
          );
          return true;
        }
        years = Math.floor(q.value * f);
      }
      draft.patient[key] = years;
      ctx.trace(`patient.${key}`, at, 'Observation.valueQuantity', 'code');
      return true;
    }
    case 'smoking': {
      const vcc = obj(o.valueCodeableConcept);
      for (const c of arr(vcc?.coding)) {
        const row = lookupCode(str(obj(c)?.system) ?? '', str(obj(c)?.code) ?? '');
        if (row?.target.field === 'smoking-status') {
          draft.patient.smoking = row.target.value;
          ctx.trace('patient.smoking', at, 'Observation.valueCodeableConcept', 'code');
          return true;
        }
      }
      ctx.notMapped(vcc, at, 'Observation.valueCodeableConcept');
      return true;
    }
    case 'familyHistoryOfCancer': {
      const a = observationAnswer(o);
      if (!a) return false;
      draft.patient.familyHistoryOfCancer = a.answer === 'yes' ? 'yes' : a.answer === 'no' ? 'no' : 'unknown';
      ctx.trace('patient.familyHistoryOfCancer', at, a.expression, 'code');
      return true;
    }
    case 'highNpcRiskRegion': {
      const a = observationAnswer(o);
      if (!a || (a.answer !== 'yes' && a.answer !== 'no')) return false;
      draft.patient.highNpcRiskRegion = a.answer === 'yes';
      ctx.trace('patient.highNpcRiskRegion', at, a.expression, 'code');
      return true;
    }
    case 'region': {
      const s = str(o.valueString);
      if (!s) return false;
      draft.patient.region = s;
      ctx.trace('patient.region', at, 'Observation.valueString', 'code');
      return true;
    }
  }
  return false;
}

/**
 * A visit panel (Heliotrope code `visit`): its members are read into one visit.
 * @param ctx - import context
 * @param draft - the case being built
 * @param at - the panel Observation
 * @param mapMember - maps one member Observation into a visit
 */
export function mapVisitPanel(ctx: ImportContext, draft: Draft, at: Located): void {
  const o = at.resource;
  const date = readDate(ctx, at, EFFECTIVE, 'effective');
  if (!date) {
    ctx.report('warning', 'required', at, 'Observation.effective[x]', 'visit without a date: not used');
    return;
  }
  const v: Item = { __panel: true };
  const id = identifierId(o);
  if (id) v.id = id;
  v.date = date.date;
  const notes = str(obj(arr(o.note)[0])?.text);
  if (notes) v.notes = notes;
  draft.visits.push(v);
  ctx.trace(`visits[${draft.visits.length - 1}]`, at, 'Observation', 'code');
  arr(o.hasMember).forEach((m, i) => {
    const member = ctx.resolve(m, at, `Observation.hasMember[${i}]`);
    if (!member || str(member.resource.resourceType) !== 'Observation') return;
    ctx.used.add(member.resource);
    if (!mapObservation(ctx, draft, member, v))
      ctx.report(
        'warning',
        'not-supported',
        member,
        'Observation.code',
        'visit member not recognised: not used',
      );
  });
}

/** The case item id carried in an identifier of Heliotrope's naming system. */
export function identifierId(r: Json): string | undefined {
  for (const i of arr(r.identifier)) {
    const x = obj(i);
    if (str(x?.system)?.endsWith('/NamingSystem/case-item-id')) return str(x?.value);
  }
  return undefined;
}

/**
 * A tumour assessment panel (Heliotrope code `tumour-assessment`) with its lesion members.
 * @param ctx - import context
 * @param draft - the case being built
 * @param at - the panel Observation
 * @param cancerIdOf - the case id of a cancer Condition
 */
export function mapTumourAssessment(
  ctx: ImportContext,
  draft: Draft,
  at: Located,
  cancerIdOf: (r: Json) => string | undefined,
): void {
  const o = at.resource;
  const ta: Item = { targets: [], nonTargets: [], newLesions: [] };
  const id = identifierId(o);
  if (id) ta.id = id;
  const date = readDate(ctx, at, EFFECTIVE, 'effective');
  if (date) ta.date = date.date;
  const focus = ctx.resolve(arr(o.focus)[0], at, 'Observation.focus[0]');
  if (focus) {
    const cid = cancerIdOf(focus.resource);
    if (cid) ta.cancerId = cid;
  }
  const modality = str(
    obj(arr(obj(component(o, 'assessment-modality')?.valueCodeableConcept)?.coding)[0])?.code,
  );
  if (modality) ta.modality = modality;
  const markers = component(o, 'tumour-markers-normal')?.valueBoolean;
  if (typeof markers === 'boolean') ta.tumourMarkersNormal = markers;
  const resp = str(obj(arr(obj(component(o, 'reported-response')?.valueCodeableConcept)?.coding)[0])?.code);
  if (resp) ta.reportedResponse = resp;
  const notes = str(obj(arr(o.note)[0])?.text);
  if (notes) ta.notes = notes;
  arr(o.hasMember).forEach((m, i) => {
    const member = ctx.resolve(m, at, `Observation.hasMember[${i}]`);
    if (!member) return;
    ctx.used.add(member.resource);
    const r = member.resource;
    const part = str(obj(arr(obj(r.code)?.coding).find((c) => obj(c)?.system === SYSTEM.heliotrope))?.code);
    const lesionId = identifierId(r);
    const organ = ccText(r.bodySite);
    const q = num(obj(r.valueQuantity)?.value);
    if (part === 'target-lesion') {
      const t: Item = { id: lesionId, organ: organ ?? 'unknown' };
      const nodal = component(r, 'lesion-nodal')?.valueBoolean;
      if (typeof nodal === 'boolean') t.nodal = nodal;
      const dar = str(obj(arr(obj(r.dataAbsentReason)?.coding)[0])?.code);
      t.diameterMm = q ?? (dar === 'not-performed' ? null : undefined);
      const small = component(r, 'lesion-too-small')?.valueBoolean;
      if (typeof small === 'boolean') t.tooSmallToMeasure = small;
      (ta.targets as Item[]).push(t);
    } else if (part === 'non-target-lesion') {
      const t: Item = { id: lesionId };
      if (organ) t.organ = organ;
      const nodal = component(r, 'lesion-nodal')?.valueBoolean;
      if (typeof nodal === 'boolean') t.nodal = nodal;
      const sa = num(obj(component(r, 'lesion-short-axis')?.valueQuantity)?.value);
      if (sa !== undefined) t.shortAxisMm = sa;
      const st = str(obj(arr(obj(component(r, 'lesion-status')?.valueCodeableConcept)?.coding)[0])?.code);
      if (st) t.status = st;
      (ta.nonTargets as Item[]).push(t);
    } else if (part === 'new-lesion') {
      const t: Item = {};
      if (organ) t.organ = organ;
      const uq = component(r, 'lesion-unequivocal')?.valueBoolean;
      if (typeof uq === 'boolean') t.unequivocal = uq;
      const d = str(obj(arr(r.note)[0])?.text);
      if (d) t.description = d;
      (ta.newLesions as Item[]).push(t);
    } else
      ctx.report(
        'warning',
        'not-supported',
        member,
        'Observation.code',
        'tumour assessment member not recognised: not used',
      );
  });
  ctx.trace(`tumourAssessments[${draft.tumourAssessments.length}]`, at, 'Observation', 'code');
  draft.tumourAssessments.push(ta);
}

/** Muscle groups, for laterality-free checks elsewhere. */
export const GROUPS: readonly string[] = MUSCLE_GROUPS;
