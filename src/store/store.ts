/**
 * The case store: versioned cases (every change kept, optimistic concurrency), assessments stamped with
 * the engine and case version, accounts, sessions, API tokens and the append-only audit log.
 * Runs unchanged on SQLite and PostgreSQL through kysely.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { HeliotropeError, issue } from '../core/issues.js';
import type { Db } from './db.js';
import type { CasesTable, DatabaseSchema } from './tables.js';
import { diffPaths, type Change } from './diff.js';

/** Roles: viewer reads, clinician reads and writes cases, admin also manages accounts. */
export type Role = 'viewer' | 'clinician' | 'admin';

/** The roles, least to most privileged. */
export const ROLES: readonly Role[] = ['viewer', 'clinician', 'admin'];

/** An account (never with its password hash). */
export interface User {
  id: string;
  username: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

/** Key results of a case's latest assessment, for lists. */
export type CaseSummary = Record<string, unknown>;

/** A case header as listed. */
export interface CaseHeader {
  id: string;
  version: number;
  title: string;
  summary: CaseSummary;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** A stored case with its document. */
export interface StoredCase extends CaseHeader {
  data: Record<string, unknown>;
  deleted: boolean;
}

/** One entry of a case's history. */
export interface CaseVersionEntry {
  version: number;
  action: 'create' | 'update' | 'delete';
  changes: Change[];
  changedBy: string;
  /** The user name of `changedBy`, when the account exists. */
  changedByName: string | null;
  changedAt: string;
}

/** A stored assessment. */
export interface StoredAssessment {
  id: string;
  caseId: string;
  caseVersion: number;
  engineVersion: string;
  asOf: string;
  createdAt: string;
  createdBy: string;
  report: Record<string, unknown>;
}

/** One audit entry. `detail` holds ids and versions only, never patient data. */
export interface AuditEntry {
  seq?: number;
  at: string;
  userId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  outcome: 'ok' | 'denied' | 'error';
  detail?: Record<string, unknown>;
}

/** Thrown when an edit is based on a version that is no longer current; carries the current case. */
export class ConflictError extends HeliotropeError {
  /** The current stored case. */
  readonly current: StoredCase;

