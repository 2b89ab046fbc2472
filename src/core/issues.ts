/**
 * Input problems as data (OperationOutcome-shaped), and the error classes that carry them.
 * A clinical "cannot decide" is a result value, never an exception; these are for bad input and faults.
 * @module
 */

/** How serious an issue is. */
export type IssueSeverity = 'error' | 'warning' | 'information';

/** What kind of problem an issue reports (a subset of FHIR IssueType codes). */
export type IssueCode =
  | 'invalid'
  | 'required'
  | 'value'
  | 'structure'
  | 'unknown-item'
  | 'conflict'
  | 'not-found'
  | 'too-large'
  | 'not-supported';

/** One input problem with where it is: a field path (`labs[2].value`), and for text inputs a line and column. */
export interface Issue {
  severity: IssueSeverity;
  code: IssueCode;
  /** Field path in the input document, dotted with [index] for arrays; '' for the whole input. */
  path: string;
  /** Human-readable description of what is wrong. */
  message: string;
  /** 1-based line number in a text input (JSONL/CSV batch, narrative), when applicable. */
  line?: number;
  /** 1-based column (character) in that line, when known. */
  column?: number;
}

/** The category of a {@link HeliotropeError}; interfaces map it to an exit code or an HTTP status in one place. */
export type ErrorKind =
  'invalid-input' | 'not-found' | 'conflict' | 'unauthorized' | 'forbidden' | 'too-large' | 'internal';

/** Base class for errors that carry structured issues. */
export class HeliotropeError extends Error {
  /** Category used by the CLI and server to choose an exit code or status. */
  readonly kind: ErrorKind;
  /** Structured problems, each with its path. */
  readonly issues: Issue[];

  /**
   * @param kind - the error category
   * @param message - summary message
   * @param issues - the individual problems
   * @param options - standard error options (`cause`)
   */
  constructor(kind: ErrorKind, message: string, issues: Issue[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HeliotropeError';
    this.kind = kind;
    this.issues = issues;
  }
}

/** The user's input is wrong: every problem is listed with its path. */
export class InputError extends HeliotropeError {
  /**
   * @param message - summary message
   * @param issues - the individual problems
   */
  constructor(message: string, issues: Issue[] = []) {
    super('invalid-input', message, issues);
    this.name = 'InputError';
  }
}

/** Builds an error-severity issue. */
export function issue(code: IssueCode, path: string, message: string, extra: Partial<Issue> = {}): Issue {
  return { severity: 'error', code, path, message, ...extra };
}

/** True when the value is a {@link HeliotropeError}. */
export function isHeliotropeError(e: unknown): e is HeliotropeError {
  return e instanceof HeliotropeError;
}
