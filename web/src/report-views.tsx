/**
 * Views of an assessment report: rich views for the EULAR/ACR 2017 and Bohan & Peter sections, and a
 * generic renderer for any other section (keyed by the report's top-level keys), so sections added to the
 * engine later show up without changes here.
 * @module
 */
import type { ComponentChildren } from 'preact';
import type {
  BohanPeterResult,
  Case,
  Citation,
  EularResult,
  FailedSection,
  Headline,
  ItemResult,
  ReportSections as ReportSectionsOf,
  SectionKey,
  SectionOutcome,
  SectionResults,
} from 'heliotrope';
import {
  clinicianText,
  failedSectionWords,
  GATE_RULE_WORDS,
  isFailedSection,
  TREE_QUESTION_WORDS,
} from 'heliotrope/wording';
import { AssociationView, ImacsView, Pns2004View, PnsCareView, ProbabilityView } from './cancer-views.js';
import { EULAR_CATEGORY, humanize, pct, resultWords, SUBGROUP } from './labels.js';
import { MonitoringView } from './monitoring-view.js';
import { Cite, TriBadge } from './primitives.js';

type Eular = EularResult;
type Bohan = BohanPeterResult;

/** The probability as a semicircular gauge with the category cut-offs. */
export function Gauge({ p, pMax, label }: { p: number; pMax?: number; label: string }) {
  const r = 80;
  const arc = (from: number, to: number) => {
    const a0 = Math.PI * (1 - from);
    const a1 = Math.PI * (1 - to);
    const x0 = 100 + r * Math.cos(a0);
    const y0 = 100 - r * Math.sin(a0);
    const x1 = 100 + r * Math.cos(a1);
    const y1 = 100 - r * Math.sin(a1);
    return `M ${x0.toFixed(2)} ${y0.toFixed(2)} A ${r} ${r} 0 0 1 ${x1.toFixed(2)} ${y1.toFixed(2)}`;
  };
  const tick = (v: number) => {
    const a = Math.PI * (1 - v);
    return (
      <line
        x1={100 + 68 * Math.cos(a)}
        y1={100 - 68 * Math.sin(a)}
        x2={100 + 92 * Math.cos(a)}
        y2={100 - 92 * Math.sin(a)}
        class="gauge-tick"
      />
    );
  };
  const clamp = (x: number) => Math.min(0.9999, Math.max(0.0001, x));
  return (
    <figure
      class="gauge"
      role="img"
      aria-label={`Probability of idiopathic inflammatory myopathy ${pct(p)}${pMax !== undefined && pMax > p + 0.0005 ? `, up to ${pct(pMax)} if unknown items were met` : ''}: ${label}`}
    >
      <svg viewBox="0 0 200 112" aria-hidden="true">
        <path d={arc(0.0001, 0.9999)} class="gauge-track" />
        {pMax !== undefined && pMax > p ? <path d={arc(clamp(p), clamp(pMax))} class="gauge-range" /> : null}
        <path d={arc(0.0001, clamp(p))} class="gauge-value" />
        {tick(0.5)}
        {tick(0.55)}
        {tick(0.9)}
        <text x="100" y="92" class="gauge-text">
          {pct(p)}
        </text>
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}

function ItemTable({
  items,
  showPoints,
  domains,
  compact,
}: {
  items: readonly ItemResult[];
  showPoints: boolean;
  domains?: boolean;
  compact?: boolean;
}) {
  let lastDomain = '';
  return (
    <table class="items">
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Status</th>
          {showPoints ? (
            <th scope="col" class="num">
              Points
            </th>
          ) : null}
          {!compact ? <th scope="col">Source</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.flatMap((i) => {
          const rows = [];
          if (domains && i.domain !== lastDomain) {
            lastDomain = i.domain;
            rows.push(
              <tr class="domain-row" key={`d-${i.domain}`}>
                <th colSpan={(showPoints ? 3 : 2) + (compact ? 0 : 1)} scope="rowgroup">
                  {humanize(i.domain)}
                </th>
              </tr>,
            );
          }
          rows.push(
            <tr key={i.id} class={`item-${i.status}`} data-item={i.id}>
              <td>
                {i.label}
                {i.note && !compact ? <div class="note">{clinicianText(i.note)}</div> : null}
                {i.evidence.length && i.status !== 'unknown' && !compact ? (
                  <div class="evidence">
                    From: {i.evidence.map((e) => `${e.path}${e.note ? ` (${e.note})` : ''}`).join('; ')}
                  </div>
                ) : null}
              </td>
              <td>
                <TriBadge status={i.status} />
              </td>
              {showPoints ? (
                <td class="num">
                  {i.status === 'met'
                    ? i.points.toFixed(1)
                    : i.status === 'unknown'
                      ? `(+${i.pointsIfMet.toFixed(1)})`
                      : '0'}
                </td>
              ) : null}
              {!compact ? <td class="cite-cell">{clinicianText(i.cite)}</td> : null}
            </tr>,
          );
          return rows;
        })}
      </tbody>
    </table>
  );
}

/** The EULAR/ACR 2017 section. */
export function EularView({
  r,
  compact,
  children,
}: {
  r: Eular;
  compact?: boolean;
  children?: ComponentChildren;
}) {
  const uncertain = r.categoryRange.min !== r.categoryRange.max;
  const changers = r.missing.filter((m) => m.couldChangeCategory);
  const shownMissing = compact ? changers : r.missing;
  return (
    <section class="section-view" aria-labelledby="eular-h">
      <h3 id="eular-h">2017 EULAR/ACR classification criteria</h3>
      <div class="eular-head">
        <Gauge
          p={r.probability}
          pMax={r.probabilityRange.max}
          label={EULAR_CATEGORY[r.category] ?? r.category}
        />
        <dl class="facts">
          <dt>Category</dt>
          <dd data-testid="eular-category">
            <strong>{EULAR_CATEGORY[r.category] ?? r.category}</strong>
            {uncertain ? (
              <span class="muted">
                {' '}
                (could reach {EULAR_CATEGORY[r.categoryRange.max] ?? r.categoryRange.max})
              </span>
            ) : null}
          </dd>
          <dt>Probability</dt>
          <dd data-testid="eular-probability">
            {pct(r.probability)}
            {r.probabilityRange.max > r.probability + 0.0005 ? (
              <span class="muted"> (up to {pct(r.probabilityRange.max)})</span>
            ) : null}
          </dd>
          <dt>Score</dt>
          <dd>
            {r.score.toFixed(1)}
            {r.scoreRange.max > r.score ? (
              <span class="muted">
                {' '}
                (range {r.scoreRange.min.toFixed(1)}–{r.scoreRange.max.toFixed(1)})
              </span>
            ) : null}{' '}
            · model {r.model === 'biopsy' ? 'with muscle biopsy' : 'without muscle biopsy'}
          </dd>
          <dt>Subgroup</dt>
          <dd data-testid="eular-subgroup">
            {r.subgroup
              ? (SUBGROUP[r.subgroup] ?? r.subgroup)
              : r.subgroupCandidates.length
                ? `Undecided: ${r.subgroupCandidates.map((s) => SUBGROUP[s] ?? s).join(' or ')}`
                : 'Not classified as IIM'}
          </dd>
        </dl>
      </div>
      {children}
      {!compact ? (
        <>
          <h4>Subgroup tree</h4>
          <ol class="tree">
            {r.subgroupPath.map((s) => (
              <li key={s.node}>
                {TREE_QUESTION_WORDS[s.node]} <TriBadge status={s.answer} />
              </li>
            ))}
            <li>
              <strong>
                {r.subgroup
                  ? SUBGROUP[r.subgroup]
                  : r.subgroupCandidates.length
                    ? 'Leaf undecided'
                    : 'No subgroup (not probable or definite)'}
              </strong>
            </li>
          </ol>
          {r.gate.passed !== 'met' ? (
            <p class="callout">
              <TriBadge status={r.gate.passed} /> {GATE_RULE_WORDS[r.gate.rule]}
            </p>
          ) : null}
        </>
      ) : null}
      {r.missing.length ? (
        <>
          <h4>
            {compact ? 'Missing items that could change the category' : 'Unknown items (points if met)'}
          </h4>
          {changers.length === 0 ? (
            <p class="small muted">No single unknown item would change the category.</p>
          ) : null}
          <ul class="missing">
            {shownMissing.map((m) => (
              <li key={m.id} class={m.couldChangeCategory ? 'changes' : ''}>
                {m.label} (+{m.pointsIfMet.toFixed(1)})
                {m.couldChangeCategory ? <strong> — would change the category</strong> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>Items</h4>
      <ItemTable items={r.items} showPoints domains compact={compact} />
      <p class="muted small">
        Cut-offs ({r.model}): possible ≥ {r.cutoffs.possible}, probable ≥ {r.cutoffs.probable}, definite ≥{' '}
        {r.cutoffs.definite}; P = 1/(1+e^({r.constant} − score)). Classification criteria, not diagnosis.
      </p>
      <Cite c={r.citation} />
    </section>
  );
}

/** The Bohan & Peter section (its category with what the unknown items could still make of it). */
export function BohanView({ r, headline }: { r: Bohan; headline?: Headline }) {
  return (
    <section class="section-view" aria-labelledby="bp-h">
      <h3 id="bp-h">Bohan &amp; Peter 1975</h3>
      <dl class="facts">
        <dt>Category</dt>
        <dd data-testid="bohan-category">
          <strong>{resultWords('bohanPeter1975', headline, r.category)}</strong>
        </dd>
        <dt>Muscle criteria</dt>
        <dd>
          {r.muscleCriteria.met} met, {r.muscleCriteria.unknown} unknown
        </dd>
      </dl>
      <ItemTable items={r.items} showPoints={false} />
      <p class="muted small">{r.exclusionsNote}</p>
      <Cite c={r.citation} />
    </section>
  );
}

function GenericValue({ v, depth }: { v: unknown; depth: number }): preact.JSX.Element {
  if (v === null || v === undefined) return <span class="muted">—</span>;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    if (v === 'met' || v === 'not-met' || v === 'unknown') return <TriBadge status={v} />;
    return <span>{String(v)}</span>;
  }
  if (Array.isArray(v)) {
    const items: unknown[] = v;
    if (items.length === 0) return <span class="muted">none</span>;
    return (
      <ul class="generic-list">
        {items.map((x, i) => (
          <li key={i}>
            <GenericValue v={x} depth={depth + 1} />
          </li>
        ))}
      </ul>
    );
  }
  const entries = Object.entries(v as Record<string, unknown>);
  if (depth > 4) return <code>{JSON.stringify(v)}</code>;
  return (
    <dl class="generic">
      {entries.map(([k, x]) => (
        <div key={k}>
          <dt>{humanize(k)}</dt>
          <dd>
            <GenericValue v={x} depth={depth + 1} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Section titles by report key (from GET /api/capabilities), set once by the application. */
export const sectionTitles: Record<string, string> = {};

function isScalar(v: unknown): v is string | number | boolean {
  return (typeof v === 'string' && v.length <= 160) || typeof v === 'number' || typeof v === 'boolean';
}

/** The top-level plain values of a section (category, tier, score, …): its key facts. */
function KeyFacts({ value }: { value: unknown }) {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return <GenericValue v={value} depth={0} />;
  const facts = Object.entries(value as Record<string, unknown>).filter(
    ([k, v]) => isScalar(v) && !/^(section|criteriaId|calculatorId|version)$/.test(k),
  );
  if (!facts.length) return null;
  return (
    <dl class="facts key-facts">
      {facts.slice(0, 14).map(([k, v]) => (
        <div key={k}>
          <dt>{humanize(k)}</dt>
          <dd>
            <GenericValue v={v} depth={1} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Any other section, rendered from its data: its key facts, then every detail on request.
 * @param brief - key facts only (printed report)
 */
export function GenericSection({ name, value, brief }: { name: string; value: unknown; brief?: boolean }) {
  const cit = (value as { citation?: Citation } | null)?.citation;
  const title = sectionTitles[name] ?? humanize(name);
  return (
    <section class="section-view generic-section" aria-label={title} data-section={name}>
      <h3>{title}</h3>
      <KeyFacts value={value} />
      {!brief ? (
        <details>
          <summary>All details</summary>
          <GenericValue v={value} depth={0} />
        </details>
      ) : null}
      {cit?.label ? <Cite c={cit} /> : null}
    </section>
  );
}

/** Report keys that are not sections. */
const SKIP = new Set(['engine', 'asOf', 'case', 'warnings', 'headlines']);

/** What every section view is given besides its result. */
interface ViewOptions {
  name: string;
  compact?: boolean;
  brief?: boolean;
  c: Case | undefined;
  /** The section's headline (POST /api/assess?headlines=true), for its one-word result with its range. */
  headline?: Headline;
}

/** The view of each report section, by the registry's report key; a section without one is shown generically. */
const SECTION_VIEWS: { [K in SectionKey]?: (r: SectionResults[K], o: ViewOptions) => ComponentChildren } = {
  eularAcr2017: (r, o) => <EularView r={r} compact={o.compact} />,
  bohanPeter1975: (r, o) => <BohanView r={r} headline={o.headline} />,
  cancerAssociation: (r) => <AssociationView r={r} />,
  // A report stored by an older engine may have an IMACS section without a plan.
  imacs2023: (r, o) =>
    'plan' in r ? (
      <ImacsView r={r} brief={o.brief} headline={o.headline} />
    ) : (
      <GenericSection name={o.name} value={r} brief={o.brief} />
    ),
  pns2004: (r, o) => <Pns2004View r={r} brief={o.brief} headline={o.headline} />,
  pnsCare2021: (r, o) => <PnsCareView r={r} brief={o.brief} headline={o.headline} />,
  cancerProbability: (r) => <ProbabilityView r={r} />,
  monitoring: (r, o) => <MonitoringView m={r} c={o.c} brief={o.brief} />,
};

const hasView = (k: string): k is SectionKey => k in SECTION_VIEWS;

/** A section that the engine could not compute (the other sections stand). */
function FailedSectionView({ name, f }: { name: string; f: FailedSection }) {
  const title = sectionTitles[name] ?? humanize(name);
  return (
    <section class="section-view generic-section" aria-label={title} data-section={name}>
      <h3>{title}</h3>
      <p role="status">{failedSectionWords(f, (k) => sectionTitles[k] ?? humanize(k))}</p>
    </section>
  );
}

function SectionView<K extends SectionKey>({
  name,
  outcome,
  o,
}: {
  name: K;
  outcome: SectionOutcome<SectionResults[K]>;
  o: ViewOptions;
}): ComponentChildren {
  if (isFailedSection(outcome)) return <FailedSectionView name={name} f={outcome} />;
  const view = SECTION_VIEWS[name];
  return view ? view(outcome, o) : <GenericSection name={name} value={outcome} brief={o.brief} />;
}

/** Every section of a report, in report order. */
export function ReportSections({
  report,
  compact,
  brief,
}: {
  report: Record<string, unknown>;
  compact?: boolean;
  brief?: boolean;
}): ComponentChildren {
  // The body of POST /api/assess (or a stored assessment): its sections are the engine's results by key.
  const sections = report as Partial<ReportSectionsOf>;
  const c = report.case as Case | undefined;
  const headlines = (report.headlines ?? {}) as Partial<Record<string, Headline>>;
  return Object.entries(report)
    .filter(([k]) => !SKIP.has(k))
    .map(([k, v]) => {
      const outcome = hasView(k) ? sections[k] : undefined;
      if (!hasView(k) || outcome === undefined || v === null || typeof v !== 'object')
        return <GenericSection key={k} name={k} value={v} brief={brief} />;
      return (
        <SectionView
          key={k}
          name={k}
          outcome={outcome}
          o={{ name: k, compact, brief, c, headline: headlines[k] }}
        />
      );
    });
}
