/**
 * The printable report of one case: the Report tab of the case screen, and — rendered to a string by
 * report-document.tsx — the HTML file of `heliotrope report`. One component for both, so they cannot differ.
 * @module
 */
import { useContext } from 'preact/hooks';
import type { Draft } from '../case-form.js';
import { headlineWords } from 'heliotrope/wording';
import { FINDING_LABELS, humanize, pct, resultWords, SUBGROUP, when } from '../labels.js';
import { StaticDocument } from '../primitives.js';
import { ReportSections, sectionTitles } from '../report-views.js';
import { AlertBanner, reportAlerts } from '../case-actions.js';
import { computed, type Report, type StoredCase } from './case-types.js';

/** A case date as text: an ISO date as written, a relative one as its offset from its anchor. */
function dateText(d: unknown): string {
  if (typeof d === 'string') return d;
  if (d && typeof d === 'object' && 'relativeTo' in d) {
    const r = d as { relativeTo: string; offset?: number; unit?: string };
    return `${r.offset ?? 0} ${r.unit ?? 'day'}(s) from ${r.relativeTo}`;
  }
  return 'undated';
}

/**
 * The printable report of one case (the Report tab; in a static document, the report file).
 * @param draft - the case
 * @param report - its assessment with the sections' headlines
 * @param stored - the stored case it belongs to; null for an unsaved draft (or a case file)
 */
export function PrintReport({
  draft,
  report,
  stored,
}: {
  draft: Draft;
  report: Report | null;
  stored: StoredCase | null;
}) {
  const p = draft.patient ?? {};
  const e = computed(report?.eularAcr2017);
  const b = computed(report?.bohanPeter1975);
  const findings = draft.findings ?? [];
  const findingNames = (status: 'present' | 'absent') =>
    findings.flatMap((f) => (f.status === status && f.id ? [FINDING_LABELS[f.id] ?? f.id] : []));
  const labs = draft.labs ?? [];
  const abs = draft.antibodies ?? [];
  const cancers = draft.cancers ?? [];
  const treatments = draft.treatments ?? [];
  const familyHistory = p.familyHistoryOfCancer ?? 'unknown';
  const who = [
    p.sex && p.sex !== 'unknown' ? p.sex : null,
    p.age !== undefined ? `${p.age} years` : null,
    p.ageAtOnset !== undefined ? `age at onset ${p.ageAtOnset}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const isStatic = useContext(StaticDocument);
  // Each computed section's one-line result (its headline in words), in report order.
  const summary = Object.entries(report?.headlines ?? {}).map(([key, h]) => ({
    key,
    title: sectionTitles[key] ?? humanize(key),
    words: headlineWords(key, h),
  }));
  const list = (xs: string[]) => (xs.length ? xs.join('; ') : <span class="muted">none recorded</span>);
  return (
    <article class="print-report">
      {isStatic ? null : (
        <div class="no-print toolbar">
          <button class="primary" onClick={() => window.print()}>
            Print
          </button>
          <span class="muted small">
            As many pages as the case needs: any high-priority alert and the recorded data first, then the
            result of every section; the browser's print dialog can save it as PDF.
          </span>
        </div>
      )}
      <header>
        <h2>Heliotrope assessment{draft.title ? `: ${draft.title}` : ''}</h2>
        <AlertBanner alerts={reportAlerts(report)} where="print" />
        <p>{who || 'Demographics not recorded'}</p>
        <p class="small muted">
          As of {report?.asOf ?? ''} · engine{' '}
          {(report?.engine as { version?: string } | undefined)?.version ?? ''}
          {stored
            ? ` · case version ${stored.version}, saved ${when(stored.updatedAt)}`
            : isStatic
              ? ''
              : ' · unsaved draft'}
        </p>
      </header>
      <section>
        <h3>Recorded data</h3>
        <dl class="facts">
          <dt>Present</dt>
          <dd>{list(findingNames('present'))}</dd>
          <dt>Absent</dt>
          <dd>{list(findingNames('absent'))}</dd>
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
                  [c.stage?.tnm, c.stage?.extent, c.stage?.text].filter(Boolean).join(', '),
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
      {summary.length ? (
        <section data-testid="report-summary">
          <h3>Results at a glance</h3>
          <table class="items">
            <thead>
              <tr>
                <th scope="col">Assessment</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {summary.map((r) => (
                <tr key={r.key}>
                  <td>{r.title}</td>
                  <td>{r.words}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {e ? (
        <section>
          <h3>2017 EULAR/ACR classification criteria</h3>
          <p>
            <strong>{resultWords('eularAcr2017', report?.headlines?.eularAcr2017, e.category)}</strong> —
            probability {pct(e.probability)}
            {e.probabilityRange.max > e.probability + 0.0005
              ? ` (up to ${pct(e.probabilityRange.max)} if unknown items were met)`
              : ''}{' '}
            · score {e.score.toFixed(1)}
            {e.scoreRange.max > e.scoreRange.min
              ? ` (up to ${e.scoreRange.max.toFixed(1)} with the unknown items)`
              : ''}
            , {e.model === 'biopsy' ? 'with' : 'without'} muscle biopsy · subgroup:{' '}
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
        Decision support only: every alert and computed value must be checked by the treating team.
        Classification criteria support, but do not replace, clinical judgement. Generated by Heliotrope.
      </footer>
    </article>
  );
}
