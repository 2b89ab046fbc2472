/**
 * Views of the cancer sections of a report: IMACS 2023 risk and dated screening plan, the Bayesian cancer
 * probability, the cancer-association timing, and the Graus 2004 / PNS-Care 2021 criteria. Wording follows
 * the CLI text renderers (src/render/text/cancer.ts). Status is always given as a word and an icon.
 * @module
 */
import type {
  CancerAssociationResult,
  CancerProbabilityResult,
  Evidence,
  Headline,
  ImacsSection,
  ItemResult,
  PlanItem,
  PlanItemStatus,
  Pns2004Result,
  PnsCareResult,
  ScreeningPlan,
  WindowResult,
} from 'heliotrope';
import {
  CONSIDER_REASON_WORDS,
  CONSIDER_TEST_WORDS,
  ELIGIBILITY_WORDS,
  FACTOR_LEVEL_WORDS,
  PLAN_STATUS_WORDS,
  PNS_CARE_NA_WORDS,
  PROBABILITY_NA_WORDS,
  RED_FLAG_WORDS,
  clinicianText,
  WINDOW_STATUS_WORDS,
  WINDOW_WORDS,
  codeWords,
  pct,
  pretestWords,
} from 'heliotrope/wording';
import { useContext } from 'preact/hooks';
import { humanize, resultWords } from './labels.js';
import { PriorControl } from './prior.js';
import { Cite, StaticDocument, TriBadge } from './primitives.js';

const PLAN_STATUS: Record<PlanItemStatus, { icon: string; cls: string }> = {
  done: { icon: '✓', cls: 'met' },
  due: { icon: '●', cls: 'unknown' },
  overdue: { icon: '!', cls: 'not-met' },
  upcoming: { icon: '○', cls: 'neutral' },
  'not-applicable': { icon: '–', cls: 'neutral' },
  consider: { icon: '?', cls: 'unknown' },
};
const tierWords = (t: string) => codeWords('imacs2023', t);

/** A probability with one decimal (the cancer estimates are small: 4.9 %, not 5 %). */
const pct1 = pct;

const range = (d: { earliest: string; latest: string } | null | undefined) =>
  d ? (d.earliest === d.latest ? d.earliest : `${d.earliest} … ${d.latest}`) : 'date unknown';

/** Collapses indexed paths with one prefix into ranges: `investigations[0–3, 5]`. */
function collapsePaths(paths: string[]): string {
  const byPrefix = new Map<string, number[]>();
  const out: string[] = [];
  for (const p of paths) {
    const m = /^(.*)\[(\d+)\]$/.exec(p);
    if (!m) out.push(p);
    else byPrefix.set(m[1]!, [...(byPrefix.get(m[1]!) ?? []), Number(m[2])]);
  }
  for (const [prefix, idx] of byPrefix) {
    const runs: string[] = [];
    const sorted = [...new Set(idx)].sort((a, b) => a - b);
    for (let k = 0; k < sorted.length;) {
      let j = k;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
      runs.push(j > k ? `${sorted[k]}–${sorted[j]}` : String(sorted[k]));
      k = j + 1;
    }
    out.push(`${prefix}[${runs.join(', ')}]`);
  }
  return out.join(', ');
}

/** Evidence as one line; many records with the same note are grouped (`investigations[0–9] (note)`). */
function evidenceText(ev: Evidence[]): string {
  const groups = new Map<string, Evidence[]>();
  for (const e of ev) groups.set(e.note ?? '', [...(groups.get(e.note ?? '') ?? []), e]);
  return [...groups.entries()]
    .flatMap(([note, es]) => {
      if (es.length > 3) return [`${collapsePaths(es.map((e) => e.path))}${note ? ` (${note})` : ''}`];
      return es.map((e) => {
        const v =
          e.value === undefined
            ? ''
            : typeof e.value === 'object'
              ? ` = ${JSON.stringify(e.value)}`
              : ` = ${String(e.value)}`;
        return `${e.path}${v}${note ? ` (${note})` : ''}`;
      });
    })
    .join('; ');
}

/** A plan status badge: icon and word. */
export function PlanBadge({ status }: { status: PlanItemStatus }) {
  const s = PLAN_STATUS[status];
  return (
    <span class={`tri tri-${s.cls}`}>
      <span aria-hidden="true">{s.icon}</span> {PLAN_STATUS_WORDS[status]}
    </span>
  );
}

