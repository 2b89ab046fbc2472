/**
 * Charts of the Population page: horizontal bar charts as inline SVG (no chart library). Each chart is a
 * figure with a caption; the SVG is an image whose accessible name lists every bar with its count, and each
 * bar carries a tooltip. Labels are given in words by the caller (from the wording table).
 * @module
 */

/** One bar: its words and count. */
export interface Bar {
  label: string;
  value: number;
}

const COLORS = ['#6b3fa0', '#c2255c', '#1e7a46', '#e8590c', '#1098ad', '#7a5a00', '#4c6ef5', '#495057'];

/**
 * A horizontal bar chart.
 * @param props - `title` (the caption), `bars` (largest first is easiest to read), `color` (one colour for
 *   every bar; default a colour per bar), `testId`
 */
export function BarChart({
  title,
  bars,
  color,
  testId,
}: {
  title: string;
  bars: Bar[];
  color?: string;
  testId?: string;
}) {
  if (!bars.length)
    return (
      <figure class="pop-chart" data-testid={testId}>
        <figcaption>{title}</figcaption>
        <p class="muted">None.</p>
      </figure>
    );
  const max = Math.max(...bars.map((b) => b.value), 1);
  const labelW = 290;
  const barW = 300;
  const rowH = 26;
  const h = bars.length * rowH + 6;
  const name = `${title}: ${bars.map((b) => `${b.label} ${b.value.toLocaleString('en')}`).join('; ')}`;
  return (
    <figure class="pop-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={name}
        viewBox={`0 0 ${labelW + barW + 70} ${h}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((b, i) => {
          const w = b.value > 0 ? Math.max(2, Math.round((b.value / max) * barW)) : 0;
          const y = 3 + i * rowH;
          return (
            <g key={b.label}>
              <text x={labelW - 8} y={y + 17} text-anchor="end" class="pop-chart-label">
                {b.label.length > 40 ? `${b.label.slice(0, 38)}…` : b.label}
              </text>
              <rect
                x={labelW}
                y={y + 4}
                width={w}
                height={rowH - 9}
                rx={3}
                fill={color ?? COLORS[i % COLORS.length]}
              >
                <title>{`${b.label}: ${b.value.toLocaleString('en')}`}</title>
              </rect>
              <text x={labelW + w + 6} y={y + 17} class="pop-chart-value">
                {b.value.toLocaleString('en')}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/**
 * A progress bar (the native element: announced by screen readers with its value).
 * @param props - `done` of `total`, and the label
 */
export function Progress({ done, total, label }: { done: number; total: number; label: string }) {
  const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 1000) / 10) : 0;
  return (
    <span class="pop-progress">
      <progress max={total || 1} value={total ? done : 0} aria-label={label} />
      <span class="small">
        {done.toLocaleString('en')} / {total.toLocaleString('en')} ({pct} %)
      </span>
    </span>
  );
}
