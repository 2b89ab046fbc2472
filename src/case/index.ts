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
export {
  planMerge,
  applyMerge,
  defaultDecision,
  mergeCounts,
  jsonEqual,
  MERGE_SECTIONS,
  type MergeChange,
  type MergeDecision,
  type MergeKind,
  type MergeNote,
  type MergePath,
  type MergePlan,
  type MergeResult,
  type MergeSection,
} from './merge.js';
