/**
 * The follow-up timeline as SVG: myositis activity (MMT, enzyme × ULN, CDASI, rash) and tumour burden
 * (sum of diameters with the RECIST category) on ONE shared time axis, treatments as bars, alerts as
 * numbered markers. Readable in print: every series has its own marker shape and line style as well as
 * a colour, axes are labelled, and a legend explains every glyph. Pure string output.
 * @module
 */
import type { Case } from '../../case/schema.js';
import { formatDay, type DayInterval } from '../../core/dates.js';
import type { MonitoringResult } from '../../monitoring/index.js';

/** The data the chart draws (days are days since 1970-01-01). */
export interface TimelineChartData {
  title: string;
  muscle: { day: number; mmtPercent: number | null; enzymeXUln: number | null }[];
  /** Name of the enzyme plotted (the most abnormal per visit, usually CK). */
  enzymeLabel: string;
  skin: { day: number; cdasi: number | null; rash: string | null }[];
  tumour: { day: number; sumMm: number | null; category: string }[];
  treatments: { label: string; start: number; end?: number; kind: 'myositis' | 'cancer' | 'other' }[];
  alerts: { day: number; n: number; label: string; severity: 'high' | 'moderate' | 'information' }[];
}

const mid = (d: DayInterval | undefined) => (d ? (d.earliest + d.latest) / 2 : undefined);

/** Short labels for alert actions in the legend. */
const ACTION_SHORT: Record<string, string> = {
  're-stage-cancer': 'Re-stage the cancer',
  'repeat-cancer-screening': 'Repeat cancer screening',
  'cancer-search': 'Search for cancer (refractory myositis)',
  'concordant-course-note': 'Concordant course (note)',
};

/**
 * Builds the chart data from a case and its monitoring result.
 * @param c - the case
 * @param m - its monitoring result
 */
export function timelineChartData(c: Case, m: MonitoringResult): TimelineChartData {
  const visits = m.course.visits.filter((v) => v.mid !== undefined);
  const enzymeNames = [...new Set(visits.map((v) => v.enzyme?.analyte).filter((x): x is string => !!x))];
  // A new line's baseline is also the previous line's last point: plot it once (with its response).
  const plotted = new Set<string>();
  const tumour = m.course.tumour.flatMap((s) =>
    s.recist.timePoints
      .filter((t) => t.day && !plotted.has(t.path) && plotted.add(t.path))
      .map((t) => ({
        day: mid(t.day)!,
        sumMm: t.sumMm,
        category: t.overall.category === 'baseline' ? 'BL' : t.overall.category,
      })),
  );
  const treatments = m.course.treatments
    .filter((t) => t.start)
    .map((t) => {
      const dose = t.dose ? ` ${t.dose.value} ${t.dose.unit.replace('m2', 'm²')}` : '';
      const cyc = t.cycles ? ` ×${t.cycles}` : '';
      const red = t.doseReductionPercent ? ` (−${t.doseReductionPercent} % dose)` : '';
      const auc = c.treatments[t.index]?.targetAuc ? ` AUC ${c.treatments[t.index]!.targetAuc}` : '';
      const kind: 'myositis' | 'cancer' | 'other' =
        t.indication === 'myositis' ? 'myositis' : t.indication === 'cancer' ? 'cancer' : 'other';
      return {
        label: `${t.drug}${dose}${auc}${cyc}${red}`,
        start: t.start!.earliest,
        ...(t.end ? { end: t.end.latest } : {}),
        kind,
      };
    });
  const alerts = m.alerts.alerts
    .filter((a) => a.day)
    .map((a, i) => ({
      day: mid(a.day)!,
      n: i + 1,
      label: `${ACTION_SHORT[a.action] ?? a.action} (${formatDay(Math.round(mid(a.day)!))})`,
      severity: a.severity,
    }));
  return {
    title: c.title ?? 'Follow-up timeline',
    muscle: visits.map((v) => ({
      day: v.mid!,
      mmtPercent: v.mmtPercent,
      enzymeXUln: v.enzyme?.xUln ?? null,
    })),
    enzymeLabel: enzymeNames.length === 1 ? enzymeNames[0]! : 'most abnormal enzyme',
    skin: visits.map((v) => ({
      day: v.mid!,
      cdasi: v.cdasiActivity,
      rash: v.rashGrade === null ? null : (['none', 'mild', 'moderate', 'severe'][v.rashGrade] ?? null),
    })),
    tumour,
    treatments,
    alerts,
  };
}

