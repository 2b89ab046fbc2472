/**
 * Schema migrations, in code and in order. Each runs once (kysely records them in `kysely_migration`);
 * never edit a released migration, add a new one.
 * @module
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Db, DbEngine } from './db.js';

function migrations(engine: DbEngine): Record<string, Migration> {
  return {
    '0001-initial': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('users')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('username', 'text', (c) => c.notNull().unique())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('sessions')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('csrf_token', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('api_tokens')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('cases')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('summary', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text', (c) => c.notNull())
          .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema.createIndex('cases_updated_at').on('cases').column('updated_at').execute();
        await db.schema
          .createTable('case_versions')
          .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('changes', 'text', (c) => c.notNull())
          .addColumn('changed_by', 'text', (c) => c.notNull())
          .addColumn('changed_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('case_versions_pk', ['case_id', 'version'])
          .execute();
        await db.schema
          .createTable('assessments')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
          .addColumn('case_version', 'integer', (c) => c.notNull())
          .addColumn('engine_version', 'text', (c) => c.notNull())
          .addColumn('as_of', 'text', (c) => c.notNull())
          .addColumn('report', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('assessments_case')
          .on('assessments')
          .columns(['case_id', 'case_version'])
          .execute();
        await db.schema
          .createTable('audit_log')
          .addColumn('seq', engine === 'postgres' ? 'bigserial' : 'integer', (c) =>
            engine === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text')
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('resource_type', 'text', (c) => c.notNull())
          .addColumn('resource_id', 'text')
          .addColumn('outcome', 'text', (c) => c.notNull())
          .addColumn('detail', 'text')
          .execute();
        // The audit log is append-only in the database itself, not only by convention in the code.
        if (engine === 'postgres') {
          await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql`.execute(
            db,
          );
          await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(
            db,
          );
        } else {
          await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(
            db,
          );
          await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(
            db,
          );
        }
      },
    },
    '0002-auth-failures': {
      async up(db: Kysely<unknown>) {
        // Failed password checks (login, current password), one row per failure, keyed by a SHA-256 of
        // the scope and key (so typed user names are not stored). Rate limits read them from here, so a
        // lockout holds across restarts and across several server processes on one database.
        await db.schema
          .createTable('auth_failures')
          .addColumn('scope', 'text', (c) => c.notNull())
          .addColumn('key_hash', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('auth_failures_key')
          .on('auth_failures')
          .columns(['key_hash', 'at'])
          .execute();
        await db.schema
          .createIndex('auth_failures_scope_at')
          .on('auth_failures')
          .columns(['scope', 'at'])
          .execute();
      },
    },
    '0003-cds-hooks': {
      async up(db: Kysely<unknown>) {
        // CDS Hooks feedback: what clinicians did with the cards (accepted suggestions, overrides and why).
        await db.schema
          .createTable('cds_feedback')
          .addColumn('seq', engine === 'postgres' ? 'bigserial' : 'integer', (c) =>
            engine === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('received_at', 'text', (c) => c.notNull())
          .addColumn('service_id', 'text', (c) => c.notNull())
          .addColumn('card_uuid', 'text', (c) => c.notNull())
          .addColumn('outcome', 'text', (c) => c.notNull())
          .addColumn('accepted_suggestions', 'text')
          .addColumn('override_reason', 'text')
          .addColumn('user_comment', 'text')
          .addColumn('outcome_timestamp', 'text', (c) => c.notNull())
          .addColumn('client_iss', 'text')
          .addColumn('client_tenant', 'text')
          .execute();
        await db.schema.createIndex('cds_feedback_card').on('cds_feedback').column('card_uuid').execute();
        // What a card's link opens: the record the EHR sent, kept for a limited time.
        await db.schema
          .createTable('cds_snapshots')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('service_id', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('cds_snapshots_expires')
          .on('cds_snapshots')
          .column('expires_at')
          .execute();
      },
    },
    '0004-case-version-restored-from': {
      async up(db: Kysely<unknown>) {
        // A version that restores an earlier one names it (history: "restored from version N").
        await db.schema.alterTable('case_versions').addColumn('restored_from', 'integer').execute();
      },
    },
  };
}

/**
 * Brings the schema up to date.
 * @param db - the open database
 * @returns the names of the migrations applied now
 */
export async function migrate(db: Db): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations(db.engine)) };
  // On PostgreSQL the migration tables are looked for in the connection's own schema: kysely otherwise takes
  // them to exist when any schema of the database has them (another tenant's, another test run's).
  const migrationTableSchema =
    db.engine === 'postgres'
      ? (await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db.kysely)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db: db.kysely,
    provider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
