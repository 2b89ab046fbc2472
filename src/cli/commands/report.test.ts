import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main.js';
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

describe('heliotrope report / calc / assess (monitoring)', () => {
  it('report --out writes a self-contained HTML file with the SVG timeline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helio-'));
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
    const dir = mkdtempSync(join(tmpdir(), 'helio-'));
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
    expect(html).toContain('<h2>Classification and cancer risk</h2>');
    expect(html).toMatch(/2017 EULAR\/ACR<\/td><td>Definite IIM: score \d+\.\d/);
    // One-word results in clinician words, with what the unknown items could still make of them.
    expect(html).toContain(
      '<td>Graus 2004 PNS</td><td>Criteria not met (could reach Definite PNS or Possible PNS)</td>',
    );
    expect(html).toContain('<td>IMACS 2023 risk tier</td><td>High risk');
    expect(html).not.toMatch(/<td>(not-met|high|definite)\b/);
    expect(html).toContain('Cancer screening checklist (IMACS 2023), as of 2026-11-21');
    expect(html).toMatch(
      /Serum protein electrophoresis<\/td><td>basic<\/td><td>\d{4}-\d{2}-\d{2}<\/td><td>▲ Overdue/,
    );
    expect(html).toContain('<p>No visits recorded.</p>');
  });
  it('report of a patient with a known cancer points to oncological follow-up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helio-'));
    const out = join(dir, 'r.html');
    expect(
      await runCli(['report', fixture('leiomyosarcoma-course'), '--out', out, '--as-of', '2026-11-21'], io()),
    ).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('A cancer is known: follow it oncologically');
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
