/**
 * CDS Hooks storage: the feedback clinicians give on cards (accepted suggestions, overrides and their
 * reasons), and the snapshots a card's link opens (the record the EHR sent, kept for a limited time and
 * purged as new ones are written). Same rows on SQLite and PostgreSQL.
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { StoreContext } from './common.js';

/** One stored feedback item. */
export interface StoredCdsFeedback {
  seq: number;
  receivedAt: string;
  serviceId: string;
  cardUuid: string;
  outcome: 'accepted' | 'overridden';
  acceptedSuggestions: string[];
  overrideReason: { system?: string; code: string; display?: string } | null;
  userComment: string | null;
  outcomeTimestamp: string;
  clientIss: string | null;
  clientTenant: string | null;
}

/** A feedback item to store. */
export type NewCdsFeedback = Omit<StoredCdsFeedback, 'seq' | 'receivedAt'>;

/** The CDS Hooks aggregate (`store.cds`): feedback on cards and card-link snapshots. */
export class CdsStore {
  /** @param ctx - database and clock */
  constructor(private readonly ctx: StoreContext) {}

  private get k() {
    return this.ctx.db.kysely;
  }

  private now(): string {
    return this.ctx.now();
  }

  private lastPurge = 0;

  /** Stores feedback items (one transaction). */
  async saveFeedback(items: readonly NewCdsFeedback[]): Promise<void> {
    if (!items.length) return;
    const at = this.now();
    await this.k
      .insertInto('cds_feedback')
      .values(
        items.map((f) => ({
          received_at: at,
          service_id: f.serviceId,
          card_uuid: f.cardUuid,
          outcome: f.outcome,
          accepted_suggestions: f.acceptedSuggestions.length ? JSON.stringify(f.acceptedSuggestions) : null,
          override_reason: f.overrideReason ? JSON.stringify(f.overrideReason) : null,
          user_comment: f.userComment,
          outcome_timestamp: f.outcomeTimestamp,
          client_iss: f.clientIss,
          client_tenant: f.clientTenant,
        })),
      )
      .execute();
  }

  /**
   * Lists feedback, newest first.
   * @param opts - `card`: one card's feedback; `limit` (default 100)
   */
  async listFeedback(opts: { card?: string; limit?: number } = {}): Promise<StoredCdsFeedback[]> {
    let q = this.k.selectFrom('cds_feedback').selectAll();
    if (opts.card) q = q.where('card_uuid', '=', opts.card);
    const rows = await q
      .orderBy('seq', 'desc')
      .limit(opts.limit ?? 100)
      .execute();
    return rows.map((r) => ({
      seq: Number(r.seq),
      receivedAt: r.received_at,
      serviceId: r.service_id,
      cardUuid: r.card_uuid,
      outcome: r.outcome as StoredCdsFeedback['outcome'],
      acceptedSuggestions: r.accepted_suggestions ? (JSON.parse(r.accepted_suggestions) as string[]) : [],
      overrideReason: r.override_reason
        ? (JSON.parse(r.override_reason) as StoredCdsFeedback['overrideReason'])
        : null,
      userComment: r.user_comment,
      outcomeTimestamp: r.outcome_timestamp,
      clientIss: r.client_iss,
      clientTenant: r.client_tenant,
    }));
  }

  /**
   * Keeps a snapshot for `hours`, and purges expired ones.
   * @param serviceId - the CDS service that made it
   * @param data - what the link shows (JSON-serialisable)
   * @param hours - how long it is kept
   * @returns its id (unguessable: 24 random bytes)
   */
  async saveSnapshot(serviceId: string, data: unknown, hours: number): Promise<string> {
    return this.saveSnapshotJson(serviceId, JSON.stringify(data), hours);
  }

  /**
   * Like {@link saveSnapshot}, for a record already serialised (by a compute thread).
   * @param serviceId - the CDS service that made it
   * @param json - what the link shows, as JSON text
   * @param hours - how long it is kept
   * @returns its id
   */
  async saveSnapshotJson(serviceId: string, json: string, hours: number): Promise<string> {
    const id = randomBytes(24).toString('base64url');
    const now = this.now();
    const expires = new Date(Date.parse(now) + hours * 3600 * 1000).toISOString();
    // Expired snapshots are purged at most once a minute (not on every card).
    if (Date.parse(now) - this.lastPurge > 60_000) {
      this.lastPurge = Date.parse(now);
      await this.k.deleteFrom('cds_snapshots').where('expires_at', '<', now).execute();
    }
    await this.k
      .insertInto('cds_snapshots')
      .values({ id, created_at: now, expires_at: expires, service_id: serviceId, data: json })
      .execute();
    return id;
  }

  /**
   * A snapshot that has not expired.
   * @param id - its id
   */
  async getSnapshot(
    id: string,
  ): Promise<{ createdAt: string; expiresAt: string; data: unknown } | undefined> {
    const r = await this.k
      .selectFrom('cds_snapshots')
      .selectAll()
      .where('id', '=', id)
      .where('expires_at', '>', this.now())
      .executeTakeFirst();
    return r
      ? { createdAt: r.created_at, expiresAt: r.expires_at, data: JSON.parse(r.data) as unknown }
      : undefined;
  }
}
