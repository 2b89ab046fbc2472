/**
 * The database connection: one kysely query layer over SQLite (default, a file under the data folder or
 * `:memory:`) or PostgreSQL (`DATABASE_URL=postgres://…`).
 * @module
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseSchema } from './tables.js';

/** Which engine a connection runs on. */
export type DbEngine = 'sqlite' | 'postgres';

/**
 * SQLite's `synchronous` setting (the database runs in WAL mode). `full`: every commit is flushed to
 * disk (fsync of the WAL) before it is acknowledged, so an acknowledged write survives a power loss or an
 * operating-system crash. `normal`: commits are flushed at checkpoints only; an acknowledged write
 * survives a crash or kill of the server process, but the last commits before a power loss or OS crash
 * may be rolled back (the database stays consistent).
 */
export type SqliteSynchronous = 'full' | 'normal';

/** The SQLite `synchronous` settings. */
export const SQLITE_SYNCHRONOUS: readonly SqliteSynchronous[] = ['full', 'normal'];

/** An open database with its engine and a close function. */
export interface Db {
  engine: DbEngine;
  kysely: Kysely<DatabaseSchema>;
  close(): Promise<void>;
}

/**
 * Opens the database.
 * @param url - `postgres://…` / `postgresql://…`, `sqlite:<file>`, a plain file path, or `:memory:`
 * @param options - `pgSchema`: PostgreSQL schema to use (search_path), e.g. to isolate test runs;
 *   `synchronous`: SQLite's durability setting (default `full`, see {@link SqliteSynchronous})
 */
export function openDb(
  url: string,
  options: { pgSchema?: string; synchronous?: SqliteSynchronous } = {},
): Db {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
    });
    const kysely = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
    return { engine: 'postgres', kysely, close: () => kysely.destroy() };
  }
  const file = url.replace(/^sqlite:/i, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // A clinical store acknowledges a write only once it is on disk (see SqliteSynchronous).
  sqlite.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const kysely = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { engine: 'sqlite', kysely, close: () => kysely.destroy() };
}