function PlanRow({ i }: { i: PlanItem }) {
  return (
    <tr class={`plan-${i.status}`} data-plan-item={i.id} data-status={i.status}>
      <td>
        {i.label}
        <span class="muted small"> ({i.panel})</span>
      </td>
      <td>{range(i.due)}</td>
      <td>
        <PlanBadge status={i.status} />
      </td>
      <td class="small">
        {i.status === 'done' && i.done
          ? `${i.done.date ?? 'date not recorded'} — result ${i.done.result} (${i.done.path})`
          : i.status === 'not-applicable'
            ? i.reason === 'sex'
              ? 'Other sex'
              : i.reason === 'before-diagnosis'
                ? 'Falls before diagnosis'
                : (i.reason ?? '')
            : i.status === 'consider' && i.reason === 'red-flag'
              ? 'Red flag: consider (conditional)'
              : ''}
      </td>
    </tr>
  );
}

/** The dated screening checklist (or the known-cancer / not-required message). */
export function PlanChecklist({
  p,
  tier,
  brief: briefView,
}: {
  p: ScreeningPlan;
  tier: string;
  brief?: boolean;
}) {
  // A report file has no Criteria view to send the reader to: it lists the whole checklist.
  const brief = briefView && !useContext(StaticDocument);
  if (p.mode === 'known-cancer')
    return (
      <p class="callout" data-testid="plan-known-cancer">
        <strong>A cancer is already known</strong> (cancer{p.knownCancers.length > 1 ? 's' : ''}{' '}
        {p.knownCancers.map((i) => `#${i + 1}`).join(', ')}) in the association window: the question is
        oncological follow-up (staging, treatment response, recurrence), not screening. Risk profile for the
        record: {tierWords(tier)}. Myositis activity may track tumour activity.
      </p>
    );
  if (p.mode === 'not-required')
    return (
      <p class="callout" data-testid="plan-not-required">
        No routine IIM-associated cancer screening required (and no red flag recorded).
      </p>
    );
  const groups = new Map<number, PlanItem[]>();
  for (const i of p.items.filter((x) => x.required))
    groups.set(i.occurrence, [...(groups.get(i.occurrence) ?? []), i]);
  const cond = p.items.filter((x) => !x.required);
  const s = p.summary;
  const heading = (k: number) =>
    k === 0
      ? `At diagnosis (${p.baselineAnchor ? `dated from the ${humanize(p.baselineAnchor).toLowerCase()}` : 'date unknown'})`
      : `Year ${k} after symptom onset (${p.schedule.repeatPanel} panel)`;
  // Undated repeats add nothing to a printout: without an anchor date only the baseline group is printed.
  const shown = brief
    ? [...groups.entries()]
        .filter(([k]) => p.baselineAnchor !== null || k === 0)
        .map(([k, items]) => [k, items.filter((i) => i.status === 'overdue' || i.status === 'due')] as const)
    : [...groups.entries()];
  return (
    <div class="plan" data-testid="screening-plan">
      <p data-testid="plan-summary">
        <strong>As of {p.asOf}:</strong> {s.done} done, {s.due} due, {s.overdue} overdue, {s.upcoming}{' '}
        upcoming, {s['not-applicable']} not applicable, {s.consider} to consider.
      </p>
      {p.baselineAnchor === null ? (
        <p class="callout warn" data-testid="plan-undated">
          No diagnosis, presentation or symptom-onset date recorded: the checklist cannot be dated. Record the
          dates to get due dates and overdue items.
        </p>
      ) : null}
      {brief ? (
        <p class="small muted">
          {shown.some(([, items]) => items.length)
            ? 'Only the tests due or overdue are listed here; the full checklist is in the Criteria view.'
            : 'Nothing due or overdue; the full checklist is in the Criteria view.'}
        </p>
      ) : null}
      {brief && !shown.some(([, items]) => items.length) ? null : (
        <table class="items plan-table">
          <caption class="sr-only">Screening checklist</caption>
          <thead>
            <tr>
              <th scope="col">Test</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">Done / note</th>
            </tr>
          </thead>
          {shown
            .filter(([, items]) => items.length)
            .map(([k, items]) => (
              <tbody key={k}>
                <tr class="domain-row">
                  <th colSpan={4} scope="rowgroup">
                    {heading(k)}
                  </th>
                </tr>
                {items.map((i) => (
                  <PlanRow key={`${i.id}-${k}`} i={i} />
                ))}
              </tbody>
            ))}
          {cond.length && !brief ? (
            <tbody>
              <tr class="domain-row">
                <th colSpan={4} scope="rowgroup">
                  Conditional (clinicians should consider)
                </th>
              </tr>
              {cond.map((i) => (
                <PlanRow key={`c-${i.id}`} i={i} />
              ))}
            </tbody>
          ) : null}
        </table>
      )}
    </div>
  );
}

