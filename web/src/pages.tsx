/**
 * The screens: sign-in, case list, case page (editor with live results, criteria, printable report,
 * narrative, history) and account administration.
 * @module
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, ApiError, setCsrf, type Problem, type User } from './api.js';
import { CaseForm, type Draft, type FieldErrors } from './case-form.js';
import { LiveBar } from './form/live-bar.js';
import { EULAR_CATEGORY, FINDING_LABELS, humanize, pct, resultWords, SUBGROUP, when } from './labels.js';
import type { Headline, ReportSections as ReportSectionsOf, SectionOutcome } from 'heliotrope';
import {
  codeWords,
  fieldWords,
  headlineWords,
  isFailedSection,
  reachWords,
  SCREENING_MODE_WORDS,
} from 'heliotrope/wording';
import { PriorContext } from './prior.js';
import { EularView, ReportSections, sectionTitles } from './report-views.js';
import { ExtractionReview } from './extraction-review.js';
import { setLeaveGuard } from './leave-guard.js';
import {
  AlertBadges,
  AlertBanner,
  CaseActions,
  CaseFilters,
  filterQuery,
  History,
  NO_FILTERS,
  reportAlerts,
  type AlertLine,
  type ListFilters,
} from './case-actions.js';

/** Navigates inside the application. */
export type Navigate = (path: string, replace?: boolean) => void;

interface CaseHeader {
  id: string;
  version: number;
  title: string;
  summary: Record<string, unknown>;
  updatedAt: string;
  updatedBy: string;
}

interface StoredCase extends CaseHeader {
  data: Draft;
  createdAt: string;
}

/**
 * The body of POST /api/assess?headlines=true: the engine's report (each section's result or failure by key)
 * with each computed section's headline.
 */
type Report = Partial<ReportSectionsOf> & { headlines?: Record<string, Headline>; [key: string]: unknown };

/** A section's result, or undefined when absent or not computed. */
const computed = <R,>(outcome: SectionOutcome<R> | undefined): R | undefined =>
  outcome === undefined || isFailedSection(outcome) ? undefined : outcome;

function problemText(e: unknown): string {
  if (e instanceof ApiError) return e.problem.detail ?? e.problem.title;
  return e instanceof Error ? e.message : String(e);
}

