/**
 * The registry: one row per calculator. Each criteria set's folder exports its calculator object
 * (items, evaluation, tables, and the report section it contributes), so adding a set is one folder
 * and one row here. The CLI, the HTTP API and the case report read this table; none branches on an id.
 * @module
 */
import { imacs2023Calculator } from '../cancer/imacs-2023/calculator.js';
import { pns2004Calculator } from '../cancer/pns-2004/calculator.js';
import { pnsCare2021Calculator } from '../cancer/pns-care-2021/calculator.js';
import { bohanPeter1975Calculator } from '../criteria/bohan-peter-1975/calculator.js';
import type { Calculator } from '../criteria/engine/calculator.js';
import type { CriteriaTable } from '../criteria/engine/table.js';
import { eularAcr2017Calculator } from '../criteria/eular-acr-2017/calculator.js';
import { dosingCalculator } from '../monitoring/dosing-calculator.js';
import { recist11Calculator } from '../monitoring/recist/calculator.js';
import { tis2016Calculator } from '../monitoring/tis-2016/calculator.js';

/** Every calculator, in help order. */
export const calculators: readonly Calculator[] = [
  eularAcr2017Calculator,
  bohanPeter1975Calculator,
  imacs2023Calculator,
  pns2004Calculator,
  pnsCare2021Calculator,
  recist11Calculator,
  tis2016Calculator,
  dosingCalculator,
];

/** Every criteria table behind a calculator, for audit. */
export const criteriaTables: readonly CriteriaTable[] = calculators.flatMap((c) => c.tables ?? []);

/** Finds a calculator by id. */
export function findCalculator(id: string): Calculator | undefined {
  return calculators.find((c) => c.id === id);
}
