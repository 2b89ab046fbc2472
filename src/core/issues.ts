import type { Message } from './messages.js';

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
  /**
   * What is wrong, for a reader. When the issue carries a {@link Issue.detail}, this is only its code: the
   * interfaces word the detail with the wording table (`src/render/wording/messages.ts`) before showing it.
   */
  message: string;
  /** What is wrong as a code with parameters (worded by the wording table), when the issue has one. */
  detail?: Message;
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
  /** The summary as a code with parameters (worded by the wording table), when the error has one. */
  readonly detail?: Message;

  /**
   * @param kind - the error category
   * @param message - summary message
   * @param issues - the individual problems
   * @param options - standard error options (`cause`), and the summary as a code (`detail`)
   */
  constructor(
    kind: ErrorKind,
    message: string,
    issues: Issue[] = [],
    options?: { cause?: unknown; detail?: Message },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HeliotropeError';
    this.kind = kind;
    this.issues = issues;
    if (options?.detail) this.detail = options.detail;
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

/**
 * Builds an error-severity issue that says what is wrong as a code with parameters (its `message` is the
 * code; the interfaces word it).
 * @param code - the kind of problem
 * @param path - where it is
 * @param detail - what is wrong, as a code with parameters
 */
export function codedIssue(
  code: IssueCode,
  path: string,
  detail: Message,
  extra: Partial<Issue> = {},
): Issue {
  return { severity: 'error', code, path, message: detail.code, detail, ...extra };
}

/** True when the value is a {@link HeliotropeError}. */
export function isHeliotropeError(e: unknown): e is HeliotropeError {
  return e instanceof HeliotropeError;
}
