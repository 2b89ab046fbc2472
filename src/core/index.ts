/**
 * Core vocabulary shared by every layer: three-valued logic, issues and errors, evidence, clinical dates.
 * @module
 */
export {
  type Tri,
  type YesNo,
  type PositiveNegative,
  triAnd,
  triOr,
  triNot,
  triFrom,
  triFromCode,
  triFromYesNo,
  triToYesNo,
  triFromResult,
  triToResult,
} from './tri.js';
export {
  type Issue,
  type IssueCode,
  type IssueSeverity,
  type ErrorKind,
  HeliotropeError,
  InputError,
  issue,
  codedIssue,
  isHeliotropeError,
} from './issues.js';
export { type Message, type MessageCode, type MessageParams, MESSAGE_CODES, message } from './messages.js';
export { type Evidence, type TextSpan, type Citation } from './evidence.js';
export {
  type ClinicalDate,
  type PartialIsoDate,
  type RelativeDate,
  type OffsetUnit,
  type DayInterval,
  type DatePrecision,
  dayNumber,
  formatDay,
  parsePartialIsoDate,
  isValidPartialIsoDate,
  isPlausibleDay,
  isPlausibleIsoDay,
  isPlausiblePartialIsoDate,
  PLAUSIBLE_DATES,
  offsetToDays,
  shiftInterval,
  intervalDifference,
  daysToYears,
  wholeYearsBetween,
} from './dates.js';
export { MAX_JSON_DEPTH, findExcessiveNesting, type ExcessiveNesting } from './json.js';
export { decodeUtf8Strict, firstInvalidUtf8 } from './utf8.js';
export { own } from './lookup.js';
