/**
 * Import of a FHIR R4 Bundle (or the record behind a CDS Hooks card's link): the case Heliotrope read, each
 * fact with the resource it came from, and the import issues beside it; a clinician then creates the case.
 * Self-contained: one page component, its own stylesheet (fhir-import.css), the app's API client.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, type User } from './api.js';
import { FINDING_LABELS } from './labels.js';

type Navigate = (path: string, replace?: boolean) => void;
type Json = Record<string, unknown>;

/** An import issue (OperationOutcome-like). */
interface ImportIssue {
  severity: 'error' | 'warning' | 'information';
  code: string;
  path: string;
  message: string;
  resource?: string;
}

/** What the import returns (and a CDS snapshot holds). */
interface ImportResult {
  case: Json;
  issues: ImportIssue[];
  provenance: { path: string; resource: string; expression: string }[];
  stats: { resources: number; used: number; unused: number; patient?: string };
  /** Set for a CDS snapshot. */
  source?: string;
  asOf?: string;
  expiresAt?: string;
}

const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const s = (v: unknown): string =>
  v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** One fact line: what it says, and the case path its sources are recorded under. */
interface Fact {
  path: string;
  text: string;
}

function facts(c: Json): { title: string; items: Fact[] }[] {
  const p = (c.patient ?? {}) as Json;
  const d = (c.dates ?? {}) as Json;
  const group = (title: string, items: Fact[]) => ({ title, items });
  const list = (key: string, text: (x: Json) => string) =>
    arr(c[key]).map((x, i) => ({ path: `${key}[${i}]`, text: text(x) }));
  const studies: Fact[] = [];
  for (const k of ['emg', 'muscleBiopsy', 'skinBiopsy'] as const) {
    const x = c[k] as Json | undefined;
    if (x)
      studies.push({
        path: k,
        text: `${k === 'emg' ? 'EMG' : k === 'muscleBiopsy' ? 'Muscle biopsy' : 'Skin biopsy'}: ${s(x.performed)}${x.interpretation ? `, ${s(x.interpretation)}` : ''}${x.conclusion ? `, ${s(x.conclusion)}` : ''}`,
      });
  }
  studies.push(...list('muscleImaging', (x) => `Muscle ${s(x.modality)}: ${s(x.finding)}`));
  studies.push(
    ...list('investigations', (x) => `${s(x.kind)}: ${s(x.result)}${x.date ? ` (${s(x.date)})` : ''}`),
  );
  return [
    group('Patient and dates', [
      { path: 'patient.sex', text: `Sex: ${s(p.sex)}` },
      ...(p.birthDate ? [{ path: 'patient.birthDate', text: `Born ${s(p.birthDate)}` }] : []),
      ...(p.age !== undefined ? [{ path: 'patient.age', text: `Age ${s(p.age)}` }] : []),
      ...(['symptomOnset', 'diagnosis', 'presentation'] as const)
        .filter((k) => d[k] !== undefined)
        .map((k) => ({
          path: `dates.${k}`,
          text: `${k === 'symptomOnset' ? 'Symptom onset' : k === 'diagnosis' ? 'Diagnosis' : 'Presentation'}: ${s(d[k])}`,
        })),
    ]),
    group(
      'Recorded diagnoses',
      list('diagnoses', (x) => `${s(x.subtype)}${x.verification ? ` (${s(x.verification)})` : ''}`),
    ),
    group(
      'Findings',
      list('findings', (x) => `${FINDING_LABELS[s(x.id)] ?? s(x.id)}: ${s(x.status)}`),
    ),
    group(
      'Strength (MRC)',
      list('strength', (x) => `${s(x.group)} ${s(x.side)}: ${s(x.grade)}`),
    ),
    group(
      'Laboratory',
      list(
        'labs',
        (x) =>
          `${s(x.analyte)}: ${x.value !== undefined ? `${s(x.comparator)}${s(x.value)} ${s(x.unit)}` : s(x.interpretation)}${x.date ? ` (${s(x.date)})` : ''}`,
      ),
    ),
    group(
      'Antibodies',
      list('antibodies', (x) => `anti-${s(x.target)}: ${s(x.result)}`),
    ),
    group('Studies and investigations', studies),
    group(
      'Cancers',
      list(
        'cancers',
        (x) =>
          [x.histology, x.site, (x.stage as Json | undefined)?.tnm, x.status]
            .filter(Boolean)
            .map(s)
            .join(', ') || 'cancer',
      ),
    ),
    group(
      'Treatments',
      list(
        'treatments',
        (x) => `${s(x.drug)}${x.dose ? ` ${s((x.dose as Json).value)} ${s((x.dose as Json).unit)}` : ''}`,
      ),
    ),
    group('Follow-up', [
      ...(arr(c.visits).length ? [{ path: 'visits', text: `${arr(c.visits).length} visit(s)` }] : []),
      ...(arr(c.tumourAssessments).length
        ? [{ path: 'tumourAssessments', text: `${arr(c.tumourAssessments).length} tumour assessment(s)` }]
        : []),
    ]),
  ].filter((g) => g.items.length);
}

/** The resources behind a case path (the import's provenance, and the facts' own evidence). */
function sourcesOf(r: ImportResult, path: string): string[] {
  const out = new Set<string>();
  for (const p of r.provenance)
    if (p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))
      out.add(p.resource);
  return [...out];
}

