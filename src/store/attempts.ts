/**
 * Failed password checks, for rate limits: one row per failure, keyed by a hash. Kept in the database so
 * that a lockout holds across restarts and across several server processes, and so that failures on other
 * keys can never push a locked key out (there is no size cap to evict from).
 * @module
 */
import type { StoreContext } from './common.js';

/** The failed-attempt log. */
export class FailedAttempts {
  /** @param ctx - database and clock */
  constructor(private readonly ctx: StoreContext) {}

  private get k() {
    return this.ctx.db.kysely;
  }

  /**
   * Records a failure and forgets the scope's failures older than `forgetBefore` (of every key).
   * @param scope - what is limited (`login`, `password`)
   * @param keyHash - the key's hash
   * @param at - when (ISO timestamp)
   * @param forgetBefore - failures of this scope before this time no longer count
   */
  async record(scope: string, keyHash: string, at: string, forgetBefore: string): Promise<void> {
    await this.k
      .deleteFrom('auth_failures')
      .where('scope', '=', scope)
      .where('at', '<', forgetBefore)
      .execute();
    await this.k.insertInto('auth_failures').values({ scope, key_hash: keyHash, at }).execute();
  }

  /**
   * The times of a key's failures since a time, oldest first.
   * @param keyHash - the key's hash
   * @param since - ISO timestamp
   */
  async since(keyHash: string, since: string): Promise<string[]> {
    const rows = await this.k
      .selectFrom('auth_failures')
      .select('at')
      .where('key_hash', '=', keyHash)
      .where('at', '>=', since)
      .orderBy('at')
      .execute();
    return rows.map((r) => r.at);
  }

  /**
   * Forgets a key's failures (after a success).
   * @param keyHash - the key's hash
   */
  async clear(keyHash: string): Promise<void> {
    await this.k.deleteFrom('auth_failures').where('key_hash', '=', keyHash).execute();
  }
}
