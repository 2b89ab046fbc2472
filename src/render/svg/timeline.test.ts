import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../case/validate.js';
import { assessMonitoring } from '../../monitoring/index.js';
import { monthTicks, renderTimelineSvg, timelineChartData } from './timeline.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'monitoring', '__fixtures__');
const load = (n: string) => parseCase(JSON.parse(readFileSync(join(fixtures, `${n}.json`), 'utf8')));
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe('timeline SVG', () => {
  const c = load('leiomyosarcoma-course');
  const m = assessMonitoring(c);
  const data = timelineChartData(c, m);
  const svg = renderTimelineSvg(data);

  it('one point per measured visit and tumour assessment, on one shared time axis', () => {
    expect(count(svg, /class="point-mmt"/g)).toBe(7);
    expect(count(svg, /class="point-enzyme"/g)).toBe(7);
    expect(count(svg, /class="point-cdasi"/g)).toBe(3);
    expect(count(svg, /class="point-tumour"/g)).toBe(4);
    expect(count(svg, /class="x-axis"/g)).toBe(1);
  });
  it('axis labels, RECIST labels, treatments and alert markers are drawn', () => {
    for (const label of [
      'MMT-8 (% of maximum)',
      'CK (× ULN)',
      'CDASI activity',
      'Sum of diameters (mm)',
      'Date (shared time axis)',
    ])
      expect(svg).toContain(label);
    for (const lab of ['BL 156 mm', 'SD 146 mm', 'PD 186 mm']) expect(svg).toContain(lab);
    expect(count(svg, /class="treatment treatment-/g)).toBe(7);
    expect(svg).toContain('doxorubicin 75 mg/m² ×6 (−25 % dose)');
    expect(count(svg, /class="alert alert-/g)).toBe(2);
    expect(svg).toContain('Re-stage the cancer (2019-10-05)');
  });
  it('the flare visit sits at the same x in every panel as the alert line', () => {
    const flare = data.muscle.find((p) => p.enzymeXUln !== null && p.enzymeXUln > 3)!;
    expect(data.alerts[0]!.day).toBe(flare.day);
    const alertX = /<g class="alert alert-high"><line x1="([\d.]+)"/.exec(svg)![1];
    const cdasiFirst = /<path class="point-cdasi"[^>]*d="M([\d.]+),/.exec(svg)![1];
    expect(cdasiFirst).toBe(alertX);
  });
  it('is well-formed enough: balanced svg, escaped text, title and desc for accessibility', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('<title id="tl-title">');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    const withAmp = renderTimelineSvg({ ...data, title: 'A & B <x>' });
    expect(withAmp).toContain('A &amp; B &lt;x&gt;');
  });
  it('month ticks: at most 12, first of month, labelled', () => {
    const t = monthTicks(17897, 18300); // 2019-01-01 … 2020-02-07
    expect(t.length).toBeLessThanOrEqual(12);
    expect(t[0]!.label).toBe('Jan 2019');
    expect(t.every((x) => /^[A-Z][a-z]{2} \d{4}$/.test(x.label))).toBe(true);
  });
  it('month ticks stay few and finite over any span (issue 15: a huge span looped forever)', () => {
    // 1900–2100: yearly multiples, still about a dozen ticks.
    const century = monthTicks(-25567, 47846);
    expect(century.length).toBeGreaterThan(5);
    expect(century.length).toBeLessThanOrEqual(13);
    expect(century[0]!.label).toBe('Jan 1900');
    // Days beyond what a Date can hold, infinite or NaN: no ticks, and the call returns.
    expect(monthTicks(0, 1.1e8)).toEqual([]);
    expect(monthTicks(0, Infinity)).toEqual([]);
    expect(monthTicks(-Infinity, 0)).toEqual([]);
    expect(monthTicks(NaN, 10)).toEqual([]);
    expect(monthTicks(10, 0)).toEqual([]);
  });
  it('a non-finite value never reaches the drawing (axis maximum, points)', () => {
    const svgInf = renderTimelineSvg({
      title: 'inf',
      muscle: [
        { day: 18000, mmtPercent: 50, enzymeXUln: Infinity },
        { day: 18100, mmtPercent: 60, enzymeXUln: 3 },
      ],
      enzymeLabel: 'CK',
      skin: [],
      tumour: [],
      treatments: [],
      alerts: [],
    });
    expect(svgInf).not.toMatch(/NaN|Infinity/);
  });
  it('an empty course still renders without NaN', () => {
    const svg0 = renderTimelineSvg({
      title: 'empty',
      muscle: [],
      enzymeLabel: 'CK',
      skin: [],
      tumour: [],
      treatments: [],
      alerts: [],
    });
    expect(svg0).not.toMatch(/NaN|Infinity/);
    expect(svg0).toContain('No dated treatments');
  });
});
