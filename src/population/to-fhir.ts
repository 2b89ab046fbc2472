/**
 * A generated patient record as FHIR R4 resources, the way an EHR's Bulk Data export writes them: Patient,
 * Condition, Observation, DiagnosticReport, Procedure, MedicationRequest, Encounter, Immunization and
 * AllergyIntolerance, with codes from the population code table (`codes.ts`), UCUM units and reference
 * ranges. Pure: the same record and seed give the same resources.
 * @module
 */
import {
  LAB_LOINC,
  codeRow,
  findCode,
  LOCAL_SYSTEM,
  POPULATION_CODES,
  SYSTEMS,
  type CodeRow,
  type CodeTarget,
} from './codes.js';
import type { CancerRecord, PatientRecord } from './model.js';
import { Rng } from '../core/rng.js';
import { HELIOTROPE_FHIR_BASE } from '../fhir/systems.js';

/** A FHIR resource as a plain JSON object. */
export type FhirJson = { resourceType: string; id: string } & Record<string, unknown>;

/** Resource types written by the generator, in manifest order. */
export const EXPORT_TYPES = [
  'Patient',
  'Condition',
  'Observation',
  'DiagnosticReport',
  'Procedure',
  'MedicationRequest',
  'Encounter',
  'Immunization',
  'AllergyIntolerance',
] as const;

/** One of {@link EXPORT_TYPES}. */
export type ExportType = (typeof EXPORT_TYPES)[number];

const coding = (r: CodeRow) => ({ system: r.system, code: r.code, display: r.display });

/** A CodeableConcept for a table row; without its coding (text only) when `coded` is false. */
function concept(r: CodeRow, coded = true): Record<string, unknown> {
  return coded ? { coding: [coding(r)] } : uncoded(r.code);
}

/**
 * A concept the EHR wrote without a coding: only its local order label, which names nothing Heliotrope can
 * read (so the fact is reported as not mapped, and is not in the ground truth).
 */
function uncoded(code: string): Record<string, unknown> {
  return { text: `Local order ${code.replace(/[^0-9A-Za-z]/g, '').toUpperCase()}` };
}

const rowFor = (test: (t: CodeTarget) => boolean) => findCode(test);
const findingRow = (f: string) => rowFor((t) => t.kind === 'finding' && t.finding === f);
const antibodyRow = (a: string) => rowFor((t) => t.kind === 'antibody' && t.target === a);
/**
 * An investigation's code: its standard coding (when the table has one) and Heliotrope's
 * `investigation-<kind>` coding beside it, as EHRs add local translations; text only when not coded.
 */
function investigationConcept(item: string, coded: boolean): Record<string, unknown> {
  const rows = POPULATION_CODES.filter(
    (r) => r.target.kind === 'investigation' && r.target.item === item,
  ).sort((a, b) => Number(a.system === LOCAL_SYSTEM) - Number(b.system === LOCAL_SYSTEM));
  if (!rows.length) throw new Error(`population code table: no investigation ${item}`);
  return coded ? { coding: rows.map(coding) } : uncoded(rows[0]!.code);
}

/** Results grouped by a lab report, by its kind. */
const PANEL_MEMBERS: Record<string, string[]> = {
  'full-blood-count': ['WBC', 'haemoglobin', 'platelets'],
  'liver-function-tests': ['ALT', 'AST', 'creatinine'],
  'esr-crp': ['ESR', 'CRP'],
  psa: ['PSA'],
  'ca-125': ['CA-125'],
};
const resultRow = (v: string) => rowFor((t) => t.kind === 'result' && t.value === v);
/** A report conclusion in Heliotrope's code system: the case value is the code (see codes.ts). */
const conclusionConcept = (value: string) => ({
  coding: [{ system: LOCAL_SYSTEM, code: value, display: value.replace(/-/g, ' ') }],
});
const featureRow = (f: string) => rowFor((t) => t.kind === 'biopsy-feature' && t.feature === f);
const workupRow = (kind: 'emg' | 'muscle-biopsy' | 'skin-biopsy' | 'muscle-mri') =>
  rowFor((t) => t.kind === kind);

function findCodeBy(system: string, code: string): CodeRow {
  const r = codeRow(system, code);
  if (!r) throw new Error(`population code table: no row ${system}|${code}`);
  return r;
}