// ─── Drawing ────────────────────────────────────────────────────────────────────────────────────

/** The default drawing width (px), used for print and the HTML report. */
export const TIMELINE_DEFAULT_WIDTH = 1100;
/** The narrowest width drawn: below it the chart is drawn at this width and the page scrolls it. */
export const TIMELINE_MIN_WIDTH = 280;
/** Below this width the chart uses its compact layout (narrow margins, short titles, wrapped legend). */
const COMPACT_BELOW = 700;
const INK = '#111';
const C_MMT = '#1f4e79';
const C_ENZ = '#9c2a2a';
const C_SKIN = '#6a3d9a';
const C_TUM = '#2d2d2d';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Escapes text for XML. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n2 = (x: number) => (Math.round(x * 10) / 10).toString();

function linear(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (x) => r0 + (x - d0) * k;
}

/** A number that can be drawn (null, NaN and ±Infinity cannot). */
const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** The largest finite value of a series, at least `floor` (a loop: series can be long). */
function maxOf<T>(floor: number, items: readonly T[], read: (t: T) => number | null): number {
  let m = floor;
  for (const t of items) {
    const v = read(t);
    if (finite(v) && v > m) m = v;
  }
  return m;
}

/** A round tick step giving about four intervals up to x. */
function niceStep(x: number): number {
  const raw = Math.max(x, 1e-9) / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= raw) ?? 10) * p;
}

/** The axis maximum: x rounded up to a whole number of nice steps. */
function niceMax(x: number): number {
  const step = niceStep(x);
  return Math.ceil(Math.max(x, 1e-9) / step) * step;
}

function ticks(max: number): number[] {
  const step = niceStep(max);
  const out: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) out.push(Math.round(v * 100) / 100);
  return out;
}

/** Largest day the tick arithmetic (JavaScript Date) can represent, either side of 1970. */
const DATE_LIMIT_DAYS = 100_000_000;

/**
 * Month ticks between two days: step 1, 2, 3, 6 or 12 months (then whole multiples of 12) so that there
 * are at most about `max`. Bounded for any input: non-finite or unrepresentable days give no ticks.
 * @param from - first day (days since 1970-01-01)
 * @param to - last day
 * @param max - the most ticks wanted (12 by default; fewer on a narrow chart)
 */
export function monthTicks(from: number, to: number, max = 12): { day: number; label: string }[] {
  if (
    !Number.isFinite(from) ||
    !Number.isFinite(to) ||
    to < from ||
    Math.abs(from) > DATE_LIMIT_DAYS ||
    Math.abs(to) > DATE_LIMIT_DAYS
  )
    return [];
  const most = Math.max(1, Math.floor(max));
  const a = new Date(from * 86_400_000);
  const b = new Date(to * 86_400_000);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
  const step = [1, 2, 3, 6, 12].find((s) => months / s <= most) ?? 12 * Math.ceil(months / (12 * most));
  const out: { day: number; label: string }[] = [];
  let y = a.getUTCFullYear();
  let mo = a.getUTCMonth() + (a.getUTCDate() === 1 ? 0 : 1);
  if (mo > 11) {
    mo = 0;
    y++;
  }
  while (step >= 12 ? mo !== 0 : mo % step !== 0) {
    mo++;
    if (mo > 11) {
      mo = 0;
      y++;
    }
  }
  for (;;) {
    const day = Math.round(Date.UTC(y, mo, 1) / 86_400_000);
    if (!(day <= to)) break;
    if (day >= from) out.push({ day, label: `${MONTHS[mo]} ${y}` });
    mo += step;
    y += Math.floor(mo / 12);
    mo %= 12;
  }
  return out;
}

