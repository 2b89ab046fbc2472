/**
 * The assessment registry: the sections of the case report (`heliotrope assess`, `POST /api/assess`), in
 * order. Sections contributed by calculators come from `src/calc/registry.ts`; the rest are listed here.
 * A calculator section not placed in {@link SECTION_ORDER} is appended before the follow-up section, so a new
 * criteria set appears in the report without an edit here. Each key is a top-level key of the report.
 * @module
 */
import { cancerProbabilitySection } from '../cancer/from-case.js';
import { cancerTiming } from '../cancer/timing.js';
import { calculators } from '../calc/registry.js';
import type { ReportSection, SectionContext } from '../criteria/engine/calculator.js';
import { assessMonitoring } from '../monitoring/index.js';

/** Context of one assessment (see {@link SectionContext}). */
export type AssessContext = SectionContext;

/** One section of the report. */
export type Assessor = ReportSection;

/** Sections that are not calculators. */
const OWN_SECTIONS: readonly Assessor[] = [
  { key: 'cancerAssociation', title: 'Cancer association: timing', run: (c) => cancerTiming(c) },
  {
    key: 'cancerProbability',
    title: 'Probability of an underlying cancer',
    run: (c, ctx) => cancerProbabilitySection(c, ctx),
  },
  {
    key: 'monitoring',
    title: 'Follow-up: myositis activity, tumour response (RECIST 1.1), warning signal, concordance',
    run: (c) => assessMonitoring(c),
  },
];

/**
 * Report order. Later sections may read earlier results: the cancer sections read the EULAR/ACR subgroup,
 * and Graus 2004 reads the IMACS risk profile ("high risk of an underlying tumour").
 */
export const SECTION_ORDER: readonly string[] = [
  'eularAcr2017',
  'bohanPeter1975',
  'cancerAssociation',
  'imacs2023',
  'pns2004',
  'pnsCare2021',
  'cancerProbability',
  'monitoring',
];

function orderSections(): Assessor[] {
  const all = [...calculators.flatMap((c) => (c.section ? [c.section] : [])), ...OWN_SECTIONS];
  const byKey = new Map(all.map((s) => [s.key, s]));
  const placed = SECTION_ORDER.flatMap((k) => byKey.get(k) ?? []);
  const unplaced = all.filter((s) => !SECTION_ORDER.includes(s.key));
  const last = placed.length && placed[placed.length - 1]!.key === 'monitoring' ? placed.pop() : undefined;
  return [...placed, ...unplaced, ...(last ? [last] : [])];
}

/** Every section, in the order they are computed and shown. */
export const assessors: readonly Assessor[] = orderSections();
