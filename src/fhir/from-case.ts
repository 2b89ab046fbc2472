/**
 * Case → FHIR R4 Bundle (type collection): the patient and every fact of the case as standard resources,
 * standard codes where the mapping table has one for the case value (plus Heliotrope's code, so that the
 * Bundle reads back exactly), and Heliotrope extensions only where R4 has no element (relative dates,
 * treatment details). Used for round-trip tests and "export case". Pure.
 * @module
 */
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import type { Case } from '../case/schema.js';
import type { ClinicalDate } from '../core/dates.js';
import { MAPPING_TABLE, type MappingRow, type MappingTarget } from './mapping/index.js';
import { CASE_ITEM_ID, EXTENSION, SYSTEM } from './systems.js';

type R = Record<string, unknown>;

/** The preferred standard coding of a case value (first matching non-Heliotrope row), if any. */
function standardCoding(pred: (t: MappingTarget) => boolean): R | undefined {
  const row: MappingRow | undefined = MAPPING_TABLE.find(
    (r) => r.system !== SYSTEM.heliotrope && !r.prefix && r.target.field !== 'answer' && pred(r.target),
  );
  return row ? { system: row.system, code: row.code, display: row.display } : undefined;
}

const h = (code: string, display?: string): R => ({
  system: SYSTEM.heliotrope,
  code,
  ...(display ? { display } : {}),
});
const cc = (codings: (R | undefined)[], text?: string): R => ({
  coding: codings.filter((x): x is R => x !== undefined),
  ...(text ? { text } : {}),
});

/** A date element: the ISO date, or the relative-date extension for that target. */
function dateFields(el: string, target: string, d: ClinicalDate | undefined, extensions: R[]): R {
  if (d === undefined) return {};
  if (typeof d === 'string') return { [el]: d };
  extensions.push({
    url: EXTENSION.relativeDate,
    extension: [
      { url: 'target', valueCode: target },
      { url: 'relativeTo', valueString: d.relativeTo },
      { url: 'offset', valueDecimal: d.offset },
      { url: 'unit', valueCode: d.unit },
      ...(d.approximate ? [{ url: 'approximate', valueBoolean: true }] : []),
    ],
  });
  return {};
}

/**
 * Converts a case to a FHIR R4 Bundle of type collection.
 * @param c - a validated case
 * @param options - `patientId`: id of the Patient resource (default `patient`)
 */