function marker(
  shape: 'circle' | 'square' | 'triangle' | 'diamond',
  x: number,
  y: number,
  color: string,
  filled: boolean,
  cls: string,
): string {
  const fill = filled ? color : '#fff';
  const common = `class="${cls}" fill="${fill}" stroke="${color}" stroke-width="1.8"`;
  switch (shape) {
    case 'circle':
      return `<circle ${common} cx="${n2(x)}" cy="${n2(y)}" r="4.5"/>`;
    case 'square':
      return `<rect ${common} x="${n2(x - 4.5)}" y="${n2(y - 4.5)}" width="9" height="9"/>`;
    case 'triangle':
      return `<path ${common} d="M${n2(x)},${n2(y - 6)} L${n2(x + 5.5)},${n2(y + 4)} L${n2(x - 5.5)},${n2(y + 4)} Z"/>`;
    case 'diamond':
      return `<path ${common} d="M${n2(x)},${n2(y - 6.5)} L${n2(x + 6.5)},${n2(y)} L${n2(x)},${n2(y + 6.5)} L${n2(x - 6.5)},${n2(y)} Z"/>`;
  }
}

function polyline(
  points: [number, number][],
  color: string,
  dash: string | undefined,
  width: number,
  cls: string,
): string {
  if (points.length < 2) return '';
  return `<polyline class="${cls}" fill="none" stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''} points="${points.map(([x, y]) => `${n2(x)},${n2(y)}`).join(' ')}"/>`;
}

function yAxis(
  x: number,
  top: number,
  h: number,
  max: number,
  label: string,
  side: 'left' | 'right',
  fmt: (v: number) => string = (v) => String(v),
  labelOffset = side === 'left' ? 44 : 48,
): string {
  const y = linear(0, max, top + h, top);
  const dir = side === 'left' ? -1 : 1;
  const parts = [`<line x1="${x}" y1="${top}" x2="${x}" y2="${top + h}" stroke="${INK}"/>`];
  for (const t of ticks(max)) {
    parts.push(`<line x1="${x}" y1="${n2(y(t))}" x2="${x + dir * 5}" y2="${n2(y(t))}" stroke="${INK}"/>`);
    parts.push(
      `<text x="${x + dir * 8}" y="${n2(y(t) + 4)}" font-size="11" text-anchor="${side === 'left' ? 'end' : 'start'}">${esc(fmt(t))}</text>`,
    );
  }
  const lx = side === 'left' ? x - labelOffset : x + labelOffset;
  parts.push(
    `<text class="axis-label" x="${lx}" y="${top + h / 2}" font-size="11.5" text-anchor="middle" transform="rotate(${side === 'left' ? -90 : 90} ${lx} ${top + h / 2})">${esc(label)}</text>`,
  );
  return parts.join('');
}

