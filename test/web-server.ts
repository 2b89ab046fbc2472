/**
 * Test helper: the built web application served by the real server on a free port, with a SQLite database in
 * a temporary folder and the admin account `admin-password-1`. For the browser tests.
 * @module
 */
import { join } from 'node:path';
// @ts-expect-error -- plain ES module build script without type declarations
import { buildWeb } from '../scripts/build-web.mjs';
import { silentLogger } from '../src/server/logger.js';
import { startServer, type RunningServer } from '../src/server/start.js';

/**
 * Builds the web application into `tmp/web` and starts the server on it.
 * @param tmp - a temporary folder (database, data and the built web application)
 * @param demo - whether to load the demo cases
 * @param extra - another database (e.g. PostgreSQL) and the directory of population runs
 */
export async function startWebServer(
  tmp: string,
  demo: boolean,
  extra: { databaseUrl?: string; populationDir?: string } = {},
): Promise<RunningServer> {
  const webRoot = (await buildWeb(join(tmp, 'web'))) as string;
  return startServer(
    {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: extra.databaseUrl ?? join(tmp, 'db.sqlite'),
      dataDir: tmp,
      logLevel: 'silent',
      demo,
      adminPassword: 'admin-password-1',
      webRoot,
      ...(extra.populationDir ? { populationDir: extra.populationDir } : {}),
    },
    { say: () => undefined, logger: silentLogger },
  );
}
