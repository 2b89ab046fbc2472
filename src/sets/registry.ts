/**
 * The registry: every criteria set and report section, one line each. Adding a set is one folder (its module
 * object, see `src/contract/set.ts`) and one line here; the CLI (`heliotrope calc`, `heliotrope assess`), the
 * HTTP API, the case report, the renderers and the server summary all iterate this list and none branches on
 * an id. The order of the lines is the order of the report's sections and of the calculator list; sections are
 * computed in {@link evaluationOrder}, each after the sections it needs.
 * @module
 */
import { bohanPeter1975Set } from '../criteria/bohan-peter-1975/set.js';
import { eularAcr2017Set } from '../criteria/eular-acr-2017/set.js';
import { cancerAssociationSet } from '../cancer/association/set.js';
import { imacs2023Set } from '../cancer/imacs-2023/set.js';
import { pns2004Set } from '../cancer/pns-2004/set.js';
import { pnsCare2021Set } from '../cancer/pns-care-2021/set.js';
import { cancerProbabilitySet } from '../cancer/probability/set.js';
import { dosingSet } from '../monitoring/dosing/set.js';
import { recist11Set } from '../monitoring/recist/set.js';
import { monitoringSet } from '../monitoring/set.js';
import { tis2016Set } from '../monitoring/tis-2016/set.js';
import { sectionOrder } from '../contract/run.js';
import type { CriteriaSet, ResultOf, SectionSource } from '../contract/set.js';
import type { Calculator } from '../engine/calculator.js';
import type { CriteriaTable } from '../engine/table.js';

/** Every set, in report and help order. */
export const sets = [
  eularAcr2017Set,
  bohanPeter1975Set,
  cancerAssociationSet,
  imacs2023Set,
  pns2004Set,
  pnsCare2021Set,
  cancerProbabilitySet,
  recist11Set,
  tis2016Set,
  dosingSet,
  monitoringSet,
] as const;

/** A registered set (the union of their exact types). */
export type RegisteredSet = (typeof sets)[number];

/** A registered set with a report section. */
export type ReportSet = Extract<RegisteredSet, { section: object }>;

/** A key of the registry (`eularAcr2017`, `tis2016`, …). */
export type SetKey = RegisteredSet['key'];

/** A report key (`eularAcr2017`, `cancerAssociation`, …). */
export type SectionKey = ReportSet['key'];

/** The registered set of a key, with its exact type. */
export type SetOf<K extends SetKey> = Extract<RegisteredSet, { key: K }>;

/** The result of a set's calculator (never when it has none). */
export type CalcResultOf<S> = S extends { readonly calculator?: Calculator<infer C> } ? C : never;

/** The result of a set's report section (never when it has none). */
export type SectionResultOf<S> = S extends SectionSource ? ResultOf<S> : never;

/** Each report key's result type. */
export type SectionResults = { [K in SectionKey]: SectionResultOf<SetOf<K>> };

/** A set that runs as a calculator. */
export type CalculatorEntry = CriteriaSet & { readonly calculator: Calculator };

const hasSection = (s: RegisteredSet): s is ReportSet => s.section !== undefined;
const hasCalculator = (s: CriteriaSet): s is CalculatorEntry => s.calculator !== undefined;

/** The sets with a report section, in report order. */
export const reportSections: readonly ReportSet[] = sets.filter(hasSection);

/**
 * The order the sections are computed in: each after the sets it needs, otherwise in report order. Derived
 * from the `needs` of each section; a cycle or a need that is not registered fails when this module loads.
 */
export const evaluationOrder: readonly ReportSet[] = sectionOrder(reportSections);

/** The sets that run as calculators (`heliotrope calc <id>`, `/api/calc/<id>`), in help order. */
export const calculators: readonly CalculatorEntry[] = (sets as readonly CriteriaSet[]).filter(hasCalculator);

/** Every criteria table of the registry, for audit. */
export const criteriaTables: readonly CriteriaTable[] = sets.flatMap((s) => s.tables);

/**
 * Finds a calculator by its public id.
 * @param id - e.g. `eular-acr-2017`
 */
export function findCalculator(id: string): CalculatorEntry | undefined {
  return calculators.find((c) => c.id === id);
}
