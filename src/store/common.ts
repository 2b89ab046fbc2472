/**
 * What the store modules share: the clock type, the not-found error and JSON column parsing.
 * @module
 */
import { HeliotropeError, issue } from '../core/issues.js';
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
 * A not-found error naming the resource.
 * @param what - e.g. `case 1234`
 */
export function notFound(what: string): HeliotropeError {
  return new HeliotropeError('not-found', `${what} not found`, [issue('not-found', '', `${what} not found`)]);
}

/**
 * Parses a JSON object column.
 * @param s - the column text
 */
export function parseObject(s: string): Record<string, unknown> {
  return JSON.parse(s) as Record<string, unknown>;
}
