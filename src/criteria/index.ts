/**
 * The criteria registry: one row per criteria set. Adding a set = one folder + one row here
 * (and its calculator row in src/calc/registry.ts).
 * @module
 */
import type { CriteriaTable } from './engine/table.js';
import { EULAR_ACR_2017 } from './eular-acr-2017/definition.js';
import { BOHAN_PETER_1975 } from './bohan-peter-1975/definition.js';
import { PNS_2004 } from '../cancer/pns-2004/definition.js';
import { PNS_CARE_2021 } from '../cancer/pns-care-2021/definition.js';

/** Every criteria table, by id. */
export const criteriaTables: readonly CriteriaTable[] = [
  EULAR_ACR_2017,
  BOHAN_PETER_1975,
  PNS_2004,
  PNS_CARE_2021,
];

export * from './engine/index.js';
export * from './eular-acr-2017/index.js';
export * from './bohan-peter-1975/index.js';
