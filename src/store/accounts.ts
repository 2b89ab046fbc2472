/**
 * The account aggregate: users (with their password hashes, never returned with the user), browser
 * sessions and API tokens. Only SHA-256 hashes of session and API tokens are stored.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { codedIssue, HeliotropeError } from '../core/issues.js';
import { message } from '../core/messages.js';
import { notFound, type StoreContext } from './common.js';

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

/** An API token as listed (never the token itself). */
export interface ApiTokenInfo {
  id: string;
  name: string;
  createdAt: string;
}

/** How long a verified API token is remembered (ms). */
const TOKEN_CACHE_MS = 5000;

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

/** Users, sessions and API tokens. */
export class AccountStore {
  /** @param ctx - database and clock */
  constructor(private readonly ctx: StoreContext) {}

  /** API token → user, for a few seconds (cleared in this process when a token or account changes). */
  private readonly tokenCache = new Map<string, { user: User; until: number }>();

  private get k() {
    return this.ctx.db.kysely;
  }

  // ─── Users ─────────────────────────────────────────────────────────────────────────────────

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
      throw new HeliotropeError(
        'conflict',
        'username-taken',
        [codedIssue('conflict', 'username', message('username-taken', { username }))],
        { detail: message('username-taken', { username }) },
      );
    const row = {
      id: randomUUID(),
      username,
      password_hash: passwordHash,
      role,
      disabled: 0,
      created_at: this.ctx.now(),
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
   * Changes an account's role or disabled flag. Disabling an account ends its sessions (and its API
   * tokens stop working at once in this process). A password changes only through {@link setPassword}.
   * @param id - account id
   * @param patch - the fields to change
   */
  async updateUser(id: string, patch: { role?: Role; disabled?: boolean }): Promise<User> {
    const set: { role?: string; disabled?: number } = {};
    if (patch.role) set.role = patch.role;
    if (patch.disabled !== undefined) set.disabled = patch.disabled ? 1 : 0;
    this.tokenCache.clear();
    if (Object.keys(set).length) await this.k.updateTable('users').set(set).where('id', '=', id).execute();
    if (patch.disabled) await this.k.deleteFrom('sessions').where('user_id', '=', id).execute();
    const r = await this.k.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) throw notFound('user', id);
    return toUser(r);
  }

  /**
   * Sets an account's password and, in the same transaction, ends every other credential of the
   * account: all its sessions and API tokens except `keep` (the session or token that made the change,
   * when the user changes their own password). A leaked password or a stolen session thus stops working
   * once the password is changed or reset.
   * @param id - account id
   * @param passwordHash - the new scrypt hash
   * @param keep - SHA-256 of the session cookie or API token to keep
   * @returns how many sessions and API tokens were ended
   */
  async setPassword(
    id: string,
    passwordHash: string,
    keep?: string,
  ): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
    this.tokenCache.clear();
    return this.k.transaction().execute(async (trx) => {
      const u = await trx
        .updateTable('users')
        .set({ password_hash: passwordHash })
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(u.numUpdatedRows) !== 1) throw notFound('user', id);
      let sessions = trx.deleteFrom('sessions').where('user_id', '=', id);
      let tokens = trx.deleteFrom('api_tokens').where('user_id', '=', id);
      if (keep !== undefined) {
        sessions = sessions.where('token_hash', '!=', keep);
        tokens = tokens.where('token_hash', '!=', keep);
      }
      const s = await sessions.executeTakeFirst();
      const t = await tokens.executeTakeFirst();
      return { sessionsEnded: Number(s.numDeletedRows), tokensRevoked: Number(t.numDeletedRows) };
    });
  }

  // ─── Sessions ──────────────────────────────────────────────────────────────────────────────

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
    await this.k.deleteFrom('sessions').where('expires_at', '<=', this.ctx.now()).execute();
    await this.k
      .insertInto('sessions')
      .values({
        token_hash: s.tokenHash,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        created_at: this.ctx.now(),
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
    if (!r || r.expires_at <= this.ctx.now() || Number(r.disabled) === 1) return undefined;
    return { user: toUser(r), csrfToken: r.csrf_token };
  }

  /**
   * Ends a session.
   * @param tokenHash - SHA-256 of the cookie token
   */
  async deleteSession(tokenHash: string): Promise<void> {
    await this.k.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  // ─── API tokens ────────────────────────────────────────────────────────────────────────────

  /**
   * Records an API token.
   * @param t - token hash, owner and name
   */
  async createApiToken(t: { tokenHash: string; userId: string; name: string }): Promise<ApiTokenInfo> {
    const row = {
      id: randomUUID(),
      token_hash: t.tokenHash,
      user_id: t.userId,
      name: t.name,
      created_at: this.ctx.now(),
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
  async listApiTokens(userId: string): Promise<ApiTokenInfo[]> {
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
    if (Number(r.numDeletedRows) === 0) throw notFound('token', id);
  }
}
