/**
 * What a case store offers around a case: high-priority follow-up alerts where they cannot be missed (case
 * list, top of the case, results box, first page of the printed report), export (JSON, FHIR Bundle),
 * deletion with confirmation, the history with "restore this version" (showing what would change first), and
 * the search filters of the case list.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, problemText } from './api.js';
import { when } from './labels.js';
import { liveSection, type LiveReport } from './form/screening.js';
import type { AlertAction } from 'heliotrope';
import { diffPaths, type Change } from 'heliotrope/json-diff';
import { ACTION_WORDS, fieldWords } from 'heliotrope/wording';

/** An alert as the case list summary and the report carry it. */
export interface AlertLine {
  action: string;
  severity: string;
  possible?: boolean;
}

/** The follow-up alerts of a report that ask for action (high first), one per action. */
export function reportAlerts(report: LiveReport | undefined): AlertLine[] {
  const mon = liveSection(report ?? null, 'monitoring');
  const out: AlertLine[] = [];
  for (const sev of ['high', 'moderate'])
    for (const a of mon?.alerts.alerts ?? [])
      if (a.severity === sev && !out.some((o) => o.action === a.action))
        out.push({ action: a.action, severity: sev, possible: a.status !== 'met' });
  return out;
}

const actionText = (a: AlertLine) =>
  `${ACTION_WORDS[a.action as AlertAction] ?? a.action}${a.possible ? ' (possible)' : ''}`;

/** Alerts as badges (case list). */
export function AlertBadges({ alerts }: { alerts: AlertLine[] | undefined }) {
  if (!alerts?.length) return null;
  return (
    <span class="alert-badges" data-testid="list-alerts">
      {alerts.map((a) => (
        <span key={a.action} class={`badge alert-${a.severity}`}>
          {a.severity === 'high' ? '⚠ ' : ''}
          {actionText(a)}
        </span>
      ))}
    </span>
  );
}

/** High-priority alerts as a banner (top of the case, results box, printed report). */
export function AlertBanner({ alerts, where }: { alerts: AlertLine[]; where: string }) {
  const high = alerts.filter((a) => a.severity === 'high');
  if (!high.length) return null;
  return (
    <div class="alert-banner" role="alert" data-testid={`alert-banner-${where}`}>
      <strong>⚠ High-priority follow-up alert:</strong> {high.map(actionText).join('; ')}. See the follow-up
      section for the evidence.
    </div>
  );
}

