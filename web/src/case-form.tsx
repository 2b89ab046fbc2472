/**
 * The case editor: a structured form grouped like a clinic visit. It edits a case document (the same JSON
 * the API takes); every change is reported to the parent, which recalculates live.
 * @module
 */
import {
  ANTIBODY_RESULT_WORDS,
  BIOPSY_FEATURE_WORDS,
  BLANK_CHOICE_WORDS,
  CANCER_EXTENT_WORDS,
  CANCER_STATUS_WORDS,
  EMG_CHOICE_WORDS,
  MUSCLE_MRI_FINDING_WORDS,
  PERFORMED_WORDS,
  SEX_WORDS,
  SMOKING_WORDS,
  TREATMENT_INDICATION_WORDS,
  TREATMENT_RESPONSE_WORDS,
} from 'heliotrope/wording';
import { CoursePart } from './form/course.js';
import { ScreeningPart, type LiveReport, type PartProps } from './form/screening.js';
import {
  clone,
  DateField,
  EditableRows,
  entriesOf,
  Err,
  FindingRow,
  MrcGrades,
  num,
  Select,
  row,
  set,
  TextField,
  type Draft,
  type Item,
  type FieldErrors,
} from './form/fields.js';

export type { Draft, FieldErrors } from './form/fields.js';

interface Props {
  draft: Draft;
  onChange: (next: Draft) => void;
  readOnly: boolean;
  errors: FieldErrors;
  /** The live assessment of the draft, shown beside the screening and follow-up entries. */
  report?: LiveReport;
}

const SKIN = [
  'heliotrope-rash',
  'gottron-papules',
  'gottron-sign',
  'shawl-sign',
  'v-sign',
  'mechanics-hands',
  'periungual-changes',
  'skin-ulceration',
  'calcinosis',
];
const MUSCLE = [
  'proximal-weakness-upper',
  'proximal-weakness-lower',
  'neck-flexor-weakness',
  'proximal-weaker-than-distal-legs',
  'finger-flexor-weakness',
  'myalgia',
  'dysphagia',
];
const OTHER = ['interstitial-lung-disease', 'arthritis', 'raynaud-phenomenon', 'fever', 'weight-loss'];
const ANTIBODIES = [
  'TIF1-gamma',
  'NXP2',
  'MDA5',
  'Mi-2',
  'SAE',
  'Jo-1',
  'PL-7',
  'PL-12',
  'EJ',
  'OJ',
  'SRP',
  'HMGCR',
  'Ro52',
  'ANA',
];
const LAB_PRESETS: [string, string, number | undefined][] = [
  ['CK', 'U/L', 200],
  ['ALT', 'U/L', 45],
  ['AST', 'U/L', 40],
  ['LDH', 'U/L', 250],
  ['aldolase', 'U/L', 7.6],
  ['CRP', 'mg/L', 5],
];
const BIOPSY_FEATURES: [keyof NonNullable<NonNullable<Draft['muscleBiopsy']>['features']>, string][] = [
  ['endomysialInfiltrate', 'Endomysial infiltrate'],
  ['perimysialPerivascularInfiltrate', 'Perimysial / perivascular infiltrate'],
  ['perifascicularAtrophy', 'Perifascicular atrophy'],
  ['rimmedVacuoles', 'Rimmed vacuoles'],
];

/** The case form. */
export function CaseForm({ draft, onChange, readOnly, errors, report = null }: Props) {
  const update = (fn: (d: Draft) => void) => {
    const d = clone(draft);
    fn(d);
    onChange(d);
  };

  const parts: SectionProps = { draft, update, readOnly, errors };
  return (
    <form class="case-form" onSubmit={(e) => e.preventDefault()} aria-label="Case">
      <HistorySection {...parts} />

      <SkinSection {...parts} />

      <MuscleSection {...parts} />

      <OtherFindingsSection {...parts} />

      <LabsSection {...parts} />

      <AntibodiesSection {...parts} />

      <StudiesSection {...parts} />

      <ScreeningPart {...parts} report={report} />

      <CancersSection {...parts} />

      <TreatmentsSection {...parts} />

      <CoursePart {...parts} report={report} />

      <NotesSection {...parts} />
    </form>
  );
}

