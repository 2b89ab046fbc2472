/**
 * The case list screen: search, filters and key results.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import { api, problemText, type User } from '../api.js';
import { EULAR_CATEGORY, pct, SUBGROUP, when } from '../labels.js';
import { codeWords, reachWords, SCREENING_MODE_WORDS } from 'heliotrope/wording';
import {
  AlertBadges,
  CaseFilters,
  filterQuery,
  NO_FILTERS,
  type AlertLine,
  type ListFilters,
} from '../case-actions.js';
import { takeFlash, type CaseHeader, type Navigate } from './case-types.js';

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
    const f = takeFlash();
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
