/**
 * The self-contained HTML report (`heliotrope report`): the follow-up timeline picture and the tables
 * behind it. No external assets, prints on A4/Letter.
 * @module
 */
import { issueText } from '../wording/messages.js';
import type { AssessmentReport } from '../../assess/assess.js';
import { isFailedSection, type SectionOutcome } from '../../contract/set.js';
import type { MonitoringResult } from '../../monitoring/follow-up.js';
import { bohanPeter1975Set } from '../../criteria/bohan-peter-1975/set.js';
import { eularAcr2017Set } from '../../criteria/eular-acr-2017/set.js';
import { cancerAssociationSet } from '../../cancer/association/set.js';
import { imacs2023Set } from '../../cancer/imacs-2023/set.js';
import { pns2004Set } from '../../cancer/pns-2004/set.js';
import { pnsCare2021Set } from '../../cancer/pns-care-2021/set.js';
import {
  ACTION_WORDS,
  PLAN_STATUS_WORDS,
  PNS_CARE_NA_WORDS,
  PROBABILITY_NA_WORDS,
  RED_FLAG_WORDS,
  codeWords,
  headlineWords,
  pct,
  subgroupWords,
  tisCategoryWords,
} from '../wording/index.js';
import { ALERT_RULES } from '../../monitoring/alerts.js';
import { CONCORDANCE_MEASURES } from '../../monitoring/concordance.js';
import { RECIST_RULES_BY_ID } from '../../monitoring/recist/evaluate.js';
import { esc, renderTimelineSvg, timelineChartData } from '../svg/timeline.js';
import {
  bestResponseQualifier,
  cdasiWords,
  dayText,
  seriesHeading,
  signalWords,
} from '../text/monitoring.js';

const f1 = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(1);
const pc = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : `${x > 0 ? '+' : ''}${x.toFixed(1)} %`;