/** An estimate of the width of a text in Helvetica/Arial (px): about 0.56 em a character, 0.6 when bold. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.6 : 0.56);
}

/** Splits a text into lines no wider than `maxPx` (by the estimate of {@link textWidth}), at spaces. */
export function wrapText(text: string, maxPx: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > maxPx) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A text element with one line, or one tspan per line when it wraps. */
function textLines(lines: string[], x: number, lineHeight: number, attrs: string, prefix = ''): string {
  if (lines.length <= 1) return `<text x="${x}" ${attrs}>${prefix}${esc(lines[0] ?? '')}</text>`;
  return `<text x="${x}" ${attrs}>${lines
    .map(
      (l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${i === 0 ? prefix : ''}${esc(l)}</tspan>`,
    )
    .join('')}</text>`;
}

/** Drawing options. */
export interface TimelineOptions {
  /**
   * Width in px the chart is drawn at (default {@link TIMELINE_DEFAULT_WIDTH}; at least
   * {@link TIMELINE_MIN_WIDTH}). Drawn at the width it is shown, its text keeps its size; below 700 px the
   * layout is compact (narrow margins, short panel titles, fewer month ticks, wrapped legend).
   */
  width?: number;
}

/** The drawing in progress: its geometry, the elements so far and how far down the panels reach. */
interface Frame {
  /** Width of the chart (px). */
  W: number;
  /** Compact layout (narrow charts). */
  compact: boolean;
  /** Left edge of the plot area. */
  LEFT: number;
  /** Width of the plot area. */
  PLOT_W: number;
  /** Left edge of the title and legend. */
  LX: number;
  /** Offset of the left axis labels in the compact layout. */
  axisOff: number | undefined;
  /** Day → x. */
  x: (day: number) => number;
  /** The first and last day shown. */
  from: number;
  to: number;
  /** SVG elements, in order. */
  out: string[];
  /** The y where the next panel starts. */
  top: number;
  /** The panels drawn so far (for grid lines and alert lines). */
  panels: { top: number; h: number }[];
}

/** The day range of the chart (every point, treatment and alert), padded on both sides. */
function dayRange(d: TimelineChartData): { from: number; to: number } {
  const days = [
    ...d.muscle.map((p) => p.day),
    ...d.tumour.map((p) => p.day),
    ...d.treatments.flatMap((t) => [t.start, t.end ?? t.start]),
    ...d.alerts.map((a) => a.day),
  ];
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of days) {
    if (!Number.isFinite(d)) continue;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  if (lo > hi) {
    lo = 0;
    hi = 1;
  }
  const pad = Math.max(14, (hi - lo) * 0.03);
  return { from: lo - pad, to: hi + pad };
}

/** A panel's frame and title at the current top. */
function panelFrame(f: Frame, title: string, h: number): void {
  const { LEFT, PLOT_W, top, out } = f;
  f.panels.push({ top, h });
  out.push(
    `<g class="panel"><rect x="${LEFT}" y="${top}" width="${PLOT_W}" height="${h}" fill="none" stroke="#999" stroke-width="0.8"/>`,
  );
  out.push(
    `<text class="panel-title" x="${LEFT + 6}" y="${top + 14}" font-size="12.5" font-weight="bold">${esc(title)}</text></g>`,
  );
}

/** Panel 1: muscle — MMT-8 (% of maximum, left axis) and the enzyme (× ULN, right axis). */
function drawMuscle(f: Frame, d: TimelineChartData): void {
  const { LEFT, PLOT_W, compact, axisOff, x, out } = f;
  const hM = 180;
  const top = f.top;
  panelFrame(f, compact ? 'Muscle' : 'Muscle: strength and enzymes', hM);
  const yMmt = linear(0, 100, top + hM, top + 22);
  out.push(
    yAxis(
      LEFT,
      top + 22,
      hM - 22,
      100,
      compact ? 'MMT-8 (%)' : 'MMT-8 (% of maximum)',
      'left',
      undefined,
      axisOff,
    ),
  );
  const enzMax = niceMax(maxOf(2, d.muscle, (p) => p.enzymeXUln) * 1.1);
  const yEnz = linear(0, enzMax, top + hM, top + 22);
  out.push(
    yAxis(
      LEFT + PLOT_W,
      top + 22,
      hM - 22,
      enzMax,
      `${d.enzymeLabel} (× ULN)`,
      'right',
      (v) => `${v}×`,
      compact ? 38 : undefined,
    ),
  );
  out.push(
    `<line class="uln" x1="${LEFT}" y1="${n2(yEnz(1))}" x2="${LEFT + PLOT_W}" y2="${n2(yEnz(1))}" stroke="${C_ENZ}" stroke-dasharray="2 3" stroke-width="1"/><text x="${LEFT + PLOT_W - 6}" y="${n2(yEnz(1) - 4)}" font-size="10.5" text-anchor="end" fill="${C_ENZ}">ULN (1×)</text>`,
  );
  const mmtPts = d.muscle
    .filter((p) => finite(p.day) && finite(p.mmtPercent))
    .map((p) => [x(p.day), yMmt(p.mmtPercent!)] as [number, number]);
  const enzPts = d.muscle
    .filter((p) => finite(p.day) && finite(p.enzymeXUln))
    .map((p) => [x(p.day), yEnz(p.enzymeXUln!)] as [number, number]);
  out.push(polyline(mmtPts, C_MMT, undefined, 2.2, 'series-mmt'));
  out.push(polyline(enzPts, C_ENZ, '7 4', 2, 'series-enzyme'));
  for (const [px, py] of mmtPts) out.push(marker('circle', px, py, C_MMT, true, 'point-mmt'));
  for (const [px, py] of enzPts) out.push(marker('square', px, py, C_ENZ, false, 'point-enzyme'));
  f.top += hM + 14;
}

/** Panel 2: skin — CDASI activity with the Stanford and UPenn cut-offs, and the rash labels. */
function drawSkin(f: Frame, d: TimelineChartData): void {
  const { LEFT, PLOT_W, compact, axisOff, x, out } = f;
  const hS = 120;
  const top = f.top;
  panelFrame(f, compact ? 'Skin' : 'Skin: CDASI activity and rash', hS);
  const skinMax = niceMax(maxOf(30, d.skin, (p) => p.cdasi) * 1.1);
  const ySkin = linear(0, skinMax, top + hS - 18, top + 22);
  out.push(yAxis(LEFT, top + 22, hS - 40, skinMax, 'CDASI activity', 'left', undefined, axisOff));
  // Compact: the two cut-off labels are too close to sit both above their lines; the lower one goes below.
  for (const [v, txt, dy] of [
    [14, compact ? '≤ 14 mild' : 'Stanford: ≤ 14 mild', compact ? 10 : -3],
    [19, compact ? '≥ 19 moderate/severe' : 'UPenn: ≥ 19 moderate/severe', -3],
  ] as const) {
    out.push(
      `<line class="cdasi-cut" x1="${LEFT}" y1="${n2(ySkin(v))}" x2="${LEFT + PLOT_W}" y2="${n2(ySkin(v))}" stroke="#777" stroke-dasharray="1 3"/><text x="${LEFT + PLOT_W - 6}" y="${n2(ySkin(v) + dy)}" font-size="10" text-anchor="end" fill="#555">${esc(txt)}</text>`,
    );
  }
  const skinPts = d.skin
    .filter((p) => finite(p.day) && finite(p.cdasi))
    .map((p) => [x(p.day), ySkin(p.cdasi!)] as [number, number]);
  out.push(polyline(skinPts, C_SKIN, '2 3 8 3', 2, 'series-cdasi'));
  for (const [px, py] of skinPts) out.push(marker('triangle', px, py, C_SKIN, true, 'point-cdasi'));
  out.push(`<text x="${LEFT - 8}" y="${top + hS - 5}" font-size="10.5" text-anchor="end">Rash</text>`);
  for (const p of d.skin)
    if (p.rash)
      out.push(
        `<text class="rash-label" x="${n2(x(p.day))}" y="${top + hS - 5}" font-size="10" text-anchor="middle">${esc(p.rash)}</text>`,
      );
  f.top += hS + 14;
}

/** Panel 3: tumour burden — the RECIST 1.1 sum of diameters labelled with its category. */
function drawTumour(f: Frame, d: TimelineChartData): void {
  const { LEFT, compact, axisOff, x, out } = f;
  const hT = 160;
  const top = f.top;
  panelFrame(f, compact ? 'Tumour: RECIST 1.1' : 'Tumour burden: RECIST 1.1 sum of diameters', hT);
  const tMax = niceMax(maxOf(10, d.tumour, (p) => p.sumMm) * 1.15);
  const yT = linear(0, tMax, top + hT, top + 26);
  out.push(
    yAxis(
      LEFT,
      top + 26,
      hT - 26,
      tMax,
      compact ? 'Sum (mm)' : 'Sum of diameters (mm)',
      'left',
      undefined,
      axisOff,
    ),
  );
  const tPts = d.tumour
    .filter((p) => finite(p.day) && finite(p.sumMm))
    .map((p) => ({ xy: [x(p.day), yT(p.sumMm!)] as [number, number], p }));
  out.push(
    polyline(
      tPts.map((t) => t.xy),
      C_TUM,
      undefined,
      2.6,
      'series-tumour',
    ),
  );
  for (const t of tPts) {
    out.push(marker('diamond', t.xy[0], t.xy[1], C_TUM, true, 'point-tumour'));
    out.push(
      `<text class="recist-label" x="${n2(t.xy[0])}" y="${n2(t.xy[1] - 11)}" font-size="11" font-weight="bold" text-anchor="middle">${esc(t.p.category)} ${t.p.sumMm} mm</text>`,
    );
  }
  for (const p of d.tumour.filter((q) => q.sumMm === null))
    out.push(
      `<text class="recist-label" x="${n2(x(p.day))}" y="${top + hT - 8}" font-size="11" text-anchor="middle">${esc(p.category)}</text>`,
    );
  f.top += hT + 14;
}

/** Panel 4: treatments as bars (cancer solid, myositis hatched, other dashed; ▸ = no end date). */
function drawTreatments(f: Frame, d: TimelineChartData): void {
  const { W, LEFT, PLOT_W, compact, x, out } = f;
  // Compact: each treatment's label on its own line above its bar, so that a narrow chart keeps it whole.
  const lane = compact ? 30 : 20;
  const hR = Math.max(1, d.treatments.length) * lane + 26;
  const top = f.top;
  panelFrame(f, 'Treatments', hR);
  d.treatments.forEach((t, i) => {
    const y0 = top + 22 + i * lane;
    const x0 = x(t.start);
    const x1 = Math.max(x(t.end ?? t.start), x0 + 4);
    const fill = t.kind === 'cancer' ? '#bdbdbd' : t.kind === 'myositis' ? 'url(#hatch)' : '#fff';
    if (compact) {
      const by = y0 + 13;
      const bh = 11;
      out.push(
        `<rect class="treatment treatment-${t.kind}" x="${n2(x0)}" y="${by}" width="${n2(x1 - x0)}" height="${bh}" fill="${fill}" stroke="${INK}" stroke-width="1"${t.kind === 'other' ? ' stroke-dasharray="3 2"' : ''}/>`,
      );
      if (t.end === undefined)
        out.push(`<path d="M${n2(x1 + 2)},${by} l5,${bh / 2} l-5,${bh / 2} Z" fill="${INK}"/>`);
      const room = W - 6 - LEFT;
      const [first = ''] = wrapText(t.label, room, 10.5);
      const label = first.length < t.label.length ? `${first.replace(/[ ,;(]+$/, '')}…` : first;
      const lx = Math.min(Math.max(x0, LEFT + 2), W - 6 - textWidth(label, 10.5));
      out.push(
        `<text class="treatment-label" x="${n2(lx)}" y="${y0 + 9}" font-size="10.5" text-anchor="start">${esc(label)}</text>`,
      );
      return;
    }
    out.push(
      `<rect class="treatment treatment-${t.kind}" x="${n2(x0)}" y="${y0}" width="${n2(x1 - x0)}" height="${lane - 6}" fill="${fill}" stroke="${INK}" stroke-width="1"${t.kind === 'other' ? ' stroke-dasharray="3 2"' : ''}/>`,
    );
    if (t.end === undefined)
      out.push(`<path d="M${n2(x1 + 2)},${y0} l6,${(lane - 6) / 2} l-6,${(lane - 6) / 2} Z" fill="${INK}"/>`);
    const labelRight = x1 + 10 < LEFT + PLOT_W - 200;
    out.push(
      `<text class="treatment-label" x="${n2(labelRight ? x1 + (t.end === undefined ? 12 : 5) : x0 - 5)}" y="${y0 + lane - 10}" font-size="10.5" text-anchor="${labelRight ? 'start' : 'end'}">${esc(t.label)}</text>`,
    );
  });
  if (!d.treatments.length)
    out.push(`<text x="${LEFT + 8}" y="${top + 36}" font-size="11">No dated treatments</text>`);
  f.top += hR;
}

/** The shared time axis under the panels, with month ticks and grid lines across every panel. */
function drawTimeAxis(f: Frame): void {
  const { LEFT, PLOT_W, compact, x, from, to, out, top, panels } = f;
  const axisY = top + 2;
  out.push(
    `<g class="x-axis"><line x1="${LEFT}" y1="${axisY}" x2="${LEFT + PLOT_W}" y2="${axisY}" stroke="${INK}"/>`,
  );
  // Compact: short month labels ("Jul ’25") so that more of them fit.
  for (const t of monthTicks(from, to, compact ? Math.floor(PLOT_W / 50) : 12)) {
    const tx = x(t.day);
    if (compact) t.label = t.label.replace(/ \d{2}(\d{2})$/, ' ’$1');
    out.push(
      `<line x1="${n2(tx)}" y1="${axisY}" x2="${n2(tx)}" y2="${axisY + 5}" stroke="${INK}"/><text class="tick" x="${n2(tx)}" y="${axisY + 18}" font-size="11" text-anchor="middle">${esc(t.label)}</text>`,
    );
    for (const p of panels)
      out.push(
        `<line x1="${n2(tx)}" y1="${p.top}" x2="${n2(tx)}" y2="${p.top + p.h}" stroke="#e3e3e3" stroke-width="0.7"/>`,
      );
  }
  out.push(
    `<text class="axis-label" x="${LEFT + PLOT_W / 2}" y="${axisY + 36}" font-size="12" text-anchor="middle">Date (shared time axis)</text></g>`,
  );
}

/** Alerts: a vertical line across every panel and a numbered marker above (stacked when close). */
function drawAlerts(f: Frame, d: TimelineChartData): void {
  const { x, out, top, panels } = f;
  const firstTop = panels[0]!.top;
  let lastX = -Infinity;
  let stack = 0;
  // Markers are stacked from left to right (alerts are numbered by rule, not by date).
  for (const a of [...d.alerts].sort((p, q) => p.day - q.day)) {
    const ax = x(a.day);
    stack = ax - lastX < 22 ? stack + 1 : 0;
    lastX = ax;
    const dx = stack * 20;
    out.push(
      `<g class="alert alert-${a.severity}"><line x1="${n2(ax)}" y1="${firstTop - 16}" x2="${n2(ax)}" y2="${top}" stroke="${INK}" stroke-width="${a.severity === 'high' ? 2 : 1.2}" stroke-dasharray="${a.severity === 'information' ? '2 3' : '6 3'}"/>` +
        `<path class="alert-marker" d="M${n2(ax + dx - 9)},${firstTop - 30} L${n2(ax + dx + 9)},${firstTop - 30} L${n2(ax + dx)},${firstTop - 14} Z" fill="${a.severity === 'information' ? '#fff' : INK}" stroke="${INK}"/>` +
        (dx
          ? `<line x1="${n2(ax + dx)}" y1="${firstTop - 14}" x2="${n2(ax)}" y2="${firstTop - 4}" stroke="${INK}" stroke-width="0.8"/>`
          : '') +
        `<text x="${n2(ax + dx)}" y="${firstTop - 34}" font-size="11.5" font-weight="bold" text-anchor="middle">${a.n}</text></g>`,
    );
  }
}

/** The legend (one line per series and bar style, then each alert), wrapped to the chart width; returns its bottom. */
function drawLegend(f: Frame, d: TimelineChartData): number {
  const { W, LX, top, out } = f;
  let ly = top + 58;
  const legendText = W - LX - 36 - 6;
  const legend: string[] = [
    `<g class="legend"><text x="${LX}" y="${ly}" font-size="12" font-weight="bold">Legend</text>`,
  ];
  ly += 8;
  const items: [string, string][] = [
    [
      `${polyline(
        [
          [0, 0],
          [26, 0],
        ],
        C_MMT,
        undefined,
        2.2,
        'lg',
      )}${marker('circle', 13, 0, C_MMT, true, 'lg')}`,
      'MMT-8, % of maximum (filled circles, solid line; higher = stronger)',
    ],
    [
      `${polyline(
        [
          [0, 0],
          [26, 0],
        ],
        C_ENZ,
        '7 4',
        2,
        'lg',
      )}${marker('square', 13, 0, C_ENZ, false, 'lg')}`,
      `${d.enzymeLabel} × ULN (open squares, dashed line; right axis)`,
    ],
    [
      `${polyline(
        [
          [0, 0],
          [26, 0],
        ],
        C_SKIN,
        '2 3 8 3',
        2,
        'lg',
      )}${marker('triangle', 13, 0, C_SKIN, true, 'lg')}`,
      'CDASI activity (triangles, dash-dot line); dotted lines: Stanford 14 and UPenn 19 cut-offs',
    ],
    [
      `${polyline(
        [
          [0, 0],
          [26, 0],
        ],
        C_TUM,
        undefined,
        2.6,
        'lg',
      )}${marker('diamond', 13, 0, C_TUM, true, 'lg')}`,
      'Sum of target diameters (diamonds) labelled with the RECIST category (BL = baseline)',
    ],
    [
      `<rect x="0" y="-6" width="26" height="12" fill="#bdbdbd" stroke="${INK}"/>`,
      'Cancer treatment (solid grey bar)',
    ],
    [
      `<rect x="0" y="-6" width="26" height="12" fill="url(#hatch)" stroke="${INK}"/>`,
      'Myositis treatment (hatched bar); ▸ = no end date',
    ],
    [
      `<rect x="0" y="-6" width="26" height="12" fill="#fff" stroke="${INK}" stroke-dasharray="3 2"/>`,
      'Other treatment (dashed outline)',
    ],
  ];
  // Legend lines wrap to the chart width (one line each at the default width).
  let gy = ly + 12;
  for (const [glyph, text] of items) {
    const lines = wrapText(text, legendText, 11);
    legend.push(
      `<g transform="translate(${LX} ${gy})">${glyph}${textLines(lines, 36, 14, 'y="4" font-size="11"')}</g>`,
    );
    gy += 20 + (lines.length - 1) * 14;
  }
  ly = gy + 6;
  for (const a of d.alerts) {
    const text = `${a.label}${a.severity === 'high' ? ' — high priority' : ''}`;
    const lines = wrapText(`${a.n} ${text}`, legendText, 11);
    lines[0] = lines[0]!.slice(String(a.n).length + 1);
    legend.push(
      `<g transform="translate(${LX} ${ly})"><path d="M4,-6 L22,-6 L13,8 Z" fill="${a.severity === 'information' ? '#fff' : INK}" stroke="${INK}"/>${textLines(
        lines,
        36,
        14,
        'y="4" font-size="11"',
        `<tspan font-weight="bold">${a.n}</tspan> `,
      )}</g>`,
    );
    ly += 20 + (lines.length - 1) * 14;
  }
  legend.push('</g>');
  out.push(...legend);
  return ly;
}

/**
 * Renders the timeline as a standalone SVG document fragment.
 * @param d - chart data
 * @param opts - drawing options (width)
 * @returns SVG markup (`<svg …>…</svg>`)
 */
export function renderTimelineSvg(d: TimelineChartData, opts: TimelineOptions = {}): string {
  const W = Math.round(Math.max(TIMELINE_MIN_WIDTH, opts.width ?? TIMELINE_DEFAULT_WIDTH));
  const compact = W < COMPACT_BELOW;
  const LEFT = compact ? 50 : 110;
  const RIGHT = compact ? 50 : 80;
  const PLOT_W = W - LEFT - RIGHT;
  const LX = compact ? 8 : LEFT;
  const titleLines = wrapText(d.title, W - LX - 8, 16, true);
  const { from, to } = dayRange(d);
  const f: Frame = {
    W,
    compact,
    LEFT,
    PLOT_W,
    LX,
    axisOff: compact ? 36 : undefined,
    x: linear(from, to, LEFT, LEFT + PLOT_W),
    from,
    to,
    out: [],
    top: 84 + (titleLines.length - 1) * 19,
    panels: [],
  };
  drawMuscle(f, d);
  drawSkin(f, d);
  drawTumour(f, d);
  drawTreatments(f, d);
  drawTimeAxis(f);
  drawAlerts(f, d);
  const H = drawLegend(f, d) + 10;
  const out = f.out;

  const head =
    `<svg xmlns="http://www.w3.org/2000/svg" class="heliotrope-timeline" width="${W}" height="${n2(H)}" viewBox="0 0 ${W} ${n2(H)}" role="img" aria-labelledby="tl-title tl-desc" font-family="Helvetica, Arial, sans-serif">` +
    `<title id="tl-title">${esc(d.title)}</title>` +
    `<desc id="tl-desc">Myositis activity (MMT-8, ${esc(d.enzymeLabel)} × ULN, CDASI, rash) and tumour burden (RECIST 1.1 sum of diameters) on one time axis, with treatments as bars and ${d.alerts.length} alert marker(s).</desc>` +
    `<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${INK}" stroke-width="1.6"/></pattern></defs>` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    textLines(titleLines, LX, 19, 'y="24" font-size="16" font-weight="bold"');
  return `${head}${out.join('')}</svg>`;
}
