/**
 * Text renderers, keyed by the set's key in the registry: the wording of a calculator result and of a report
 * section. Wording lives here, never in the engine's results. A set without a renderer is shown by the
 * generic view, from its headline.
 * @module
 */
import {
  isFailedSection,
  type FailedSection,
  type SectionOutcome,
  type SectionSet,
} from '../../contract/set.js';
import type {
  CalcResultOf,
  CalculatorEntry,
  SectionKey,
  SectionResultOf,
  SectionResults,
  SetKey,
  SetOf,
} from '../../sets/registry.js';
import {
  renderImacs,
  renderImacsSection,
  renderCancerAssociation,
  renderCancerProbability,
  renderPns2004,
  renderPnsCare,
} from './cancer.js';
import { renderBohanPeter, renderEular } from './criteria.js';
import { renderGeneric } from './generic.js';
import { renderMonitoring, renderRecist, renderTis } from './monitoring.js';
import { renderDosing } from './dosing.js';

/** The text renderers of one set: its calculator's result and its report section. */
export interface SetTextRenderers<S> {
  calc?: (result: CalcResultOf<S>) => string;
  section?: (result: SectionResultOf<S>) => string;
}

/** Text renderers by set key (optional: a set without one is shown generically). */
export const textRenderers: { [K in SetKey]?: SetTextRenderers<SetOf<K>> } = {
  eularAcr2017: { calc: renderEular, section: renderEular },
  bohanPeter1975: { calc: renderBohanPeter, section: renderBohanPeter },
  cancerAssociation: { section: renderCancerAssociation },
  imacs2023: { calc: (r) => renderImacs(r), section: renderImacsSection },
  pns2004: { calc: renderPns2004, section: renderPns2004 },
  pnsCare2021: { calc: renderPnsCare, section: renderPnsCare },
  cancerProbability: { section: renderCancerProbability },
  recist11: { calc: renderRecist },
  tis2016: { calc: renderTis },
  dosing: { calc: renderDosing },
  monitoring: { section: renderMonitoring },
};

/** A section that could not be computed. */
export function renderFailedSection(title: string, f: FailedSection): string {
  return f.code === 'needed-section-failed'
    ? `${title}\n  Not computed: it needs ${(f.failedNeeds ?? []).join(', ')}, which could not be computed.`
    : `${title}\n  Not computed: an internal fault in this section (the other sections are unaffected).`;
}

/**
 * Renders one report section: its renderer, else the generic view; a failed section says so.
 * @param set - the registered set of the section
 * @param outcome - the section's outcome in the report
 */
export function renderSectionText<K extends SectionKey>(
  set: SectionSet<K>,
  outcome: SectionOutcome<SectionResults[K]>,
): string {
  if (isFailedSection(outcome)) return renderFailedSection(set.section.title, outcome);
  const render = textRenderers[set.key]?.section;
  return render ? render(outcome) : renderGeneric(set.section.title, set.headline(outcome), outcome);
}

/**
 * Renders a calculator's result: its renderer, else the generic view.
 * @param set - the calculator's set
 * @param result - what its calculator returned
 */
export function renderCalcText(set: CalculatorEntry, result: unknown): string {
  // The calculator of `set` produced `result`: it is that set's calculator result, which its renderer takes.
  const render = textRenderers[set.key as SetKey]?.calc as ((r: unknown) => string) | undefined;
  return render ? render(result) : renderGeneric(set.title, set.headline(result), result);
}

export { formatIssues, mark, pct, num1 } from './format.js';
export { categoryWords, subgroupWords, renderEular, renderBohanPeter } from './criteria.js';