function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function monitoringHtml(m: MonitoringResult): string {
  const parts: string[] = [];
  parts.push('<h2>Warning signal</h2>');
  if (!m.alerts.alerts.length) parts.push('<p>No alert.</p>');
  else {
    parts.push(
      `<ol class="alerts">${m.alerts.alerts
        .map((a) => {
          const rule = ALERT_RULES.find((r) => r.id === a.rule);
          return `<li class="sev-${a.severity}"><strong>${esc(ACTION_WORDS[a.action])}${a.status === 'unknown' ? ' (possible)' : ''}</strong> — ${esc(dayText(a.day))} [${esc(a.severity)}]<br>${esc(rule?.label ?? a.rule)}${a.signals?.length ? `<br>Signals: ${esc(a.signals.map(signalWords).join('; '))}` : ''}<br><small>Rule ${esc(a.rule)}. ${esc(rule?.note ?? '')} Source: ${esc(a.cite.map((c) => c.label + (c.doi ? ` doi:${c.doi}` : '')).join('; '))}</small></li>`;
        })
        .join('')}</ol>`,
    );
  }
  parts.push('<h2>Myositis activity by visit</h2>');
  if (m.course.visits.length === 0) parts.push('<p>No visits recorded.</p>');
  else
    parts.push(
      table(
        [
          'Date',
          'MMT-8',
          'Worst enzyme',
          'Physician global',
          'Patient global',
          'HAQ',
          'Extramuscular',
          'CDASI',
          'Rash',
        ],
        m.course.visits.map((v) => [
          esc(dayText(v.day)),
          v.mmt ? `${v.mmt.score}/${v.mmt.max}` : '—',
          v.enzyme ? `${esc(v.enzyme.analyte)} ${v.enzyme.value} (${v.enzyme.xUln.toFixed(2)} × ULN)` : '—',
          f1(v.physicianGlobal),
          f1(v.patientGlobal),
          f1(v.haq),
          f1(v.extramuscular),
          v.cdasiSeverity ? esc(cdasiWords(v.cdasiSeverity)) : '—',
          v.rashGrade === null ? '—' : (['none', 'mild', 'moderate', 'severe'][v.rashGrade] ?? '—'),
        ]),
      ),
    );
  if (m.course.changes.length) {
    parts.push('<h2>2016 ACR/EULAR Total Improvement Score between consecutive visits</h2>');
    parts.push(
      table(
        ['From', 'To', 'TIS (0–100)', 'Category', 'Worsened measures', 'CDASI change'],
        m.course.changes.map((ch) => {
          const a = m.course.visits.find((v) => v.index === ch.from)!;
          const b = m.course.visits.find((v) => v.index === ch.to)!;
          return [
            esc(dayText(a.day)),
            esc(dayText(b.day)),
            ch.tis.total !== null ? f1(ch.tis.total) : `${f1(ch.tis.min)}–${f1(ch.tis.max)}`,
            esc(tisCategoryWords(ch.tis.category)),
            esc(ch.tis.worsened.join(', ') || '—'),
            ch.cdasi
              ? esc(
                  `${ch.cdasi.followup - ch.cdasi.baseline > 0 ? '+' : ''}${ch.cdasi.followup - ch.cdasi.baseline}: UPenn ${ch.cdasi.upenn}, Stanford ${ch.cdasi.stanford}`,
                )
              : '—',
          ];
        }),
      ),
    );
    parts.push(
      '<p class="note">Minimal ≥ 20, moderate ≥ 40, major ≥ 60. Improvement is the absolute change as a percentage of each instrument’s range; enzymes use the relative change floored at the ULN (a documented decision).</p>',
    );
  }
  for (const s of m.course.tumour) {
    parts.push(`<h2>${esc(seriesHeading(s) ?? `RECIST 1.1${s.cancerId ? ` — ${s.cancerId}` : ''}`)}</h2>`);
    const r = s.recist;
    if (!r.valid) {
      parts.push(
        `<p>Not evaluable:</p><ul>${r.issues
          .filter((i) => i.severity === 'error')
          .map((i) => `<li>${esc(i.path)}: ${esc(issueText(i))}</li>`)
          .join('')}</ul>`,
      );
      continue;
    }
    parts.push(
      table(
        [
          'Date',
          'Sum (mm)',
          'vs baseline',
          'vs nadir',
          'Target',
          'Non-target',
          'New lesions',
          'Overall',
          'Rule',
        ],
        r.timePoints.map((t) => [
          esc(dayText(t.day)),
          f1(t.sumMm),
          t.isBaseline ? 'baseline' : pc(t.changeFromBaselinePercent),
          t.isBaseline
            ? '—'
            : `${pc(t.changeFromNadirPercent)} (${t.changeFromNadirMm === null ? '—' : `${t.changeFromNadirMm > 0 ? '+' : ''}${f1(t.changeFromNadirMm)} mm`}; nadir ${f1(t.nadirSumMm)})`,
          esc(t.target.category),
          esc(t.nonTarget.category),
          t.isBaseline ? '—' : t.newLesions.status === 'yes' ? String(t.newLesions.unequivocal) : 'none',
          `<strong>${esc(t.overall.category)}</strong>`,
          t.isBaseline ? '—' : esc(RECIST_RULES_BY_ID.get(t.target.rule)?.label ?? t.target.rule),
        ]),
      ),
    );
    parts.push(
      `<p>Best overall response: <strong>${esc(r.bestOverallResponse.category)}</strong>${esc(bestResponseQualifier(r.bestOverallResponse))}. Source: ${esc(r.citation.label)}.</p>`,
    );
  }
  parts.push('<h2>Do myositis activity and tumour burden move together?</h2>');
  const rows = m.concordance.measures
    .filter((x) => x.n > 0)
    .map((x) => [
      esc(CONCORDANCE_MEASURES.find((q) => q.id === x.measure)!.label),
      String(x.n),
      x.status === 'computed' ? x.rho!.toFixed(2) : '—',
      x.status === 'computed'
        ? `${x.pTwoSided!.toFixed(3)} (${x.pMethod === 'exact-permutation' ? 'exact' : 'approx.'})`
        : '—',
      x.status === 'computed'
        ? x.n < 8
          ? 'descriptive only: small n'
          : 'computed'
        : x.status === 'no-variation'
          ? 'one series does not vary'
          : `not called: fewer than ${m.concordance.minPairs} paired time points`,
    ]);
  parts.push(
    rows.length
      ? table(['Activity measure', 'Pairs (n)', 'Spearman rho', 'Two-sided p', 'Status'], rows)
      : '<p>No tumour assessment could be paired with a visit.</p>',
  );
  parts.push(
    `<p class="note">A visit pairs with a tumour assessment within ${m.concordance.windowDays} days. Positive rho = activity and tumour burden rise and fall together.</p>`,
  );
  return parts.join('\n');
}

