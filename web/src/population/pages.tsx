/**
 * The Population page (clinicians and admins): the population runs with their progress (polled while a
 * run is running), a run's summary charts (category, tier, overdue screening by test) and its worklist, most
 * urgent first, each patient linking to their result. Words come from the wording table (`heliotrope/wording`).
 * Routes: `/population`, `/population/runs/<id>`, `/population/runs/<id>/patient?patientId=<id>` (the patient
 * id in the query, which request logs leave out).
 * @module
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  ALERT_STATUS_WORDS,
  alertRuleLabel,
  badLineLabel,
  CANCER_PROBABILITY_STATUS_WORDS,
  codeWords,
  pct,
  PLAN_STATUS_WORDS,
  populationCategoryLabel,
  populationSubgroupLabel,
  RUN_SOURCE_WORDS,
  RUN_STATE_WORDS,
  SCREENING_MODE_WORDS,
  screeningItemLabel,
  SEVERITY_WORDS,
  tierLabel,
  withReach,
} from 'heliotrope/wording';
import { api, ApiError } from '../api.js';
import { BarChart, Progress, type Bar } from './charts.js';
import type { PopulationSummary, ResultRow, RunInfo, WorklistPage } from './types.js';

type Navigate = (path: string, replace?: boolean) => void;

/** How often the runs are polled while one is running, and a running run's summary and worklist. */
const LIST_POLL_MS = 3000;
const RUN_POLL_MS = 5000;
/** Worklist rows per page. */
const PAGE = 25;

const problemText = (e: unknown): string =>
  e instanceof ApiError ? (e.problem.detail ?? e.problem.title) : e instanceof Error ? e.message : String(e);

const runPath = (id: string) => `/population/runs/${encodeURIComponent(id)}`;
const patientPath = (run: string, patient: string) =>
  `${runPath(run)}/patient?patientId=${encodeURIComponent(patient)}`;

/** Calls `load` now and, while `active`, every `ms`; a slow answer is never overtaken by an older one. */
function usePolling(load: () => Promise<void>, ms: number, active: boolean, deps: unknown[]) {
  const busy = useRef(false);
  useEffect(() => {
    let stop = false;
    const tick = async () => {
      if (busy.current) return;
      busy.current = true;
      try {
        await load();
      } finally {
        busy.current = false;
      }
    };
    void tick();
    if (!active) return;
    const t = setInterval(() => {
      if (!stop) void tick();
    }, ms);
    return () => {
      stop = true;
      clearInterval(t);
    };
  }, [...deps, active]);
}