/** Procedures (rather than reports) among the screening investigations. */
const PROCEDURE_ITEMS = new Set([
  'upper-gi-endoscopy',
  'lower-gi-endoscopy',
  'history-and-examination',
  'cervical-screening',
]);

const clinical = (code: string) => ({ coding: [{ system: SYSTEMS.conditionClinical, code }] });
const verification = (code: string) => ({ coding: [{ system: SYSTEMS.conditionVerification, code }] });
const problemList = [
  {
    coding: [{ system: SYSTEMS.conditionCategory, code: 'problem-list-item', display: 'Problem List Item' }],
  },
];
const obsCategory = (code: string) => [{ coding: [{ system: SYSTEMS.observationCategory, code }] }];
const ucumQuantity = (value: number, unit: string) => ({ value, unit, system: SYSTEMS.ucum, code: unit });
const interp = (code: string) => [{ coding: [{ system: SYSTEMS.interpretation, code }] }];

/** Options of the FHIR writer. */
export interface ToFhirOptions {
  /** Seed of the id stream (the population seed). */
  seed: number;
}

/**
 * The FHIR resources of one patient, by resource type.
 * @param rec - the patient record
 * @param options - id stream seed
 */
export function patientToFhir(rec: PatientRecord, options: ToFhirOptions): Record<ExportType, FhirJson[]> {
  return new Writer(rec, new Rng(options.seed ^ 0x5bd1e995, rec.index)).write();
}

class Writer {
  private readonly out: Record<ExportType, FhirJson[]> = {
    Patient: [],
    Condition: [],
    Observation: [],
    DiagnosticReport: [],
    Procedure: [],
    MedicationRequest: [],
    Encounter: [],
    Immunization: [],
    AllergyIntolerance: [],
  };
  private readonly subject: { reference: string };
  private myositisId?: string;
  private readonly cancerIds: string[] = [];

  constructor(
    private readonly rec: PatientRecord,
    private readonly r: Rng,
  ) {
    this.subject = { reference: `Patient/${rec.id}` };
  }

  private add(type: ExportType, body: Record<string, unknown>): string {
    const id = this.r.uuid();
    this.out[type].push({ resourceType: type, id, ...body });
    return id;
  }

  private time(day: string): string {
    return `${day}T${String(this.r.int(7, 17)).padStart(2, '0')}:${String(this.r.int(0, 59)).padStart(2, '0')}:00Z`;
  }

  write(): Record<ExportType, FhirJson[]> {
    const rec = this.rec;
    this.out.Patient.push({
      resourceType: 'Patient',
      id: rec.id,
      identifier: [
        {
          type: { coding: [{ system: SYSTEMS.identifierType, code: 'MR' }] },
          system: `${HELIOTROPE_FHIR_BASE}/NamingSystem/mrn`,
          value: rec.mrn,
        },
      ],
      name: [{ family: rec.name.family, given: [rec.name.given] }],
      gender: rec.sex,
      birthDate: rec.birthDate,
    });
    this.myositis();
    this.cancers();
    this.findings();
    this.labs();
    this.antibodies();
    this.workup();
    this.investigations();
    this.treatments();
    this.other();
    return this.out;
  }

  private myositis(): void {
    const m = this.rec.myositis;
    if (m) {
      const rows = myositisRows(
        m.kind,
        this.rec.findings.some((f) => f.finding === 'interstitial-lung-disease' && f.status === 'present'),
      );
      if (m.neoplastic) rows.push(findCodeBy(SYSTEMS.icd10cm, 'M36.0'));
      const text = MYOSITIS_TEXT[m.kind];
      this.myositisId = this.add('Condition', {
        clinicalStatus: clinical('active'),
        verificationStatus: verification('confirmed'),
        category: problemList,
        code: m.coded ? { coding: rows.map(coding), text } : uncoded(rows[0]!.code),
        subject: this.subject,
        onsetDateTime: m.onset,
        recordedDate: m.diagnosis,
      });
    }
    if (this.rec.refutedMyositis) {
      this.add('Condition', {
        clinicalStatus: clinical('inactive'),
        verificationStatus: verification('refuted'),
        category: problemList,
        code: {
          coding: [coding(findCodeBy(SYSTEMS.icd10cm, 'M33.10'))],
          text: 'Dermatomyositis (ruled out)',
        },
        subject: this.subject,
        recordedDate: this.rec.refutedMyositis,
      });
    }
  }

