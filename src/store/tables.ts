/**
 * Table types for the query layer. Timestamps are ISO-8601 UTC strings and documents are JSON text, so
 * the same rows work on SQLite and PostgreSQL.
 * @module
 */
import type { Generated } from 'kysely';

/** Accounts. */
export interface UsersTable {
  id: string;
  username: string;
  password_hash: string;
  role: string;
  disabled: number;
  created_at: string;
}

/** Browser sessions (the cookie holds the token; only its SHA-256 is stored). */
export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** API tokens for scripts (only the SHA-256 of the token is stored). */
export interface ApiTokensTable {
  id: string;
  token_hash: string;
  user_id: string;
  name: string;
  created_at: string;
}

/** The current version of each case. */
export interface CasesTable {
  id: string;
  version: number;
  title: string;
  data: string;
  summary: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  deleted: number;
}

/** Every version of every case, never overwritten. */
export interface CaseVersionsTable {
  case_id: string;
  version: number;
  action: string;
  data: string;
  changes: string;
  changed_by: string;
  changed_at: string;
  /** For a `restore` version: the earlier version whose document it brought back (migration 0004). */
  restored_from?: number | null;
}

/** Stored assessments, stamped with the engine version and the case version they were computed on. */
export interface AssessmentsTable {
  id: string;
  case_id: string;
  case_version: number;
  engine_version: string;
  as_of: string;
  report: string;
  created_at: string;
  created_by: string;
}

/** Append-only audit log of every read and write of patient data. */
export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  user_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  outcome: string;
  detail: string | null;
}

/** Failed password checks, for rate limits (the key is a SHA-256, never a user name or address). */
export interface AuthFailuresTable {
  /** What is limited (`login`, `password`). */
  scope: string;
  key_hash: string;
  at: string;
}

/** CDS Hooks feedback on cards (one row per feedback item). */
export interface CdsFeedbackTable {
  seq: Generated<number>;
  received_at: string;
  service_id: string;
  card_uuid: string;
  outcome: string;
  accepted_suggestions: string | null;
  override_reason: string | null;
  user_comment: string | null;
  outcome_timestamp: string;
  client_iss: string | null;
  client_tenant: string | null;
}

/** The record behind a CDS card's link, kept until `expires_at`. */
export interface CdsSnapshotsTable {
  id: string;
  created_at: string;
  expires_at: string;
  service_id: string;
  data: string;
}

/** The whole schema. */
export interface DatabaseSchema {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  cases: CasesTable;
  case_versions: CaseVersionsTable;
  assessments: AssessmentsTable;
  audit_log: AuditLogTable;
  auth_failures: AuthFailuresTable;
  cds_feedback: CdsFeedbackTable;
  cds_snapshots: CdsSnapshotsTable;
}
