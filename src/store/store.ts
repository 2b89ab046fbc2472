/**
 * The store: one object per aggregate over one database — `cases` (versioned cases and their
 * assessments), `accounts` (users, sessions, API tokens), `audit` (the append-only audit log) and
 * `attempts` (failed password checks, for rate limits) and `cds` (CDS Hooks feedback and card-link snapshots).
 * Runs unchanged on SQLite and PostgreSQL through kysely.
 * @module
 */
import { AccountStore } from './accounts.js';
import { FailedAttempts } from './attempts.js';
import { AuditLog } from './audit.js';
import { CaseStore } from './cases.js';
import { CdsStore } from './cds.js';
import { systemClock, type Clock } from './common.js';
import type { Db } from './db.js';

export type { ApiTokenInfo, Role, User } from './accounts.js';
export { ROLES } from './accounts.js';
export type { AuditEntry } from './audit.js';
export type { CaseHeader, CaseSummary, CaseVersionEntry, StoredAssessment, StoredCase } from './cases.js';
export { ConflictError } from './cases.js';
export type { NewCdsFeedback, StoredCdsFeedback } from './cds.js';

/** The store's aggregates over one open, migrated database. */
export class Store {
  /** Versioned cases and their assessments. */
  readonly cases: CaseStore;
  /** Users, sessions and API tokens. */
  readonly accounts: AccountStore;
  /** The append-only audit log. */
  readonly audit: AuditLog;
  /** Failed password checks, for rate limits. */
  readonly attempts: FailedAttempts;
  /** CDS Hooks feedback on cards and the records behind card links. */
  readonly cds: CdsStore;

  /**
   * @param db - the open, migrated database
   * @param now - the clock (ISO timestamp)
   */
  constructor(
    readonly db: Db,
    now: Clock = systemClock,
  ) {
    const ctx = { db, now };
    this.cases = new CaseStore(ctx);
    this.accounts = new AccountStore(ctx);
    this.audit = new AuditLog(ctx);
    this.attempts = new FailedAttempts(ctx);
    this.cds = new CdsStore(ctx);
  }
}
