/**
 * The follow-up part of the case form: dated visits with the IMACS core-set measures the case format holds
 * (physician, patient and extramuscular global activity, MMT-8, CK with its upper limit, HAQ, CDASI, rash)
 * and dated tumour assessments (target lesions with their diameters, non-target lesions, new lesions) that
 * RECIST 1.1 reads. The live follow-up result (timeline, alerts, TIS, RECIST) is shown under the entries,
 * so the effect of each change is visible where it is made.
 * @module
 */
import { useState } from 'preact/hooks';
import {
  MMT8_SCALE_WORDS,
  NON_TARGET_STATUS_WORDS,
  RASH_GRADE_WORDS,
  RECIST_SHORT_WORDS,
  TUMOUR_MODALITY_WORDS,
} from 'heliotrope/wording';
import {
  Err,
  MrcGrades,
  MRC_GRADES,
  Select,
  DateField,
  TextField,
  idOf,
  num,
  row,
  set,
  entriesOf,
  type Draft,
  type FieldErrors,
  type Item,
} from './fields.js';
import { MonitoringView } from '../monitoring-view.js';
import { liveSection, todayIso, type PartProps } from './screening.js';

type Visit = Item<Draft['visits']>;
type Enzyme = Item<Visit['enzymes']>;
type Assessment = Item<Draft['tumourAssessments']>;
type Cancer = Item<Draft['cancers']>;

/** A checkbox bound to a boolean field path. */
function Check(p: {
  label: string;
  path: string;
  checked: boolean;
  readOnly: boolean;
  onChange: (v: boolean) => void;
}) {
  const id = idOf(p.path);
  return (
    <div class="field check">
      <label for={id}>
        <input
          id={id}
          name={p.path}
          type="checkbox"
          checked={p.checked}
          disabled={p.readOnly}
          onChange={(e) => p.onChange((e.target as HTMLInputElement).checked)}
        />{' '}
        {p.label}
      </label>
    </div>
  );
}

/** A 0–10 global rating field (`{ value, scale }`): blank removes it. */
function Global(p: {
  label: string;
  i: number;
  key_: 'physicianGlobal' | 'patientGlobal' | 'extramuscular';
  v: Visit;
  update: PartProps['update'];
  readOnly: boolean;
  errors: FieldErrors;
}) {
  return (
    <TextField
      label={p.label}
      type="number"
      step="any"
      path={`visits[${p.i}].${p.key_}.value`}
      value={p.v[p.key_]?.value}
      readOnly={p.readOnly}
      errors={p.errors}
      onInput={(x) =>
        p.update((d) => {
          const vis = row(d.visits, p.i);
          const n = num(x);
          if (n === undefined) Reflect.deleteProperty(vis, p.key_);
          else vis[p.key_] = { scale: 'vas-10', ...(vis[p.key_] ?? {}), value: n };
        })
      }
    />
  );
}

/** The muscle enzymes of the IMACS core set; CK is offered at every visit, the others on request. */
const ENZYMES = ['CK', 'aldolase', 'LDH', 'AST', 'ALT'];

/**
 * The upper limit to propose for an enzyme: the last one recorded at a visit, else the case's reference range
 * for that analyte.
 */
function defaultUln(d: Draft, analyte: string): number | undefined {
  for (const v of [...(d.visits ?? [])].reverse()) {
    const e = (v.enzymes ?? []).find((x) => x.analyte === analyte);
    if (typeof e?.upperLimit === 'number') return e.upperLimit;
  }
  const lab = (d.labs ?? []).find((l) => l.analyte === analyte);
  return lab?.referenceRange?.high ?? lab?.upperLimit;
}

