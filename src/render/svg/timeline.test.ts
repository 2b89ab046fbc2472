import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../case/validate.js';
import { assessMonitoring } from '../../monitoring/index.js';
import { monthTicks, renderTimelineSvg, textWidth, timelineChartData } from './timeline.js';

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

/** Every horizontal text run of an SVG with its estimated extent (rotated axis labels left out). */
function textRuns(svg: string): { text: string; left: number; right: number; size: number }[] {
  const out: { text: string; left: number; right: number; size: number }[] = [];
  // Legend entries sit in groups translated by (tx, ty): their x is relative.
  const re = /<g transform="translate\(([\d.]+) [\d.]+\)">|<\/g>|<text([^>]*)>([\s\S]*?)<\/text>/g;
  const offsets: number[] = [0];
  for (let m = re.exec(svg); m; m = re.exec(svg)) {
    if (m[1] !== undefined) offsets.push(Number(m[1]));
    else if (m[0] === '</g>') {
      if (offsets.length > 1) offsets.pop();
    } else {
      const attrs = m[2]!;
      if (/transform="rotate/.test(attrs)) continue;
      const size = Number(/font-size="([\d.]+)"/.exec(attrs)?.[1] ?? 11);
      const bold = /font-weight="bold"/.test(attrs);
      const anchor = /text-anchor="(start|middle|end)"/.exec(attrs)?.[1] ?? 'start';
      const base = offsets[offsets.length - 1]!;
      const tspans = [
        ...m[3]!.matchAll(/<tspan x="([\d.]+)"[^>]*>(?:<tspan[^>]*>[^<]*<\/tspan> )?([^<]*)<\/tspan>/g),
      ];
      const lines = tspans.length
        ? tspans.map((t) => ({ x: Number(t[1]), text: t[2]! }))
        : [{ x: Number(/ x="([\d.-]+)"/.exec(` ${attrs}`)?.[1] ?? 0), text: m[3]!.replace(/<[^>]+>/g, '') }];
      for (const l of lines) {
        const text = l.text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
        const w = textWidth(text, size, bold);
        const x = base + l.x;
        const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
        out.push({ text, left, right: left + w, size });
      }
    }
  }
  return out;
}

describe('timeline SVG drawn at the width it is shown (phones)', () => {
  const c = load('leiomyosarcoma-course');
  const data = timelineChartData(c, assessMonitoring(c));

  it.each([300, 360, 600])(
    'at %i px: the whole course, no text wider than the chart, none under 10 px',
    (w) => {
      const svg = renderTimelineSvg(data, { width: w });
      expect(svg).toMatch(new RegExp(`^<svg[^>]* width="${w}" [^>]*viewBox="0 0 ${w} `));
      // Every point of the course is drawn (the whole course, not a window of it).
      expect(count(svg, /class="point-mmt"/g)).toBe(7);
      expect(count(svg, /class="point-tumour"/g)).toBe(4);
      expect(count(svg, /class="treatment treatment-/g)).toBe(7);
      const runs = textRuns(svg);
      expect(runs.length).toBeGreaterThan(30);
      const outside = runs.filter((r) => r.left < 0 || r.right > w);
      expect(outside.map((r) => `${r.text} ${Math.round(r.left)}–${Math.round(r.right)}`)).toEqual([]);
      expect(Math.min(...runs.map((r) => r.size))).toBeGreaterThanOrEqual(10);
      // Wrapped legend lines are tspans; the default width keeps one line per entry.
      expect(svg).toContain('<tspan');
    },
  );

  it('the default width is unchanged: 1100 px, one line per legend entry', () => {
    const svg = renderTimelineSvg(data);
    expect(svg).toMatch(/^<svg[^>]* width="1100" /);
    expect(svg).not.toContain('<tspan x=');
    expect(renderTimelineSvg(data, { width: 1100 })).toBe(svg);
    const outside = textRuns(svg).filter((r) => r.left < 0 || r.right > 1100);
    expect(outside).toEqual([]);
  });

  it('month ticks thin out on a narrow chart so their labels do not collide', () => {
    const narrow = renderTimelineSvg(data, { width: 360 });
    const ticks = [...narrow.matchAll(/<text class="tick" x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i]! - ticks[i - 1]!).toBeGreaterThan(textWidth('Sep ’19', 11) + 4);
    const t = monthTicks(17897, 18300, 4); // 2019-01-01 … 2020-02-07
    expect(t.length).toBeLessThanOrEqual(4);
    expect(t.length).toBeGreaterThanOrEqual(2);
    expect(t.every((x) => /^(Jan|Apr|Jul|Oct) \d{4}$/.test(x.label) || /^Jan \d{4}$/.test(x.label))).toBe(
      true,
    );
  });

  it('never narrower than 280 px', () => {
    expect(renderTimelineSvg(data, { width: 100 })).toMatch(/^<svg[^>]* width="280" /);
  });

  it('alert markers close in time are stacked side by side whatever their numbering', () => {
    const day = data.muscle[2]!.day;
    const svg = renderTimelineSvg({
      ...data,
      alerts: [
        { day: day + 10, n: 1, label: 'later', severity: 'high' },
        { day: day - 60, n: 2, label: 'first', severity: 'information' },
        { day, n: 3, label: 'middle', severity: 'information' },
      ],
    });
    const labels = [
      ...svg.matchAll(
        /<text x="([\d.]+)" y="[\d.]+" font-size="11.5" font-weight="bold" text-anchor="middle">(\d)<\/text>/g,
      ),
    ].map((m) => Number(m[1]));
    expect(labels).toHaveLength(3);
    const sorted = [...labels].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(18);
  });
});