/** What each section of the form is given (a section uses what it needs). */
type SectionProps = Pick<PartProps, 'draft' | 'update' | 'readOnly' | 'errors'>;

/** Patient and history: title, sex, ages, onset and diagnosis dates, smoking. */
function HistorySection({ draft, update, readOnly, errors }: SectionProps) {
  const patient = draft.patient ?? {};
  const dates = draft.dates ?? {};
  return (
    <section class="card" aria-labelledby="sec-history">
      <h3 id="sec-history">Patient and history</h3>
      <div class="grid">
        <TextField
          label="Case title"
          path="title"
          value={draft.title}
          wide
          readOnly={readOnly}
          errors={errors}
          placeholder="e.g. initials or clinic reference"
          onInput={(v) => update((d) => set(d, 'title', v))}
        />
        <Select
          label="Sex"
          path="patient.sex"
          value={patient.sex ?? 'unknown'}
          options={entriesOf(SEX_WORDS)}
          readOnly={readOnly}
          errors={errors}
          onChange={(v) => update((d) => ((d.patient ??= {}).sex = v))}
        />
        <TextField
          label="Age (years)"
          type="number"
          path="patient.age"
          value={patient.age}
          readOnly={readOnly}
          errors={errors}
          onInput={(v) => update((d) => set((d.patient ??= {}), 'age', num(v)))}
        />
        <TextField
          label="Age at onset (years)"
          type="number"
          path="patient.ageAtOnset"
          value={patient.ageAtOnset}
          readOnly={readOnly}
          errors={errors}
          onInput={(v) => update((d) => set((d.patient ??= {}), 'ageAtOnset', num(v)))}
        />
        <DateField
          label="Symptom onset"
          path="dates.symptomOnset"
          value={dates.symptomOnset}
          placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
          readOnly={readOnly}
          errors={errors}
          onInput={(v) => update((d) => set((d.dates ??= {}), 'symptomOnset', v))}
        />
        <DateField
          label="Diagnosis date"
          path="dates.diagnosis"
          value={dates.diagnosis}
          placeholder="YYYY-MM-DD"
          readOnly={readOnly}
          errors={errors}
          onInput={(v) => update((d) => set((d.dates ??= {}), 'diagnosis', v))}
        />
        <Select
          label="Smoking"
          path="patient.smoking"
          value={patient.smoking ?? ''}
          options={[['', BLANK_CHOICE_WORDS.notRecorded], ...entriesOf(SMOKING_WORDS)]}
          readOnly={readOnly}
          errors={errors}
          onChange={(v) => update((d) => set((d.patient ??= {}), 'smoking', v || undefined))}
        />
      </div>
    </section>
  );
}

/** Skin findings. */
function SkinSection({ draft, update, readOnly }: SectionProps) {
  return (
    <section class="card" aria-labelledby="sec-skin">
      <h3 id="sec-skin">Skin</h3>
      {SKIN.map((id) => (
        <FindingRow key={id} id={id} draft={draft} update={update} readOnly={readOnly} />
      ))}
    </section>
  );
}

/** Muscle findings and MRC strength grades. */
function MuscleSection({ draft, update, readOnly, errors }: SectionProps) {
  const strength = draft.strength ?? [];
  return (
    <section class="card" aria-labelledby="sec-muscle">
      <h3 id="sec-muscle">Muscle</h3>
      {MUSCLE.map((id) => (
        <FindingRow key={id} id={id} draft={draft} update={update} readOnly={readOnly} />
      ))}
      <h4>Strength (MRC grade, bilateral)</h4>
      <MrcGrades
        list={strength}
        path="strength"
        readOnly={readOnly}
        errors={errors}
        onChange={(list) => update((d) => (d.strength = list))}
      />
    </section>
  );
}

