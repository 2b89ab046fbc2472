/**
 * The follow-up (monitoring) section: the shared-axis SVG timeline, alerts, the Total Improvement Score
 * between consecutive visits and RECIST 1.1 per tumour assessment. Wording follows
 * src/render/text/monitoring.ts.
 * @module
 */
import type { Case, MonitoringResult } from 'heliotrope';
import {
  ACTION_WORDS,
  alertRuleNote,
  alertRuleWords,
  bestResponseQualifier,
  cdasiWords,
  codeWords,
  concordanceMeasureWords,
  dayText,
  recistRuleWords,
  SEVERITY_WORDS,
  seriesHeading,
  signalWords,
  tisCategoryWords,
} from 'heliotrope/wording';
import { Cite } from './primitives.js';
import { TimelineBox } from './timeline-box.js';

const SEVERITY: Record<string, { icon: string; cls: string }> = {
  high: { icon: '!', cls: 'not-met' },
  moderate: { icon: '▲', cls: 'unknown' },
  information: { icon: 'ℹ', cls: 'neutral' },
};
const recistWords = (code: string) => codeWords('recist11', code);

const f1 = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(1);
const RASH = ['none', 'mild', 'moderate', 'severe'];
const signed = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(1)} %`;

/** The follow-up section. */
export function MonitoringView({
  m,
  c,
  brief,
}: {
  m: MonitoringResult;
  c: Case | undefined;
  brief?: boolean;
}) {
  if (!m.hasTimeline)
    return (
      <section class="section-view" aria-labelledby="mon-h" data-section="monitoring">
        <h3 id="mon-h">Follow-up</h3>
        <p class="muted">No visits or tumour assessments recorded.</p>
      </section>
    );
  const visitDay = (index: number) => dayText(m.course.visits.find((v) => v.index === index)?.day);
  const nAssess = new Set(m.course.tumour.flatMap((t) => t.assessmentIndices)).size;
  return (
    <section class="section-view" aria-labelledby="mon-h" data-section="monitoring">
      <h3 id="mon-h">Follow-up</h3>
      <p class="small">
        {m.course.visits.length} dated visit{m.course.visits.length === 1 ? '' : 's'}; {nAssess} tumour
        assessment{nAssess === 1 ? '' : 's'}; {m.course.treatments.length} treatment
        {m.course.treatments.length === 1 ? '' : 's'}.
      </p>
      <TimelineBox m={m} c={c} />

      <h4>Alerts</h4>
      {!m.alerts.alerts.length ? (
        <p class="small" data-testid="no-alerts">
          No alert.
        </p>
      ) : (
        <ul class="alerts" data-testid="alerts">
          {m.alerts.alerts.map((a, k) => {
            const s = SEVERITY[a.severity] ?? SEVERITY.information!;
            return (
              <li key={k} class={`alert-${a.severity}`}>
                <span class={`tri tri-${s.cls}`}>
                  <span aria-hidden="true">{s.icon}</span> {SEVERITY_WORDS[a.severity] ?? a.severity}
                </span>{' '}
                <strong>
                  {ACTION_WORDS[a.action] ?? a.action}
                  {a.status === 'unknown' ? ' (possible)' : ''}
                </strong>{' '}
                — {dayText(a.day)}: {alertRuleWords(a.rule)}
                {a.signals?.length ? `; signals: ${a.signals.map(signalWords).join('; ')}` : ''}
                <div class="small muted">
                  {alertRuleNote(a.rule) ? `${alertRuleNote(a.rule)} ` : ''}
                  Source: {a.cite.map((c) => c.label + (c.doi ? ` doi:${c.doi}` : '')).join('; ')}
                </div>
                {!brief && a.evidence.length ? (
                  <div class="evidence">
                    From: {a.evidence.map((e) => `${e.path}${e.note ? ` (${e.note})` : ''}`).join('; ')}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <p class="small">
        Refractory myositis:{' '}
        {m.alerts.refractory.status === 'met'
          ? 'yes'
          : m.alerts.refractory.status === 'not-met'
            ? 'no'
            : 'cannot be judged (too little follow-up)'}
      </p>

      <h4>Myositis activity by visit</h4>
      {m.course.visits.length === 0 ? (
        <p class="small">No visits recorded.</p>
      ) : (
        <table class="items" data-testid="visits-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">MMT-8</th>
              <th scope="col">Worst enzyme</th>
              <th scope="col">Physician global</th>
              <th scope="col">Patient global</th>
              <th scope="col">HAQ</th>
              <th scope="col">Extramuscular</th>
              <th scope="col">CDASI</th>
              <th scope="col">Rash</th>
            </tr>
          </thead>
          <tbody>
            {m.course.visits.map((v) => (
              <tr key={v.index}>
                <td>{dayText(v.day)}</td>
                <td>{v.mmt ? `${v.mmt.score}/${v.mmt.max}` : '—'}</td>
                <td>
                  {v.enzyme
                    ? `${v.enzyme.analyte} ${v.enzyme.value} (${v.enzyme.xUln.toFixed(2)} × ULN)`
                    : '—'}
                </td>
                <td>{f1(v.physicianGlobal)}</td>
                <td>{f1(v.patientGlobal)}</td>
                <td>{f1(v.haq)}</td>
                <td>{f1(v.extramuscular)}</td>
                <td>{v.cdasiSeverity ? cdasiWords(v.cdasiSeverity) : '—'}</td>
                <td>{v.rashGrade === null ? '—' : (RASH[v.rashGrade] ?? '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {m.course.changes.length ? (
        <>
          <h4>Total Improvement Score between visits</h4>
          <table class="items" data-testid="tis-table">
            <thead>
              <tr>
                <th scope="col">From → to</th>
                <th scope="col" class="num">
                  TIS (0–100)
                </th>
                <th scope="col">Response</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {m.course.changes.map((ch) => (
                <tr key={`${ch.from}-${ch.to}`}>
                  <td>
                    {visitDay(ch.from)} → {visitDay(ch.to)}
                  </td>
                  <td class="num">
                    {ch.tis.total !== null ? f1(ch.tis.total) : `${f1(ch.tis.min)}–${f1(ch.tis.max)}`}
                  </td>
                  <td>{tisCategoryWords(ch.tis.category)}</td>
                  <td class="small">
                    {[
                      ch.tis.missing.length ? `unknown: ${ch.tis.missing.join(', ')}` : '',
                      ch.tis.worsened.length ? `worsened: ${ch.tis.worsened.join(', ')}` : '',
                      ch.cdasi
                        ? `CDASI ${ch.cdasi.decrease >= 0 ? '−' : '+'}${Math.abs(ch.cdasi.decrease)} (${ch.cdasi.combined === 'indeterminate' ? `UPenn ${ch.cdasi.upenn}, Stanford ${ch.cdasi.stanford}` : ch.cdasi.combined})`
                        : '',
                    ]
                      .filter(Boolean)
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted small">
            2016 ACR/EULAR response: ≥ 20 minimal, ≥ 40 moderate, ≥ 60 major improvement. Improvement is the
            absolute change as a percentage of each instrument’s range; enzymes use the relative change
            floored at the ULN (a documented decision).
          </p>
        </>
      ) : null}

      {m.course.tumour.map((t, k) => (
        <div key={k} data-testid="recist">
          <h4>{seriesHeading(t) ?? `RECIST 1.1 tumour response${t.cancerId ? ` — ${t.cancerId}` : ''}`}</h4>
          {!t.recist.valid ? (
            <p class="callout">Not evaluable: the measurements break RECIST 1.1 rules.</p>
          ) : null}
          <table class="items">
            <thead>
              <tr>
                <th scope="col">Assessment</th>
                <th scope="col" class="num">
                  Sum of diameters
                </th>
                <th scope="col" class="num">
                  vs baseline
                </th>
                <th scope="col" class="num">
                  vs nadir
                </th>
                <th scope="col">Target</th>
                <th scope="col">Non-target</th>
                <th scope="col">Overall response</th>
                <th scope="col">Rule</th>
              </tr>
            </thead>
            <tbody>
              {t.recist.timePoints.map((p) => (
                <tr key={p.index} data-recist={p.overall.category}>
                  <td>{dayText(p.day)}</td>
                  <td class="num">{p.sumMm === null ? '—' : `${p.sumMm} mm`}</td>
                  <td class="num">{p.isBaseline ? '—' : signed(p.changeFromBaselinePercent)}</td>
                  <td class="num">
                    {p.isBaseline
                      ? '—'
                      : `${signed(p.changeFromNadirPercent)}${p.changeFromNadirMm === null ? '' : ` (${p.changeFromNadirMm > 0 ? '+' : p.changeFromNadirMm < 0 ? '−' : ''}${f1(Math.abs(p.changeFromNadirMm))} mm; nadir ${f1(p.nadirSumMm)} mm)`}`}
                  </td>
                  <td>{recistWords(p.target.category)}</td>
                  <td>{recistWords(p.nonTarget.category)}</td>
                  <td>
                    <strong>{recistWords(p.overall.category)}</strong>
                    {p.newLesions.status === 'yes'
                      ? ` · ${p.newLesions.unequivocal} new lesion${p.newLesions.unequivocal === 1 ? '' : 's'}`
                      : ''}
                  </td>
                  <td class="small">{p.isBaseline ? '—' : recistRuleWords(p.target.rule)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {t.recist.bestOverallResponse ? (
            <p class="small">
              Best overall response: {recistWords(t.recist.bestOverallResponse.category)}
              {bestResponseQualifier(t.recist.bestOverallResponse)}
            </p>
          ) : null}
          <Cite c={t.recist.citation} />
        </div>
      ))}

      <h4>Do myositis activity and tumour burden move together?</h4>
      {m.concordance.measures.some((x) => x.n > 0) ? (
        <table class="items" data-testid="concordance-table">
          <thead>
            <tr>
              <th scope="col">Activity measure</th>
              <th scope="col" class="num">
                Pairs (n)
              </th>
              <th scope="col" class="num">
                Spearman rho
              </th>
              <th scope="col" class="num">
                Two-sided p
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {m.concordance.measures
              .filter((x) => x.n > 0)
              .map((x) => (
                <tr key={x.measure}>
                  <td>{concordanceMeasureWords(x.measure)}</td>
                  <td class="num">{x.n}</td>
                  <td class="num">
                    {x.status === 'computed' && typeof x.rho === 'number' ? x.rho.toFixed(2) : '—'}
                  </td>
                  <td class="num">
                    {x.status === 'computed' && typeof x.pTwoSided === 'number'
                      ? `${x.pTwoSided.toFixed(3)} (${x.pMethod === 'exact-permutation' ? 'exact' : 'approx.'})`
                      : '—'}
                  </td>
                  <td>
                    {x.status === 'computed'
                      ? x.n < 8
                        ? 'descriptive only: small n'
                        : 'computed'
                      : x.status === 'no-variation'
                        ? 'one series does not vary'
                        : `not called: fewer than ${m.concordance.minPairs} paired time points`}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      ) : (
        <p class="small">No tumour assessment could be paired with a visit.</p>
      )}
      <p class="muted small">
        A visit pairs with a tumour assessment within {m.concordance.windowDays} days. Positive rho = activity
        and tumour burden rise and fall together.
      </p>
    </section>
  );
}
