/**
 * A sticky one-line summary of the live results at the bottom of a narrow screen (phones), so that the effect
 * of a tap anywhere in the long form is visible without scrolling back to the results: the EULAR/ACR category
 * and probability, the screening checklist's overdue count, and the highest follow-up alert with the latest
 * RECIST response. Hidden on wide screens, where the results box stays in view beside the form.
 * @module
 */
import { ACTION_WORDS, RECIST_SHORT_WORDS } from 'heliotrope/wording';
import { EULAR_CATEGORY, pct } from '../labels.js';
import { liveSection, type LiveReport } from './screening.js';

/** The sticky results summary. */
export function LiveBar({ report }: { report: LiveReport }) {
  const e = liveSection(report, 'eularAcr2017');
  const imacs = liveSection(report, 'imacs2023');
  const mon = liveSection(report, 'monitoring');
  const plan = imacs && 'plan' in imacs ? imacs.plan : undefined;
  const alerts = mon?.alerts.alerts ?? [];
  const top = alerts.find((a) => a.severity === 'high') ?? alerts.find((a) => a.severity === 'moderate');
  const lastRecist = mon?.course.tumour
    .flatMap((t) => t.recist.timePoints)
    .filter((p) => !p.isBaseline)
    .at(-1)?.overall.category;
  return (
    <div class="live-bar" data-testid="live-bar" role="status" aria-live="polite">
      {e ? (
        <span data-testid="live-bar-eular">
          <strong>{EULAR_CATEGORY[e.category] ?? e.category}</strong> {pct(e.probability)}
        </span>
      ) : (
        <span aria-busy="true">Calculating…</span>
      )}
      {plan && plan.mode === 'screening' ? (
        <span data-testid="live-bar-screening">
          Screening: {plan.summary.overdue ? `${plan.summary.overdue} overdue` : 'none overdue'},{' '}
          {plan.summary.done} done
        </span>
      ) : null}
      {top ? (
        <span
          data-testid="live-bar-alert"
          class={`tri tri-${top.severity === 'high' ? 'not-met' : 'unknown'}`}
        >
          {top.severity === 'high' ? '! ' : ''}
          {ACTION_WORDS[top.action] ?? top.action}
        </span>
      ) : null}
      {lastRecist ? (
        <span data-testid="live-bar-recist">RECIST {RECIST_SHORT_WORDS[lastRecist] ?? lastRecist}</span>
      ) : null}
      <a
        href="#live-results"
        onClick={(ev) => {
          ev.preventDefault();
          document.querySelector('.live')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
        }}
      >
        All results ↑
      </a>
    </div>
  );
}