  private cancers(): void {
    this.rec.cancers.forEach((c: CancerRecord) => {
      const row = findCodeBy(SYSTEMS.icd10cm, c.icd10);
      this.cancerIds.push(
        this.add('Condition', {
          clinicalStatus: clinical(
            c.enteredInError ? 'inactive' : c.status === 'remission' ? 'remission' : 'active',
          ),
          verificationStatus: verification(c.enteredInError ? 'entered-in-error' : 'confirmed'),
          category: problemList,
          code: concept(row, c.coded),
          subject: this.subject,
          onsetDateTime: c.date,
          recordedDate: c.date,
          stage: [
            { type: { coding: [{ system: LOCAL_SYSTEM, code: 'extent' }] }, summary: { text: c.extent } },
          ],
        }),
      );
    });
    for (const d of this.rec.otherDiagnoses) {
      this.add('Condition', {
        clinicalStatus: clinical('active'),
        verificationStatus: verification('confirmed'),
        category: problemList,
        code: concept(findCodeBy(SYSTEMS.icd10cm, d.icd10)),
        subject: this.subject,
        onsetDateTime: d.date,
        recordedDate: d.date,
      });
    }
  }

  private findings(): void {
    for (const f of this.rec.findings) {
      const row = findingRow(f.finding);
      if (f.as === 'condition') {
        this.add('Condition', {
          clinicalStatus: clinical('active'),
          verificationStatus: verification('confirmed'),
          category: problemList,
          code: concept(row, f.coded),
          subject: this.subject,
          onsetDateTime: f.date,
          recordedDate: f.date,
        });
      } else {
        this.add('Observation', {
          status: 'final',
          category: obsCategory('exam'),
          code: concept(row, f.coded),
          subject: this.subject,
          effectiveDateTime: f.date,
          valueBoolean: f.status === 'present',
        });
      }
    }
  }

  private labs(): void {
    const byDay = new Map<string, Map<string, string>>();
    for (const l of this.rec.labs) {
      const row = findCodeBy(SYSTEMS.loinc, LAB_LOINC[l.analyte]!);
      const flag = l.value > l.high ? 'H' : l.value < l.low ? 'L' : 'N';
      const id = this.add('Observation', {
        status: 'final',
        category: obsCategory('laboratory'),
        code: concept(row, l.coded),
        subject: this.subject,
        effectiveDateTime: this.time(l.date),
        valueQuantity: ucumQuantity(l.value, l.unit),
        interpretation: interp(flag),
        referenceRange: [{ low: ucumQuantity(l.low, l.unit), high: ucumQuantity(l.high, l.unit) }],
      });
      let m = byDay.get(l.date);
      if (!m) byDay.set(l.date, (m = new Map<string, string>()));
      m.set(l.analyte, id);
      if (l.analyte === 'creatinine') {
        // Routine chemistry written beside creatinine; not read by Heliotrope.
        this.add('Observation', {
          status: 'final',
          category: obsCategory('laboratory'),
          code: concept(findCodeBy(SYSTEMS.loinc, '2823-3')),
          subject: this.subject,
          effectiveDateTime: this.time(l.date),
          valueQuantity: ucumQuantity(Math.round(this.r.uniform(3.6, 4.9) * 10) / 10, 'mmol/L'),
          referenceRange: [{ low: ucumQuantity(3.5, 'mmol/L'), high: ucumQuantity(5.1, 'mmol/L') }],
        });
      }
    }
    for (const p of this.rec.panels) {
      const ids = PANEL_MEMBERS[p.item]!.map((a) => byDay.get(p.date)?.get(a)).filter(
        (x): x is string => !!x,
      );
      this.add('DiagnosticReport', {
        status: 'final',
        category: [{ coding: [{ system: SYSTEMS.diagnosticService, code: 'LAB' }] }],
        code: investigationConcept(p.item, p.coded),
        subject: this.subject,
        effectiveDateTime: this.time(p.date),
        issued: `${p.date}T18:00:00Z`,
        result: ids.map((id) => ({ reference: `Observation/${id}` })),
        conclusionCode: [concept(resultRow(p.abnormal ? 'abnormal' : 'normal'))],
      });
    }
  }

