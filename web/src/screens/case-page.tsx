/**
 * The case screen: editor with live results, criteria, printable report, narrative and history.
 * @module
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, ApiError, problemText, type Problem, type User } from '../api.js';
import { CaseForm, type Draft, type FieldErrors } from '../case-form.js';
import { LiveBar } from '../form/live-bar.js';
import { humanize, resultWords, when } from '../labels.js';
import { fieldWords, headlineWords } from 'heliotrope/wording';
import { PriorContext } from '../prior.js';
import { EularView, ReportSections, sectionTitles } from '../report-views.js';
import { ExtractionReview } from '../extraction-review.js';
import { setLeaveGuard } from '../leave-guard.js';
import { AlertBanner, CaseActions, History, reportAlerts } from '../case-actions.js';
import { computed, setFlash, takeFlash, type Navigate, type Report, type StoredCase } from './case-types.js';
import { PrintReport } from './print-report.js';

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
    const f = takeFlash();
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
        setFlash(`Saved as version ${r.data.version}.`);
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
                setFlash(`Deleted “${stored.title}” (version ${stored.version + 1} in its history).`);
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
        <ConflictCallout
          conflict={conflict}
          onDiscard={() => {
            setStored(conflict.current);
            setDraft(conflict.current.data);
            setDirty(false);
            setConflict(null);
          }}
          onSaveMine={() => void save(conflict.currentVersion)}
        />
      ) : null}
      <CaseTabs tab={tab} onTab={setTab} withHistory={Boolean(stored)} />
      <PriorContext.Provider value={priorChoice}>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'edit' ? (
            <div class="editor">
              <CaseForm draft={draft} onChange={change} readOnly={readOnly} errors={errors} report={report} />
              <LiveResults report={report} invalid={invalid} />
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

/** The live results beside the editor: fields to fix, entries to check, alerts, the classification. */
function LiveResults({ report, invalid }: { report: Report | null; invalid: Problem | null }) {
  const eular = computed(report?.eularAcr2017);
  const bohan = computed(report?.bohanPeter1975);
  return (
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
  );
}

/** A stale save: someone else saved meanwhile; nothing was overwritten, and the clinician chooses. */
function ConflictCallout({
  conflict,
  onDiscard,
  onSaveMine,
}: {
  conflict: { currentVersion: number };
  onDiscard: () => void;
  onSaveMine: () => void;
}) {
  return (
    <div class="callout warn" role="alert">
      <p>
        <strong>Someone else saved version {conflict.currentVersion} while you were editing.</strong> Your
        changes were not saved. Nothing was overwritten.
      </p>
      <button onClick={onDiscard}>Discard mine and load version {conflict.currentVersion}</button>{' '}
      <button class="danger" onClick={onSaveMine}>
        Save mine as version {conflict.currentVersion + 1}
      </button>
    </div>
  );
}

/** The case views as tabs (the history only for a saved case); arrow keys move between them. */
function CaseTabs({ tab, onTab, withHistory }: { tab: Tab; onTab: (t: Tab) => void; withHistory: boolean }) {
  return (
    <div
      class="tabs"
      role="tablist"
      aria-label="Case views"
      onKeyDown={(e) => {
        // Arrow keys move between tabs (WAI-ARIA tabs pattern).
        const shown = TABS.filter(([t]) => t !== 'history' || withHistory).map(([t]) => t);
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        const next = shown[(shown.indexOf(tab) + step + shown.length) % shown.length]!;
        onTab(next);
        document.getElementById(`tab-${next}`)?.focus();
      }}
    >
      {TABS.filter(([t]) => t !== 'history' || withHistory).map(([t, label]) => (
        <button
          key={t}
          role="tab"
          id={`tab-${t}`}
          aria-selected={tab === t}
          aria-controls={`panel-${t}`}
          tabIndex={tab === t ? 0 : -1}
          class={tab === t ? 'on' : ''}
          onClick={() => onTab(t)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