const PLAN_MARK: Record<string, string> = {
  done: '✔',
  due: '●',
  overdue: '▲',
  upcoming: '○',
  'not-applicable': '–',
  consider: '?',
};

/** A section's result, or undefined when it could not be computed (the report then leaves it out). */
const computed = <R>(outcome: SectionOutcome<R>): R | undefined =>
  isFailedSection(outcome) ? undefined : outcome;

/** Classification, PNS, cancer risk tier, probability and the dated screening checklist. */
function summaryHtml(report: AssessmentReport): string {
  const e = computed(report.eularAcr2017);
  const b = computed(report.bohanPeter1975);
  const pns = computed(report.pns2004);
  const im = computed(report.imacs2023);
  const pr = computed(report.cancerProbability);
  const association = computed(report.cancerAssociation);
  const rows: string[][] = [];
  if (e) {
    rows.push([
      '2017 EULAR/ACR',
      `${esc(headlineWords('eularAcr2017', eularAcr2017Set.headline(e)))}: score ${f1(e.score)}, probability ${pct(e.probability)}${e.subgroup ? `; ${esc(subgroupWords(e.subgroup))}` : ''}${e.scoreRange.max > e.scoreRange.min ? ` <small>(score up to ${f1(e.scoreRange.max)}, probability up to ${pct(e.probabilityRange.max)} with the unknown items)</small>` : ''}`,
    ]);
  }
  if (b)
    rows.push([
      'Bohan &amp; Peter 1975',
      esc(headlineWords('bohanPeter1975', bohanPeter1975Set.headline(b))),
    ]);
  if (association)
    rows.push([
      'Cancer association (±3 years)',
      esc(headlineWords('cancerAssociation', cancerAssociationSet.headline(association))),
    ]);
  if (pns) rows.push(['Graus 2004 PNS', esc(headlineWords('pns2004', pns2004Set.headline(pns)))]);
  const care = computed(report.pnsCare2021);
  if (care)
    rows.push([
      'PNS-Care 2021',
      care.status === 'not-applicable'
        ? esc(PNS_CARE_NA_WORDS[care.reason])
        : `${esc(headlineWords('pnsCare2021', pnsCare2021Set.headline(care)))} (score ${care.score})`,
    ]);
  if (im) {
    rows.push([
      'IMACS 2023 risk tier',
      `${esc(headlineWords('imacs2023', imacs2023Set.headline(im)))}${im.riskProfileTier !== im.tier ? ` (risk profile: ${esc(codeWords('imacs2023', im.riskProfileTier))})` : ''}${im.factorListsVerified ? '' : ' <small>— factor lists pending verification against the guideline figure</small>'}`,
    ]);
  }
  if (im?.redFlags.considerScreening)
    rows.push(['IMACS 2023 red flags', `${esc(im.redFlags.present.join(', '))}: ${esc(RED_FLAG_WORDS)}`]);
  if (pr && pr.status === 'estimated') {
    rows.push([
      'Probability of an underlying cancer',
      `${pct(pr.posterior)} (pre-test ${pct(pr.pretest)}${pr.pretestSource === 'user' ? ', set by the user' : ''}${pr.steps.map((st) => `, anti-${esc(st.antibody)} ${st.result} × LR ${st.lr}`).join('')})`,
    ]);
  } else if (pr)
    rows.push([
      'Probability of an underlying cancer',
      `Not applicable: ${esc(PROBABILITY_NA_WORDS[pr.reason])}`,
    ]);
  const parts: string[] = [];
  if (rows.length)
    parts.push('<h2>Classification and cancer risk</h2>', table(['Assessment', 'Result'], rows));
  if (im) {
    const plan = im.plan;
    if (plan.mode === 'known-cancer') {
      parts.push(
        '<h2>Cancer screening</h2><p>A cancer is known: follow it oncologically (staging and response) rather than screening.</p>',
      );
    } else if (plan.mode === 'not-required') {
      parts.push(
        '<h2>Cancer screening</h2><p>Routine IIM-associated cancer screening is not required for this patient (IMACS 2023).</p>',
      );
    } else if (plan.items.length) {
      parts.push(`<h2>Cancer screening checklist (IMACS 2023), as of ${esc(plan.asOf)}</h2>`);
      parts.push(
        table(
          ['Investigation', 'Panel', 'Due', 'Status'],
          plan.items.map((it) => [
            esc(it.label),
            esc(it.occurrence === 0 ? it.panel : `${it.panel}, year ${it.occurrence}`),
            it.due
              ? esc(
                  it.due.earliest === it.due.latest ? it.due.earliest : `${it.due.earliest}…${it.due.latest}`,
                )
              : '—',
            `${esc(`${PLAN_MARK[it.status] ?? ''} ${PLAN_STATUS_WORDS[it.status]}`)}${it.reason === 'red-flag' ? ' (red flag, conditional)' : ''}${it.done ? ` ${esc(it.done.date ?? '')} (${esc(it.done.result)})` : ''}`,
          ]),
        ),
      );
    }
  }
  return parts.join('\n');
}

