/**
 * The follow-up timeline as shown on screen: drawn at the width of its box (so its text keeps its size on a
 * phone and the whole course is in view), with zoom buttons that draw it wider for detail; zoomed, the box
 * scrolls sideways and says so. The SVG comes from src/render/svg/timeline.ts and is inserted defensively.
 * @module
 */
import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Case, MonitoringResult } from 'heliotrope';
import { renderTimelineSvg, timelineChartData, TIMELINE_MIN_WIDTH } from 'heliotrope/timeline';
import { StaticDocument } from './primitives.js';

/** What the timeline shows, under the picture. */
const CAPTION =
  'Myositis activity and tumour burden on one time axis; treatments as bars; numbered markers are alerts.';

/**
 * Inserts SVG markup produced by our own renderer as DOM nodes. Defence in depth: the markup is parsed as
 * XML (not HTML), must have an <svg> root, and scripts, foreign objects, event handlers and javascript: links
 * are removed before it is attached.
 */
export function SafeSvg({ markup, label, class: cls }: { markup: string; label: string; class?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = doc.documentElement;
    if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length) {
      host.textContent = 'The timeline could not be drawn.';
      return;
    }
    for (const el of Array.from(root.querySelectorAll('script, foreignObject, iframe, image, use')))
      el.remove();
    for (const el of [root, ...Array.from(root.querySelectorAll('*'))])
      for (const a of Array.from(el.attributes))
        if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) el.removeAttribute(a.name);
    host.replaceChildren(document.importNode(root, true));
  }, [markup]);
  return (
    <div
      ref={ref}
      class={`timeline${cls ? ` ${cls}` : ''}`}
      data-testid="timeline"
      aria-label={label}
      role="group"
      tabIndex={0}
    />
  );
}

/** Zoom factors offered: 1 = the whole course in the width of the box. */
const ZOOMS = [1, 1.5, 2, 3];

/** The timeline markup at a width, or null when the chart cannot be drawn. */
function markupAt(m: MonitoringResult, c: Case, width: number | undefined): string | null {
  try {
    return renderTimelineSvg(timelineChartData(c, m), width === undefined ? {} : { width });
  } catch {
    return null;
  }
}

/**
 * The timeline in a static document (`heliotrope report`): the SVG of our own renderer drawn inline at its
 * default size (scaled to the page), with its caption; no zoom.
 */
function StaticTimeline({ markup }: { markup: string | null }) {
  return (
    <figure class="timeline-figure">
      {markup ? (
        // The markup is our own renderer's (every text escaped), the same as the screen shows.
        <div
          class="timeline fit"
          data-testid="timeline"
          role="img"
          aria-label="Follow-up timeline"
          dangerouslySetInnerHTML={{ __html: markup }}
        />
      ) : (
        <p class="muted">The timeline could not be drawn.</p>
      )}
      <figcaption class="small muted">Figure: {CAPTION}</figcaption>
    </figure>
  );
}

/** The timeline, fitted to its box, with zoom (drawn inline, without zoom, in a static document). */
export function TimelineBox({ m, c }: { m: MonitoringResult; c: Case | undefined }) {
  const isStatic = useContext(StaticDocument);
  const box = useRef<HTMLDivElement>(null);
  const [boxWidth, setBoxWidth] = useState<number | null>(null);
  const [zoom, setZoom] = useState(1);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setBoxWidth(Math.floor(el.clientWidth));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  if (!c) return null;
  if (isStatic) return <StaticTimeline markup={markupAt(m, c, undefined)} />;
  // Until the box is measured (and in print), the default drawing is scaled to the box.
  const width = boxWidth ? Math.max(TIMELINE_MIN_WIDTH, Math.floor(boxWidth * zoom)) : undefined;
  const markup = markupAt(m, c, width);
  const k = ZOOMS.indexOf(zoom);
  const scrolls = width !== undefined && boxWidth !== null && width > boxWidth + 1;
  return (
    <div class="timeline-box" ref={box} data-zoom={zoom}>
      <div class="timeline-tools">
        <button
          type="button"
          class="chip"
          aria-label="Zoom out the timeline"
          disabled={k <= 0}
          onClick={() => setZoom(ZOOMS[Math.max(0, k - 1)]!)}
        >
          −
        </button>
        <button
          type="button"
          class="chip"
          aria-label="Zoom in the timeline"
          disabled={k >= ZOOMS.length - 1}
          onClick={() => setZoom(ZOOMS[Math.min(ZOOMS.length - 1, k + 1)]!)}
        >
          +
        </button>
        <span class="muted" data-testid="timeline-hint" aria-live="polite">
          {scrolls
            ? `Zoomed ×${zoom}: scroll sideways to see the whole course.`
            : 'Whole course shown. Zoom in for detail (then scroll sideways).'}
        </span>
      </div>
      {markup ? (
        <SafeSvg markup={markup} label="Follow-up timeline" class={width === undefined ? 'fit' : undefined} />
      ) : (
        <p class="muted">The timeline could not be drawn.</p>
      )}
    </div>
  );
}
