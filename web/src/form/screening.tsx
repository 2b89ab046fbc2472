/**
 * The "Cancer risk and screening" part of the case form: the IMACS 2023 red flags and clinical items the rest
 * of the form does not ask (family history, night sweats, unexplained fever, rapid onset, refractory disease,
 * high nasopharyngeal-carcinoma-risk region), the screening tests done (`investigations`, with date and
 * result), and the live screening checklist beside them, so recording a test shows its effect at once.
 * @module
 */
import type {
  AssessmentReport,
  Headline,
  PlanItem,
  ReportSections,
  SectionKey,
  SectionOutcome,
  SectionResults,
} from 'heliotrope';
import {
  BLANK_CHOICE_WORDS,
  FAMILY_HISTORY_WORDS,
  isFailedSection,
  SCREENING_TESTS,
  screeningTestWords,
  YES_NO_WORDS,
} from 'heliotrope/wording';
import { PlanBadge } from '../cancer-views.js';
import {
  Err,
  FindingRow,
  Select,
  DateField,
  entriesOf,
  row,
  set,
  type Draft,
  type FieldErrors,
  type Item,
} from './fields.js';

/**
 * The live assessment report (POST /api/assess?headlines=true): the engine's report with each computed
 * section's headline; null while calculating.
 */
export type LiveReport = (Partial<AssessmentReport> & { headlines?: Record<string, Headline> }) | null;

/** What each part of the form is given. */
export interface PartProps {
  draft: Draft;
  update: (fn: (d: Draft) => void) => void;
  readOnly: boolean;
  errors: FieldErrors;
  report: LiveReport;
}

/** A section's computed result in a live report, or undefined (absent, failed, or still calculating). */
export function liveSection<K extends SectionKey>(report: LiveReport, key: K): SectionResults[K] | undefined {
  const sections: Partial<ReportSections> | null = report;
  const o: SectionOutcome<SectionResults[K]> | undefined = sections?.[key];
  return o === undefined || isFailedSection(o) ? undefined : o;
}

/** Today as YYYY-MM-DD in the browser's time zone (a default the clinician can change). */
export function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const RESULTS: [NonNullable<Item<Draft['investigations']>['result']>, string][] = [
  ['unknown', 'Result not recorded'],
  ['normal', 'Normal'],
  ['abnormal', 'Abnormal, no cancer found'],
  ['cancer-found', 'Cancer found'],
  ['pending', 'Pending'],
];

const RISK_FINDINGS = ['night-sweats', 'unexplained-fever', 'rapid-onset', 'refractory-disease'];

const itemLabel = screeningTestWords;