export function caseToFhir(c: Case, options: { patientId?: string } = {}): Bundle {
  const pid = options.patientId ?? 'patient';
  const subject = { reference: `Patient/${pid}` };
  const entries: Resource[] = [];
  let n = 0;
  const nextId = (p: string) => `${p}-${++n}`;
  const add = (r: R): string => {
    entries.push(r as unknown as Resource);
    return `${String(r.resourceType)}/${String(r.id)}`;
  };
  const ident = (id: string | undefined) => (id ? { identifier: [{ system: CASE_ITEM_ID, value: id }] } : {});
  const obs = (code: R, extra: R, date?: ClinicalDate, category = 'exam'): R => {
    const ext: R[] = [];
    const r: R = {
      resourceType: 'Observation',
      id: nextId('obs'),
      status: 'final',
      category: [cc([{ system: SYSTEM.observationCategory, code: category }])],
      code,
      subject,
      ...dateFields('effectiveDateTime', 'effective', date, ext),
      ...extra,
    };
    if (ext.length) r.extension = ext;
    return r;
  };

  // ── Patient ──
  const patient: R = { resourceType: 'Patient', id: pid };
  if (c.patient.sex !== 'unknown') patient.gender = c.patient.sex;
  else patient.gender = 'unknown';
  if (c.patient.birthDate) patient.birthDate = c.patient.birthDate;
  add(patient);
  const p = c.patient;
  if (p.age !== undefined)
    add(
      obs(
        cc([{ system: SYSTEM.loinc, code: '30525-0', display: 'Age' }]),
        { valueQuantity: { value: p.age, unit: 'a', system: SYSTEM.ucum, code: 'a' } },
        c.dates.presentation,
        'survey',
      ),
    );
  if (p.ageAtOnset !== undefined)
    add(
      obs(
        cc([h('age-at-onset')]),
        { valueQuantity: { value: p.ageAtOnset, unit: 'a', system: SYSTEM.ucum, code: 'a' } },
        undefined,
        'survey',
      ),
    );
  if (p.smoking)
    add(
      obs(
        cc([{ system: SYSTEM.loinc, code: '72166-2', display: 'Tobacco smoking status' }]),
        {
          valueCodeableConcept: cc([
            standardCoding((t) => t.field === 'smoking-status' && t.value === p.smoking),
            h(`smoking-${p.smoking}`),
          ]),
        },
        undefined,
        'social-history',
      ),
    );
  if (p.familyHistoryOfCancer === 'yes')
    // A relative's cancer: FamilyMemberHistory, the standard resource (the case does not say which relative).
    add({
      resourceType: 'FamilyMemberHistory',
      id: nextId('family'),
      status: 'partial',
      patient: subject,
      relationship: cc(
        [{ system: SYSTEM.roleCode, code: 'FAMMEMB', display: 'family member' }],
        'family member',
      ),
      condition: [{ code: cc([h('cancer', 'Cancer')], 'cancer') }],
    });
  else if (p.familyHistoryOfCancer)
    add(
      obs(
        cc([h('family-history-of-cancer')]),
        { valueCodeableConcept: cc([h(`answer-${p.familyHistoryOfCancer}`)]) },
        undefined,
        'social-history',
      ),
    );
  if (p.highNpcRiskRegion !== undefined)
    add(
      obs(
        cc([h('high-npc-risk-region')]),
        { valueBoolean: p.highNpcRiskRegion },
        undefined,
        'social-history',
      ),
    );
  if (p.region) add(obs(cc([h('region')]), { valueString: p.region }, undefined, 'social-history'));

  // ── The myositis under evaluation: onset, diagnosis and presentation dates ──
  const d = c.dates;
  if (
    d.symptomOnset !== undefined ||
    d.diagnosis !== undefined ||
    d.presentation !== undefined ||
    c.diagnoses?.length
  ) {
    const ext: R[] = [];
    const dx = c.diagnoses?.[0];
    const cond: R = {
      resourceType: 'Condition',
      id: nextId('myositis'),
      verificationStatus: cc([
        { system: SYSTEM.conditionVerification, code: dx ? (dx.verification ?? 'confirmed') : 'provisional' },
      ]),
      code: dx
        ? cc([
            dx.code?.system && dx.code.code
              ? {
                  system: dx.code.system,
                  code: dx.code.code,
                  ...(dx.code.display ? { display: dx.code.display } : {}),
                }
              : undefined,
            h(`myositis-${dx.subtype}`),
          ])
        : cc([h('myositis-under-evaluation', 'Idiopathic inflammatory myopathy under evaluation')]),
      subject,
      ...dateFields('onsetDateTime', 'onset', d.symptomOnset, ext),
    };
    if (typeof d.diagnosis === 'string')
      ext.push({ url: EXTENSION.conditionAssertedDate, valueDateTime: d.diagnosis });
    else dateFields('', 'diagnosis', d.diagnosis, ext);
    if (d.presentation !== undefined) {
      const eext: R[] = [];
      const enc: R = {
        resourceType: 'Encounter',
        id: nextId('presentation'),
        status: 'finished',
        class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
        type: [cc([h('presentation', 'Presentation')])],
        subject,
      };
      if (typeof d.presentation === 'string') enc.period = { start: d.presentation };
      else dateFields('', 'start', d.presentation, eext);
      if (eext.length) enc.extension = eext;
      cond.encounter = { reference: add(enc) };
    }
    if (ext.length) cond.extension = ext;
    add(cond);
  }

  // ── Findings, strength, labs, antibodies ──
  for (const f of c.findings) {
    const ext: R[] = [];
    if (f.reason) ext.push({ url: EXTENSION.findingReason, valueString: f.reason });
    const value =
      f.status === 'present'
        ? { valueBoolean: true }
        : f.status === 'absent'
          ? { valueBoolean: false }
          : f.status === 'uncertain'
            ? { valueCodeableConcept: cc([h('answer-equivocal')], 'uncertain') }
            : { dataAbsentReason: cc([{ system: SYSTEM.dataAbsentReason, code: 'unknown' }]) };
    const r = obs(
      cc(
        [
          standardCoding((t) => t.field === 'finding' && t.id === f.id),
          h(`finding-${f.id}`, f.id.replace(/-/g, ' ')),
        ],
        f.id.replace(/-/g, ' '),
      ),
      {
        ...value,
        ...(f.laterality ? { bodySite: { text: f.laterality } } : {}),
        ...(f.note ? { note: [{ text: f.note }] } : {}),
      },
      f.date,
    );
    if (ext.length) r.extension = [...((r.extension as R[] | undefined) ?? []), ...ext];
    add(r);
  }
  for (const s of c.strength)
    add(obs(cc([h(`mrc-${s.group}`)]), { valueString: s.grade, bodySite: { text: s.side } }, s.date));
  for (const l of c.labs) {
    const extra: R = {};
    if (l.value !== undefined)
      extra.valueQuantity = {
        value: l.value,
        ...(l.comparator ? { comparator: l.comparator } : {}),
        ...(l.unit ? { unit: l.unit, system: SYSTEM.ucum, code: l.unit } : {}),
      };
    const high = l.referenceRange?.high ?? l.upperLimit;
    const low = l.referenceRange?.low;
    if (l.value !== undefined && (high !== undefined || low !== undefined)) {
      const q = (v: number) => ({
        value: v,
        ...(l.unit ? { unit: l.unit, system: SYSTEM.ucum, code: l.unit } : {}),
      });
      extra.referenceRange = [
        { ...(low !== undefined ? { low: q(low) } : {}), ...(high !== undefined ? { high: q(high) } : {}) },
      ];
    }
    if (l.interpretation && !(l.value !== undefined && high !== undefined))
      extra.interpretation = [
        cc([
          {
            system: SYSTEM.interpretation,
            code: l.interpretation === 'elevated' ? 'H' : l.interpretation === 'low' ? 'L' : 'N',
          },
          l.inferred ? h('inferred', 'inferred, not stated') : undefined,
        ]),
      ];
    if (l.value === undefined && !l.interpretation)
      extra.dataAbsentReason = cc([{ system: SYSTEM.dataAbsentReason, code: 'unknown' }]);
    add(
      obs(
        cc(
          [standardCoding((t) => t.field === 'lab' && t.analyte === l.analyte), h(`lab-${l.analyte}`)],
          l.analyte,
        ),
        extra,
        l.date,
        'laboratory',
      ),
    );
  }
  for (const a of c.antibodies) {
    const value =
      a.result === 'positive' || a.result === 'negative' || a.result === 'equivocal'
        ? {
            interpretation: [
              cc([
                {
                  system: SYSTEM.interpretation,
                  code: a.result === 'positive' ? 'POS' : a.result === 'negative' ? 'NEG' : 'IND',
                },
              ]),
            ],
          }
        : { dataAbsentReason: cc([{ system: SYSTEM.dataAbsentReason, code: 'unknown' }]) };
    add(
      obs(
        cc(
          [standardCoding((t) => t.field === 'antibody' && t.target === a.target), h(`antibody-${a.target}`)],
          `anti-${a.target}`,
        ),
        {
          ...value,
          ...(a.titre ? { valueString: a.titre } : {}),
          ...(a.method ? { method: { text: a.method } } : {}),
        },
        a.date,
        'laboratory',
      ),
    );
  }

  // ── Studies: a Procedure with its DiagnosticReport ──
  const study = (
    code: R,
    performed: string,
    date: ClinicalDate | undefined,
    site: string | undefined,
    conclusion: string | undefined,
    description: string | undefined,
    results: string[] = [],
    id?: string,
  ) => {
    const ext: R[] = [];
    const rep: R | undefined =
      performed === 'done'
        ? {
            resourceType: 'DiagnosticReport',
            id: nextId('report'),
            status: 'final',
            code,
            subject,
            ...(conclusion ? { conclusionCode: [cc([h(conclusion)])] } : {}),
            ...(description ? { conclusion: description } : {}),
            ...(results.length ? { result: results.map((x) => ({ reference: x })) } : {}),
          }
        : undefined;
    const proc: R = {
      resourceType: 'Procedure',
      id: nextId('procedure'),
      ...ident(id),
      status: performed === 'done' ? 'completed' : performed === 'not-done' ? 'not-done' : 'unknown',
      code,
      subject,
      ...dateFields('performedDateTime', 'effective', date, ext),
      ...(site ? { bodySite: [{ text: site }] } : {}),
    };
    if (ext.length) proc.extension = ext;
    if (rep) proc.report = [{ reference: add(rep) }];
    add(proc);
  };
  if (c.emg)
    study(
      cc([h('emg', 'Electromyography')]),
      c.emg.performed,
      c.emg.date,
      undefined,
      c.emg.interpretation,
      c.emg.description,
    );
  if (c.muscleBiopsy) {
    const b = c.muscleBiopsy;
    const feats = Object.entries(b.features)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) =>
        add(
          obs(cc([h(`biopsy-${k}`)]), { valueCodeableConcept: cc([h(String(v))]) }, undefined, 'laboratory'),
        ),
      );
    study(
      cc([h('muscle-biopsy', 'Muscle biopsy')]),
      b.performed,
      b.date,
      b.site,
      b.conclusion,
      b.description,
      feats,
    );
  }
  if (c.skinBiopsy)
    study(
      cc([h('skin-biopsy', 'Skin biopsy')]),
      c.skinBiopsy.performed,
      c.skinBiopsy.date,
      c.skinBiopsy.site,
      c.skinBiopsy.conclusion,
      c.skinBiopsy.description,
    );
  for (const m of c.muscleImaging)
    study(cc([h(`muscle-imaging-${m.modality}`)]), 'done', m.date, m.region, m.finding, m.description);
  for (const i of c.investigations)
    study(
      cc([
        standardCoding((t) => t.field === 'investigation' && t.kind === i.kind && true),
        { system: SYSTEM.heliotrope, code: `investigation-${i.kind}` },
      ]),
      'done',
      i.date,
      undefined,
      i.result,
      i.description,
      [],
      i.id,
    );

  // ── Cancers ──
  const cancerRefs = new Map<string, string>();
  for (const k of c.cancers) {
    const ext: R[] = [];
    const detail: R[] = [];
    if (k.primaryUnknown !== undefined)
      detail.push({ url: 'primaryUnknown', valueBoolean: k.primaryUnknown });
    if (k.grade) detail.push({ url: 'grade', valueString: k.grade });
    if (k.status) detail.push({ url: 'status', valueCode: k.status });
    if (detail.length) ext.push({ url: EXTENSION.cancerDetail, extension: detail });
    const stage: R[] = [];
    if (k.stage?.tnm) stage.push({ summary: { text: k.stage.tnm }, type: cc([h('tnm')]) });
    if (k.stage?.extent) stage.push({ summary: cc([h(k.stage.extent)]), type: cc([h('extent')]) });
    if (k.stage?.text) stage.push({ summary: { text: k.stage.text }, type: cc([h('stage-text')]) });
    const receptors = Object.entries(k.receptors ?? {}).map(([name, v]) => ({
      reference: add(obs(cc([h('receptor')], name), { valueString: v }, undefined, 'laboratory')),
    }));
    const cond: R = {
      resourceType: 'Condition',
      id: nextId('cancer'),
      ...ident(k.id),
      ...(k.status === 'active'
        ? { clinicalStatus: cc([{ system: SYSTEM.conditionClinical, code: 'active' }]) }
        : k.status === 'remission'
          ? { clinicalStatus: cc([{ system: SYSTEM.conditionClinical, code: 'remission' }]) }
          : k.status === 'progression'
            ? { clinicalStatus: cc([{ system: SYSTEM.conditionClinical, code: 'relapse' }]) }
            : {}),
      verificationStatus: cc([{ system: SYSTEM.conditionVerification, code: 'confirmed' }]),
      category: [
        cc([
          { system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' },
        ]),
      ],
      code: cc([h('cancer', 'Cancer')], k.histology),
      ...(k.site ? { bodySite: [{ text: k.site }] } : {}),
      subject,
      ...dateFields('onsetDateTime', 'onset', k.diagnosisDate, ext),
      ...(stage.length ? { stage } : {}),
      ...(receptors.length ? { evidence: [{ detail: receptors }] } : {}),
    };
    if (ext.length) cond.extension = ext;
    const ref = add(cond);
    if (k.id) cancerRefs.set(k.id, ref);
  }

  // ── Treatments ──
  for (const t of c.treatments) {
    const ext: R[] = [];
    if (t.class) ext.push({ url: EXTENSION.treatmentClass, valueCode: t.class });
    const detail: R[] = [];
    if (t.targetAuc !== undefined) detail.push({ url: 'targetAuc', valueDecimal: t.targetAuc });
    if (t.cycles !== undefined) detail.push({ url: 'cycles', valueInteger: t.cycles });
    if (t.doseReductionPercent !== undefined)
      detail.push({ url: 'doseReductionPercent', valueDecimal: t.doseReductionPercent });
    if (detail.length) ext.push({ url: EXTENSION.treatmentDetail, extension: detail });
    const period: R = {};
    if (typeof t.start === 'string') period.start = t.start;
    else dateFields('', 'start', t.start, ext);
    if (typeof t.end === 'string') period.end = t.end;
    else dateFields('', 'end', t.end, ext);
    const dosage: R = {
      ...(t.schedule ? { text: t.schedule } : {}),
      ...(t.route ? { route: { text: t.route } } : {}),
      ...(t.dose
        ? {
            doseAndRate: [
              {
                doseQuantity: {
                  value: t.dose.value,
                  unit: t.dose.unit,
                  system: SYSTEM.ucum,
                  code: t.dose.unit,
                },
              },
            ],
          }
        : {}),
    };
    const code = cc([h(`drug-${t.drug.replace(/\s+/g, '-')}`)], t.drug);
    const reason = t.indication ? { reasonCode: [cc([h(`indication-${t.indication}`)])] } : {};
    const r: R =
      t.class === 'surgery' || t.class === 'radiotherapy'
        ? {
            resourceType: 'Procedure',
            id: nextId('treatment'),
            ...ident(t.id),
            status: 'completed',
            code,
            subject,
            ...(period.start || period.end ? { performedPeriod: period } : {}),
            ...reason,
          }
        : {
            resourceType: 'MedicationStatement',
            id: nextId('treatment'),
            ...ident(t.id),
            status: t.end !== undefined ? 'completed' : 'active',
            medicationCodeableConcept: code,
            subject,
            ...(period.start || period.end ? { effectivePeriod: period } : {}),
            ...reason,
            ...(Object.keys(dosage).length ? { dosage: [dosage] } : {}),
          };
    if (ext.length) r.extension = ext;
    add(r);
  }

  // ── Follow-up: visits and tumour assessments as panels with members ──
  for (const v of c.visits) {
    const members: string[] = [];
    const m = (code: string, value: R, extra: R = {}) =>
      members.push(add(obs(cc([h(code)]), { ...value, ...extra }, v.date, 'survey')));
    const scaleComp = (g: { scale: string }) =>
      g.scale === 'likert-0-4'
        ? { component: [{ code: cc([h('global-scale')]), valueCodeableConcept: cc([h('likert-0-4')]) }] }
        : {};
    if (v.physicianGlobal)
      m(
        'physician-global',
        { valueQuantity: { value: v.physicianGlobal.value } },
        scaleComp(v.physicianGlobal),
      );
    if (v.patientGlobal)
      m('patient-global', { valueQuantity: { value: v.patientGlobal.value } }, scaleComp(v.patientGlobal));
    if (v.extramuscular)
      m(
        'extramuscular-global',
        { valueQuantity: { value: v.extramuscular.value } },
        scaleComp(v.extramuscular),
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
        add(
          obs(
            cc([h(`mrc-${s.group}`)]),
            { valueString: s.grade, bodySite: { text: s.side } },
            v.date,
            'exam',
          ),
        ),
      );
    for (const e of v.enzymes ?? [])
      members.push(
        add(
          obs(
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
    add(
      obs(
        cc([h('visit', 'Myositis core-set visit')]),
        {
          ...ident(v.id),
          ...(members.length ? { hasMember: members.map((x) => ({ reference: x })) } : {}),
          ...(v.notes ? { note: [{ text: v.notes }] } : {}),
        },
        v.date,
        'survey',
      ),
    );
  }
  for (const ta of c.tumourAssessments) {
    const members: string[] = [];
    const lesion = (code: string, extra: R) =>
      members.push(add(obs(cc([h(code)]), extra, ta.date, 'imaging')));
    for (const t of ta.targets) {
      const comps: R[] = [{ code: cc([h('lesion-nodal')]), valueBoolean: t.nodal }];
      if (t.tooSmallToMeasure !== undefined)
        comps.push({ code: cc([h('lesion-too-small')]), valueBoolean: t.tooSmallToMeasure });
      lesion('target-lesion', {
        ...ident(t.id),
        bodySite: { text: t.organ },
        ...(typeof t.diameterMm === 'number'
          ? { valueQuantity: { value: t.diameterMm, unit: 'mm', system: SYSTEM.ucum, code: 'mm' } }
          : {
              dataAbsentReason: cc([
                {
                  system: SYSTEM.dataAbsentReason,
                  code: t.diameterMm === null ? 'not-performed' : 'unknown',
                },
              ]),
            }),
        component: comps,
      });
    }
    for (const t of ta.nonTargets) {
      const comps: R[] = [{ code: cc([h('lesion-status')]), valueCodeableConcept: cc([h(t.status)]) }];
      if (t.nodal !== undefined) comps.push({ code: cc([h('lesion-nodal')]), valueBoolean: t.nodal });
      if (t.shortAxisMm !== undefined)
        comps.push({
          code: cc([h('lesion-short-axis')]),
          valueQuantity: { value: t.shortAxisMm, unit: 'mm', system: SYSTEM.ucum, code: 'mm' },
        });
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
    add(
      obs(
        cc([h('tumour-assessment', 'Tumour assessment (RECIST 1.1)')]),
        {
          ...ident(ta.id),
          ...(focus ? { focus: [{ reference: focus }] } : {}),
          ...(members.length ? { hasMember: members.map((x) => ({ reference: x })) } : {}),
          component: comps,
          ...(ta.notes ? { note: [{ text: ta.notes }] } : {}),
        },
        ta.date,
        'imaging',
      ),
    );
  }
  if (c.treatmentResponse)
    add(
      obs(cc([h('treatment-response', 'Response of the myositis to immunosuppression')]), {
        valueCodeableConcept: cc([h(c.treatmentResponse)]),
      }),
    );

  const entry: BundleEntry[] = entries.map((r) => ({
    fullUrl: `urn:heliotrope:${r.resourceType}/${r.id ?? ''}`,
    resource: r,
  }));
  return {
    resourceType: 'Bundle',
    type: 'collection',
    ...(c.id ? { identifier: { system: CASE_ITEM_ID, value: c.id } } : {}),
    entry,
  };
}
