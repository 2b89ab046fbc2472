/**
 * The follow-up (monitoring) section: the shared-axis SVG timeline, alerts, the Total Improvement Score
 * between consecutive visits and RECIST 1.1 per tumour assessment. Wording follows
 * src/render/text/monitoring.ts.
 * @module
 */
import type { Case, MonitoringResult } from 'heliotrope';
import {
  ACTION_WORDS,
  alertRuleWords,
  bestResponseQualifier,
  codeWords,
  dayText,
  evidenceSourceWords,
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
                {!brief && a.evidence.length ? (
                  <div class="evidence">From: {evidenceSourceWords(a.evidence)}</div>
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
            2016 ACR/EULAR response: ≥ 20 minimal, ≥ 40 moderate, ≥ 60 major improvement.
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
                <th scope="col">Overall response</th>
              </tr>
            </thead>
            <tbody>
              {t.recist.timePoints.map((p) => (
                <tr key={p.index} data-recist={p.overall.category}>
                  <td>{dayText(p.day)}</td>
                  <td class="num">{p.sumMm === null ? '—' : `${p.sumMm} mm`}</td>
                  <td class="num">{p.isBaseline ? '—' : signed(p.changeFromBaselinePercent)}</td>
                  <td class="num">{p.isBaseline ? '—' : signed(p.changeFromNadirPercent)}</td>
                  <td>
                    <strong>{recistWords(p.overall.category)}</strong>
                    {p.newLesions.status === 'yes' ? ' · new lesion' : ''}
                  </td>
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
          {!brief ? <Cite c={t.recist.citation} /> : null}
        </div>
      ))}
    </section>
  );
}