/** The live checklist: counts, then the items due, overdue or done, each due one with "Record as done". */
function LiveChecklist({
  report,
  readOnly,
  onDone,
}: {
  report: LiveReport;
  readOnly: boolean;
  onDone: (item: PlanItem) => void;
}) {
  const imacs = liveSection(report, 'imacs2023');
  if (!imacs || !('plan' in imacs))
    return (
      <p class="muted small" aria-busy="true">
        Checklist: calculating…
      </p>
    );
  const p = imacs.plan;
  if (p.mode === 'known-cancer')
    return (
      <p class="callout small" data-testid="live-plan-known-cancer">
        A cancer is known: oncological follow-up replaces screening (record re-staging below as a tumour
        assessment).
      </p>
    );
  if (p.mode === 'not-required')
    return (
      <p class="muted small" data-testid="live-plan-not-required">
        No routine cancer screening required for this case (no red flag recorded).
      </p>
    );
  const s = p.summary;
  const rows = p.items.filter((i) => i.status === 'overdue' || i.status === 'due' || i.status === 'done');
  return (
    <div class="live-plan" data-testid="live-plan" aria-live="polite">
      <p class="small" data-testid="live-plan-summary">
        <strong>Checklist as of {p.asOf}:</strong> {s.done} done, {s.due} due, {s.overdue} overdue,{' '}
        {s.upcoming} upcoming.
      </p>
      {rows.length ? (
        <ul class="plan-list">
          {rows.map((i) => {
            return (
              <li
                key={`${i.id}-${i.occurrence}-${i.required}`}
                data-plan-item={i.id}
                data-status={i.status}
                data-occurrence={i.occurrence}
              >
                <PlanBadge status={i.status} />{' '}
                <span class="plan-label">
                  {i.label}
                  <span class="muted small">
                    {' '}
                    · {i.occurrence === 0 ? 'at diagnosis' : `year ${i.occurrence}`}
                    {i.status === 'done' && i.done ? ` · ${i.done.date ?? 'undated'}, ${i.done.result}` : ''}
                  </span>
                </span>
                {!readOnly && i.status !== 'done' ? (
                  <button
                    type="button"
                    class="chip"
                    aria-label={`Record ${i.label} as done`}
                    onClick={() => onDone(i)}
                  >
                    Record as done
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted small">Nothing due, overdue or done yet.</p>
      )}
    </div>
  );
}

/** The cancer-risk and screening part of the form. */
export function ScreeningPart({ draft, update, readOnly, errors, report }: PartProps) {
  const patient = draft.patient ?? {};
  const invs = draft.investigations ?? [];
  const known = new Set(SCREENING_TESTS.map((i) => i.id));
  const addDone = (kind: string) =>
    update((d) => {
      d.investigations = [...(d.investigations ?? []), { kind, date: todayIso() }];
    });
  return (
    <section class="card" aria-labelledby="sec-screening" data-part="screening">
      <h3 id="sec-screening">Cancer risk and screening</h3>
      <div class="grid">
        <Select
          label="Family history of cancer"
          path="patient.familyHistoryOfCancer"
          value={patient.familyHistoryOfCancer ?? ''}
          options={[['', BLANK_CHOICE_WORDS.notRecorded], ...entriesOf(FAMILY_HISTORY_WORDS)]}
          readOnly={readOnly}
          errors={errors}
          onChange={(v) => update((d) => set((d.patient ??= {}), 'familyHistoryOfCancer', v || undefined))}
        />
        <Select
          label="High nasopharyngeal-carcinoma-risk region"
          path="patient.highNpcRiskRegion"
          value={patient.highNpcRiskRegion === true ? 'yes' : patient.highNpcRiskRegion === false ? 'no' : ''}
          options={[['', BLANK_CHOICE_WORDS.notRecorded], ...entriesOf(YES_NO_WORDS)]}
          readOnly={readOnly}
          errors={errors}
          onChange={(v) =>
            update((d) => set((d.patient ??= {}), 'highNpcRiskRegion', v === '' ? undefined : v === 'yes'))
          }
        />
      </div>
      {RISK_FINDINGS.map((id) => (
        <FindingRow key={id} id={id} draft={draft} update={update} readOnly={readOnly} />
      ))}

      <h4>Screening tests done</h4>
      {invs.length === 0 ? <p class="muted small">No screening test recorded.</p> : null}
      {invs.map((inv, i) => {
        const kind = inv.kind ?? '';
        const options: [string, string][] = [
          ...(kind && !known.has(kind) ? [[kind, itemLabel(kind)] satisfies [string, string]] : []),
          ...SCREENING_TESTS.map((d): [string, string] => [
            d.id,
            d.panel === 'conditional' ? `${d.label} (conditional)` : d.label,
          ]),
        ];
        return (
          <div class="grid row-block" key={i} data-investigation={i}>
            <Select
              label="Test"
              path={`investigations[${i}].kind`}
              value={kind}
              options={options}
              readOnly={readOnly}
              errors={errors}
              onChange={(v) => update((d) => (row(d.investigations, i).kind = v))}
            />
            <DateField
              label="Date done"
              path={`investigations[${i}].date`}
              value={inv.date}
              placeholder="YYYY-MM-DD"
              readOnly={readOnly}
              errors={errors}
              onInput={(v) => update((d) => set(row(d.investigations, i), 'date', v))}
            />
            <Select
              label="Result"
              path={`investigations[${i}].result`}
              value={inv.result ?? 'unknown'}
              options={RESULTS}
              readOnly={readOnly}
              errors={errors}
              onChange={(v) =>
                update((d) => set(row(d.investigations, i), 'result', v === 'unknown' ? undefined : v))
              }
            />
            {!readOnly ? (
              <button
                type="button"
                class="link"
                aria-label={`Remove screening test ${i + 1}`}
                onClick={() => update((d) => d.investigations?.splice(i, 1))}
              >
                Remove test
              </button>
            ) : null}
            <Err errors={errors} path={`investigations[${i}]`} />
          </div>
        );
      })}
      {!readOnly ? (
        <div class="field add-select">
          <label for="f-add-investigation">Record a screening test as done</label>
          <select
            id="f-add-investigation"
            value=""
            onChange={(e) => {
              const el = e.target as HTMLSelectElement;
              const v = el.value;
              el.value = '';
              if (v) addDone(v);
            }}
          >
            <option value="">Choose a test…</option>
            {SCREENING_TESTS.map((d) => (
              <option key={d.id} value={d.id}>
                {d.panel === 'conditional' ? `${d.label} (conditional)` : d.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <LiveChecklist report={report} readOnly={readOnly} onDone={(item) => addDone(item.id)} />
    </section>
  );
}