/** An in-app link. */
function Link({
  to,
  navigate,
  children,
}: {
  to: string;
  navigate: Navigate;
  children: preact.ComponentChildren;
}) {
  return (
    <a
      href={to}
      onClick={(e) => {
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

/** A page's heading under its breadcrumb (Population, and the run of a patient's page). */
function PageHead({ navigate, title, runId }: { navigate: Navigate; title: string; runId?: string }) {
  return (
    <div class="page-head">
      <div>
        <p class="crumbs">
          <Link to="/population" navigate={navigate}>
            Population
          </Link>
          {runId ? (
            <>
              {' › '}
              <Link to={runPath(runId)} navigate={navigate}>
                Run {runId}
              </Link>
            </>
          ) : null}
        </p>
        <h2>{title}</h2>
      </div>
    </div>
  );
}

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

function RunState({ run }: { run: RunInfo }) {
  return (
    <span class={`badge pop-state-${run.state}`} data-testid="run-state">
      {RUN_STATE_WORDS[run.state] ?? run.state}
    </span>
  );
}

function RunProgress({ run }: { run: RunInfo }) {
  if (run.state === 'loading') return <span class="muted small">not yet queued</span>;
  return <Progress done={run.done} total={run.total} label={`Patients assessed in run ${run.id}`} />;
}

/** Why no run can be shown: which sources this server reads. */
function NoSources() {
  return (
    <div class="card" data-testid="population-no-source">
      <p>
        This server reads no population runs. Distributed runs (<code>heliotrope bulk --distributed</code>)
        live in PostgreSQL: start the server on the same PostgreSQL database (<code>DATABASE_URL</code>).
        Finished local runs (<code>heliotrope bulk --out &lt;folder&gt;</code>) are shown when their output
        folders sit in the directory named by <code>HELIOTROPE_POPULATION_DIR</code> (or{' '}
        <code>heliotrope serve --population-dir</code>).
      </p>
    </div>
  );
}

/** The runs with their progress. */
export function PopulationRuns({ navigate }: { navigate: Navigate }) {
  const [data, setData] = useState<{
    sources: { distributed: boolean; directory: boolean };
    items: RunInfo[];
  } | null>(null);
  const [error, setError] = useState('');
  const running = !!data?.items.some((r) => r.state !== 'finished');
  usePolling(
    async () => {
      try {
        setData((await api<NonNullable<typeof data>>('GET', '/api/population/runs')).data);
        setError('');
      } catch (e) {
        setError(problemText(e));
      }
    },
    LIST_POLL_MS,
    running,
    [],
  );
  return (
    <main id="main" class="page">
      <div class="page-head">
        <h2>Population</h2>
      </div>
      <p class="muted">
        Population runs assess every patient of an EHR export: classification, cancer-risk tier and the cancer
        screening that is overdue or due. The worklist lists patients with probable or definite myositis whose
        screening is overdue or due, most urgent first.
      </p>
      {error ? <p class="error">{error}</p> : null}
      {!data ? (
        <p aria-busy="true">Loading…</p>
      ) : !data.sources.distributed && !data.sources.directory ? (
        <NoSources />
      ) : (
        <div class="table-wrap card">
          <table class="case-table" data-testid="population-runs">
            <caption class="sr-only">Population runs with their progress</caption>
            <thead>
              <tr>
                <th scope="col">Run</th>
                <th scope="col">State</th>
                <th scope="col">Progress</th>
                <th scope="col" class="num">
                  Could not be assessed
                </th>
                <th scope="col">As of</th>
                <th scope="col">Started</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={runPath(r.id)} navigate={navigate}>
                      {r.id}
                    </Link>
                    <div class="muted small">{RUN_SOURCE_WORDS[r.source] ?? r.source}</div>
                  </th>
                  <td>
                    <RunState run={r} />
                  </td>
                  <td>
                    <RunProgress run={r} />
                  </td>
                  <td class="num">{r.failed.toLocaleString('en')}</td>
                  <td class="nowrap">{r.asOf}</td>
                  <td class="nowrap">{when(r.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.items.length === 0 ? <p class="empty">No population runs yet.</p> : null}
        </div>
      )}
    </main>
  );
}

const bars = (o: Record<string, number>, label: (k: string) => string): Bar[] =>
  Object.entries(o)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => ({ label: label(k), value: v }));

/** The summary charts and counts of a run. */
function SummaryView({ s }: { s: PopulationSummary }) {
  const myositis = (s.byCategory.probable ?? 0) + (s.byCategory.definite ?? 0);
  return (
    <section class="card" aria-labelledby="pop-summary">
      <h3 id="pop-summary">Summary</h3>
      <dl class="pop-counts">
        <div>
          <dt>Patients</dt>
          <dd data-testid="summary-patients">{s.patients.total.toLocaleString('en')}</dd>
        </div>
        <div>
          <dt>Probable or definite myositis</dt>
          <dd>{myositis.toLocaleString('en')}</dd>
        </div>
        <div>
          <dt>Screening overdue</dt>
          <dd>{s.patientsOverdue.toLocaleString('en')}</dd>
        </div>
        <div>
          <dt>On the worklist</dt>
          <dd>{s.worklist.toLocaleString('en')}</dd>
        </div>
        <div>
          <dt>Could not be assessed</dt>
          <dd>{s.patients.failed.toLocaleString('en')}</dd>
        </div>
      </dl>
      <div class="pop-charts">
        <BarChart
          testId="chart-category"
          title="2017 EULAR/ACR classification (unknown items counted absent)"
          bars={bars(s.byCategory, populationCategoryLabel)}
        />
        <BarChart
          testId="chart-tier"
          title="IMACS 2023 cancer-risk tier (probable or definite myositis)"
          bars={bars(s.byTier, tierLabel)}
        />
        <BarChart
          testId="chart-overdue"
          title="Screening overdue, by test (patients)"
          bars={bars(s.overdueByTest, screeningItemLabel)}
          color="#8a1c1c"
        />
        <BarChart
          testId="chart-subgroup"
          title="Subgroup (probable or definite myositis)"
          bars={bars(s.bySubgroup, populationSubgroupLabel)}
        />
      </div>
      {s.input.badLines.total || s.patients.failed ? (
        <details>
          <summary>Input problems</summary>
          <ul>
            {Object.entries(s.input.badLines.byKind).map(([k, v]) => (
              <li key={k}>
                {badLineLabel(k)}: {v.toLocaleString('en')} line{v === 1 ? '' : 's'}
              </li>
            ))}
            {Object.entries(s.patients.failedByKind).map(([k, v]) => (
              <li key={k}>
                Patients not assessed ({k}): {v.toLocaleString('en')}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/** The tests of a list in words, with the day each was due by (a cell's tooltip). */
const testList = (xs: { id: string; due: string }[]) =>
  xs.map((d) => `${screeningItemLabel(d.id)} (by ${d.due})`).join('\n');

function CategoryCell({ r }: { r: ResultRow }) {
  if (!r.eularCategory) return <span class="muted">—</span>;
  return (
    <span class={`badge cat-${r.eularCategory}`}>
      {withReach(populationCategoryLabel, r.eularCategory, r.eularCategoryMax)}
    </span>
  );
}

/** The worklist of a run, paged by the cursors the server gives with each page. */
function Worklist({ runId, navigate, refresh }: { runId: string; navigate: Navigate; refresh: number }) {
  const [cursor, setCursor] = useState<string | null>(null);
  const [page, setPage] = useState<WorklistPage | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api<WorklistPage>(
      'GET',
      `/api/population/runs/${encodeURIComponent(runId)}/worklist?limit=${PAGE}` +
        (cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''),
    )
      .then((r) => {
        setPage(r.data);
        setError('');
      })
      .catch((e: unknown) => setError(problemText(e)));
  }, [runId, cursor, refresh]);
  return (
    <section class="card" aria-labelledby="pop-worklist">
      <h3 id="pop-worklist">Worklist</h3>
      <p class="muted small">
        Patients with probable or definite myositis whose cancer screening is overdue or due: overdue before
        due, the oldest due day first, then the higher tier. Patients whose screening schedule ended more than
        a year ago come last (their missed tests are listed, but are no longer urgent).
      </p>
      {error ? <p class="error">{error}</p> : null}
      {!page ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          <div class="table-wrap">
            <table class="case-table" data-testid="worklist">
              <caption class="sr-only">Worklist, most urgent first</caption>
              <thead>
                <tr>
                  <th scope="col" class="num">
                    Rank
                  </th>
                  <th scope="col">Patient</th>
                  <th scope="col">EULAR/ACR 2017</th>
                  <th scope="col">Cancer risk</th>
                  <th scope="col">Overdue</th>
                  <th scope="col">Due</th>
                  <th scope="col">Oldest due</th>
                  <th scope="col">Alerts</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map(({ rank, row: r }) => (
                  <tr key={r.patientId}>
                    <td class="num">{rank}</td>
                    <th scope="row">
                      <Link to={patientPath(runId, r.patientId)} navigate={navigate}>
                        {r.mrn ?? r.patientId}
                      </Link>
                    </th>
                    <td>
                      <CategoryCell r={r} />
                    </td>
                    <td>{r.imacsTier ? withReach(tierLabel, r.imacsTier, r.imacsTierMax) : '—'}</td>
                    <td title={testList(r.overdue)}>
                      {r.overdue.length ? <span class="badge overdue">{r.overdue.length}</span> : '—'}
                    </td>
                    <td title={testList(r.due)}>{r.due.length || '—'}</td>
                    <td class="nowrap">
                      {r.oldestDue ?? '—'}
                      {r.screeningEnded ? <div class="muted small">schedule ended</div> : null}
                    </td>
                    <td>{r.alerts.map((a) => alertRuleLabel(a.rule)).join('; ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {page.items.length === 0 ? <p class="empty">No patient on the worklist.</p> : null}
          <div class="toolbar pop-pager">
            <button disabled={!page.prev} onClick={() => setCursor(page.prev)}>
              Previous
            </button>
            <span class="small" data-testid="worklist-range">
              {page.total
                ? `${page.items[0]?.rank ?? 0}–${page.items[page.items.length - 1]?.rank ?? 0} of ${page.total}`
                : '0 patients'}
            </span>
            <button disabled={!page.next} onClick={() => setCursor(page.next)}>
              Next
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** One run: progress, summary charts, worklist. */
export function PopulationRun({ id, navigate }: { id: string; navigate: Navigate }) {
  const [data, setData] = useState<{ run: RunInfo; summary: PopulationSummary; partial: boolean } | null>(
    null,
  );
  const [error, setError] = useState('');
  const [polls, setPolls] = useState(0);
  const running = !!data && data.run.state !== 'finished';
  usePolling(
    async () => {
      try {
        setData(
          (await api<NonNullable<typeof data>>('GET', `/api/population/runs/${encodeURIComponent(id)}`)).data,
        );
        setPolls((n) => n + 1);
        setError('');
      } catch (e) {
        setError(problemText(e));
      }
    },
    RUN_POLL_MS,
    running || !data,
    [id],
  );
  return (
    <main id="main" class="page">
      <PageHead navigate={navigate} title={`Run ${id}`} />
      {error ? <p class="error">{error}</p> : null}
      {data ? (
        <>
          <section class="card" aria-label="Progress">
            <p>
              <RunState run={data.run} /> {RUN_SOURCE_WORDS[data.run.source]} · as of {data.run.asOf} · engine{' '}
              {data.run.engine}
            </p>
            <RunProgress run={data.run} />
            {data.run.shards ? (
              <p class="muted small">
                Shards stored: {data.run.shardsDone} of {data.run.shards}
              </p>
            ) : null}
            {data.partial ? (
              <p class="muted small" data-testid="partial">
                The run is still running: the counts below are those of the patients assessed so far.
              </p>
            ) : null}
          </section>
          <SummaryView s={data.summary} />
          {/* Keyed by run: another run's page starts at its first page, not at this one's cursor. */}
          <Worklist key={id} runId={id} navigate={navigate} refresh={running ? polls : -1} />
        </>
      ) : !error ? (
        <p aria-busy="true">Loading…</p>
      ) : null}
    </main>
  );
}

/** One patient's result in a run. */
export function PopulationPatient({
  runId,
  patientId,
  navigate,
}: {
  runId: string;
  patientId: string;
  navigate: Navigate;
}) {
  const [data, setData] = useState<{ run: RunInfo; row: ResultRow; worklistRank: number | null } | null>(
    null,
  );
  const [error, setError] = useState('');
  useEffect(() => {
    api<NonNullable<typeof data>>(
      'GET',
      `/api/population/runs/${encodeURIComponent(runId)}/patient?patientId=${encodeURIComponent(patientId)}`,
    )
      .then((r) => setData(r.data))
      .catch((e: unknown) => setError(problemText(e)));
  }, [runId, patientId]);
  const r = data?.row;
  return (
    <main id="main" class="page">
      <PageHead navigate={navigate} title={`Patient ${r?.mrn ?? patientId}`} runId={runId} />
      {error ? <p class="error">{error}</p> : null}
      {!r ? (
        !error ? (
          <p aria-busy="true">Loading…</p>
        ) : null
      ) : (
        <>
          <section class="card" aria-label="Result" data-testid="population-patient">
            <dl class="pop-facts">
              <dt>Patient id (FHIR)</dt>
              <dd>{r.patientId}</dd>
              <dt>Medical record number</dt>
              <dd>{r.mrn ?? '—'}</dd>
              <dt>Worklist</dt>
              <dd>{data.worklistRank ? `rank ${data.worklistRank}` : 'not on the worklist'}</dd>
              {r.error ? (
                <>
                  <dt>Could not be assessed</dt>
                  <dd class="error">{r.error}</dd>
                </>
              ) : (
                <>
                  <dt>EULAR/ACR 2017 (unknown items counted absent)</dt>
                  <dd>
                    <CategoryCell r={r} />
                    {r.eularProbability !== null ? ` · probability ${pct(r.eularProbability)}` : ''}
                    {r.eularSubgroup ? ` · ${populationSubgroupLabel(r.eularSubgroup)}` : ''}
                  </dd>
                  <dt>Bohan &amp; Peter 1975</dt>
                  <dd>{r.bohanPeter ? codeWords('bohanPeter1975', r.bohanPeter) : '—'}</dd>
                  <dt>IMACS 2023 cancer-risk tier</dt>
                  <dd>{r.imacsTier ? withReach(tierLabel, r.imacsTier, r.imacsTierMax) : '—'}</dd>
                  <dt>Probability of cancer</dt>
                  <dd>
                    {r.cancerProbabilityStatus === 'estimated' && r.cancerProbability !== null
                      ? pct(r.cancerProbability)
                      : r.cancerProbabilityStatus
                        ? (CANCER_PROBABILITY_STATUS_WORDS[r.cancerProbabilityStatus] ??
                          r.cancerProbabilityStatus)
                        : '—'}
                  </dd>
                  <dt>Cancer screening</dt>
                  <dd>
                    {r.screeningMode
                      ? (SCREENING_MODE_WORDS[r.screeningMode as keyof typeof SCREENING_MODE_WORDS] ??
                        r.screeningMode)
                      : '—'}
                    {r.screeningEnded ? ' · schedule ended more than a year ago' : ''}
                  </dd>
                </>
              )}
              <dt>Import and validation issues</dt>
              <dd>{r.issues}</dd>
            </dl>
          </section>
          {!r.error ? (
            <section class="card" aria-labelledby="pop-screening">
              <h3 id="pop-screening">Screening overdue or due</h3>
              {r.overdue.length + r.due.length ? (
                <table data-testid="patient-screening">
                  <thead>
                    <tr>
                      <th scope="col">Test</th>
                      <th scope="col">Status</th>
                      <th scope="col">Due by</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[
                      ...r.overdue.map((d) => ({ ...d, overdue: true })),
                      ...r.due.map((d) => ({ ...d, overdue: false })),
                    ].map((d) => (
                      <tr key={`${d.overdue}-${d.id}-${d.due}`}>
                        <td>{screeningItemLabel(d.id)}</td>
                        <td>
                          <span class={d.overdue ? 'badge overdue' : 'badge'}>
                            {PLAN_STATUS_WORDS[d.overdue ? 'overdue' : 'due']}
                          </span>
                        </td>
                        <td>{d.due}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p class="muted">Nothing overdue or due.</p>
              )}
              {r.alerts.length ? (
                <>
                  <h3>Warning alerts</h3>
                  <ul>
                    {r.alerts.map((a) => (
                      <li key={a.rule}>
                        {alertRuleLabel(a.rule)} ({SEVERITY_WORDS[a.severity] ?? a.severity},{' '}
                        {ALERT_STATUS_WORDS[a.status] ?? a.status})
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          ) : null}
          <p class="muted small">
            A population run keeps this result of each patient, not the full report. For the whole assessment
            (criteria item by item, the screening plan, the follow-up), import the patient's FHIR record with{' '}
            <Link to="/fhir-import" navigate={navigate}>
              Import FHIR Bundle
            </Link>{' '}
            or open the patient's case.
          </p>
        </>
      )}
    </main>
  );
}