  private antibodies(): void {
    for (const a of this.rec.antibodies) {
      const row = antibodyRow(a.target);
      const pos = a.result === 'positive';
      const quantitative = row.code === '105528-4';
      this.add('Observation', {
        status: 'final',
        category: obsCategory('laboratory'),
        code: concept(row, a.coded),
        subject: this.subject,
        effectiveDateTime: this.time(a.date),
        ...(quantitative
          ? {
              valueQuantity: ucumQuantity(pos ? this.r.int(30, 120) : this.r.int(0, 8), 'U/mL'),
              referenceRange: [{ high: ucumQuantity(15, 'U/mL') }],
            }
          : { valueCodeableConcept: concept(resultRow(a.result)) }),
        interpretation: interp(pos ? 'POS' : 'NEG'),
      });
    }
  }

  private report(
    kind: 'emg' | 'muscle-biopsy' | 'skin-biopsy' | 'muscle-mri',
    date: string,
    conclusions: string[],
    text: string,
    results: string[] = [],
  ): void {
    const service = kind === 'muscle-mri' ? 'RAD' : kind === 'emg' ? 'NMT' : 'PAT';
    this.add('DiagnosticReport', {
      status: 'final',
      category: [{ coding: [{ system: SYSTEMS.diagnosticService, code: service }] }],
      code: concept(workupRow(kind)),
      subject: this.subject,
      effectiveDateTime: date,
      issued: `${date}T18:00:00Z`,
      ...(results.length ? { result: results.map((id) => ({ reference: `Observation/${id}` })) } : {}),
      conclusion: text,
      ...(conclusions.length ? { conclusionCode: conclusions.map(conclusionConcept) } : {}),
    });
  }

  private workup(): void {
    const { emg, muscleBiopsy, skinBiopsy, mri } = this.rec;
    if (emg) this.report('emg', emg.date, [emg.conclusion], `EMG: ${emg.conclusion} pattern.`);
    if (muscleBiopsy) {
      // Each histological feature is an Observation listed in the report's result.
      const ids = muscleBiopsy.features.map((f) =>
        this.add('Observation', {
          status: 'final',
          category: obsCategory('laboratory'),
          code: concept(featureRow(f)),
          subject: this.subject,
          effectiveDateTime: muscleBiopsy.date,
          valueCodeableConcept: { coding: [{ system: LOCAL_SYSTEM, code: 'present', display: 'present' }] },
        }),
      );
      const features = muscleBiopsy.features.length > 0;
      this.report(
        'muscle-biopsy',
        muscleBiopsy.date,
        features ? [] : ['normal'],
        features ? 'Muscle biopsy: see the features reported.' : 'Normal muscle.',
        ids,
      );
    }
    if (skinBiopsy)
      this.report('skin-biopsy', skinBiopsy.date, ['consistent-with-dm'], 'Interface dermatitis.');
    if (mri) this.report('muscle-mri', mri.date, [mri.finding], 'MRI of the thighs.');
  }

  private investigations(): void {
    for (const i of this.rec.investigations) {
      const code = investigationConcept(i.item, i.coded);
      const result =
        i.result === 'cancer-found' ? conclusionConcept('cancer-found') : concept(resultRow(i.result));
      if (PROCEDURE_ITEMS.has(i.item)) {
        this.add('Procedure', {
          status: 'completed',
          code,
          subject: this.subject,
          performedDateTime: i.date,
          outcome: result,
        });
      } else {
        this.add('DiagnosticReport', {
          status: 'final',
          category: [
            {
              coding: [
                {
                  system: SYSTEMS.diagnosticService,
                  code:
                    i.item === 'serum-protein-electrophoresis' ||
                    i.item === 'urinalysis' ||
                    i.item === 'faecal-occult-blood-test'
                      ? 'LAB'
                      : 'RAD',
                },
              ],
            },
          ],
          code,
          subject: this.subject,
          effectiveDateTime: i.date,
          issued: `${i.date}T18:00:00Z`,
          conclusionCode: [result],
        });
      }
    }
  }

