/**
 * `heliotrope admin reset-password`: a new password for an account (default `admin`) of the server's
 * database, for when it is lost. Run it where the server runs (same DATABASE_URL / DATA_DIR).
 * @module
 */
import type { Command } from 'commander';
import { InputError } from '../../core/issues.js';
import { resetPassword } from '../../server/admin.js';
import { resolveConfig } from '../../server/start.js';
import { openDb } from '../../store/db.js';
import { migrate } from '../../store/migrations.js';
import { Store } from '../../store/store.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';

/** Registers `admin`. */
export function registerAdmin(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const admin = program.command('admin').description('operator tasks on the server database');
  admin
    .command('reset-password')
    .description(
      'set a new password for an account (default admin): ends its sessions and API tokens, enables it, is audited; prints a generated password once',
    )
    .option('--user <name>', 'the account', 'admin')
    .option('--password-stdin', 'read the new password from standard input instead of generating one')
    .option(
      '--database-url <url>',
      'postgres://… or a SQLite file (env DATABASE_URL; default DATA_DIR/heliotrope.sqlite)',
    )
    .option('--data-dir <dir>', 'folder of the SQLite database (env DATA_DIR; default ./data)')
    .action(
      async (opts: { user: string; passwordStdin?: boolean; databaseUrl?: string; dataDir?: string }) => {
        let url: string;
        try {
          url = resolveConfig(process.env, {
            ...(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : {}),
            ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
          }).databaseUrl;
        } catch (e) {
          throw new InputError(e instanceof Error ? e.message : String(e));
        }
        const typed = opts.passwordStdin ? (await io.readText('-')).replace(/\r?\n$/, '') : undefined;
        const db = openDb(url);
        try {
          const store = new Store(db);
          await migrate(db);
          const r = await resetPassword(store, opts.user, typed);
          io.stdout(
            `${r.generated ? `New password of "${opts.user}": ${r.password}\n  (shown only this once)` : `Password of "${opts.user}" changed.`}\n` +
              `Ended ${r.sessionsEnded} session(s) and ${r.tokensRevoked} API token(s)${r.enabled ? '; the account was disabled and is enabled again' : ''}. Recorded in the audit log.\n`,
          );
        } finally {
          await db.close();
        }
        setExit(EXIT.ok);
      },
    );
}
