/**
 * The case aggregate: versioned case documents (every change kept, optimistic concurrency through the
 * version an edit is based on) and the assessments computed on them.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { codedIssue, HeliotropeError } from '../core/issues.js';
import { message } from '../core/messages.js';
import { notFound, parseObject, type StoreContext } from './common.js';
import { diffPaths, type Change } from './diff.js';
import type { CasesTable, DatabaseSchema } from './tables.js';

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

/** Search and paging of {@link CaseStore.list}. */
export interface CaseListOptions {
  q?: string;
  category?: string;
  tier?: string;
  screening?: 'overdue' | 'due';
  antibody?: string;
  alert?: 'any' | 'high';
  limit?: number;
  offset?: number;
}

/** One entry of a case's history. */
export interface CaseVersionEntry {
  version: number;
  action: 'create' | 'update' | 'delete' | 'restore';
  changes: Change[];
  /** For a `restore`: the version whose document it brought back. */
  restoredFrom?: number;
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

/** Thrown when an edit is based on a version that is no longer current; carries the current case. */
export class ConflictError extends HeliotropeError {
  /** The current stored case. */
  readonly current: StoredCase;

  /**
   * @param baseVersion - the version the edit was based on
   * @param current - the current case
   */
  constructor(baseVersion: number, current: StoredCase) {
    const params = { base: baseVersion, current: current.version };
    super(
      'conflict',
      'stale-version',
      [codedIssue('conflict', 'version', message('version-mismatch', params))],
      { detail: message('stale-version', params) },
    );
    this.name = 'ConflictError';
    this.current = current;
  }
}

/** A row of the `cases` table. */
type CaseRow = CasesTable;

function toCase(r: CaseRow): StoredCase {
  return {
    id: r.id,
    version: Number(r.version),
    title: r.title,
    data: parseObject(r.data),
    summary: parseObject(r.summary),
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    deleted: Number(r.deleted) === 1,
  };
}

function titleOf(doc: Record<string, unknown>): string {
  return typeof doc.title === 'string' && doc.title.trim() ? doc.title.trim().slice(0, 200) : 'Untitled case';
}

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
  if (!cur) throw notFound('case', id);
  if (Number(cur.version) !== baseVersion) throw new ConflictError(baseVersion, toCase(cur));
  return cur;
}

/**
 * Writes the next version of a live case inside a transaction: the `cases` row (only if still at the
 * version read, else {@link ConflictError}) and its `case_versions` row with the changed paths.
 */
async function writeVersion(
  trx: Transaction<DatabaseSchema>,
  cur: CaseRow,
  doc: Record<string, unknown>,
  v: { action: 'update' | 'restore'; user: string; at: string; summary: CaseSummary; restoredFrom?: number },
): Promise<void> {
  const base = Number(cur.version);
  const text = JSON.stringify(doc);
  const res = await trx
    .updateTable('cases')
    .set({
      version: base + 1,
      title: titleOf(doc),
      data: text,
      summary: JSON.stringify(v.summary),
      updated_at: v.at,
      updated_by: v.user,
    })
    .where('id', '=', cur.id)
    .where('version', '=', base)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new ConflictError(base, toCase(cur));
  await trx
    .insertInto('case_versions')
    .values({
      case_id: cur.id,
      version: base + 1,
      action: v.action,
      data: text,
      changes: JSON.stringify(diffPaths(parseObject(cur.data), doc)),
      changed_by: v.user,
      changed_at: v.at,
      ...(v.restoredFrom !== undefined ? { restored_from: v.restoredFrom } : {}),
    })
    .execute();
}

/** Cases, their versions and their assessments. */
export class CaseStore {
  /** @param ctx - database and clock */
  constructor(private readonly ctx: StoreContext) {}

  private get k() {
    return this.ctx.db.kysely;
  }