/** Other findings. */
function OtherFindingsSection({ draft, update, readOnly }: SectionProps) {
  return (
    <section class="card" aria-labelledby="sec-other">
      <h3 id="sec-other">Other clinical features</h3>
      {OTHER.map((id) => (
        <FindingRow key={id} id={id} draft={draft} update={update} readOnly={readOnly} />
      ))}
    </section>
  );
}

/** Laboratory values with units and reference limits. */
function LabsSection({ draft, update, readOnly, errors }: SectionProps) {
  const labs = draft.labs ?? [];
  return (
    <section class="card" aria-labelledby="sec-labs">
      <h3 id="sec-labs">Laboratory</h3>
      <table class="rows">
        <thead>
          <tr>
            <th scope="col">Analyte</th>
            <th scope="col">Value</th>
            <th scope="col">Unit (UCUM)</th>
            <th scope="col">Upper limit</th>
            <th scope="col">
              <span class="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {labs.map((l, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`Analyte ${i + 1}`}
                  name={`labs[${i}].analyte`}
                  value={l.analyte ?? ''}
                  disabled={readOnly}
                  onInput={(e) =>
                    update((d) => (row(d.labs, i).analyte = (e.target as HTMLInputElement).value))
                  }
                />
                <Err errors={errors} path={`labs[${i}].analyte`} />
              </td>
              <td>
                <input
                  aria-label={`${l.analyte || 'Lab'} value`}
                  name={`labs[${i}].value`}
                  type="number"
                  step="any"
                  value={l.value ?? ''}
                  disabled={readOnly}
                  onInput={(e) =>
                    update((d) => set(row(d.labs, i), 'value', num((e.target as HTMLInputElement).value)))
                  }
                />
                <Err errors={errors} path={`labs[${i}].value`} />
                <Err errors={errors} path={`labs[${i}]`} />
              </td>
              <td>
                <input
                  aria-label={`${l.analyte || 'Lab'} unit`}
                  name={`labs[${i}].unit`}
                  value={l.unit ?? ''}
                  disabled={readOnly}
                  onInput={(e) =>
                    update((d) => set(row(d.labs, i), 'unit', (e.target as HTMLInputElement).value))
                  }
                />
                <Err errors={errors} path={`labs[${i}].unit`} />
              </td>
              <td>
                <input
                  aria-label={`${l.analyte || 'Lab'} upper limit of normal`}
                  name={`labs[${i}].referenceRange.high`}
                  type="number"
                  step="any"
                  value={l.referenceRange?.high ?? ''}
                  disabled={readOnly}
                  onInput={(e) =>
                    update((d) => {
                      const lab = row(d.labs, i);
                      const h = num((e.target as HTMLInputElement).value);
                      if (h === undefined) delete lab.referenceRange;
                      else lab.referenceRange = { ...(lab.referenceRange ?? {}), high: h };
                    })
                  }
                />
                <Err errors={errors} path={`labs[${i}].referenceRange`} />
              </td>
              <td>
                {!readOnly ? (
                  <button
                    type="button"
                    class="icon"
                    aria-label={`Remove ${l.analyte || 'lab'} row`}
                    onClick={() => update((d) => d.labs?.splice(i, 1))}
                  >
                    ×
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!readOnly ? (
        <div class="add-row">
          Add:{' '}
          {LAB_PRESETS.map(([a, u, h]) => (
            <button
              key={a}
              type="button"
              class="chip"
              onClick={() =>
                update(
                  (d) =>
                    (d.labs = [
                      ...(d.labs ?? []),
                      { analyte: a, unit: u, ...(h !== undefined ? { referenceRange: { high: h } } : {}) },
                    ]),
                )
              }
            >
              + {a}
            </button>
          ))}
          <button
            type="button"
            class="chip"
            onClick={() => update((d) => (d.labs = [...(d.labs ?? []), { analyte: '' }]))}
          >
            + other
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** Myositis antibodies. */
function AntibodiesSection({ draft, update, readOnly, errors }: SectionProps) {
  const antibodies = draft.antibodies ?? [];
  return (
    <section class="card" aria-labelledby="sec-ab">
      <h3 id="sec-ab">Myositis antibodies</h3>
      <div class="grid ab">
        {ANTIBODIES.map((t) => {
          const idx = antibodies.findIndex((a) => a.target === t);
          return (
            <Select
              key={t}
              label={`Anti-${t}`.replace('Anti-ANA', 'ANA')}
              path={idx >= 0 ? `antibodies[${idx}].result` : `antibodies.${t}`}
              value={idx >= 0 ? antibodies[idx]!.result : ''}
              options={[['', BLANK_CHOICE_WORDS.notTested], ...entriesOf(ANTIBODY_RESULT_WORDS)]}
              readOnly={readOnly}
              errors={errors}
              onChange={(v) =>
                update((d) => {
                  const list = (d.antibodies ?? []).filter((a) => a.target !== t);
                  d.antibodies = v ? [...list, { target: t, result: v }] : list;
                })
              }
            />
          );
        })}
      </div>
    </section>
  );
}

/** EMG, muscle biopsy and muscle imaging. */
function StudiesSection({ draft, update, readOnly, errors }: SectionProps) {
  const biopsy = draft.muscleBiopsy;
  const imaging = draft.muscleImaging ?? [];
  return (
    <section class="card" aria-labelledby="sec-inv">
      <h3 id="sec-inv">EMG, biopsy and imaging</h3>
      <div class="grid">
        <Select
          label="EMG"
          path="emg.interpretation"
          value={
            draft.emg
              ? draft.emg.performed === 'done'
                ? (draft.emg.interpretation ?? 'unknown')
                : draft.emg.performed
              : ''
          }
          options={[['', BLANK_CHOICE_WORDS.notRecorded], ...entriesOf(EMG_CHOICE_WORDS)]}
          readOnly={readOnly}
          errors={errors}
          onChange={(v) =>
            update((d) =>
              v === ''
                ? delete d.emg
                : (d.emg =
                    v === 'not-done' ? { performed: 'not-done' } : { performed: 'done', interpretation: v }),
            )
          }
        />
        <Select
          label="Muscle MRI"
          path="muscleImaging[0].finding"
          value={imaging[0]?.finding ?? ''}
          options={[['', BLANK_CHOICE_WORDS.notDoneOrRecorded], ...entriesOf(MUSCLE_MRI_FINDING_WORDS)]}
          readOnly={readOnly}
          errors={errors}
          onChange={(v) =>
            update(
              (d) =>
                (d.muscleImaging = v
                  ? [
                      { modality: 'mri', ...(d.muscleImaging?.[0] ?? {}), finding: v },
                      ...(d.muscleImaging ?? []).slice(1),
                    ]
                  : (d.muscleImaging ?? []).slice(1)),
            )
          }
        />
        <Select
          label="Muscle biopsy"
          path="muscleBiopsy.performed"
          value={biopsy?.performed ?? ''}
          options={[['', BLANK_CHOICE_WORDS.notRecorded], ...entriesOf(PERFORMED_WORDS)]}
          readOnly={readOnly}
          errors={errors}
          onChange={(v) =>
            update((d) =>
              v === ''
                ? delete d.muscleBiopsy
                : (d.muscleBiopsy = {
                    ...(d.muscleBiopsy ?? {}),
                    performed: v,
                    features: d.muscleBiopsy?.features ?? {},
                  }),
            )
          }
        />
      </div>
      {biopsy?.performed === 'done' ? (
        <div class="grid">
          {BIOPSY_FEATURES.map(([k, label]) => (
            <Select
              key={k}
              label={label}
              path={`muscleBiopsy.features.${k}`}
              value={biopsy.features?.[k] ?? ''}
              options={[['', BLANK_CHOICE_WORDS.notReported], ...entriesOf(BIOPSY_FEATURE_WORDS)]}
              readOnly={readOnly}
              errors={errors}
              onChange={(v) =>
                update((d) => {
                  if (d.muscleBiopsy) set((d.muscleBiopsy.features ??= {}), k, v || undefined);
                })
              }
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}

/** Cancers with their stage and status. */
function CancersSection({ draft, update, readOnly, errors }: SectionProps) {
  const cancers = draft.cancers ?? [];
  return (
    <section class="card" aria-labelledby="sec-ca">
      <h3 id="sec-ca">Cancers</h3>
      {cancers.length === 0 ? <p class="muted">No cancer recorded.</p> : null}
      <EditableRows
        items={cancers}
        noun="cancer"
        readOnly={readOnly}
        onAdd={() => update((d) => (d.cancers = [...(d.cancers ?? []), {}]))}
        onRemove={(i) => update((d) => d.cancers?.splice(i, 1))}
      >
        {(c, i) => (
          <>
            <TextField
              label="Site"
              path={`cancers[${i}].site`}
              value={c.site}
              readOnly={readOnly}
              errors={errors}
              onInput={(v) => update((d) => set(row(d.cancers, i), 'site', v))}
            />
            <TextField
              label="Histology"
              path={`cancers[${i}].histology`}
              value={c.histology}
              readOnly={readOnly}
              errors={errors}
              onInput={(v) => update((d) => set(row(d.cancers, i), 'histology', v))}
            />
            <DateField
              label="Diagnosed"
              path={`cancers[${i}].diagnosisDate`}
              value={c.diagnosisDate}
              placeholder="YYYY-MM"
              readOnly={readOnly}
              errors={errors}
              onInput={(v) => update((d) => set(row(d.cancers, i), 'diagnosisDate', v))}
            />
            <CancerStage c={c} i={i} update={update} readOnly={readOnly} errors={errors} />
          </>
        )}
      </EditableRows>
    </section>
  );
}

/** Treatments and the response to immunosuppression. */
function TreatmentsSection({ draft, update, readOnly, errors }: SectionProps) {
  const treatments = draft.treatments ?? [];
  return (
    <section class="card" aria-labelledby="sec-tx">
      <h3 id="sec-tx">Treatments</h3>
      <EditableRows
        items={treatments}
        noun="treatment"
        readOnly={readOnly}
        onAdd={() => update((d) => (d.treatments = [...(d.treatments ?? []), { drug: '' }]))}
        onRemove={(i) => update((d) => d.treatments?.splice(i, 1))}
      >
        {(t, i) => (
          <>
            <TextField
              label="Drug"
              path={`treatments[${i}].drug`}
              value={t.drug}
              readOnly={readOnly}
              errors={errors}
              onInput={(v) => update((d) => (row(d.treatments, i).drug = v))}
            />
            <TextField
              label="Dose"
              type="number"
              step="any"
              path={`treatments[${i}].dose.value`}
              value={t.dose?.value}
              readOnly={readOnly}
              errors={errors}
              onInput={(v) =>
                update((d) => {
                  const tr = row(d.treatments, i);
                  const n = num(v);
                  if (n === undefined) delete tr.dose;
                  else tr.dose = { unit: tr.dose?.unit ?? 'mg', value: n };
                })
              }
            />
            <TextField
              label="Dose unit"
              path={`treatments[${i}].dose.unit`}
              value={t.dose?.unit}
              readOnly={readOnly || !t.dose}
              errors={errors}
              onInput={(v) =>
                update((d) => {
                  const dose = row(d.treatments, i).dose;
                  if (dose) dose.unit = v;
                })
              }
            />
            <DateField
              label="Started"
              path={`treatments[${i}].start`}
              value={t.start}
              placeholder="YYYY-MM-DD"
              readOnly={readOnly}
              errors={errors}
              onInput={(v) => update((d) => set(row(d.treatments, i), 'start', v))}
            />
            <TreatmentCourse t={t} i={i} update={update} readOnly={readOnly} errors={errors} />
          </>
        )}
      </EditableRows>
      <div class="grid">
        <Select
          label="Response to immunosuppression"
          path="treatmentResponse"
          value={draft.treatmentResponse ?? ''}
          options={[['', BLANK_CHOICE_WORDS.notRecorded], ...entriesOf(TREATMENT_RESPONSE_WORDS)]}
          readOnly={readOnly}
          errors={errors}
          onChange={(v) => update((d) => set(d, 'treatmentResponse', v || undefined))}
        />
      </div>
    </section>
  );
}

/** Free-text notes. */
function NotesSection({ draft, update, readOnly }: SectionProps) {
  return (
    <section class="card" aria-labelledby="sec-notes">
      <h3 id="sec-notes">Notes</h3>
      <label for="f-notes" class="sr-only">
        Notes
      </label>
      <textarea
        id="f-notes"
        name="notes"
        rows={4}
        value={draft.notes ?? ''}
        disabled={readOnly}
        onInput={(e) => update((d) => set(d, 'notes', (e.target as HTMLTextAreaElement).value))}
      />
    </section>
  );
}

interface RowProps {
  i: number;
  update: (fn: (d: Draft) => void) => void;
  readOnly: boolean;
  errors: FieldErrors;
}

/** A cancer's status, TNM stage and extent. */
function CancerStage({ c, i, update, readOnly, errors }: RowProps & { c: Item<Draft['cancers']> }) {
  type Stage = NonNullable<typeof c.stage>;
  const stage = <K extends keyof Stage>(d: Draft, key: K, v: Stage[K]) => {
    const st: Stage = { ...(row(d.cancers, i).stage ?? {}) };
    set(st, key, v);
    if (Object.keys(st).length) row(d.cancers, i).stage = st;
    else delete row(d.cancers, i).stage;
  };
  return (
    <>
      <Select
        label="Status"
        path={`cancers[${i}].status`}
        value={c.status ?? ''}
        options={[['', BLANK_CHOICE_WORDS.notRecorded], ...entriesOf(CANCER_STATUS_WORDS)]}
        readOnly={readOnly}
        errors={errors}
        onChange={(v) => update((d) => set(row(d.cancers, i), 'status', v || undefined))}
      />
      <TextField
        label="TNM stage"
        path={`cancers[${i}].stage.tnm`}
        value={c.stage?.tnm}
        placeholder="e.g. cT2N1M0"
        readOnly={readOnly}
        errors={errors}
        onInput={(v) => update((d) => stage(d, 'tnm', v.trim() || undefined))}
      />
      <Select
        label="Extent"
        path={`cancers[${i}].stage.extent`}
        value={c.stage?.extent ?? ''}
        options={[['', BLANK_CHOICE_WORDS.notRecorded], ...entriesOf(CANCER_EXTENT_WORDS)]}
        readOnly={readOnly}
        errors={errors}
        onChange={(v) => update((d) => stage(d, 'extent', v || undefined))}
      />
    </>
  );
}

/** A treatment's end date and what it treats (the timeline draws cancer and myositis treatments apart). */
function TreatmentCourse({ t, i, update, readOnly, errors }: RowProps & { t: Item<Draft['treatments']> }) {
  return (
    <>
      <DateField
        label="Ended"
        path={`treatments[${i}].end`}
        value={t.end}
        placeholder="YYYY-MM-DD (blank: ongoing)"
        readOnly={readOnly}
        errors={errors}
        onInput={(v) => update((d) => set(row(d.treatments, i), 'end', v))}
      />
      <Select
        label="Treats"
        path={`treatments[${i}].indication`}
        value={t.indication ?? ''}
        options={[['', BLANK_CHOICE_WORDS.notRecorded], ...entriesOf(TREATMENT_INDICATION_WORDS)]}
        readOnly={readOnly}
        errors={errors}
        onChange={(v) => update((d) => set(row(d.treatments, i), 'indication', v || undefined))}
      />
    </>
  );
}
