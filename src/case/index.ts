/**
 * The case model: schema, validation, MRC grades.
 * @module
 */
export * from './schema.js';
export * from './timeline.js';
export {
  validateCase,
  parseCase,
  parseJsonText,
  parseJsonBytes,
  formatPath,
  lineColumn,
  checkUcumUnit,
  type CaseValidation,
  type ValidateOptions,
} from './validate.js';
export { consistencyIssues } from './consistency.js';
export { caseAsOf } from './as-of.js';
export { parseMrcGrade, type MrcGrade } from './mrc.js';
export { anchorDate, resolveCaseDate } from './dates.js';
export { caseJsonSchema } from './json-schema.js';