  /**
   * @param baseVersion - the version the edit was based on
   * @param current - the current case
   */
  constructor(baseVersion: number, current: StoredCase) {
    super(
      'conflict',
      `the case was changed by someone else: your edit is based on version ${baseVersion}, the current version is ${current.version}`,
      [issue('conflict', 'version', `expected ${current.version}, got ${baseVersion}`)],
    );
    this.name = 'ConflictError';
    this.current = current;
  }
}

function notFound(what: string): HeliotropeError {
  return new HeliotropeError('not-found', `${what} not found`, [issue('not-found', '', `${what} not found`)]);
}

type AuditRow = {
  at: string;
  user_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  outcome: string;
  detail: string | null;
};

/** How long a verified API token is remembered (ms). */
const TOKEN_CACHE_MS = 5000;

const parse = (s: string): Record<string, unknown> => JSON.parse(s) as Record<string, unknown>;

/** A row of the `cases` table. */
type CaseRow = CasesTable;

/**
 * The current row of a live case inside a transaction, checked against the version an edit is based on.
 * @throws not found when the case does not exist or is deleted; ConflictError when the version is stale
 */
async function currentForChange(
  trx: Transaction<DatabaseSchema>,
  id: string,
  baseVersion: number,
): Promise<CaseRow> {
  const cur = await trx
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!cur) throw notFound(`case ${id}`);
  if (Number(cur.version) !== baseVersion) throw new ConflictError(baseVersion, toCase(cur));
  return cur;
}

function toCase(r: CaseRow): StoredCase {
  return {
    id: r.id,
    version: Number(r.version),
    title: r.title,
    data: parse(r.data),
    summary: parse(r.summary),
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    deleted: Number(r.deleted) === 1,
  };
}

function toUser(r: {
  id: string;
  username: string;
  role: string;
  disabled: number;
  created_at: string;
}): User {
  return {
    id: r.id,
    username: r.username,
    role: r.role as Role,
    disabled: Number(r.disabled) === 1,
    createdAt: r.created_at,
  };
}

/** The store's operations. `now` is injectable for tests. */
export class Store {
  /**
   * @param db - the open, migrated database
   * @param now - the clock (ISO timestamp)
   */
  constructor(
    readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** API token → user, for a few seconds (cleared in this process when a token or account changes). */
  private readonly tokenCache = new Map<string, { user: User; until: number }>();

  private get k() {
    return this.db.kysely;
  }

  // ─── Cases ─────────────────────────────────────────────────────────────────────────────────

  /**
   * Lists live cases, most recently updated first.
   * @param opts - `q`: case-insensitive text in the title; `limit`, `offset`: paging
   */
  async listCases(
    opts: { q?: string; limit?: number; offset?: number } = {},
  ): Promise<{ total: number; items: CaseHeader[] }> {
    let q = this.k.selectFrom('cases').where('deleted', '=', 0);
    if (opts.q) {
      const pattern = `%${opts.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      q = q.where(sql<boolean>`lower(title) like ${pattern} escape '\\'`);
    }
    const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .selectAll()
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(Math.min(opts.limit ?? 50, 500))
      .offset(opts.offset ?? 0)
      .execute();
    return {
      total: Number(total.n),
      items: rows.map((r) => {
        const { data: _d, deleted: _x, ...head } = toCase(r);
        return head;
      }),
    };
  }

  /**
   * Reads a case, the current version or an earlier one.
   * @param id - case id
   * @param version - an earlier version number (omit for the current one)
   */
  async getCase(id: string, version?: number): Promise<StoredCase> {
    const row = await this.k.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || (version === undefined && Number(row.deleted) === 1)) throw notFound(`case ${id}`);
    const current = toCase(row);
    if (version === undefined || version === current.version) return current;
    const v = await this.k
      .selectFrom('case_versions')
      .selectAll()
      .where('case_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!v) throw notFound(`version ${version} of case ${id}`);
    return {
      ...current,
      version: Number(v.version),
      data: parse(v.data),
      updatedAt: v.changed_at,
      updatedBy: v.changed_by,
      deleted: v.action === 'delete',
    };
  }

  /**
   * Creates a case at version 1.
   * @param data - the validated case document
   * @param user - who creates it
   * @param summary - key results for the list
   */
  async createCase(
    data: Record<string, unknown>,
    user: string,
    summary: CaseSummary = {},
  ): Promise<StoredCase> {
    const id = randomUUID();
    const at = this.now();
    const doc = { ...data, id };
    const text = JSON.stringify(doc);
    await this.k.transaction().execute(async (trx) => {
      await trx
        .insertInto('cases')
        .values({
          id,
          version: 1,
          title: titleOf(doc),
          data: text,
          summary: JSON.stringify(summary),
          created_at: at,
          created_by: user,
          updated_at: at,
          updated_by: user,
          deleted: 0,
        })
        .execute();
      await trx
        .insertInto('case_versions')
        .values({
          case_id: id,
          version: 1,
          action: 'create',
          data: text,
          changes: '[]',
          changed_by: user,
          changed_at: at,
        })
        .execute();
    });
    return this.getCase(id);
  }

  /**
   * Saves a new version of a case if `baseVersion` is still current; otherwise throws {@link ConflictError}.
   * @param id - case id
   * @param baseVersion - the version the edit started from
   * @param data - the validated new document
   * @param user - who edits
   * @param summary - key results for the list
   */
  async updateCase(
    id: string,
    baseVersion: number,
    data: Record<string, unknown>,
    user: string,
    summary: CaseSummary = {},
  ): Promise<StoredCase> {
    const at = this.now();
    const doc = { ...data, id };
    const text = JSON.stringify(doc);
    await this.k.transaction().execute(async (trx) => {
      const cur = await currentForChange(trx, id, baseVersion);
      const next = baseVersion + 1;
      const res = await trx
        .updateTable('cases')
        .set({
          version: next,
          title: titleOf(doc),
          data: text,
          summary: JSON.stringify(summary),
          updated_at: at,
          updated_by: user,
        })
        .where('id', '=', id)
        .where('version', '=', baseVersion)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw new ConflictError(baseVersion, toCase(cur));
      const changes = diffPaths(parse(cur.data), doc);
      await trx
        .insertInto('case_versions')
        .values({
          case_id: id,
          version: next,
          action: 'update',
          data: text,
          changes: JSON.stringify(changes),
          changed_by: user,
          changed_at: at,
        })
        .execute();
    });
    return this.getCase(id);
  }

  /**
   * Deletes a case (kept as a final `delete` version; its history stays readable).
   * @param id - case id
   * @param baseVersion - the version the deletion is based on
   * @param user - who deletes
   */
  async deleteCase(id: string, baseVersion: number, user: string): Promise<void> {
    const at = this.now();
    await this.k.transaction().execute(async (trx) => {
      const cur = await currentForChange(trx, id, baseVersion);
      const next = baseVersion + 1;
      await trx
        .updateTable('cases')
        .set({ version: next, deleted: 1, updated_at: at, updated_by: user })
        .where('id', '=', id)
        .where('version', '=', baseVersion)
        .execute();
      await trx
        .insertInto('case_versions')
        .values({
          case_id: id,
          version: next,
          action: 'delete',
          data: cur.data,
          changes: '[]',
          changed_by: user,
          changed_at: at,
        })
        .execute();
    });
  }

  /**
   * The history of a case, oldest first (without documents; read one with {@link Store.getCase}).
   * @param id - case id
   */
  async caseHistory(id: string): Promise<CaseVersionEntry[]> {
    const rows = await this.k
      .selectFrom('case_versions')
      .leftJoin('users', 'users.id', 'case_versions.changed_by')
      .select([
        'case_versions.version',
        'case_versions.action',
        'case_versions.changes',
        'case_versions.changed_by',
        'case_versions.changed_at',
        'users.username',
      ])
      .where('case_versions.case_id', '=', id)
      .orderBy('case_versions.version')
      .execute();
    if (rows.length === 0) throw notFound(`case ${id}`);
    return rows.map((r) => ({
      version: Number(r.version),
      action: r.action as CaseVersionEntry['action'],
      changes: JSON.parse(r.changes) as Change[],
      changedBy: r.changed_by,
      changedByName: r.username ?? null,
      changedAt: r.changed_at,
    }));
  }

  // ─── Assessments ───────────────────────────────────────────────────────────────────────────

  /**
   * Stores an assessment of a case version.
   * @param a - what to store
   */
  async saveAssessment(a: Omit<StoredAssessment, 'id' | 'createdAt'>): Promise<StoredAssessment> {
    const stored: StoredAssessment = { ...a, id: randomUUID(), createdAt: this.now() };
    await this.k
      .insertInto('assessments')
      .values({
        id: stored.id,
        case_id: a.caseId,
        case_version: a.caseVersion,
        engine_version: a.engineVersion,
        as_of: a.asOf,
        report: JSON.stringify(a.report),
        created_at: stored.createdAt,
        created_by: a.createdBy,
      })
      .execute();
    return stored;
  }

  /**
   * The assessments of a case, newest first.
   * @param caseId - case id
   */
  async listAssessments(caseId: string): Promise<StoredAssessment[]> {
    const rows = await this.k
      .selectFrom('assessments')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('created_at', 'desc')
      .orderBy('case_version', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      caseVersion: Number(r.case_version),
      engineVersion: r.engine_version,
      asOf: r.as_of,
      createdAt: r.created_at,
      createdBy: r.created_by,
      report: parse(r.report),
    }));
  }

  // ─── Accounts ──────────────────────────────────────────────────────────────────────────────

  /** Number of accounts. */
  async countUsers(): Promise<number> {
    const r = await this.k
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /**
   * Creates an account.
   * @param username - unique login name
   * @param passwordHash - the scrypt hash
   * @param role - its role
   */
  async createUser(username: string, passwordHash: string, role: Role): Promise<User> {
    const exists = await this.k
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    if (exists)
      throw new HeliotropeError('conflict', `user "${username}" already exists`, [
        issue('conflict', 'username', 'already taken'),
      ]);
    const row = {
      id: randomUUID(),
      username,
      password_hash: passwordHash,
      role,
      disabled: 0,
      created_at: this.now(),
    };
    await this.k.insertInto('users').values(row).execute();
    return toUser(row);
  }

  /**
   * Finds an account and its password hash by login name.
   * @param username - login name
   */
  async findLogin(username: string): Promise<{ user: User; passwordHash: string } | undefined> {
    const r = await this.k
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return r ? { user: toUser(r), passwordHash: r.password_hash } : undefined;
  }

  /** Every account. */
  async listUsers(): Promise<User[]> {
    return (await this.k.selectFrom('users').selectAll().orderBy('username').execute()).map(toUser);
  }

  /**
   * Changes an account's role, disabled flag or password hash.
   * @param id - account id
   * @param patch - the fields to change
   */
  async updateUser(
    id: string,
    patch: { role?: Role; disabled?: boolean; passwordHash?: string },
  ): Promise<User> {
    const set: { role?: string; disabled?: number; password_hash?: string } = {};
    if (patch.role) set.role = patch.role;
    if (patch.disabled !== undefined) set.disabled = patch.disabled ? 1 : 0;
    if (patch.passwordHash) set.password_hash = patch.passwordHash;
    this.tokenCache.clear();
    if (Object.keys(set).length) await this.k.updateTable('users').set(set).where('id', '=', id).execute();
    if (patch.disabled) await this.k.deleteFrom('sessions').where('user_id', '=', id).execute();
    const r = await this.k.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) throw notFound(`user ${id}`);
    return toUser(r);
  }

  // ─── Sessions and tokens ───────────────────────────────────────────────────────────────────

  /**
   * Records a session (and removes expired ones).
   * @param s - token hash, user, CSRF token and expiry
   */
  async createSession(s: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    expiresAt: string;
  }): Promise<void> {
    await this.k.deleteFrom('sessions').where('expires_at', '<=', this.now()).execute();
    await this.k
      .insertInto('sessions')
      .values({
        token_hash: s.tokenHash,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        created_at: this.now(),
        expires_at: s.expiresAt,
      })
      .execute();
  }

  /**
   * The live session with this token hash, with its (enabled) user.
   * @param tokenHash - SHA-256 of the cookie token
   */
  async findSession(tokenHash: string): Promise<{ user: User; csrfToken: string } | undefined> {
    const r = await this.k
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'users.id',
        'users.username',
        'users.role',
        'users.disabled',
        'users.created_at',
        'sessions.csrf_token',
        'sessions.expires_at',
      ])
      .where('sessions.token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!r || r.expires_at <= this.now() || Number(r.disabled) === 1) return undefined;
    return { user: toUser(r), csrfToken: r.csrf_token };
  }

  /**
   * Ends a session.
   * @param tokenHash - SHA-256 of the cookie token
   */
  async deleteSession(tokenHash: string): Promise<void> {
    await this.k.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /**
   * Records an API token.
   * @param t - token hash, owner and name
   */
  async createApiToken(t: {
    tokenHash: string;
    userId: string;
    name: string;
  }): Promise<{ id: string; name: string; createdAt: string }> {
    const row = {
      id: randomUUID(),
      token_hash: t.tokenHash,
      user_id: t.userId,
      name: t.name,
      created_at: this.now(),
    };
    await this.k.insertInto('api_tokens').values(row).execute();
    return { id: row.id, name: row.name, createdAt: row.created_at };
  }

  /**
   * The enabled user owning an API token.
   * @param tokenHash - SHA-256 of the token
   */
  async findApiToken(tokenHash: string): Promise<User | undefined> {
    const hit = this.tokenCache.get(tokenHash);
    if (hit && hit.until > Date.now()) return hit.user;
    const r = await this.k
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select(['users.id', 'users.username', 'users.role', 'users.disabled', 'users.created_at'])
      .where('api_tokens.token_hash', '=', tokenHash)
      .executeTakeFirst();
    const user = r && Number(r.disabled) !== 1 ? toUser(r) : undefined;
    if (user) {
      if (this.tokenCache.size > 1000) this.tokenCache.clear();
      this.tokenCache.set(tokenHash, { user, until: Date.now() + TOKEN_CACHE_MS });
    }
    return user;
  }

  /**
   * A user's API tokens (names and ids only).
   * @param userId - owner
   */
  async listApiTokens(userId: string): Promise<{ id: string; name: string; createdAt: string }[]> {
    const rows = await this.k
      .selectFrom('api_tokens')
      .select(['id', 'name', 'created_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
  }

  /**
   * Revokes one of a user's API tokens.
   * @param id - token id
   * @param userId - owner
   */
  async deleteApiToken(id: string, userId: string): Promise<void> {
    this.tokenCache.clear();
    const r = await this.k
      .deleteFrom('api_tokens')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw notFound(`token ${id}`);
  }

  // ─── Audit ─────────────────────────────────────────────────────────────────────────────────

  private pendingAudit: { row: AuditRow; done: (e?: unknown) => void }[] = [];

  /**
   * Appends an audit entry. Resolves once the row is written; entries appended in the same tick are
   * written together in one INSERT (group commit), so audit costs little under concurrent load.
   * @param e - the entry (time is set here)
   */
  audit(e: Omit<AuditEntry, 'at' | 'seq'>): Promise<void> {
    const row: AuditRow = {
      at: this.now(),
      user_id: e.userId,
      action: e.action,
      resource_type: e.resourceType,
      resource_id: e.resourceId,
      outcome: e.outcome,
      detail: e.detail ? JSON.stringify(e.detail) : null,
    };
    return new Promise<void>((resolve, reject) => {
      this.pendingAudit.push({
        row,
        done: (err) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve()),
      });
      if (this.pendingAudit.length === 1) setImmediate(() => void this.flushAudit());
    });
  }

  private async flushAudit(): Promise<void> {
    const batch = this.pendingAudit;
    this.pendingAudit = [];
    try {
      await this.k
        .insertInto('audit_log')
        .values(batch.map((b) => b.row))
        .execute();
      for (const b of batch) b.done();
    } catch (err) {
      for (const b of batch) b.done(err);
    }
  }

  /**
   * Reads the audit log, newest first.
   * @param opts - filter by resource id; `limit`
   */
  async listAudit(opts: { resourceId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    let q = this.k.selectFrom('audit_log').selectAll();
    if (opts.resourceId) q = q.where('resource_id', '=', opts.resourceId);
    const rows = await q
      .orderBy('seq', 'desc')
      .limit(Math.min(opts.limit ?? 100, 1000))
      .execute();
    return rows.map((r) => ({
      seq: Number(r.seq),
      at: r.at,
      userId: r.user_id,
      action: r.action,
      resourceType: r.resource_type,
      resourceId: r.resource_id,
      outcome: r.outcome as AuditEntry['outcome'],
      ...(r.detail ? { detail: JSON.parse(r.detail) as Record<string, unknown> } : {}),
    }));
  }
}

function titleOf(doc: Record<string, unknown>): string {
  return typeof doc.title === 'string' && doc.title.trim() ? doc.title.trim().slice(0, 200) : 'Untitled case';
}
