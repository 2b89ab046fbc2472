/**
 * Rate limits on password checks: failed logins (per client address and user name) and wrong current
 * passwords on a password change (per account). Failures are kept in the database
 * (`store.attempts`), so a lockout holds across restarts and across several server processes, and
 * failing on any number of other keys never releases it.
 * @module
 */
import { createHash } from 'node:crypto';
import type { FailedAttempts } from '../store/attempts.js';

/** Counts failed attempts per key and tells when a key must wait. */
export interface AttemptLimiter {
  /**
   * Seconds until the key may try again, or 0 when it may try now.
   * @param key - e.g. client address + user name
   */
  retryAfter(key: string): number | Promise<number>;
  /**
   * Records a failed attempt.
   * @param key - the key
   */
  fail(key: string): void | Promise<void>;
  /**
   * Clears a key after a successful attempt.
   * @param key - the key
   */
  succeed(key: string): void | Promise<void>;
}

/** How many failures a key may have in a sliding window. */
export interface LimitPolicy {
  maxFailures: number;
  windowMs: number;
}

/** Logins: 5 failures per 15 minutes per client address and user name. */
export const LOGIN_LIMIT: LimitPolicy = { maxFailures: 5, windowMs: 15 * 60 * 1000 };

/** Password changes: 5 wrong current passwords per 15 minutes per account. */
export const PASSWORD_LIMIT: LimitPolicy = { maxFailures: 5, windowMs: 15 * 60 * 1000 };

/** A sliding-window limiter over the failed-attempt log in the database. */
export class StoredAttemptLimiter implements AttemptLimiter {
  /**
   * @param attempts - the failed-attempt log (`store.attempts`)
   * @param scope - what is limited (`login`, `password`): keys of different scopes never mix
   * @param policy - failures allowed per window
   * @param now - clock in ms
   */
  constructor(
    private readonly attempts: FailedAttempts,
    private readonly scope: string,
    readonly policy: LimitPolicy = LOGIN_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  /** The stored key: a hash, so that user names (and passwords typed as names) are not stored. */
  private hash(key: string): string {
    return createHash('sha256').update(`${this.scope}\u0000${key}`).digest('hex');
  }

  private iso(ms: number): string {
    return new Date(ms).toISOString();
  }

  async retryAfter(key: string): Promise<number> {
    const t = this.now();
    const { maxFailures, windowMs } = this.policy;
    const recent = await this.attempts.since(this.hash(key), this.iso(t - windowMs + 1));
    if (recent.length < maxFailures) return 0;
    // Allowed again once all but maxFailures − 1 of the recent failures have left the window.
    const freeAt = Date.parse(recent[recent.length - maxFailures]!) + windowMs;
    return Math.max(1, Math.ceil((freeAt - t) / 1000));
  }

  async fail(key: string): Promise<void> {
    const t = this.now();
    await this.attempts.record(this.scope, this.hash(key), this.iso(t), this.iso(t - this.policy.windowMs));
  }

  async succeed(key: string): Promise<void> {
    await this.attempts.clear(this.hash(key));
  }
}
