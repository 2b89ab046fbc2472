/**
 * The HTML summary page of a population run (summary.html): self-contained, charts as inline SVG (category
 * and tier distribution, overdue screening by test), and the counts behind them. No external assets.
 * @module
 */
import type { PopulationSummary } from '../../assess/population-results/summary.js';
import { sortedCounts } from '../../assess/population-results/summary.js';
import { esc } from '../svg/timeline.js';
import {
  alertRuleLabel,
  badLineLabel,
  populationCategoryLabel,
  populationSubgroupLabel,
  screeningItemLabel,
  tierLabel,
} from '../wording/population.js';

const COLORS = ['#4c6ef5', '#e8590c', '#2b8a3e', '#c2255c', '#7048e8', '#1098ad', '#f59f00', '#495057'];

/** A horizontal bar chart as inline SVG. */
function barChart(title: string, rows: [string, number][], color?: string): string {
  if (!rows.length) return `<figure><figcaption>${esc(title)}</figcaption><p>None.</p></figure>`;
  const max = Math.max(...rows.map((r) => r[1]));
  const labelW = 300;
  const barW = 360;
  const rowH = 24;
  const h = rows.length * rowH + 8;
  const bars = rows
    .map(([label, v], i) => {
      const w = max ? Math.max(1, Math.round((v / max) * barW)) : 0;
      const y = 4 + i * rowH;
      return (
        `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end">${esc(label)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}" fill="${color ?? COLORS[i % COLORS.length]}"><title>${esc(label)}: ${v}</title></rect>` +
        `<text x="${labelW + w + 6}" y="${y + 16}">${v.toLocaleString('en')}</text>`
      );
    })
    .join('');
  return `<figure><figcaption>${esc(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" viewBox="0 0 ${labelW + barW + 90} ${h}" width="100%" font-family="system-ui, sans-serif" font-size="13">${bars}</svg></figure>`;
}

function table(head: string[], rows: (string | number)[][]): string {
  return `<table><thead><tr>${head.map((x) => `<th>${esc(x)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td>${esc(typeof c === 'number' ? c.toLocaleString('en') : c)}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

/**
 * Renders summary.html.
 * @param s - the run summary
 */
export function renderPopulationHtml(s: PopulationSummary): string {
  const labelled = (o: Record<string, number>, f: (k: string) => string): [string, number][] =>
    sortedCounts(o).map(([k, v]) => [f(k), v]);
  const myositis = (s.byCategory.probable ?? 0) + (s.byCategory.definite ?? 0);
  const b = s.input.badLines;
  const body = [
    `<h1>Population run</h1>`,
    `<p class="meta">As of ${esc(s.asOf)} · engine ${esc(s.engine.version)} · ${s.patients.total.toLocaleString('en')} patients (${s.patients.assessed.toLocaleString('en')} assessed${s.patients.failed ? `, ${s.patients.failed.toLocaleString('en')} not assessed` : ''}) · ${myositis.toLocaleString('en')} with probable or definite myositis · worklist ${s.worklist.toLocaleString('en')}</p>`,
    barChart(
      '2017 EULAR/ACR category (unknown items counted absent), all patients',
      labelled(s.byCategory, populationCategoryLabel),
    ),
    barChart('IMACS 2023 cancer-risk tier, probable or definite myositis', labelled(s.byTier, tierLabel)),
    barChart('Subgroup, probable or definite myositis', labelled(s.bySubgroup, populationSubgroupLabel)),
    barChart(
      `Screening overdue by test, probable or definite myositis (${s.patientsOverdue.toLocaleString('en')} patients with at least one)`,
      labelled(s.overdueByTest, screeningItemLabel),
      '#c92a2a',
    ),
    barChart(
      'Screening due now by test, probable or definite myositis',
      labelled(s.dueByTest, screeningItemLabel),
      '#f59f00',
    ),
    `<h2>Warning alerts</h2>`,
    Object.keys(s.alertsByRule).length
      ? table(
          ['Rule', 'Patients'],
          sortedCounts(s.alertsByRule).map(([k, v]) => [alertRuleLabel(k), v]),
        )
      : '<p>None.</p>',
    `<h2>Input</h2>`,
    table(
      ['File', 'Type', 'Lines'],
      s.input.files.map((f) => [f.name, f.type ?? 'mixed', f.lines]),
    ),
    b.total
      ? `<h3>Lines not used (${b.total.toLocaleString('en')})</h3>` +
        table(
          ['Kind', 'Lines'],
          sortedCounts(b.byKind).map(([k, v]) => [badLineLabel(k), v]),
        ) +
        table(
          ['File', 'Line', 'Kind'],
          b.first.slice(0, 20).map((e) => [e.file, e.line, badLineLabel(e.kind)]),
        )
      : '<p>Every line was read.</p>',
    s.patients.failed
      ? `<h3>Patients not assessed</h3>` +
        table(['Reason', 'Patients'], sortedCounts(s.patients.failedByKind))
      : '',
    Object.keys(s.input.outsidePatientCompartment).length
      ? `<h3>Resources not linked to a patient (not used)</h3>` +
        table(['Type', 'Resources'], sortedCounts(s.input.outsidePatientCompartment))
      : '',
    `<p class="note">Classification criteria support, but do not replace, clinical judgement. Counts use each patient's category with unknown items counted absent; results.csv gives the highest category still reachable.</p>`,
  ].join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Heliotrope population run — ${esc(s.asOf)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#212529}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}figure{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.4rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #dee2e6;padding:.25rem .6rem;text-align:left}
td:last-child{text-align:right}.meta{color:#495057}.note{color:#495057;font-size:.9rem;margin-top:2rem}
</style></head><body>
${body}
</body></html>
`;
}