/**
 * Renders the HTML report of an assessment.
 * @param report - the assessment document (with its `monitoring` section)
 */
export function renderReportHtml(report: AssessmentReport): string {
  const c = report.case;
  const m = computed(report.monitoring);
  const who = [
    c.patient.age !== undefined ? `${c.patient.age}-year-old` : undefined,
    c.patient.sex !== 'unknown' ? c.patient.sex : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const svg = m?.hasTimeline
    ? renderTimelineSvg(timelineChartData(c, m))
    : '<p>No visits or tumour assessments recorded: no timeline to draw.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(c.title ?? 'Heliotrope report')}</title>
<style>
body{font-family:Helvetica,Arial,sans-serif;color:#111;margin:24px;max-width:1140px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:15px;margin:22px 0 6px;border-bottom:1px solid #999}
table{border-collapse:collapse;font-size:12px;margin:4px 0}th,td{border:1px solid #aaa;padding:3px 6px;text-align:left;vertical-align:top}th{background:#eee}
.note,small{color:#333;font-size:11.5px}.meta{font-size:12.5px}.notes{border:1px solid #999;padding:6px 10px;font-size:12px;background:#fafafa}
ol.alerts li{margin-bottom:8px;font-size:13px}li.sev-high{border-left:5px solid #111;padding-left:6px}
figure{margin:10px 0}svg{max-width:100%;height:auto}
@media print{body{margin:0}h2{break-after:avoid}figure,table{break-inside:avoid}}
</style></head><body>
<h1>${esc(c.title ?? 'Heliotrope follow-up report')}</h1>
<p class="meta">${esc(who)}${who ? ' — ' : ''}as of ${esc(report.asOf)} — Heliotrope engine ${esc(report.engine.version)}</p>
${c.notes ? `<div class="notes">${esc(c.notes)}</div>` : ''}
${summaryHtml(report)}
<h2>Follow-up timeline</h2>
<figure>${svg}<figcaption class="note">Figure: myositis activity and tumour burden on one time axis; treatments as bars; numbered markers are alerts.</figcaption></figure>
${m ? monitoringHtml(m) : ''}
<p class="note">Decision support only: every alert and computed value must be checked by the treating team.</p>
</body></html>
`;
}