function VisitRow({
  v,
  i,
  open,
  update,
  readOnly,
  errors,
}: { v: Visit; i: number; open: boolean } & Omit<PartProps, 'draft' | 'report'>) {
  const enzymes = v.enzymes ?? [];
  // Enzymes asked for but not yet typed live here, not in the case (an enzyme without a value is invalid).
  const [asked, setAsked] = useState<string[]>([]);
  const shown = [...new Set(['CK', ...enzymes.map((e) => String(e.analyte)), ...asked])];
  const p = `visits[${i}]`;
  const editEnzyme = (analyte: string, fn: (e: Enzyme) => void) =>
    update((d) => {
      const vis = row(d.visits, i);
      vis.enzymes ??= [];
      let k = vis.enzymes.findIndex((e) => e.analyte === analyte);
      if (k < 0) {
        const uln = defaultUln(d, analyte);
        vis.enzymes.push({ analyte, unit: 'U/L', ...(uln !== undefined ? { upperLimit: uln } : {}) });
        k = vis.enzymes.length - 1;
      }
      const e = row(vis.enzymes, k);
      fn(e);
      if (e.value === undefined && e.upperLimit === undefined) vis.enzymes.splice(k, 1);
      if (!vis.enzymes.length) delete vis.enzymes;
    });
  return (
    <details class="row-block entry visit" data-visit={i} open={open}>
      <summary>
        <strong>Visit {i + 1}</strong> <span class="entry-summary">{visitSummary(v)}</span>
      </summary>
      <div class="grid">
        <DateField
          label="Visit date"
          path={`${p}.date`}
          value={v.date}
          placeholder="YYYY-MM-DD"
          readOnly={readOnly}
          errors={errors}
          onInput={(x) => update((d) => (row(d.visits, i).date = x))}
        />
        <Global
          label="Physician global (0–10)"
          i={i}
          key_="physicianGlobal"
          v={v}
          {...{ update, readOnly, errors }}
        />
        <Global
          label="Patient global (0–10)"
          i={i}
          key_="patientGlobal"
          v={v}
          {...{ update, readOnly, errors }}
        />
        <Global
          label="Extramuscular activity (0–10)"
          i={i}
          key_="extramuscular"
          v={v}
          {...{ update, readOnly, errors }}
        />
        <TextField
          label="MMT-8 score"
          type="number"
          step="any"
          path={`${p}.mmt8.score`}
          value={v.mmt8?.score}
          readOnly={readOnly}
          errors={errors}
          onInput={(x) =>
            update((d) => {
              const vis = row(d.visits, i);
              const n = num(x);
              if (n === undefined) delete vis.mmt8;
              else vis.mmt8 = { max: 80, ...(vis.mmt8 ?? {}), score: n };
            })
          }
        />
        <Select
          label="MMT-8 scale"
          path={`${p}.mmt8.max`}
          value={String(v.mmt8?.max ?? 80)}
          options={entriesOf(MMT8_SCALE_WORDS)}
          readOnly={readOnly || !v.mmt8}
          errors={errors}
          onChange={(x) =>
            update((d) => {
              const mmt8 = row(d.visits, i).mmt8;
              if (mmt8) mmt8.max = x === '150' ? 150 : 80;
            })
          }
        />
        {shown.map((analyte) => {
          const k = enzymes.findIndex((e) => e.analyte === analyte);
          const e = k >= 0 ? enzymes[k] : undefined;
          return [
            <TextField
              key={`${analyte}-v`}
              label={`${analyte} (U/L)`}
              type="number"
              step="any"
              path={e ? `${p}.enzymes[${k}].value` : `${p}.enzymes.${analyte}`}
              value={e?.value}
              readOnly={readOnly}
              errors={errors}
              onInput={(x) => editEnzyme(analyte, (en) => set(en, 'value', num(x)))}
            />,
            <TextField
              key={`${analyte}-u`}
              label={`${analyte} upper limit`}
              type="number"
              step="any"
              path={e ? `${p}.enzymes[${k}].upperLimit` : `${p}.enzymes.${analyte}-uln`}
              value={e?.upperLimit}
              readOnly={readOnly}
              errors={errors}
              onInput={(x) => editEnzyme(analyte, (en) => set(en, 'upperLimit', num(x)))}
            />,
          ];
        })}
        <TextField
          label="HAQ (0–3)"
          type="number"
          step="any"
          path={`${p}.haq`}
          value={v.haq}
          readOnly={readOnly}
          errors={errors}
          onInput={(x) => update((d) => set(row(d.visits, i), 'haq', num(x)))}
        />
        {(
          [
            ['activity', 'CDASI activity (0–100)'],
            ['damage', 'CDASI damage (0–32)'],
          ] as const
        ).map(([key, label]) => (
          <TextField
            key={key}
            label={label}
            type="number"
            step="any"
            path={`${p}.cdasi.${key}`}
            value={v.cdasi?.[key]}
            readOnly={readOnly}
            errors={errors}
            onInput={(x) =>
              update((d) => {
                const vis = row(d.visits, i);
                const c = { ...(vis.cdasi ?? {}) };
                set(c, key, num(x));
                if (Object.keys(c).length) vis.cdasi = c;
                else delete vis.cdasi;
              })
            }
          />
        ))}
        <Select
          label="Rash"
          path={`${p}.rash`}
          value={v.rash ?? ''}
          options={[['', 'Not recorded'], ...entriesOf(RASH_GRADE_WORDS)]}
          readOnly={readOnly}
          errors={errors}
          onChange={(x) => update((d) => set(row(d.visits, i), 'rash', x || undefined))}
        />
        <TextField
          label="Visit notes"
          path={`${p}.notes`}
          value={v.notes}
          wide
          readOnly={readOnly}
          errors={errors}
          onInput={(x) => update((d) => set(row(d.visits, i), 'notes', x))}
        />
      </div>
      {!readOnly && ENZYMES.some((a) => !shown.includes(a)) ? (
        <div class="add-row small">
          Other enzyme:{' '}
          {ENZYMES.filter((a) => !shown.includes(a)).map((a) => (
            <button
              key={a}
              type="button"
              class="chip"
              aria-label={`Add ${a} to visit ${i + 1}`}
              onClick={() => setAsked([...asked, a])}
            >
              + {a}
            </button>
          ))}
        </div>
      ) : null}
      <h5>Strength at this visit (MRC grade, bilateral)</h5>
      <MrcGrades
        list={v.mrc ?? []}
        path={`${p}.mrc`}
        readOnly={readOnly}
        errors={errors}
        onChange={(list) =>
          update((d) => {
            const vis = row(d.visits, i);
            if (list.length) vis.mrc = list;
            else delete vis.mrc;
          })
        }
      />
      <Err errors={errors} path={p} />
      {!readOnly ? (
        <button
          type="button"
          class="link"
          aria-label={`Remove visit ${i + 1}`}
          onClick={() => update((d) => d.visits?.splice(i, 1))}
        >
          Remove visit
        </button>
      ) : null}
    </details>
  );
}