function IssueList({ issues }: { issues: ImportIssue[] }) {
  const shown = issues.filter((i) => i.severity !== 'information');
  const notes = issues.filter((i) => i.severity === 'information');
  return (
    <aside class="card fhir-issues" aria-labelledby="fhir-issues-h">
      <h3 id="fhir-issues-h">Import issues</h3>
      {shown.length === 0 ? <p class="muted">No errors or warnings.</p> : null}
      <ul>
        {shown.map((i) => (
          <li class={`fhir-issue ${i.severity}`}>
            <span class="badge">{i.severity}</span> <code>{i.resource ?? i.path}</code>
            <div>{i.message}</div>
            {i.resource ? <div class="muted small">{i.path}</div> : null}
          </li>
        ))}
      </ul>
      {notes.length ? (
        <details>
          <summary>
            {notes.length} note{notes.length === 1 ? '' : 's'} on resources and codes not used
          </summary>
          <ul>
            {notes.map((i) => (
              <li class="fhir-issue information small">{i.message}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </aside>
  );
}

/** The import page: upload (or a CDS snapshot), the case with sources, the issues, and "Create case". */
export function FhirImportPage({
  user,
  navigate,
  snapshotId,
}: {
  user: User;
  navigate: Navigate;
  snapshotId?: string;
}) {
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [title, setTitle] = useState('');

  const show = (r: ImportResult, name: string) => {
    setResult(r);
    setTitle(`Imported from FHIR: ${r.stats.patient ?? name}`);
  };

  useEffect(() => {
    if (!snapshotId) return;
    api<ImportResult>('GET', `/api/fhir/snapshots/${encodeURIComponent(snapshotId)}`)
      .then((r) => show(r.data, 'CDS Hooks record'))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [snapshotId]);

  const upload = async (file: File) => {
    setError('');
    setResult(null);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setError(`${file.name} is not JSON: expected a FHIR R4 Bundle, a Patient or an array of resources.`);
      return;
    }
    setBusy(true);
    try {
      show((await api<ImportResult>('POST', '/api/fhir/import', json)).data, file.name);
    } catch (e) {
      // Invalid input still yields the case built from the rest of the Bundle, with the issues.
      const p =
        e instanceof ApiError
          ? (e.problem as unknown as Partial<ImportResult> & { detail?: string })
          : undefined;
      if (p?.case && p.issues && p.provenance && p.stats) {
        show(p as ImportResult, file.name);
        setError(p.detail ?? 'The Bundle has errors.');
      } else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const create = async () => {
    if (!result) return;
    setBusy(true);
    try {
      const r = await api<{ id: string }>('POST', '/api/cases', { ...result.case, title });
      navigate(`/cases/${r.data.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="page fhir-import">
      <div class="page-head">
        <h2>{snapshotId ? 'Record from the EHR (CDS Hooks)' : 'Import FHIR Bundle'}</h2>
      </div>
      {!snapshotId ? (
        <div class="card fhir-drop">
          <label for="fhir-file">FHIR R4 Bundle, Patient or array of resources (JSON)</label>
          <input
            id="fhir-file"
            type="file"
            accept=".json,application/json,application/fhir+json"
            disabled={busy}
            onChange={(e) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) void upload(f);
            }}
          />
          <p class="muted small">
            The file is read by the server and nothing is saved until you create the case.
          </p>
        </div>
      ) : result?.expiresAt ? (
        <p class="muted small">
          Kept until {result.expiresAt.slice(0, 16).replace('T', ' ')} UTC; create a case to keep it.
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {busy ? <p aria-busy="true">Reading…</p> : null}
      {result ? (
        <div class="fhir-layout">
          <section class="card fhir-case" aria-labelledby="fhir-case-h">
            <h3 id="fhir-case-h">
              What Heliotrope read — {result.stats.used} of {result.stats.resources} resources used
              {result.stats.patient ? ` for ${result.stats.patient}` : ''}
            </h3>
            {facts(result.case).map((g) => (
              <div class="fhir-group">
                <h4>{g.title}</h4>
                <ul>
                  {g.items.map((f) => {
                    const src = sourcesOf(result, f.path);
                    return (
                      <li>
                        <span>{f.text}</span>
                        {src.length ? (
                          <span class="fhir-src" title="where this fact came from">
                            ← {src.slice(0, 3).join(', ')}
                            {src.length > 3 ? ` +${src.length - 3}` : ''}
                          </span>
                        ) : (
                          <span class="fhir-src muted">no source recorded</span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
            <p class="muted small">
              Imported facts are only as good as the record: check them against the source.
            </p>
            {user.role !== 'viewer' ? (
              <div class="fhir-create">
                <label for="fhir-title">Case title</label>
                <input
                  id="fhir-title"
                  value={title}
                  onInput={(e) => setTitle((e.target as HTMLInputElement).value)}
                />
                <button class="primary" disabled={busy} onClick={() => void create()}>
                  Create case
                </button>
              </div>
            ) : (
              <p class="muted small">Viewers cannot create cases.</p>
            )}
          </section>
          <IssueList issues={result.issues} />
        </div>
      ) : null}
    </main>
  );
}