  private treatments(): void {
    for (const t of this.rec.treatments) {
      const row = t.local ? findCodeBy(LOCAL_SYSTEM, t.code) : findCodeBy(SYSTEMS.rxnorm, t.code);
      const reason =
        t.indication === 'myositis' && this.myositisId
          ? this.myositisId
          : t.indication === 'cancer' && t.cancerIndex !== undefined
            ? this.cancerIds[t.cancerIndex]
            : undefined;
      this.add('MedicationRequest', {
        status: t.end ? 'completed' : 'active',
        intent: 'order',
        medicationCodeableConcept: concept(row, t.coded),
        subject: this.subject,
        authoredOn: t.start,
        ...(reason ? { reasonReference: [{ reference: `Condition/${reason}` }] } : {}),
        dosageInstruction: [
          {
            text: t.dose ? `${t.dose.value} ${t.dose.unit}` : 'as directed',
            timing: { repeat: { boundsPeriod: { start: t.start, ...(t.end ? { end: t.end } : {}) } } },
            ...(t.dose ? { doseAndRate: [{ doseQuantity: ucumQuantity(t.dose.value, t.dose.unit) }] } : {}),
          },
        ],
      });
    }
  }

  private other(): void {
    const rec = this.rec;
    for (const day of rec.encounters) {
      const enc = this.add('Encounter', {
        status: 'finished',
        class: {
          system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
          code: 'AMB',
          display: 'ambulatory',
        },
        subject: this.subject,
        period: { start: this.time(day), end: this.time(day) },
      });
      this.add('Observation', {
        status: 'final',
        category: obsCategory('vital-signs'),
        code: concept(findCodeBy(SYSTEMS.loinc, '8867-4')),
        subject: this.subject,
        encounter: { reference: `Encounter/${enc}` },
        effectiveDateTime: this.time(day),
        valueQuantity: ucumQuantity(this.r.int(58, 96), '/min'),
      });
    }
    for (const day of rec.immunizations) {
      this.add('Immunization', {
        status: 'completed',
        vaccineCode: { text: 'Influenza vaccine' },
        patient: this.subject,
        occurrenceDateTime: day,
      });
    }
    if (rec.allergy) {
      this.add('AllergyIntolerance', {
        clinicalStatus: {
          coding: [
            { system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' },
          ],
        },
        code: { text: this.r.pick(['Penicillin', 'Sulfonamide', 'Latex', 'Peanut']) },
        patient: this.subject,
      });
    }
  }
}

const MYOSITIS_TEXT: Record<string, string> = {
  dermatomyositis: 'Dermatomyositis',
  'amyopathic-dermatomyositis': 'Clinically amyopathic dermatomyositis',
  polymyositis: 'Polymyositis',
  imnm: 'Immune-mediated necrotising myopathy',
  antisynthetase: 'Antisynthetase syndrome',
};

function myositisRows(kind: string, ild: boolean): CodeRow[] {
  switch (kind) {
    case 'dermatomyositis':
      return [
        findCodeBy(SYSTEMS.icd10cm, ild ? 'M33.11' : 'M33.12'),
        findCodeBy(SYSTEMS.snomed, '396230008'),
      ];
    case 'amyopathic-dermatomyositis':
      return [
        findCodeBy(SYSTEMS.icd10cm, 'M33.13'),
        findCodeBy(SYSTEMS.snomed, '396230008'),
        findCodeBy(LOCAL_SYSTEM, 'myositis-amyopathic-dermatomyositis'),
      ];
    case 'polymyositis':
      return [findCodeBy(SYSTEMS.icd10cm, 'M33.22'), findCodeBy(SYSTEMS.snomed, '31384009')];
    case 'imnm':
      return [
        findCodeBy(SYSTEMS.icd10cm, 'G72.49'),
        findCodeBy(LOCAL_SYSTEM, 'myositis-immune-mediated-necrotising-myopathy'),
      ];
    default:
      return [
        findCodeBy(SYSTEMS.icd10cm, 'M35.89'),
        findCodeBy(LOCAL_SYSTEM, 'myositis-antisynthetase-syndrome'),
      ];
  }
}