/** The sign-in form. */
export function Login({ onLogin }: { onLogin(u: User): void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const r = await api<{ user: User; csrfToken: string }>('POST', '/api/auth/login', {
        username,
        password,
      });
      setCsrf(r.data.csrfToken);
      onLogin(r.data.user);
    } catch (err) {
      setError(problemText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="login" id="main">
      <form class="card login-card" onSubmit={submit} aria-labelledby="login-h">
        <h1 id="login-h">
          <span class="logo" aria-hidden="true">
            ◐
          </span>{' '}
          Heliotrope
        </h1>
        <p class="muted">Clinical decision support for dermatomyositis and cancer-associated myositis.</p>
        <div class="field">
          <label for="username">User name</label>
          <input
            id="username"
            name="username"
            autocomplete="username"
            required
            value={username}
            onInput={(e) => setUsername((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
          />
        </div>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

function NextScreening({ s }: { s: Record<string, unknown> }) {
  if (typeof s.nextScreeningDue === 'string')
    return (
      <span class="nowrap">
        {s.nextScreeningDue}{' '}
        {s.nextScreeningStatus === 'overdue' ? (
          <span class="badge overdue">overdue</span>
        ) : s.nextScreeningStatus === 'due' ? (
          <span class="badge">due</span>
        ) : null}
      </span>
    );
  if (s.screeningMode === 'known-cancer' || s.screeningMode === 'not-required')
    return <span class="muted">{SCREENING_MODE_WORDS[s.screeningMode]}</span>;
  return <span class="muted">n/a</span>;
}

/** The codes the unknown items could still make of a result, from a stored case summary (`…Reachable`). */
const reachableOf = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;

/** A one-word result of the case list, with what the unknown items could still make of it. */
function ListResult({ setKey, code, reachable }: { setKey: string; code: string; reachable: unknown }) {
  const r = reachableOf(reachable);
  const reach = r ? reachWords(setKey, { code, reachable: r }) : undefined;
  return (
    <>
      {setKey === 'eularAcr2017' ? (
        <span class={`badge cat-${code}`}>{EULAR_CATEGORY[code] ?? code}</span>
      ) : (
        codeWords(setKey, code)
      )}
      {reach ? <span class="muted small"> ({reach})</span> : null}
    </>
  );
}

function CategoryBadge({ category, reachable }: { category?: unknown; reachable?: unknown }) {
  if (typeof category !== 'string') return <span class="muted">—</span>;
  return <ListResult setKey="eularAcr2017" code={category} reachable={reachable} />;
}

/** The case list with search and key results. */
export function CaseList({ user, navigate }: { user: User; navigate: Navigate }) {
  const [q, setQ] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS);
  const [notice] = useState(() => {
    const f = flash;
    flash = '';
    return f;
  });
  const [data, setData] = useState<{ total: number; items: CaseHeader[] } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const t = setTimeout(() => {
      api<{ total: number; items: CaseHeader[] }>(
        'GET',
        `/api/cases?limit=200${q ? `&q=${encodeURIComponent(q)}` : ''}${filterQuery(filters)}`,
      )
        .then((r) => {
          setData(r.data);
          setError('');
        })
        .catch((e: unknown) => setError(problemText(e)));
    }, 200);
    return () => clearTimeout(t);
  }, [q, filters]);
  return (
    <main id="main" class="page">
      <div class="page-head">
        <h2>Cases</h2>
        <div class="toolbar">
          <label for="search" class="sr-only">
            Search cases
          </label>
          <input
            id="search"
            type="search"
            placeholder="Search: title, diagnosis, antibody…"
            value={q}
            onInput={(e) => setQ((e.target as HTMLInputElement).value)}
          />
          {user.role !== 'viewer' ? (
            <>
              <button onClick={() => navigate('/fhir-import')}>Import FHIR Bundle</button>
              <button class="primary" onClick={() => navigate('/cases/new')}>
                New case
              </button>
            </>
          ) : null}
        </div>
      </div>
      {notice ? (
        <p class="status" role="status">
          {notice}
        </p>
      ) : null}
      <CaseFilters value={filters} onChange={setFilters} />
      {error ? <p class="error">{error}</p> : null}
      {data ? (
        <div class="table-wrap card">
          <table class="case-table">
            <caption class="sr-only">Cases with their key results</caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">EULAR/ACR 2017</th>
                <th scope="col" class="num">
                  Probability
                </th>
                <th scope="col">Subgroup</th>
                <th scope="col">Cancer risk</th>
                <th scope="col">Next screening due</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a
                      href={`/cases/${c.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(`/cases/${c.id}`);
                      }}
                    >
                      {c.title}
                    </a>
                    <AlertBadges alerts={c.summary.alerts as AlertLine[] | undefined} />
                  </th>
                  <td>
                    <CategoryBadge category={c.summary.eularCategory} reachable={c.summary.eularReachable} />
                  </td>
                  <td class="num">{pct(c.summary.eularProbability as number | undefined)}</td>
                  <td>
                    {typeof c.summary.subgroup === 'string' ? (
                      (SUBGROUP[c.summary.subgroup] ?? c.summary.subgroup)
                    ) : (
                      <span class="muted">—</span>
                    )}
                  </td>
                  <td>
                    {typeof c.summary.cancerRiskTier === 'string' ? (
                      <ListResult
                        setKey="imacs2023"
                        code={c.summary.cancerRiskTier}
                        reachable={c.summary.cancerRiskTierReachable}
                      />
                    ) : (
                      <span class="muted">n/a</span>
                    )}
                  </td>
                  <td>
                    <NextScreening s={c.summary} />
                  </td>
                  <td class="nowrap">{when(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.items.length === 0 ? <p class="empty">No cases{q ? ' match this search' : ' yet'}.</p> : null}
          <p class="muted small">
            {data.total} case{data.total === 1 ? '' : 's'}
          </p>
        </div>
      ) : (
        <p aria-busy="true">Loading…</p>
      )}
    </main>
  );
}

const EMPTY_CASE: Draft = {
  schemaVersion: '1.0',
  patient: { sex: 'unknown' },
  findings: [],
  strength: [],
  labs: [],
  antibodies: [],
};
type Tab = 'edit' | 'criteria' | 'report' | 'narrative' | 'history';
const TABS: [Tab, string][] = [
  ['edit', 'Case'],
  ['criteria', 'Criteria'],
  ['report', 'Report'],
  ['narrative', 'Narrative'],
  ['history', 'History'],
];

let flash = '';

function issuesToErrors(p: Problem): FieldErrors {
  const out: FieldErrors = {};
  for (const i of p.issues ?? []) out[i.path] ??= i.message;
  return out;
}

/** One case: editor with live results, criteria, report, narrative and history. */
export function CasePage({
  id,
  user,
  navigate,
  tab: initialTab,
}: {
  id: string | null;
  user: User;
  navigate: Navigate;
  tab: Tab;
}) {
  const readOnly = user.role === 'viewer';
  const [stored, setStored] = useState<StoredCase | null>(null);
  const [draft, setDraft] = useState<Draft | null>(id ? null : EMPTY_CASE);
  const [dirty, setDirty] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [invalid, setInvalid] = useState<Problem | null>(null);
  const [status, setStatus] = useState(() => {
    const f = flash;
    flash = '';
    return f;
  });
  const [conflict, setConflict] = useState<{ currentVersion: number; current: StoredCase } | null>(null);
  const [loadError, setLoadError] = useState('');
  const [tab, setTab] = useState<Tab>(initialTab);
  // The pre-test probability of cancer chosen in the probability view (null: the model's default).
  const [prior, setPrior] = useState<number | null>(null);
  const priorChoice = useMemo(() => ({ value: prior, set: setPrior }), [prior]);
  // The reference day of the assessment ("as of"); empty = today on the server.
  const [asOf, setAsOf] = useState('');
  const seq = useRef(0);

  useEffect(() => {
    if (!id) return;
    api<StoredCase>('GET', `/api/cases/${id}`)
      .then((r) => {
        setStored(r.data);
        setDraft(r.data.data);
        setDirty(false);
      })
      .catch((e: unknown) => setLoadError(problemText(e)));
  }, [id]);

  // Live recalculation: assess the draft as it changes.
  useEffect(() => {
    if (!draft) return;
    const n = ++seq.current;
    const t = setTimeout(() => {
      const q = [
        'headlines=true',
        ...(prior !== null ? [`prior=${prior}`] : []),
        ...(asOf ? [`asOf=${asOf}`] : []),
      ].join('&');
      api<Report>('POST', `/api/assess?${q}`, draft)
        .then((r) => {
          if (n !== seq.current) return;
          setReport(r.data);
          setErrors({});
          setInvalid(null);
        })
        .catch((e: unknown) => {
          if (n !== seq.current) return;
          if (e instanceof ApiError && e.status === 422) {
            setErrors(issuesToErrors(e.problem));
            setInvalid(e.problem);
          } else setStatus(problemText(e));
        });
    }, 150);
    return () => clearTimeout(t);
  }, [draft, prior, asOf]);

  // Unsaved edits: leaving the case (another page, back, closing the page) asks first.
  useEffect(() => {
    setLeaveGuard(dirty && !readOnly ? 'This case has unsaved changes. Leave without saving them?' : null);
    return () => setLeaveGuard(null);
  }, [dirty, readOnly]);

  const change = (d: Draft) => {
    setDraft(d);
    setDirty(true);
    setStatus('');
  };

  const save = async (baseVersion?: number) => {
    if (!draft) return;
    setStatus('Saving…');
    try {
      if (!stored) {
        const r = await api<StoredCase>('POST', '/api/cases', draft);
        setStored(r.data);
        setDraft(r.data.data);
        setDirty(false);
        flash = `Saved as version ${r.data.version}.`;
        navigate(`/cases/${r.data.id}`, true);
      } else {
        const r = await api<StoredCase>('PUT', `/api/cases/${stored.id}`, draft, {
          'If-Match': `"${baseVersion ?? stored.version}"`,
        });
        setStored(r.data);
        setDraft(r.data.data);
        setDirty(false);
        setConflict(null);
        setStatus(`Saved as version ${r.data.version}.`);
      }
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setConflict({
          currentVersion: e.problem.currentVersion as number,
          current: e.problem.current as StoredCase,
        });
        setStatus('');
      } else if (e instanceof ApiError && e.status === 422) {
        setErrors(issuesToErrors(e.problem));
        setInvalid(e.problem);
        setStatus('Not saved: some fields are invalid.');
      } else setStatus(`Not saved: ${problemText(e)}`);
    }
  };

  if (loadError)
    return (
      <main id="main" class="page">
        <p class="error">{loadError}</p>
      </main>
    );
  if (!draft)
    return (
      <main id="main" class="page">
        <p aria-busy="true">Loading…</p>
      </main>
    );
  const eular = computed(report?.eularAcr2017);
  const bohan = computed(report?.bohanPeter1975);

  return (
    <main id="main" class="page case-page">
      <div class="page-head">
        <div>
          <p class="crumbs">
            <a
              href="/cases"
              onClick={(e) => {
                e.preventDefault();
                navigate('/cases');
              }}
            >
              Cases
            </a>{' '}
            /
          </p>
          <h2>{draft.title || (stored ? 'Untitled case' : 'New case')}</h2>
          <p class="muted small">
            {stored ? `Version ${stored.version} · updated ${when(stored.updatedAt)}` : 'Not saved yet'}
            {dirty ? ' · unsaved changes' : ''}
          </p>
        </div>
        <div class="toolbar">
          {!readOnly ? (
            <button class="primary" onClick={() => void save()} disabled={!dirty && Boolean(stored)}>
              {stored ? 'Save new version' : 'Save case'}
            </button>
          ) : (
            <span class="badge readonly">Read only (viewer)</span>
          )}
          {stored ? (
            <CaseActions
              id={stored.id}
              version={stored.version}
              title={stored.title}
              dirty={dirty}
              readOnly={readOnly}
              onPrint={() => setTab('report')}
              onDeleted={() => {
                setDirty(false);
                setLeaveGuard(null);
                flash = `Deleted “${stored.title}” (version ${stored.version + 1} in its history).`;
                navigate('/cases', true);
              }}
            />
          ) : null}
          <label class="as-of small">
            Assess as of{' '}
            <input
              type="date"
              value={asOf}
              aria-label="Assess as of"
              onInput={(e) => setAsOf((e.target as HTMLInputElement).value)}
            />
          </label>
        </div>
      </div>
      <AlertBanner alerts={reportAlerts(report)} where="case" />
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {conflict ? (
        <div class="callout warn" role="alert">
          <p>
            <strong>Someone else saved version {conflict.currentVersion} while you were editing.</strong> Your
            changes were not saved. Nothing was overwritten.
          </p>
          <button
            onClick={() => {
              setStored(conflict.current);
              setDraft(conflict.current.data);
              setDirty(false);
              setConflict(null);
            }}
          >
            Discard mine and load version {conflict.currentVersion}
          </button>{' '}
          <button class="danger" onClick={() => void save(conflict.currentVersion)}>
            Save mine as version {conflict.currentVersion + 1}
          </button>
        </div>
      ) : null}
      <div
        class="tabs"
        role="tablist"
        aria-label="Case views"
        onKeyDown={(e) => {
          // Arrow keys move between tabs (WAI-ARIA tabs pattern).
          const shown = TABS.filter(([t]) => t !== 'history' || stored).map(([t]) => t);
          const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
          if (!step) return;
          const next = shown[(shown.indexOf(tab) + step + shown.length) % shown.length]!;
          setTab(next);
          document.getElementById(`tab-${next}`)?.focus();
        }}
      >
        {TABS.filter(([t]) => t !== 'history' || stored).map(([t, label]) => (
          <button
            key={t}
            role="tab"
            id={`tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`panel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            class={tab === t ? 'on' : ''}
            onClick={() => setTab(t)}
          >
            {label}
          </button>
        ))}
      </div>
      <PriorContext.Provider value={priorChoice}>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'edit' ? (
            <div class="editor">
              <CaseForm draft={draft} onChange={change} readOnly={readOnly} errors={errors} report={report} />
              <aside class="live" aria-label="Live results" aria-live="polite">
                {invalid ? (
                  <div class="callout warn">
                    <strong>Results paused: fix these fields</strong>
                    <ul>
                      {(invalid.issues ?? []).map((i) => (
                        <li key={i.path}>
                          <strong title={i.path}>{fieldWords(i.path)}</strong>: {i.message}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {!invalid && report && Array.isArray(report.warnings) && report.warnings.length ? (
                  <div class="callout" data-testid="live-warnings">
                    <strong>Check these entries</strong>
                    <ul>
                      {(report.warnings as { path: string; message: string }[]).map((w) => (
                        <li key={`${w.path} ${w.message}`}>
                          <strong title={w.path}>{fieldWords(w.path)}</strong>: {w.message}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <AlertBanner alerts={reportAlerts(report)} where="results" />
                {eular ? (
                  <EularView r={eular} compact>
                    {bohan ? (
                      <p class="also small">
                        Bohan &amp; Peter 1975:{' '}
                        <strong data-testid="live-bohan">
                          {resultWords('bohanPeter1975', report?.headlines?.bohanPeter1975, bohan.category)}
                        </strong>
                      </p>
                    ) : null}
                    <Headlines report={report} />
                  </EularView>
                ) : (
                  <p aria-busy="true">Calculating…</p>
                )}
              </aside>
              <LiveBar report={report} />
            </div>
          ) : null}
          {tab === 'criteria' ? (
            <div class="criteria">
              {report ? <ReportSections report={report} /> : <p aria-busy="true">Calculating…</p>}
            </div>
          ) : null}
          {tab === 'report' ? <PrintReport draft={draft} report={report} stored={stored} /> : null}
          {tab === 'narrative' ? (
            <ExtractionReview
              draft={draft}
              readOnly={readOnly}
              onAccept={(merged, summary) => {
                change(merged);
                setTab('edit');
                setStatus(summary);
              }}
            />
          ) : null}
          {tab === 'history' && stored ? (
            <History
              id={stored.id}
              version={stored.version}
              current={stored.data}
              readOnly={readOnly}
              dirty={dirty}
              onRestored={(r) => {
                const s = r as StoredCase;
                setStored(s);
                setDraft(s.data);
                setDirty(false);
                setStatus(`Restored as version ${s.version}.`);
              }}
            />
          ) : null}
        </div>
      </PriorContext.Provider>
    </main>
  );
}

/** One line per other section: the engine's headline of each (POST /api/assess?headlines=true). */
function Headlines({ report }: { report: Report | null }) {
  const headlines = report?.headlines ?? {};
  const rows = Object.entries(headlines)
    .filter(([k]) => k !== 'eularAcr2017' && k !== 'bohanPeter1975')
    .map(([k, h]) => ({ k, label: sectionTitles[k] ?? humanize(k), value: headlineWords(k, h) }));
  if (!rows.length) return null;
  return (
    <dl class="also small headlines" data-testid="live-headlines">
      {rows.map((r) => (
        <div key={r.k}>
          <dt>{r.label}</dt>
          <dd>
            <strong>{r.value}</strong>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A case date as text: an ISO date as written, a relative one as its offset from its anchor. */
function dateText(d: unknown): string {
  if (typeof d === 'string') return d;
  if (d && typeof d === 'object' && 'relativeTo' in d) {
    const r = d as { relativeTo: string; offset?: number; unit?: string };
    return `${r.offset ?? 0} ${r.unit ?? 'day'}(s) from ${r.relativeTo}`;
  }
  return 'undated';
}

function PrintReport({
  draft,
  report,
  stored,
}: {
  draft: Draft;
  report: Report | null;
  stored: StoredCase | null;
}) {
  const p = (draft.patient ?? {}) as Draft;
  const e = computed(report?.eularAcr2017);
  const b = computed(report?.bohanPeter1975);
  const findings = (draft.findings ?? []) as { id: string; status: string }[];
  const labs = (draft.labs ?? []) as {
    analyte: string;
    value?: number;
    unit?: string;
    interpretation?: string;
    referenceRange?: { high?: number };
  }[];
  const abs = (draft.antibodies ?? []) as { target: string; result: string }[];
  const cancers = (draft.cancers ?? []) as {
    site?: string;
    histology?: string;
    diagnosisDate?: unknown;
    status?: string;
    stage?: string;
  }[];
  const treatments = (draft.treatments ?? []) as {
    drug: string;
    indication?: string;
    start?: unknown;
    end?: unknown;
  }[];
  const familyHistory = (p.familyHistoryOfCancer as string | undefined) ?? 'unknown';
  const who = [
    p.sex && p.sex !== 'unknown' ? String(p.sex) : null,
    p.age !== undefined ? `${p.age} years` : null,
    p.ageAtOnset !== undefined ? `age at onset ${p.ageAtOnset}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const list = (xs: string[]) => (xs.length ? xs.join('; ') : <span class="muted">none recorded</span>);
  return (
    <article class="print-report">
      <div class="no-print toolbar">
        <button class="primary" onClick={() => window.print()}>
          Print
        </button>
        <span class="muted small">
          As many pages as the case needs: any high-priority alert and the recorded data first, then the
          result of every section; the browser's print dialog can save it as PDF.
        </span>
      </div>
      <header>
        <h2>Heliotrope assessment{draft.title ? `: ${draft.title}` : ''}</h2>
        <AlertBanner alerts={reportAlerts(report)} where="print" />
        <p>{who || 'Demographics not recorded'}</p>
        <p class="small muted">
          As of {String(report?.asOf ?? '')} · engine{' '}
          {(report?.engine as { version?: string } | undefined)?.version ?? ''}
          {stored ? ` · case version ${stored.version}, saved ${when(stored.updatedAt)}` : ' · unsaved draft'}
        </p>
      </header>
      <section>
        <h3>Recorded data</h3>
        <dl class="facts">
          <dt>Present</dt>
          <dd>
            {list(findings.filter((f) => f.status === 'present').map((f) => FINDING_LABELS[f.id] ?? f.id))}
          </dd>
          <dt>Absent</dt>
          <dd>
            {list(findings.filter((f) => f.status === 'absent').map((f) => FINDING_LABELS[f.id] ?? f.id))}
          </dd>
          <dt>Laboratory</dt>
          <dd>
            {list(
              labs.map(
                (l) =>
                  `${l.analyte} ${l.value ?? l.interpretation ?? ''}${l.unit ? ` ${l.unit}` : ''}${l.referenceRange?.high !== undefined ? ` (ULN ${l.referenceRange.high})` : ''}`,
              ),
            )}
          </dd>
          <dt>Antibodies</dt>
          <dd>{list(abs.map((a) => `${a.target} ${a.result}`))}</dd>
          <dt>Cancers</dt>
          <dd data-testid="report-cancers">
            {list(
              cancers.map((c) =>
                [
                  [c.site, c.histology].filter(Boolean).join(', ') || 'site not recorded',
                  c.diagnosisDate !== undefined ? `diagnosed ${dateText(c.diagnosisDate)}` : '',
                  c.stage ?? '',
                  c.status && c.status !== 'unknown' ? c.status : '',
                ]
                  .filter(Boolean)
                  .join(' · '),
              ),
            )}
          </dd>
          <dt>Treatments</dt>
          <dd data-testid="report-treatments">
            {list(
              treatments.map((t) =>
                [
                  t.drug,
                  t.indication ? `for ${t.indication}` : '',
                  t.start !== undefined ? `from ${dateText(t.start)}` : '',
                  t.end !== undefined ? `to ${dateText(t.end)}` : '',
                ]
                  .filter(Boolean)
                  .join(' '),
              ),
            )}
          </dd>
          <dt>Family history of cancer</dt>
          <dd data-testid="report-family-history">
            {familyHistory === 'yes' ? 'Yes' : familyHistory === 'no' ? 'No' : 'Not recorded'}
          </dd>
        </dl>
      </section>
      {e ? (
        <section>
          <h3>2017 EULAR/ACR classification criteria</h3>
          <p>
            <strong>{resultWords('eularAcr2017', report?.headlines?.eularAcr2017, e.category)}</strong> —
            probability {pct(e.probability)}
            {e.probabilityRange.max > e.probability + 0.0005
              ? ` (up to ${pct(e.probabilityRange.max)} if unknown items were met)`
              : ''}{' '}
            · score {e.score.toFixed(1)}, {e.model === 'biopsy' ? 'with' : 'without'} muscle biopsy ·
            subgroup:{' '}
            {e.subgroup
              ? SUBGROUP[e.subgroup]
              : e.subgroupCandidates.length
                ? `undecided (${e.subgroupCandidates.map((x) => SUBGROUP[x]).join(' or ')})`
                : 'none'}
          </p>
          <ul class="checklist">
            {e.items.map((i) => (
              <li key={i.id} class={`item-${i.status}`}>
                <span class="mark" aria-hidden="true">
                  {i.status === 'met' ? '✓' : i.status === 'not-met' ? '✗' : '?'}
                </span>{' '}
                {i.label}{' '}
                <span class="muted">
                  (
                  {i.status === 'met'
                    ? i.points.toFixed(1)
                    : i.status === 'unknown'
                      ? `unknown, +${i.pointsIfMet.toFixed(1)}`
                      : 'not met'}
                  )
                </span>
              </li>
            ))}
          </ul>
          {e.missing.some((m) => m.couldChangeCategory) ? (
            <p class="small">
              Unknown items that could change the category:{' '}
              {e.missing
                .filter((m) => m.couldChangeCategory)
                .map((m) => m.label)
                .join('; ')}
              .
            </p>
          ) : null}
          <p class="small muted">
            Lundberg et al. Ann Rheum Dis 2017;76:1955–1964. doi:10.1136/annrheumdis-2017-211468
          </p>
        </section>
      ) : null}
      {b ? (
        <section>
          <h3>Bohan &amp; Peter 1975</h3>
          <p>
            <strong>{resultWords('bohanPeter1975', report?.headlines?.bohanPeter1975, b.category)}</strong> —
            met:{' '}
            {b.items
              .filter((i) => i.status === 'met')
              .map((i) => i.label)
              .join('; ') || 'none'}
            {b.items.some((i) => i.status === 'unknown')
              ? `; unknown: ${b.items
                  .filter((i) => i.status === 'unknown')
                  .map((i) => i.label)
                  .join('; ')}`
              : ''}
          </p>
        </section>
      ) : null}
      {report ? (
        <div class="print-sections">
          <ReportSections
            report={Object.fromEntries(
              Object.entries(report).filter(([k]) => k !== 'eularAcr2017' && k !== 'bohanPeter1975'),
            )}
            brief
          />
        </div>
      ) : null}
      {draft.notes ? (
        <section>
          <h3>Notes</h3>
          <p class="prewrap" data-testid="report-notes">
            {draft.notes}
          </p>
        </section>
      ) : null}
      <footer class="small muted">
        Classification criteria support, but do not replace, clinical judgement. Generated by Heliotrope.
      </footer>
    </article>
  );
}

/** Account administration (admin). */
export function Users() {
  const [items, setItems] = useState<User[]>([]);
  const [form, setForm] = useState({ username: '', password: '', role: 'clinician' });
  const [msg, setMsg] = useState('');
  const load = () => void api<{ items: User[] }>('GET', '/api/users').then((r) => setItems(r.data.items));
  useEffect(load, []);
  const patch = (u: User, body: Record<string, unknown>) =>
    void api('PATCH', `/api/users/${u.id}`, body)
      .then(() => setMsg(`Updated ${u.username}.`))
      .catch((err: unknown) => setMsg(problemText(err)))
      .finally(load);
  return (
    <main id="main" class="page">
      <h2>Accounts</h2>
      <div class="card table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((u) => (
              <tr key={u.id}>
                <td>{u.username}</td>
                <td>
                  <label class="sr-only" for={`role-${u.id}`}>
                    Role of {u.username}
                  </label>
                  <select
                    id={`role-${u.id}`}
                    value={u.role}
                    onChange={(e) => patch(u, { role: (e.target as HTMLSelectElement).value })}
                  >
                    <option value="viewer">viewer</option>
                    <option value="clinician">clinician</option>
                    <option value="admin">admin</option>
                  </select>
                </td>
                <td>
                  {u.disabled ? 'disabled' : 'active'}{' '}
                  <button class="link" onClick={() => patch(u, { disabled: !u.disabled })}>
                    {u.disabled ? 'Enable' : 'Disable'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        class="card grid"
        onSubmit={(e) => {
          e.preventDefault();
          api('POST', '/api/users', form)
            .then(() => {
              setMsg(`Created ${form.username}.`);
              setForm({ username: '', password: '', role: 'clinician' });
              load();
            })
            .catch((err: unknown) =>
              setMsg(
                err instanceof ApiError
                  ? (err.problem.issues ?? []).map((i) => `${i.path}: ${i.message}`).join('; ') ||
                      problemText(err)
                  : problemText(err),
              ),
            );
        }}
      >
        <h3 class="wide">New account</h3>
        <div class="field">
          <label for="nu">User name</label>
          <input
            id="nu"
            value={form.username}
            onInput={(e) => setForm({ ...form, username: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="np">Password (10+ characters)</label>
          <input
            id="np"
            type="password"
            autocomplete="new-password"
            value={form.password}
            onInput={(e) => setForm({ ...form, password: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="nr">Role</label>
          <select
            id="nr"
            value={form.role}
            onChange={(e) => setForm({ ...form, role: (e.target as HTMLSelectElement).value })}
          >
            <option value="viewer">viewer (read)</option>
            <option value="clinician">clinician (read/write)</option>
            <option value="admin">admin (accounts)</option>
          </select>
        </div>
        <div class="field">
          <button class="primary" type="submit">
            Create
          </button>
        </div>
        <p role="status" class="wide">
          {msg}
        </p>
      </form>
    </main>
  );
}

/** Your account: change password, API tokens for scripts. */
export function Account({ user }: { user: User }) {
  const [pw, setPw] = useState({ currentPassword: '', newPassword: '' });
  const [pwMsg, setPwMsg] = useState('');
  const [tokens, setTokens] = useState<{ id: string; name: string; createdAt: string }[]>([]);
  const [name, setName] = useState('');
  const [created, setCreated] = useState('');
  const load = () =>
    void api<{ items: typeof tokens }>('GET', '/api/tokens').then((r) => setTokens(r.data.items));
  useEffect(load, []);
  return (
    <main id="main" class="page">
      <h2>Your account</h2>
      <p class="muted">
        Signed in as <strong>{user.username}</strong> ({user.role}).
      </p>
      <form
        class="card grid"
        onSubmit={(e) => {
          e.preventDefault();
          api('POST', '/api/auth/password', pw)
            .then(() => {
              setPwMsg('Password changed.');
              setPw({ currentPassword: '', newPassword: '' });
            })
            .catch((err: unknown) =>
              setPwMsg(
                err instanceof ApiError
                  ? (err.problem.issues ?? []).map((i) => `${i.path}: ${i.message}`).join('; ') ||
                      problemText(err)
                  : problemText(err),
              ),
            );
        }}
      >
        <h3 class="wide">Change password</h3>
        <div class="field">
          <label for="cp">Current password</label>
          <input
            id="cp"
            type="password"
            autocomplete="current-password"
            value={pw.currentPassword}
            onInput={(e) => setPw({ ...pw, currentPassword: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="np2">New password (10+ characters)</label>
          <input
            id="np2"
            type="password"
            autocomplete="new-password"
            value={pw.newPassword}
            onInput={(e) => setPw({ ...pw, newPassword: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <button class="primary" type="submit">
            Change password
          </button>
        </div>
        <p role="status" class="wide">
          {pwMsg}
        </p>
      </form>
      <section class="card">
        <h3>API tokens</h3>
        <p class="small muted">
          For scripts: send <code>Authorization: Bearer &lt;token&gt;</code>. A token acts with your role; it
          is shown once.
        </p>
        <ul>
          {tokens.map((t) => (
            <li key={t.id}>
              {t.name} <span class="muted small">created {when(t.createdAt)}</span>{' '}
              <button class="link" onClick={() => void api('DELETE', `/api/tokens/${t.id}`).then(load)}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
        <form
          class="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            void api<{ token: string }>('POST', '/api/tokens', { name }).then((r) => {
              setCreated(r.data.token);
              setName('');
              load();
            });
          }}
        >
          <label for="tn" class="sr-only">
            Token name
          </label>
          <input
            id="tn"
            placeholder="Token name, e.g. nightly export"
            value={name}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
          <button type="submit" disabled={!name.trim()}>
            Create token
          </button>
        </form>
        {created ? (
          <p class="callout" role="status">
            New token (copy it now, it will not be shown again):{' '}
            <code data-testid="new-token">{created}</code>
          </p>
        ) : null}
      </section>
    </main>
  );
}
