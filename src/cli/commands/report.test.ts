import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessCase } from '../../assess/assess.js';
import { parseCase } from '../../case/validate.js';
import { isFailedSection } from '../../contract/set.js';
import { reportSections } from '../../sets/registry.js';
import { runCli } from '../main.js';
import { loadReportView, reportViewInput, sectionTitles } from '../report-view.js';
import { processIo, type CliIo } from '../io.js';

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    ...processIo,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    today: () => '2026-11-21',
    out,
    err,
  };
}
const fixture = (n: string) =>
  join(import.meta.dirname, '..', '..', 'monitoring', '__fixtures__', `${n}.json`);

/** One scratch folder for the file's reports, removed when the file's tests end. */
const scratch = mkdtempSync(join(tmpdir(), 'helio-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('heliotrope report / calc / assess (monitoring)', () => {
  it('report --out writes a self-contained HTML file with the SVG timeline', async () => {
    const dir = mkdtempSync(join(scratch, 'r-'));
    const out = join(dir, 'r.html');
    const x = io();
    expect(
      await runCli(['report', fixture('leiomyosarcoma-course'), '--out', out, '--as-of', '2026-11-21'], x),
    ).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).toContain('Re-stage the cancer');
    expect(html).not.toMatch(/<script|<link|src="http/);
  });
  it('report shows the classification summary and the dated screening checklist', async () => {
    const dir = mkdtempSync(join(scratch, 'r-'));
    const out = join(dir, 'r.html');
    const screening = join(
      import.meta.dirname,
      '..',
      '..',
      'cancer',
      '__fixtures__',
      'screening-high-risk-no-cancer.json',
    );
    expect(await runCli(['report', screening, '--out', out, '--as-of', '2026-11-21'], io())).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h3>Results at a glance</h3>');
    expect(html).toContain('<td>2017 EULAR/ACR classification criteria</td><td>Definite IIM</td>');
    expect(html).toMatch(
      /<strong>Definite IIM<\/strong> — probability [\d.]+ %.* · score \d+\.\d \(up to \d+\.\d with the unknown items\)/,
    );
    // One-word results in clinician words, with what the unknown items could still make of them.
    expect(html).toContain(
      '<td>Graus 2004 paraneoplastic syndrome criteria</td><td>Criteria not met (could reach Definite PNS or Possible PNS)</td>',
    );
    expect(html).toContain('<td>IMACS 2023 cancer risk and screening plan</td><td>High risk');
    expect(html).not.toMatch(/<td>(not-met|high|definite)\b/);
    // The whole dated checklist (a file has no other view to send the reader to): done, overdue, upcoming.
    expect(html).toContain('<strong>As of 2026-11-21:</strong>');
    expect(html).toMatch(
      /Serum protein electrophoresis<span class="muted small"> \(basic\)<\/span><\/td><td>\d{4}-\d{2}-\d{2}<\/td><td><span class="tri tri-not-met"><span aria-hidden="true">!<\/span> Overdue/,
    );
    expect(html).toMatch(/data-status="done"[^>]*><td>Full blood count/);
    expect(html).toMatch(/data-status="upcoming"/);
    expect(html).toContain('No visits or tumour assessments recorded.');
  });
  it('report of a patient with a known cancer points to oncological follow-up', async () => {
    const dir = mkdtempSync(join(scratch, 'r-'));
    const out = join(dir, 'r.html');
    expect(
      await runCli(['report', fixture('leiomyosarcoma-course'), '--out', out, '--as-of', '2026-11-21'], io()),
    ).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<strong>A cancer is already known</strong>');
  });
  it("report is the web's print view: its markup, a summary row per computed section in registry order", async () => {
    const dir = mkdtempSync(join(scratch, 'r-'));
    const out = join(dir, 'r.html');
    const file = fixture('leiomyosarcoma-course');
    expect(await runCli(['report', file, '--out', out, '--as-of', '2026-11-21'], io())).toBe(0);
    const html = readFileSync(out, 'utf8');
    const c = parseCase(JSON.parse(readFileSync(file, 'utf8')));
    const report = assessCase(c, { asOf: '2026-11-21' });
    const view = await loadReportView();
    // The body is exactly what the web's PrintReport component renders for this case and assessment.
    expect(html).toContain(`<main>${view.module.renderReportBody(reportViewInput(c, report))}</main>`);
    expect(html).toContain('<article class="print-report">');
    const titles = sectionTitles();
    const rows = [...html.matchAll(/<tr><td>([^<]+)<\/td><td>[^<]*<\/td><\/tr>/g)].map((m) => m[1]);
    expect(rows).toEqual(
      reportSections
        .filter((s) => !isFailedSection(report[s.key]))
        .map((s) => titles[s.key]?.replace('&', '&amp;')),
    );
    // The web's stylesheet is inlined (its print rules included), nothing else is loaded.
    expect(html).toMatch(/<style>[^<]*\.print-report[^<]*@media print/);
    expect(html).not.toMatch(/<script|<link|src="http/);
  });
  it('report with a bad date → exit 2 with a clear message', async () => {
    const x = io();
    expect(await runCli(['report', fixture('breast-idc-course'), '--as-of', '21/11/2026'], x)).toBe(2);
    expect(x.err.join('')).toContain('--as-of');
  });
  it('assess --json carries the monitoring section', async () => {
    const x = io();
    expect(await runCli(['assess', fixture('breast-idc-course'), '--json', '--as-of', '2026-11-21'], x)).toBe(
      0,
    );
    const doc = JSON.parse(x.out.join('')) as { monitoring: { alerts: { alerts: { rule: string }[] } } };
    expect(doc.monitoring.alerts.alerts.map((a) => a.rule)).toContain('concordant-response');
  });
  it('calc tis-2016 item=value and calc recist-1.1 --input', async () => {
    const x = io();
    expect(
      await runCli(
        ['calc', 'tis-2016', 'physician-global-baseline=8', 'physician-global-followup=3', '--json'],
        x,
      ),
    ).toBe(0);
    expect(JSON.parse(x.out.join(''))).toMatchObject({ min: 20, category: 'indeterminate' });
    const y = io();
    expect(await runCli(['calc', 'recist-1.1', '--input', fixture('leiomyosarcoma-course')], y)).toBe(2);
    expect(y.err.join('')).toContain('assessments');
  });
});