  /**
   * Lists live cases, most recently updated first.
   * @param opts - `q`: words (all of them, case-insensitive) in the title or the key results (category,
   *   subgroup, risk tier, screening status, positive antibodies, alerts); filters on the key results:
   *   `category` (EULAR/ACR code), `tier` (IMACS risk tier), `screening` (`overdue` or `due`: the next open
   *   screening item), `antibody` (a positive antibody, canonical name: `TIF1-gamma`), `alert` (`any` or
   *   `high`: a follow-up alert asking for action); `limit`, `offset`: paging
   */
  async list(opts: CaseListOptions = {}): Promise<{ total: number; items: CaseHeader[] }> {
    let q = this.k.selectFrom('cases').where('deleted', '=', 0);
    // The key results are stored as compact JSON (JSON.stringify), so a field and its value are one
    // literal string to look for, on SQLite and PostgreSQL alike.
    const like = (column: 'title' | 'summary' | 'both', text: string) => {
      const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      return column === 'both'
        ? sql<boolean>`lower(title || ' ' || summary) like ${pattern} escape '\\'`
        : column === 'title'
          ? sql<boolean>`lower(title) like ${pattern} escape '\\'`
          : sql<boolean>`lower(summary) like ${pattern} escape '\\'`;
    };
    for (const word of (opts.q ?? '').split(/\s+/).filter(Boolean)) q = q.where(like('both', word));
    if (opts.category) q = q.where(like('summary', `"eularCategory":${JSON.stringify(opts.category)}`));
    if (opts.tier) q = q.where(like('summary', `"cancerRiskTier":${JSON.stringify(opts.tier)}`));
    if (opts.screening)
      q = q.where(like('summary', `"nextScreeningStatus":${JSON.stringify(opts.screening)}`));
    if (opts.antibody) q = q.where(like('summary', `|${opts.antibody}|`));
    if (opts.alert === 'high') q = q.where(like('summary', `"severity":"high"`));
    else if (opts.alert === 'any') q = q.where(like('summary', `"alerts":[`));
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
   * @throws not found when the case does not exist, is deleted (current version) or has no such version
   */
  async get(id: string, version?: number): Promise<StoredCase> {
    const row = await this.k.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || (version === undefined && Number(row.deleted) === 1)) throw notFound('case', id);
    const current = toCase(row);
    if (version === undefined || version === current.version) return current;
    const v = await this.k
      .selectFrom('case_versions')
      .selectAll()
      .where('case_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!v) throw notFound('case-version', id, version);
    const data = parseObject(v.data);
    return {
      ...current,
      version: Number(v.version),
      title: titleOf(data),
      data,
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
  async create(data: Record<string, unknown>, user: string, summary: CaseSummary = {}): Promise<StoredCase> {
    const id = randomUUID();
    const at = this.ctx.now();
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
    return this.get(id);
  }

  /**
   * Saves a new version of a case if `baseVersion` is still current; otherwise throws {@link ConflictError}.
   * @param id - case id
   * @param baseVersion - the version the edit started from
   * @param data - the validated new document
   * @param user - who edits
   * @param summary - key results for the list
   */
  async update(
    id: string,
    baseVersion: number,
    data: Record<string, unknown>,
    user: string,
    summary: CaseSummary = {},
  ): Promise<StoredCase> {
    await this.k.transaction().execute(async (trx) => {
      const cur = await currentForChange(trx, id, baseVersion);
      await writeVersion(trx, cur, { ...data, id }, { action: 'update', user, at: this.ctx.now(), summary });
    });
    return this.get(id);
  }

  /**
   * Restores an earlier version's document as a new version (action `restore`, naming the version it
   * restores), if `baseVersion` is still current; nothing is lost: the versions in between stay in the
   * history.
   * @param id - case id
   * @param baseVersion - the current version the restore is based on
   * @param fromVersion - the earlier version to bring back
   * @param user - who restores
   * @param summary - key results of the restored document, for the list
   * @throws not found when the case or the version does not exist; ConflictError when the version is stale
   */
  async restore(
    id: string,
    baseVersion: number,
    fromVersion: number,
    user: string,
    summary: CaseSummary = {},
  ): Promise<StoredCase> {
    await this.k.transaction().execute(async (trx) => {
      const cur = await currentForChange(trx, id, baseVersion);
      const old = await trx
        .selectFrom('case_versions')
        .select(['data'])
        .where('case_id', '=', id)
        .where('version', '=', fromVersion)
        .executeTakeFirst();
      if (!old) throw notFound('case-version', id, fromVersion);
      await writeVersion(
        trx,
        cur,
        { ...parseObject(old.data), id },
        { action: 'restore', user, at: this.ctx.now(), summary, restoredFrom: fromVersion },
      );
    });
    return this.get(id);
  }

  /**
   * Deletes a case (kept as a final `delete` version; its history stays readable).
   * @param id - case id
   * @param baseVersion - the version the deletion is based on
   * @param user - who deletes
   */
  async delete(id: string, baseVersion: number, user: string): Promise<void> {
    const at = this.ctx.now();
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
   * The history of a case, oldest first (without documents; read one with {@link CaseStore.get}).
   * @param id - case id
   */
  async history(id: string): Promise<CaseVersionEntry[]> {
    const rows = await this.k
      .selectFrom('case_versions')
      .leftJoin('users', 'users.id', 'case_versions.changed_by')
      .select([
        'case_versions.version',
        'case_versions.action',
        'case_versions.changes',
        'case_versions.changed_by',
        'case_versions.changed_at',
        'case_versions.restored_from',
        'users.username',
      ])
      .where('case_versions.case_id', '=', id)
      .orderBy('case_versions.version')
      .execute();
    if (rows.length === 0) throw notFound('case', id);
    return rows.map((r) => ({
      version: Number(r.version),
      action: r.action as CaseVersionEntry['action'],
      changes: JSON.parse(r.changes) as Change[],
      changedBy: r.changed_by,
      changedByName: r.username ?? null,
      changedAt: r.changed_at,
      ...(r.restored_from !== null && r.restored_from !== undefined
        ? { restoredFrom: Number(r.restored_from) }
        : {}),
    }));
  }

  /**
   * Stores an assessment of a case version.
   * @param a - what to store
   */
  async saveAssessment(a: Omit<StoredAssessment, 'id' | 'createdAt'>): Promise<StoredAssessment> {
    const stored: StoredAssessment = { ...a, id: randomUUID(), createdAt: this.ctx.now() };
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
      report: parseObject(r.report),
    }));
  }
}