/** The next free lesion id with a prefix (T1, T2 … or NT1 …) across every assessment. */
function nextLesionId(d: Draft, prefix: 'T' | 'NT'): string {
  const used = new Set(
    (d.tumourAssessments ?? []).flatMap((a) =>
      ((prefix === 'T' ? a.targets : a.nonTargets) ?? []).map((l) => String(l.id)),
    ),
  );
  let k = 1;
  while (used.has(`${prefix}${k}`)) k++;
  return `${prefix}${k}`;
}

function AssessmentRow({
  a,
  i,
  open,
  response,
  cancers,
  update,
  readOnly,
  errors,
}: { a: Assessment; i: number; open: boolean; response: string | undefined; cancers: Cancer[] } & Omit<
  PartProps,
  'draft' | 'report'
>) {
  const p = `tumourAssessments[${i}]`;
  const targets = a.targets ?? [];
  const nonTargets = a.nonTargets ?? [];
  const newLesions = a.newLesions ?? [];
  const cancerOptions: [string, string][] = [
    ['', 'Not linked'],
    ...cancers.map((c, k): [string, string] => [
      String(k),
      `${k + 1}. ${[c.site, c.histology].filter(Boolean).join(', ') || 'cancer'}`,
    ]),
  ];
  const linked = cancers.findIndex((c) => c.id !== undefined && c.id === a.cancerId);
  const ta = (d: Draft) => row(d.tumourAssessments, i);
  return (
    <details class="row-block entry assessment" data-assessment={i} open={open}>
      <summary>
        <strong>Tumour assessment {i + 1}</strong> <span class="entry-summary">{assessmentSummary(a)}</span>
        {response ? (
          <>
            {' '}
            <span class="badge" data-testid="assessment-response">
              {response}
            </span>
          </>
        ) : null}
      </summary>
      <div class="grid">
        <DateField
          label="Assessment date"
          path={`${p}.date`}
          value={a.date}
          placeholder="YYYY-MM-DD"
          readOnly={readOnly}
          errors={errors}
          onInput={(x) => update((d) => set(ta(d), 'date', x))}
        />
        <Select
          label="Modality"
          path={`${p}.modality`}
          value={a.modality ?? 'ct'}
          options={entriesOf(TUMOUR_MODALITY_WORDS)}
          readOnly={readOnly}
          errors={errors}
          onChange={(x) => update((d) => (ta(d).modality = x))}
        />
        {cancers.length ? (
          <Select
            label="Cancer measured"
            path={`${p}.cancerId`}
            value={linked >= 0 ? String(linked) : ''}
            options={cancerOptions}
            readOnly={readOnly}
            errors={errors}
            onChange={(x) =>
              update((d) => {
                if (x === '') {
                  delete ta(d).cancerId;
                  return;
                }
                const c = row(d.cancers, Number(x));
                c.id ??= `cancer-${Number(x) + 1}`;
                ta(d).cancerId = c.id;
              })
            }
          />
        ) : null}
        <TextField
          label="Assessment notes"
          path={`${p}.notes`}
          value={a.notes}
          wide
          readOnly={readOnly}
          errors={errors}
          onInput={(x) => update((d) => set(ta(d), 'notes', x))}
        />
      </div>

      <h5>Target lesions (longest diameter; short axis for nodes)</h5>
      {targets.map((t, k) => (
        <div class="grid lesion" key={k} data-target={k}>
          <TextField
            label="Lesion"
            path={`${p}.targets[${k}].id`}
            value={t.id}
            readOnly={readOnly}
            errors={errors}
            onInput={(x) => update((d) => (row(ta(d).targets, k).id = x))}
          />
          <TextField
            label="Organ"
            path={`${p}.targets[${k}].organ`}
            value={t.organ}
            readOnly={readOnly}
            errors={errors}
            onInput={(x) => update((d) => (row(ta(d).targets, k).organ = x))}
          />
          <TextField
            label={`${t.id || 'Lesion'} diameter (mm)`}
            type="number"
            step="any"
            path={`${p}.targets[${k}].diameterMm`}
            value={t.diameterMm ?? undefined}
            readOnly={readOnly}
            errors={errors}
            onInput={(x) => update((d) => set(row(ta(d).targets, k), 'diameterMm', num(x)))}
          />
          <Check
            label="Lymph node"
            path={`${p}.targets[${k}].nodal`}
            checked={t.nodal === true}
            readOnly={readOnly}
            onChange={(x) => update((d) => (row(ta(d).targets, k).nodal = x))}
          />
          {!readOnly ? (
            <button
              type="button"
              class="link"
              aria-label={`Remove target lesion ${t.id || k + 1}`}
              onClick={() => update((d) => ta(d).targets?.splice(k, 1))}
            >
              Remove
            </button>
          ) : null}
        </div>
      ))}
      <h5>Non-target lesions</h5>
      {nonTargets.map((t, k) => (
        <div class="grid lesion" key={k} data-non-target={k}>
          <TextField
            label="Lesion"
            path={`${p}.nonTargets[${k}].id`}
            value={t.id}
            readOnly={readOnly}
            errors={errors}
            onInput={(x) => update((d) => (row(ta(d).nonTargets, k).id = x))}
          />
          <TextField
            label="Organ"
            path={`${p}.nonTargets[${k}].organ`}
            value={t.organ}
            readOnly={readOnly}
            errors={errors}
            onInput={(x) => update((d) => set(row(ta(d).nonTargets, k), 'organ', x))}
          />
          <Select
            label={`${t.id || 'Lesion'} status`}
            path={`${p}.nonTargets[${k}].status`}
            value={t.status ?? 'present'}
            options={entriesOf(NON_TARGET_STATUS_WORDS)}
            readOnly={readOnly}
            errors={errors}
            onChange={(x) => update((d) => (row(ta(d).nonTargets, k).status = x))}
          />
          {!readOnly ? (
            <button
              type="button"
              class="link"
              aria-label={`Remove non-target lesion ${t.id || k + 1}`}
              onClick={() => update((d) => ta(d).nonTargets?.splice(k, 1))}
            >
              Remove
            </button>
          ) : null}
        </div>
      ))}
      <h5>New lesions</h5>
      {newLesions.map((n, k) => (
        <div class="grid lesion" key={k} data-new-lesion={k}>
          <TextField
            label="New lesion organ"
            path={`${p}.newLesions[${k}].organ`}
            value={n.organ}
            readOnly={readOnly}
            errors={errors}
            onInput={(x) => update((d) => set(row(ta(d).newLesions, k), 'organ', x))}
          />
          <Check
            label="Equivocal (not yet confirmed)"
            path={`${p}.newLesions[${k}].unequivocal`}
            checked={n.unequivocal === false}
            readOnly={readOnly}
            onChange={(x) => update((d) => (row(ta(d).newLesions, k).unequivocal = !x))}
          />
          {!readOnly ? (
            <button
              type="button"
              class="link"
              aria-label={`Remove new lesion ${k + 1}`}
              onClick={() => update((d) => ta(d).newLesions?.splice(k, 1))}
            >
              Remove
            </button>
          ) : null}
        </div>
      ))}
      {!readOnly ? (
        <div class="add-row">
          <button
            type="button"
            class="chip"
            onClick={() =>
              update((d) => {
                const id = nextLesionId(d, 'T');
                ta(d).targets = [...(ta(d).targets ?? []), { id, organ: '', nodal: false }];
              })
            }
          >
            + Target lesion
          </button>
          <button
            type="button"
            class="chip"
            onClick={() =>
              update((d) => {
                const id = nextLesionId(d, 'NT');
                ta(d).nonTargets = [...(ta(d).nonTargets ?? []), { id, status: 'present' }];
              })
            }
          >
            + Non-target lesion
          </button>
          <button
            type="button"
            class="chip"
            onClick={() =>
              update((d) => (ta(d).newLesions = [...(ta(d).newLesions ?? []), { unequivocal: true }]))
            }
          >
            + New lesion
          </button>
        </div>
      ) : null}
      <Err errors={errors} path={p} />
      {!readOnly ? (
        <button
          type="button"
          class="link"
          aria-label={`Remove tumour assessment ${i + 1}`}
          onClick={() => update((d) => d.tumourAssessments?.splice(i, 1))}
        >
          Remove assessment
        </button>
      ) : null}
    </details>
  );
}

