/**
 * Cancer association: timing windows, Graus 2004 and PNS-Care 2021, IMACS 2023 risk tier and
 * screening plan, probability of an underlying cancer.
 * @module
 */
export * from './timing.js';
export * from './pns-2004/definition.js';
export * from './pns-2004/evaluate.js';
export * from './pns-care-2021/definition.js';
export * from './pns-care-2021/evaluate.js';
export * from './imacs-2023/definition.js';
export * from './imacs-2023/evaluate.js';
export * from './imacs-2023/plan.js';
export * from './probability.js';
export * from './from-case.js';
