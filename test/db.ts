/**
 * Database backends for tests: SQLite in memory always, and PostgreSQL when `DATABASE_URL` is set (CI
 * starts a cluster and sets it). In CI a missing `DATABASE_URL` fails the run instead of passing silently.
 * @module
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb, type Db } from '../src/store/db.js';
import { migrate } from '../src/store/migrations.js';

/** A backend to run store tests on. */
export interface TestBackend {
  name: 'sqlite' | 'postgres';
  /** Opens a fresh, migrated, empty database (a new schema on PostgreSQL). */
  open(): Promise<Db>;
}

const pgUrl = process.env.DATABASE_URL;

if (!pgUrl && (process.env.CI === 'true' || process.env.CI === '1')) {
  throw new Error('DATABASE_URL is not set in CI: the PostgreSQL store tests must run (see .ci/run)');
}

/** The backends available in this run. */
export const testBackends: TestBackend[] = [
  {
    name: 'sqlite',
    open: async () => {
      const db = openDb(':memory:');
      await migrate(db);
      return db;
    },
  },
  ...(pgUrl
    ? [
        {
          name: 'postgres' as const,
          open: async () => {
            const schema = `t_${randomBytes(6).toString('hex')}`;
            const client = new pg.Client({ connectionString: pgUrl });
            await client.connect();
            await client.query(`CREATE SCHEMA ${schema}`);
            await client.end();
            const db = openDb(pgUrl, { pgSchema: schema });
            await migrate(db);
            const close = db.close;
            return {
              ...db,
              close: async () => {
                await close();
                const c = new pg.Client({ connectionString: pgUrl });
                await c.connect();
                await c.query(`DROP SCHEMA ${schema} CASCADE`);
                await c.end();
              },
            };
          },
        },
      ]
    : []),
];