/** The IMACS 2023 section: eligibility, tier with the counting rule, factors, red flags, dated plan. */
export function ImacsView({ r, brief, headline }: { r: ImacsSection; brief?: boolean; headline?: Headline }) {
  const known = r.plan.mode === 'known-cancer' || r.knownCancer === 'met';
  const factors = brief ? r.factorTable.filter((f) => f.status === 'met') : r.factorTable;
  return (
    <section class="section-view" aria-labelledby="imacs-h" data-section="imacs2023">
      <h3 id="imacs-h">IMACS 2023 cancer screening</h3>
      <dl class="facts">
        <dt>Tier</dt>
        <dd data-testid="imacs-tier">
          <strong>{resultWords('imacs2023', headline, r.tier)}</strong>
          {r.tier === 'not-applicable' ? (
            <span class="muted"> (risk profile: {tierWords(r.riskProfileTier)})</span>
          ) : null}{' '}
          — {r.counts.high} high-risk, {r.counts.intermediate} intermediate-risk factor
          {r.counts.high + r.counts.intermediate === 1 ? '' : 's'}
        </dd>
        <dt>Eligibility</dt>
        <dd>
          {ELIGIBILITY_WORDS[r.eligibility.status]}
          {r.eligibility.notes.includes('ibm-not-established')
            ? '; inclusion body myositis: screening guidance not established'
            : ''}
        </dd>
        <dt>Red flags</dt>
        <dd data-testid="imacs-red-flags">
          {r.redFlags.present.length ? (
            <>
              <strong>Present: {r.redFlags.present.map(humanize).join(', ')}</strong> — {RED_FLAG_WORDS}
            </>
          ) : r.redFlags.unknown.length ? (
            'None known to be present'
          ) : (
            'None present'
          )}
          {r.redFlags.unknown.length ? (
            <span class="muted"> · not recorded: {r.redFlags.unknown.map(humanize).join(', ')}</span>
          ) : null}
        </dd>
        {!known ? (
          <>
            <dt>At diagnosis</dt>
            <dd>
              {r.panels.length ? r.panels.map((p) => `${p} panel`).join(' + ') : 'No routine screening'}
              {r.considerPanels.length ? (
                <div data-testid="imacs-consider-panels">
                  Consider for the red flags (conditional):{' '}
                  {r.considerPanels.map((p) => `${p} panel`).join(' + ')}
                </div>
              ) : null}
            </dd>
            <dt>Repeat</dt>
            <dd>
              {r.repeat
                ? `${r.repeat.panel} panel every ${r.repeat.everyYears} year${r.repeat.everyYears === 1 ? '' : 's'} for ${r.repeat.forYears} years after symptom onset`
                : 'None routinely'}
            </dd>
            {r.considerReasons.length ? (
              <>
                <dt>Consider</dt>
                <dd>
                  {r.considerReasons.map((c) => (
                    <div key={c.id}>
                      {CONSIDER_TEST_WORDS[c.id] ?? c.id}: {CONSIDER_REASON_WORDS[c.reason] ?? c.reason}
                    </div>
                  ))}
                </dd>
              </>
            ) : null}
          </>
        ) : null}
      </dl>
      <p class="muted small">
        Counting rule: high = ≥ 2 high-risk factors; moderate = 1 high-risk or ≥ 2 intermediate-risk; standard
        otherwise. Unknown factors count as absent. Low-risk factors are shown, not counted.
      </p>
      <h4>Screening plan</h4>
      <PlanChecklist p={r.plan} tier={r.riskProfileTier} brief={brief} />
      <h4>{brief ? 'Risk factors present' : 'Risk factors'}</h4>
      <table class="items factor-table">
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col">Level</th>
            <th scope="col">Status</th>
            {!brief ? <th scope="col">Source</th> : null}
          </tr>
        </thead>
        <tbody>
          {factors.map((f) => (
            <tr key={f.id} class={`item-${f.status}`} data-factor={f.id}>
              <td>
                {f.label}
                {f.note && !brief ? <div class="note">{clinicianText(f.note)}</div> : null}
                {f.evidence.length && f.status !== 'unknown' && !brief ? (
                  <div class="evidence">From: {evidenceText(f.evidence)}</div>
                ) : null}
              </td>
              <td>
                {FACTOR_LEVEL_WORDS[f.level] ?? f.level}
                {!f.verified ? (
                  <>
                    {' '}
                    <span
                      class="unverified"
                      title="Risk level not yet checked against the guideline figure"
                      data-testid="unverified"
                    >
                      <span aria-hidden="true">⚠</span> UNVERIFIED
                    </span>
                  </>
                ) : null}
              </td>
              <td>
                <TriBadge status={f.status} />
              </td>
              {!brief ? <td class="cite-cell">{clinicianText(f.cite)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted small">
        UNVERIFIED: the level is not yet checked against IMACS Figure 1 and its 2024 correction.
      </p>
      <Cite c={r.citation} />
    </section>
  );
}

/** The Bayesian probability of an underlying cancer: pre-test, each LR step, post-test. */
export function ProbabilityView({ r }: { r: CancerProbabilityResult }) {
  return (
    <section class="section-view" aria-labelledby="cprob-h" data-section="cancerProbability">
      <h3 id="cprob-h">Probability of an underlying cancer</h3>
      {r.status === 'not-applicable' ? (
        <p class="callout" data-testid="cancer-probability-na">
          Not applicable: {PROBABILITY_NA_WORDS[r.reason]}. No probability is given.
        </p>
      ) : (
        <>
          <table class="items lr-table" data-testid="lr-steps">
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col" class="num">
                  LR
                </th>
                <th scope="col" class="num">
                  Odds
                </th>
                <th scope="col" class="num">
                  Probability
                </th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">
                  Pre-test ({pretestWords(r)})
                  {r.assumesAdultDm ? (
                    <div class="note">Adult DM assumed (subtype or age not established).</div>
                  ) : null}
                </th>
                <td class="num">—</td>
                <td class="num">{r.pretestOdds.toFixed(4)}</td>
                <td class="num">{pct1(r.pretest)}</td>
                <td class="cite-cell">
                  {r.citations[0]
                    ? `${r.citations[0].label.split(',')[0]} et al.${r.citations[0].locator ? ` (${r.citations[0].locator})` : ''}`
                    : ''}
                </td>
              </tr>
              {r.steps.map((s, k) => (
                <tr key={k}>
                  <th scope="row">
                    × anti-{s.antibody} {s.result}
                  </th>
                  <td class="num">{s.lr}</td>
                  <td class="num">
                    {s.oddsBefore.toFixed(4)} → {s.oddsAfter.toFixed(4)}
                  </td>
                  <td class="num">{pct1(s.probabilityAfter)}</td>
                  <td class="cite-cell">{clinicianText(s.cite)}</td>
                </tr>
              ))}
              <tr class="total-row">
                <th scope="row">Post-test probability</th>
                <td class="num"></td>
                <td class="num"></td>
                <td class="num" data-testid="cancer-posterior">
                  <strong>{pct1(r.posterior)}</strong>
                </td>
                <td></td>
              </tr>
            </tbody>
          </table>
          {!r.steps.length ? (
            <p class="small">
              No antibody result with a likelihood ratio: the estimate stays at the pre-test probability.
            </p>
          ) : null}
          <PriorControl used={r.pretest} source={r.pretestSource} range={r.pretestRange} />
        </>
      )}
      {r.status === 'estimated' && r.notUsed.length ? (
        <>
          <h4>Antibodies not used</h4>
          <ul class="missing">
            {r.notUsed.map((n) => (
              <li key={`${n.antibody}-${n.result}`}>
                anti-{n.antibody} {n.result} — the reference gives {n.figure}; relative risks and odds ratios
                are not likelihood ratios.
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.status === 'estimated' && r.cancerKnown ? (
        <p class="callout">A cancer is already recorded: this estimate is for context only.</p>
      ) : null}
      {r.citations.map((c) => (
        <Cite key={c.label} c={c} />
      ))}
    </section>
  );
}

const WINDOW_STATUS: Record<WindowResult['status'], { icon: string; cls: string }> = {
  in: { icon: '✓', cls: 'met' },
  out: { icon: '✗', cls: 'not-met' },
  uncertain: { icon: '~', cls: 'unknown' },
  unknown: { icon: '?', cls: 'unknown' },
};
const yrs = (y: { min: number; max: number }) => {
  const f = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(2)}`;
  return y.min === y.max ? `${f(y.min)} y` : `${f(y.min)} … ${f(y.max)} y`;
};

/** Cancer-association timing: each cancer's signed interval and its window verdicts. */
export function AssociationView({ r }: { r: CancerAssociationResult }) {
  return (
    <section class="section-view" aria-labelledby="cassoc-h" data-section="cancerAssociation">
      <h3 id="cassoc-h">Cancer association: timing</h3>
      <dl class="facts">
        <dt>First myositis symptom</dt>
        <dd>{r.onset ? range(r.onset) : 'Not recorded'}</dd>
        <dt>Cancer-associated (±3 y)</dt>
        <dd data-testid="cancer-associated">
          <span class={`tri tri-${r.cancerAssociated}`}>
            <span aria-hidden="true">
              {r.cancerAssociated === 'met' ? '✓' : r.cancerAssociated === 'not-met' ? '✗' : '?'}
            </span>{' '}
            {r.cancerAssociated === 'met' ? 'Yes' : r.cancerAssociated === 'not-met' ? 'No' : 'Undetermined'}
          </span>
        </dd>
        <dt>Anti-TIF1γ</dt>
        <dd>
          <TriBadge status={r.antiTif1g} />
        </dd>
      </dl>
      {!r.cancers.length ? (
        <p class="small">No cancer recorded (absence of a record is not absence of cancer).</p>
      ) : null}
      {r.cancers.map((k) => {
        const name = [k.histology, k.site].filter(Boolean).join(', ') || `Cancer ${k.index + 1}`;
        return (
          <div key={k.index} class="cancer-timing" data-cancer={k.index}>
            <h4>{name}</h4>
            <p>
              Diagnosed {k.diagnosis ? range(k.diagnosis) : 'date not recorded'}; interval from first symptom{' '}
              <strong>{k.intervalYears ? yrs(k.intervalYears) : 'unknown'}</strong>
              {k.intervalDays
                ? ` (${k.intervalDays.min === k.intervalDays.max ? k.intervalDays.min : `${k.intervalDays.min} … ${k.intervalDays.max}`} days)`
                : ''}{' '}
              <span class="muted">— negative: cancer first</span>
            </p>
            <table class="items">
              <thead>
                <tr>
                  <th scope="col">Window</th>
                  <th scope="col">Verdict</th>
                  <th scope="col">Measured from</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {k.windows
                  .filter((w) => !(w.id === 'tif1g' && w.applies === 'not-met'))
                  .map((w) => {
                    const s = WINDOW_STATUS[w.status];
                    return (
                      <tr key={w.id} data-window={w.id}>
                        <td>
                          {WINDOW_WORDS[w.id] ?? w.id}
                          {w.applies === 'unknown' ? (
                            <div class="note">Applies only if anti-TIF1γ positive: not known.</div>
                          ) : null}
                        </td>
                        <td>
                          <span class={`tri tri-${s.cls}`}>
                            <span aria-hidden="true">{s.icon}</span> {WINDOW_STATUS_WORDS[w.status]}
                          </span>
                        </td>
                        <td>{w.measuredFrom === 'diagnosis' ? 'Myositis diagnosis' : 'Symptom onset'}</td>
                        <td class="cite-cell">{clinicianText(w.cite)}</td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        );
      })}
      {r.missing.length ? <p class="small">Missing dates: {r.missing.join('; ')}</p> : null}
      {r.imprecise.length ? (
        <p class="small">Too imprecise to settle the ±3-year verdict: {r.imprecise.join('; ')}</p>
      ) : null}
      {r.citations.map((c) => (
        <Cite key={c.label} c={c} />
      ))}
    </section>
  );
}

function RuleTable({ items, points }: { items: ItemResult[]; points?: boolean }) {
  return (
    <table class="items">
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">Status</th>
          {points ? (
            <th scope="col" class="num">
              Points
            </th>
          ) : null}
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.id} class={`item-${i.status}`} data-item={i.id}>
            <td>
              {i.label}
              {i.note ? <div class="note">{clinicianText(i.note)}</div> : null}
              {i.evidence.length && i.status !== 'unknown' ? (
                <div class="evidence">From: {evidenceText(i.evidence)}</div>
              ) : null}
            </td>
            <td>
              <TriBadge status={i.status} />
            </td>
            {points ? (
              <td class="num">
                {i.status === 'met' ? `+${i.points}` : i.status === 'unknown' ? `(+${i.pointsIfMet})` : '0'}
              </td>
            ) : null}
            <td class="cite-cell">{clinicianText(i.cite)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Graus 2004 paraneoplastic syndrome criteria. */
export function Pns2004View({
  r,
  brief,
  headline,
}: {
  r: Pns2004Result;
  brief?: boolean;
  headline?: Headline;
}) {
  return (
    <section class="section-view" aria-labelledby="pns04-h" data-section="pns2004">
      <h3 id="pns04-h">Graus 2004 paraneoplastic syndrome criteria</h3>
      <dl class="facts">
        <dt>Result</dt>
        <dd data-testid="pns2004-category">
          <strong>{resultWords('pns2004', headline, r.category)}</strong>{' '}
          <span class="muted">(dermatomyositis is a classical syndrome)</span>
        </dd>
        {r.missing.length ? (
          <>
            <dt>Unknown inputs</dt>
            <dd>{r.missing.map(humanize).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {!brief ? <RuleTable items={r.items} /> : null}
      {r.deviations.map((d) => (
        <p key={d} class="muted small">
          Note: {clinicianText(d)}
        </p>
      ))}
      <Cite c={r.citation} />
    </section>
  );
}

/** PNS-Care Score 2021: not applicable to dermatomyositis (not a 2021 phenotype); scored otherwise. */
export function PnsCareView({
  r,
  brief,
  headline,
}: {
  r: PnsCareResult;
  brief?: boolean;
  headline?: Headline;
}) {
  return (
    <section class="section-view" aria-labelledby="pnscare-h" data-section="pnsCare2021">
      <h3 id="pnscare-h">PNS-Care Score 2021</h3>
      {r.status === 'not-applicable' ? (
        <>
          <dl class="facts">
            <dt>Result</dt>
            <dd data-testid="pnscare-category">
              <strong>Not applicable</strong>
            </dd>
          </dl>
          <p class="callout" data-testid="pnscare-dm-note">
            {PNS_CARE_NA_WORDS[r.reason]}. No score is given. For paraneoplastic myositis use the ±3-year
            cancer-association window, Graus 2004 and IMACS 2023.
          </p>
        </>
      ) : (
        <>
          <dl class="facts">
            <dt>Result</dt>
            <dd data-testid="pnscare-category">
              <strong>{resultWords('pnsCare2021', headline, r.category)}</strong> — score {r.score}
              {r.scoreRange.max !== r.scoreRange.min ? (
                <span class="muted">
                  {' '}
                  ({r.scoreRange.min}–{r.scoreRange.max} with unknown components)
                </span>
              ) : null}
            </dd>
            <dt>Levels</dt>
            <dd>≥ 8 definite, 6–7 probable, 4–5 possible, ≤ 3 non-PNS</dd>
          </dl>
          {r.phenotypeNotListed ? (
            <p class="small">The phenotype is not in the 2021 lists: it scores 0 points.</p>
          ) : null}
          {!brief ? <RuleTable items={r.items} points /> : null}
          {r.missing.length ? (
            <p class="small">Unknown inputs: {r.missing.map(humanize).join(', ')}</p>
          ) : null}
        </>
      )}
      <Cite c={r.citation} />
    </section>
  );
}