/**
 * A new tumour assessment dated today: it carries over the lesions of the last one (same ids and organs,
 * diameters to be measured; non-target lesions present), as RECIST 1.1 follows the same lesions over time.
 */
function nextAssessment(d: Draft): Assessment {
  const list = d.tumourAssessments ?? [];
  const last = list[list.length - 1];
  if (!last) return { date: todayIso(), modality: 'ct', targets: [], nonTargets: [], newLesions: [] };
  return {
    date: todayIso(),
    modality: last.modality ?? 'ct',
    ...(last.cancerId ? { cancerId: last.cancerId } : {}),
    targets: (last.targets ?? []).map((t) => ({
      id: t.id,
      organ: t.organ,
      nodal: t.nodal ?? false,
    })),
    nonTargets: (last.nonTargets ?? []).map((t) => ({
      id: t.id,
      ...(t.organ ? { organ: t.organ } : {}),
      status: 'present',
    })),
    newLesions: [],
  };
}

const fmtNum = (x: unknown) => (typeof x === 'number' ? String(x) : '—');

/** The weakest MRC grade recorded at a visit, as written ("MRC 4-"), or empty. */
function weakestMrc(v: Visit): string {
  const grades = (v.mrc ?? []).flatMap((m) => (m.grade === undefined ? [] : [m.grade]));
  if (!grades.length) return '';
  // A grade typed outside the form's list (a file) ranks as weakest, so it is not hidden.
  const rank = (g: string) => (MRC_GRADES.includes(g) ? MRC_GRADES.indexOf(g) : MRC_GRADES.length);
  return `MRC ${[...grades].sort((x, y) => rank(y) - rank(x))[0]!}`;
}

