/**
 * Rate limits on password checks (login, the current password of a password change): the interface the
 * routes use.
 * @module
 */

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
