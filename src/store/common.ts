/**
 * What the store modules share: the clock type, the not-found error and JSON column parsing.
 * @module
 */
import { codedIssue, HeliotropeError } from '../core/issues.js';
import { message } from '../core/messages.js';
import type { Db } from './db.js';

/** The store's clock: the current time as an ISO-8601 UTC timestamp (injectable for tests). */
export type Clock = () => string;

/** The system clock. */
export const systemClock: Clock = () => new Date().toISOString();

/** What every store module is built from: the open database and the clock. */
export interface StoreContext {
  db: Db;
  now: Clock;
}

/**
 * A not-found error naming the record, as a code with parameters (worded by the wording table).
 * @param record - what kind of record
 * @param id - its id
 * @param version - the version asked for (`case-version`)
 */
export function notFound(
  record: 'case' | 'user' | 'token' | 'case-version',
  id: string,
  version?: number,
): HeliotropeError {
  const detail = message('not-found', { record, id, ...(version !== undefined ? { version } : {}) });
  return new HeliotropeError('not-found', 'not-found', [codedIssue('not-found', '', detail)], { detail });
}

/**
 * Parses a JSON object column.
 * @param s - the column text
 */
export function parseObject(s: string): Record<string, unknown> {
  return JSON.parse(s) as Record<string, unknown>;
}
