/**
 * Heliotrope: the public API of the engine (pure, no I/O).
 * @module
 */
export { ENGINE_VERSION } from './version.js';
export * from './core/index.js';
export * from './case/index.js';
export * from './facts/index.js';
export * from './criteria/index.js';
export {
  calculators,
  findCalculator,
  type Calculator,
  evaluateRaw,
  parseItemArgs,
  runJsonlBatch,
  runCsvBatch,
  detectBatchFormat,
  isDocumentBatch,
  runDocumentBatch,
  type CalcRow,
} from './calc/index.js';
export {
  assessCase,
  assessors,
  type AssessOptions,
  type Assessor,
  type AssessContext,
  type AssessmentReport,
} from './assess/index.js';
export * from './cancer/index.js';
export * from './monitoring/index.js';
export * from './extract/index.js';
