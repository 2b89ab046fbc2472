/**
 * Cancer association: timing windows, Graus 2004 and PNS-Care 2021, IMACS 2023 risk tier and
 * screening plan, probability of an underlying cancer — each set in its own folder.
 * @module
 */
export * from './subtype.js';
export * from './association/timing.js';
export * from './association/set.js';
export * from './pns-2004/definition.js';
export * from './pns-2004/evaluate.js';
export * from './pns-2004/from-case.js';
export * from './pns-2004/set.js';
export * from './pns-care-2021/definition.js';
export * from './pns-care-2021/evaluate.js';
export * from './pns-care-2021/from-case.js';
export * from './pns-care-2021/set.js';
export * from './imacs-2023/definition.js';
export * from './imacs-2023/evaluate.js';
export * from './imacs-2023/plan.js';
export * from './imacs-2023/from-case.js';
export * from './imacs-2023/set.js';
export * from './probability/probability.js';
export * from './probability/from-case.js';
export * from './probability/set.js';