/** One line for a closed visit: date and the measures recorded. */
function visitSummary(v: Visit): string {
  const enzymes = (v.enzymes ?? []).map((e) => `${String(e.analyte)} ${fmtNum(e.value)}`);
  return [
    typeof v.date === 'string' ? v.date : 'undated',
    v.mmt8 ? `MMT ${fmtNum(v.mmt8.score)}/${v.mmt8.max ?? 80}` : '',
    weakestMrc(v),
    enzymes.join(', '),
    v.physicianGlobal ? `PhGA ${fmtNum(v.physicianGlobal.value)}` : '',
    v.cdasi?.activity !== undefined ? `CDASI ${fmtNum(v.cdasi.activity)}` : '',
    v.rash ? `rash ${v.rash}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One line for a closed tumour assessment: date, modality, lesions. */
function assessmentSummary(a: Assessment): string {
  const targets = a.targets ?? [];
  const sum = targets.reduce((t, l) => t + (typeof l.diameterMm === 'number' ? l.diameterMm : 0), 0);
  const nNew = (a.newLesions ?? []).length;
  return [
    typeof a.date === 'string' ? a.date : 'undated',
    (a.modality ?? 'ct').toUpperCase(),
    `${targets.length} target${targets.length === 1 ? '' : 's'}${targets.length ? ` (${sum} mm)` : ''}`,
    nNew ? `${nNew} new lesion${nNew === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The follow-up part: visits, tumour assessments and the live follow-up result. */
export function CoursePart({ draft, update, readOnly, errors, report }: PartProps) {
  const visits = draft.visits ?? [];
  const assessments = draft.tumourAssessments ?? [];
  const cancers = draft.cancers ?? [];
  const monitoring = liveSection(report, 'monitoring');
  // The live RECIST response of each assessment; an assessment that ends one line and is the baseline of the
  // next keeps its response in the first (e.g. PD rather than "baseline").
  const responses = new Map<string, string>();
  for (const series of monitoring?.course.tumour ?? [])
    for (const tp of series.recist.timePoints)
      if (!responses.has(tp.path))
        responses.set(tp.path, RECIST_SHORT_WORDS[tp.overall.category] ?? tp.overall.category);
  const hasError = (prefix: string) => Object.keys(errors).some((k) => k.startsWith(prefix));
  return (
    <section class="card" aria-labelledby="sec-course" data-part="course">
      <h3 id="sec-course">Follow-up: visits and tumour assessments</h3>
      <h4>Visits (myositis activity)</h4>
      {visits.length === 0 ? <p class="muted small">No follow-up visit recorded.</p> : null}
      {visits.map((v, i) => (
        <VisitRow
          key={i}
          v={v}
          i={i}
          open={i === visits.length - 1 || hasError(`visits[${i}]`)}
          update={update}
          readOnly={readOnly}
          errors={errors}
        />
      ))}
      {!readOnly ? (
        <button
          type="button"
          class="chip"
          onClick={() => update((d) => (d.visits = [...(d.visits ?? []), { date: todayIso() }]))}
        >
          + Add visit
        </button>
      ) : null}

      <h4>Tumour assessments (RECIST 1.1)</h4>
      <p class="muted small">
        The first assessment by date is the baseline. A new assessment carries over the lesions of the last
        one: enter today's diameters.
      </p>
      {assessments.length === 0 ? <p class="muted small">No tumour assessment recorded.</p> : null}
      {assessments.map((a, i) => (
        <AssessmentRow
          key={i}
          a={a}
          i={i}
          open={i === assessments.length - 1 || hasError(`tumourAssessments[${i}]`)}
          response={responses.get(`tumourAssessments[${i}]`)}
          cancers={cancers}
          update={update}
          readOnly={readOnly}
          errors={errors}
        />
      ))}
      {!readOnly ? (
        <button
          type="button"
          class="chip"
          onClick={() =>
            update((d) => (d.tumourAssessments = [...(d.tumourAssessments ?? []), nextAssessment(d)]))
          }
        >
          + Add tumour assessment
        </button>
      ) : null}

      <div class="live-course" data-testid="live-course" aria-live="polite">
        {monitoring ? (
          <MonitoringView m={monitoring} c={report?.case} brief />
        ) : (
          <p class="muted small" aria-busy="true">
            Follow-up: calculating…
          </p>
        )}
      </div>
    </section>
  );
}