async function download(path: string, fallbackName: string): Promise<void> {
  const res = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!res.ok) {
    let p: unknown;
    try {
      p = await res.json();
    } catch {
      p = { type: 'about:blank', title: res.statusText, status: res.status };
    }
    throw new ApiError(p as ApiError['problem']);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export and delete buttons of a stored case. */
export function CaseActions({
  id,
  version,
  title,
  dirty,
  readOnly,
  onPrint,
  onDeleted,
}: {
  id: string;
  version: number;
  title: string;
  dirty: boolean;
  readOnly: boolean;
  onPrint: () => void;
  onDeleted: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [msg, setMsg] = useState('');
  const exp = (format: 'json' | 'fhir') =>
    void download(`/api/cases/${id}/export?format=${format}`, `case-${id}.json`)
      .then(() => setMsg(`Exported version ${version}${format === 'fhir' ? ' as a FHIR Bundle' : ''}.`))
      .catch((e: unknown) => setMsg(problemText(e)));
  return (
    <div class="case-actions">
      <details class="menu">
        <summary>Export</summary>
        <div class="menu-items">
          <button onClick={() => exp('json')}>Case (JSON)</button>
          <button onClick={() => exp('fhir')}>FHIR R4 Bundle</button>
          <button onClick={onPrint}>Printable report</button>
          {dirty ? <p class="small muted">Exports are of the saved version {version}.</p> : null}
        </div>
      </details>
      {!readOnly ? (
        <button class="danger" onClick={() => setConfirming(true)}>
          Delete…
        </button>
      ) : null}
      {msg ? (
        <span class="small" role="status">
          {msg}
        </span>
      ) : null}
      {confirming ? (
        <div class="callout warn confirm" role="alertdialog" aria-labelledby="del-h" aria-describedby="del-d">
          <p id="del-h">
            <strong>Delete “{title}”?</strong>
          </p>
          <p id="del-d" class="small">
            The case leaves the case list. Its versions stay in the history (readable by id) and the deletion
            is recorded in the audit log with your name.
            {dirty ? ' Your unsaved changes are lost.' : ''}
          </p>
          <button
            class="danger"
            onClick={() =>
              void api('DELETE', `/api/cases/${id}`, undefined, { 'If-Match': `"${version}"` })
                .then(onDeleted)
                .catch((e: unknown) => {
                  setConfirming(false);
                  setMsg(`Not deleted: ${problemText(e)}`);
                })
            }
          >
            Delete the case
          </button>{' '}
          <button onClick={() => setConfirming(false)}>Cancel</button>
        </div>
      ) : null}
    </div>
  );
}

interface VersionEntry {
  version: number;
  action: string;
  restoredFrom?: number;
  changes: Change[];
  changedBy: string;
  changedByName: string | null;
  changedAt: string;
}

interface StoredVersion {
  id: string;
  version: number;
  title: string;
  data: Record<string, unknown>;
}

const ACTION_LABEL: Record<string, string> = {
  create: 'created',
  update: 'edited',
  delete: 'deleted',
  restore: 'restored',
};

/** The history of a case: every version, view one, restore one as a new version after seeing the diff. */
export function History({
  id,
  version,
  current,
  readOnly,
  dirty,
  onRestored,
}: {
  id: string;
  version: number;
  current: Record<string, unknown>;
  readOnly: boolean;
  dirty: boolean;
  onRestored: (s: StoredVersion) => void;
}) {
  const [items, setItems] = useState<VersionEntry[] | null>(null);
  const [shown, setShown] = useState<StoredVersion | null>(null);
  const [restoring, setRestoring] = useState<StoredVersion | null>(null);
  const [msg, setMsg] = useState('');
  useEffect(() => {
    void api<{ items: VersionEntry[] }>('GET', `/api/cases/${id}/history`).then((r) =>
      setItems(r.data.items),
    );
  }, [id, version]);
  const load = (v: number, then: (s: StoredVersion) => void) =>
    void api<StoredVersion>('GET', `/api/cases/${id}/versions/${v}`)
      .then((r) => then(r.data))
      .catch((e: unknown) => setMsg(problemText(e)));
  if (!items) return <p aria-busy="true">Loading…</p>;
  const diff = restoring ? diffPaths(current, restoring.data).filter((c) => c.path !== 'id') : [];
  return (
    <div class="history">
      {msg ? <p class="error">{msg}</p> : null}
      {restoring ? (
        <section
          class="card"
          aria-label={`Restore version ${restoring.version}`}
          data-testid="restore-preview"
        >
          <h3>
            Restore version {restoring.version} as version {version + 1}?
          </h3>
          <p class="small">
            Nothing is lost: versions 1–{version} stay in the history. Compared with the current version{' '}
            {version}, restoring changes:
          </p>
          {diff.length ? (
            <ul class="diff-list small">
              {diff.map((c) => (
                <li key={c.path} class={c.op === 'added' ? 'removed' : c.op === 'removed' ? 'added' : ''}>
                  <strong title={c.path}>{fieldWords(c.path)}</strong>{' '}
                  {c.op === 'added'
                    ? 'comes back'
                    : c.op === 'removed'
                      ? 'is removed (added after that version)'
                      : `: ${JSON.stringify(valueAt(current, c.path))} → ${JSON.stringify(valueAt(restoring.data, c.path))}`}
                </li>
              ))}
            </ul>
          ) : (
            <p class="small">nothing: the documents are the same.</p>
          )}
          {dirty ? (
            <p class="callout warn small">Your unsaved changes in the form will be discarded.</p>
          ) : null}
          <button
            class="primary"
            disabled={!diff.length}
            onClick={() =>
              void api<StoredVersion>(
                'POST',
                `/api/cases/${id}/versions/${restoring.version}/restore`,
                undefined,
                {
                  'If-Match': `"${version}"`,
                },
              )
                .then((r) => {
                  setRestoring(null);
                  onRestored(r.data);
                })
                .catch((e: unknown) => setMsg(problemText(e)))
            }
          >
            Restore as version {version + 1}
          </button>{' '}
          <button onClick={() => setRestoring(null)}>Cancel</button>
        </section>
      ) : null}
      <ol class="versions" reversed>
        {[...items].reverse().map((h) => (
          <li key={h.version} class="card">
            <div class="version-head">
              <strong>Version {h.version}</strong> · {ACTION_LABEL[h.action] ?? h.action}
              {h.restoredFrom ? ` from version ${h.restoredFrom}` : ''} · {when(h.changedAt)} · by{' '}
              {h.changedByName ?? h.changedBy.slice(0, 8)}
              <button class="link" onClick={() => load(h.version, setShown)}>
                View
              </button>
              {!readOnly && h.version !== version && h.action !== 'delete' ? (
                <button class="link" onClick={() => load(h.version, setRestoring)}>
                  Restore…
                </button>
              ) : null}
            </div>
            {h.changes.length ? (
              <p class="small">
                Changed:{' '}
                {h.changes.map((c, i) => (
                  <span key={i} class={`change change-${c.op}`}>
                    <span title={c.path}>{fieldWords(c.path)}</span> ({c.op})
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {shown ? (
        <section class="card" aria-label={`Version ${shown.version}`}>
          <h3>Version {shown.version} (read only)</h3>
          <pre class="json">{JSON.stringify(shown.data, null, 2)}</pre>
        </section>
      ) : null}
    </div>
  );
}

function valueAt(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** The search filters of the case list, as query parameters of GET /api/cases. */
export type ListFilters = {
  category: string;
  tier: string;
  screening: string;
  antibody: string;
  alert: string;
};

/** An empty filter set. */
export const NO_FILTERS: ListFilters = { category: '', tier: '', screening: '', antibody: '', alert: '' };

/** The filters as a query string fragment (`&tier=high…`). */
export function filterQuery(f: ListFilters): string {
  return Object.entries(f)
    .filter(([, v]) => v)
    .map(([k, v]) => `&${k}=${encodeURIComponent(v)}`)
    .join('');
}

/** The filter controls. */
export function CaseFilters({ value, onChange }: { value: ListFilters; onChange: (f: ListFilters) => void }) {
  const sel = (key: keyof ListFilters, label: string, options: [string, string][]) => (
    <label class="filter">
      <span class="sr-only">{label}</span>
      <select
        aria-label={label}
        value={value[key]}
        onChange={(e) => onChange({ ...value, [key]: (e.target as HTMLSelectElement).value })}
      >
        {options.map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="filters toolbar" role="group" aria-label="Filter cases">
      {sel('category', 'EULAR/ACR category', [
        ['', 'Any category'],
        ['definite', 'Definite'],
        ['probable', 'Probable'],
        ['possible', 'Possible'],
        ['not-met', 'Not met'],
      ])}
      {sel('tier', 'Cancer-risk tier', [
        ['', 'Any risk tier'],
        ['high', 'High risk'],
        ['intermediate', 'Intermediate risk'],
        ['low', 'Low risk'],
      ])}
      {sel('screening', 'Screening', [
        ['', 'Any screening status'],
        ['overdue', 'Screening overdue'],
        ['due', 'Screening due'],
      ])}
      {sel('alert', 'Follow-up alert', [
        ['', 'Any alerts'],
        ['any', 'With an alert'],
        ['high', 'High-priority alert'],
      ])}
      <label class="filter">
        <span class="sr-only">Positive antibody</span>
        <input
          aria-label="Positive antibody"
          placeholder="Antibody, e.g. TIF1γ"
          value={value.antibody}
          onInput={(e) => onChange({ ...value, antibody: (e.target as HTMLInputElement).value })}
        />
      </label>
    </div>
  );
}
