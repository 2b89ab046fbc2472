/**
 * Follow-up monitoring: the course over time (myositis activity, tumour response, treatments), the
 * paraneoplastic warning signal and the concordance of myositis activity with tumour burden.
 * @module
 */
export * from './alerts.js';
export * from './cdasi.js';
export * from './concordance.js';
export * from './course.js';
export * from './dosing/dosing.js';
export * from './dosing/calculator.js';
export * from './dosing/set.js';
export * from './lines.js';
export * from './recist/index.js';
export * from './tis-2016/definition.js';
export * from './tis-2016/evaluate.js';
export * from './follow-up.js';
export * from './set.js';
export * from './tis-2016/set.js';
