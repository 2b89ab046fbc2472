/**
 * Case → FHIR: the follow-up. Each visit is a panel Observation whose members are its core-set measures,
 * MRC grades and enzymes; each RECIST tumour assessment a panel of its lesions, focused on its cancer; the
 * response to immunosuppression one Observation. Pure.
 * @module
 */
import type { Case } from '../../case/schema.js';
import { SYSTEM } from '../systems.js';
import { type BundleWriter, cc, h, ident, type R, standardCoding } from './writer.js';

type Visit = Case['visits'][number];
type TumourAssessment = Case['tumourAssessments'][number];

const scaleComponent = (g: { scale: string }): R =>
  g.scale === 'likert-0-4'
    ? { component: [{ code: cc([h('global-scale')]), valueCodeableConcept: cc([h('likert-0-4')]) }] }
    : {};

const hasMembers = (members: string[]): R =>
  members.length ? { hasMember: members.map((x) => ({ reference: x })) } : {};

function writeVisit(w: BundleWriter, v: Visit): void {
  const members: string[] = [];
  const m = (code: string, value: R, extra: R = {}) =>
    members.push(w.add(w.obs(cc([h(code)]), { ...value, ...extra }, v.date, 'survey')));
  if (v.physicianGlobal)
    m(
      'physician-global',
      { valueQuantity: { value: v.physicianGlobal.value } },
      scaleComponent(v.physicianGlobal),
    );
  if (v.patientGlobal)
    m('patient-global', { valueQuantity: { value: v.patientGlobal.value } }, scaleComponent(v.patientGlobal));
  if (v.extramuscular)
    m(
      'extramuscular-global',
      { valueQuantity: { value: v.extramuscular.value } },
      scaleComponent(v.extramuscular),
    );
  if (v.mmt8)
    m(
      'mmt8',
      { valueQuantity: { value: v.mmt8.score } },
      { component: [{ code: cc([h('mmt8-max')]), valueInteger: v.mmt8.max }] },
    );
  if (v.haq !== undefined) m('haq', { valueQuantity: { value: v.haq } });
  if (v.cdasi?.activity !== undefined) m('cdasi-activity', { valueQuantity: { value: v.cdasi.activity } });
  if (v.cdasi?.damage !== undefined) m('cdasi-damage', { valueQuantity: { value: v.cdasi.damage } });
  if (v.rash) m('rash-severity', { valueCodeableConcept: cc([h(v.rash)]) });
  for (const s of v.mrc ?? [])
    members.push(
      w.add(
        w.obs(
          cc([h(`mrc-${s.group}`)]),
          { valueString: s.grade, bodySite: { text: s.side } },
          v.date,
          'exam',
        ),
      ),
    );
  for (const e of v.enzymes ?? [])
    members.push(
      w.add(
        w.obs(
          cc(
            [standardCoding((t) => t.field === 'lab' && t.analyte === e.analyte), h(`lab-${e.analyte}`)],
            e.analyte,
          ),
          {
            valueQuantity: { value: e.value, unit: e.unit, system: SYSTEM.ucum, code: e.unit },
            referenceRange: [
              {
                ...(e.lowerLimit !== undefined ? { low: { value: e.lowerLimit } } : {}),
                high: { value: e.upperLimit },
              },
            ],
          },
          v.date,
          'laboratory',
        ),
      ),
    );
  w.add(
    w.obs(
      cc([h('visit', 'Myositis core-set visit')]),
      { ...ident(v.id), ...hasMembers(members), ...(v.notes ? { note: [{ text: v.notes }] } : {}) },
      v.date,
      'survey',
    ),
  );
}

const mm = (value: number): R => ({ value, unit: 'mm', system: SYSTEM.ucum, code: 'mm' });

function writeTumourAssessment(w: BundleWriter, ta: TumourAssessment, cancerRefs: Map<string, string>): void {
  const members: string[] = [];
  const lesion = (code: string, extra: R) =>
    members.push(w.add(w.obs(cc([h(code)]), extra, ta.date, 'imaging')));
  for (const t of ta.targets) {
    const comps: R[] = [{ code: cc([h('lesion-nodal')]), valueBoolean: t.nodal }];
    if (t.tooSmallToMeasure !== undefined)
      comps.push({ code: cc([h('lesion-too-small')]), valueBoolean: t.tooSmallToMeasure });
    lesion('target-lesion', {
      ...ident(t.id),
      bodySite: { text: t.organ },
      ...(typeof t.diameterMm === 'number'
        ? { valueQuantity: mm(t.diameterMm) }
        : {
            dataAbsentReason: cc([
              { system: SYSTEM.dataAbsentReason, code: t.diameterMm === null ? 'not-performed' : 'unknown' },
            ]),
          }),
      component: comps,
    });
  }
  for (const t of ta.nonTargets) {
    const comps: R[] = [{ code: cc([h('lesion-status')]), valueCodeableConcept: cc([h(t.status)]) }];
    if (t.nodal !== undefined) comps.push({ code: cc([h('lesion-nodal')]), valueBoolean: t.nodal });
    if (t.shortAxisMm !== undefined)
      comps.push({ code: cc([h('lesion-short-axis')]), valueQuantity: mm(t.shortAxisMm) });
    lesion('non-target-lesion', {
      ...ident(t.id),
      ...(t.organ ? { bodySite: { text: t.organ } } : {}),
      component: comps,
    });
  }
  for (const t of ta.newLesions)
    lesion('new-lesion', {
      ...(t.organ ? { bodySite: { text: t.organ } } : {}),
      component: [{ code: cc([h('lesion-unequivocal')]), valueBoolean: t.unequivocal }],
      ...(t.description ? { note: [{ text: t.description }] } : {}),
    });
  const comps: R[] = [{ code: cc([h('assessment-modality')]), valueCodeableConcept: cc([h(ta.modality)]) }];
  if (ta.tumourMarkersNormal !== undefined)
    comps.push({ code: cc([h('tumour-markers-normal')]), valueBoolean: ta.tumourMarkersNormal });
  if (ta.reportedResponse)
    comps.push({ code: cc([h('reported-response')]), valueCodeableConcept: cc([h(ta.reportedResponse)]) });
  const focus = ta.cancerId ? cancerRefs.get(ta.cancerId) : undefined;
  w.add(
    w.obs(
      cc([h('tumour-assessment', 'Tumour assessment (RECIST 1.1)')]),
      {
        ...ident(ta.id),
        ...(focus ? { focus: [{ reference: focus }] } : {}),
        ...hasMembers(members),
        component: comps,
        ...(ta.notes ? { note: [{ text: ta.notes }] } : {}),
      },
      ta.date,
      'imaging',
    ),
  );
}

/**
 * Writes the visits, the tumour assessments and the response to immunosuppression.
 * @param cancerRefs - each cancer's reference by its case id (from the cancers already written)
 */
export function writeFollowUp(w: BundleWriter, c: Case, cancerRefs: Map<string, string>): void {
  for (const v of c.visits) writeVisit(w, v);
  for (const ta of c.tumourAssessments) writeTumourAssessment(w, ta, cancerRefs);
  if (c.treatmentResponse)
    w.add(
      w.obs(cc([h('treatment-response', 'Response of the myositis to immunosuppression')]), {
        valueCodeableConcept: cc([h(c.treatmentResponse)]),
      }),
    );
}
