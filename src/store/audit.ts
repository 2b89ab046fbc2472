/**
 * The audit log: append-only (the database refuses UPDATE and DELETE), one row per read or write of
 * patient data and per denied attempt. Rows hold ids, versions and counts only, never patient data.
 * @module
 */
import type { StoreContext } from './common.js';
import type { AuditLogTable } from './tables.js';

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

/** A row as inserted (the sequence number is the database's). */
type AuditRow = Omit<AuditLogTable, 'seq'>;

/** Appends to and reads the audit log. */
export class AuditLog {
  /** @param ctx - database and clock */
  constructor(private readonly ctx: StoreContext) {}

  private pending: { row: AuditRow; done: (e?: unknown) => void }[] = [];

  /**
   * Appends an audit entry. Resolves once the row is written; entries appended in the same tick are
   * written together in one INSERT (group commit), so audit costs little under concurrent load.
   * @param e - the entry (time is set here)
   */
  append(e: Omit<AuditEntry, 'at' | 'seq'>): Promise<void> {
    const row: AuditRow = {
      at: this.ctx.now(),
      user_id: e.userId,
      action: e.action,
      resource_type: e.resourceType,
      resource_id: e.resourceId,
      outcome: e.outcome,
      detail: e.detail ? JSON.stringify(e.detail) : null,
    };
    return new Promise<void>((resolve, reject) => {
      this.pending.push({
        row,
        done: (err) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve()),
      });
      if (this.pending.length === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      await this.ctx.db.kysely
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
  async list(opts: { resourceId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    let q = this.ctx.db.kysely.selectFrom('audit_log').selectAll();
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
