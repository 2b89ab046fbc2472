/**
 * Starting the server: configuration from environment and flags, database and migrations, the first
 * admin account and demo cases on first start, listening, and graceful shutdown.
 * @module
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { parseCase } from '../case/validate.js';
import { assessCase } from '../assess/assess.js';
import { openDb, SQLITE_SYNCHRONOUS, type SqliteSynchronous } from '../store/db.js';
import { migrate } from '../store/migrations.js';
import { Store } from '../store/store.js';
import { ENGINE_VERSION } from '../version.js';
import { createApp, type ExtractHook } from './app.js';
import { cdsConfigFromEnv, type CdsConfig } from './cds/config.js';
import { CdsWorkerPool } from './cds/pool.js';
import { createExtractionPool, defaultExtractThreads } from './extract-pool.js';
import { generatePassword, hashPassword } from './auth.js';
import { demoCases } from './demo-cases.js';
import { createLogger, LOG_LEVELS, type Logger, type LogLevel } from './logger.js';
import { summarize } from './summary.js';
import { PopulationRuns } from './population.js';

/** Server configuration. */
export interface ServerConfig {
  port: number;
  host: string;
  /** `postgres://…`, or a SQLite file path, or `:memory:`. */
  databaseUrl: string;
  /** SQLite durability: `full` (default; every commit on disk before it is acknowledged) or `normal`. */
  sqliteSynchronous?: SqliteSynchronous;
  dataDir: string;
  logLevel: LogLevel;
  /** Load the demo cases on first start. */
  demo: boolean;
  /** The first admin's password (else one is generated and printed once). */
  adminPassword?: string;
  /** The built web application; default: dist/web of this package. */
  webRoot?: string;
  /** The CDS Hooks service (HELIOTROPE_CDS_*, HELIOTROPE_PUBLIC_URL; see docs/fhir.md). */
  cds?: CdsConfig;
  /** Worker threads for narrative extraction (0 = on the event loop); default one per core but one, 1–4. */
  extractThreads?: number;
  /**
   * A directory of finished `heliotrope bulk` output folders the Population page shows beside the distributed
   * runs of a PostgreSQL database (`HELIOTROPE_POPULATION_DIR`); on SQLite the only source of runs.
   */
  populationDir?: string;
}

/** Finds the built web application beside this module (dist/web), if any. */
export function defaultWebRoot(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  return [resolve(here, '../../web'), resolve(here, '../../dist/web')].find((p) =>
    existsSync(resolve(p, 'index.html')),
  );
}

/**
 * Builds the configuration: flags win over environment variables, which win over defaults.
 * @param env - environment variables
 * @param flags - command-line options
 */
export function resolveConfig(
  env: Record<string, string | undefined>,
  flags: Partial<ServerConfig> = {},
): ServerConfig {
  const dataDir = flags.dataDir ?? env.DATA_DIR ?? resolve('data');
  const port = flags.port ?? (env.PORT !== undefined ? Number(env.PORT) : 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number (0–65535), got "${env.PORT ?? flags.port}"`);
  const logLevel = (flags.logLevel ?? env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const sync = (flags.sqliteSynchronous ??
    env.SQLITE_SYNCHRONOUS?.toLowerCase() ??
    'full') as SqliteSynchronous;
  if (!SQLITE_SYNCHRONOUS.includes(sync))
    throw new Error(`SQLITE_SYNCHRONOUS must be one of ${SQLITE_SYNCHRONOUS.join(', ')}, got "${sync}"`);
  const threadsText = env.HELIOTROPE_EXTRACT_THREADS;
  const extractThreads =
    flags.extractThreads ?? (threadsText !== undefined ? Number(threadsText) : defaultExtractThreads());
  if (!Number.isInteger(extractThreads) || extractThreads < 0 || extractThreads > 64)
    throw new Error(`HELIOTROPE_EXTRACT_THREADS must be a whole number 0–64, got "${threadsText}"`);
  return {
    port,
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    extractThreads,
    databaseUrl: flags.databaseUrl ?? env.DATABASE_URL ?? resolve(dataDir, 'heliotrope.sqlite'),
    dataDir,
    logLevel,
    sqliteSynchronous: sync,
    demo: flags.demo ?? env.HELIOTROPE_DEMO !== '0',
    ...(env.HELIOTROPE_ADMIN_PASSWORD ? { adminPassword: env.HELIOTROPE_ADMIN_PASSWORD } : {}),
    ...(flags.webRoot ? { webRoot: flags.webRoot } : {}),
    cds: flags.cds ?? cdsConfigFromEnv(env),
    ...((flags.populationDir ?? env.HELIOTROPE_POPULATION_DIR)
      ? { populationDir: resolve((flags.populationDir ?? env.HELIOTROPE_POPULATION_DIR)!) }
      : {}),
  };
}

/** A running server. */
export interface RunningServer {
  url: string;
  store: Store;
  /** Stops accepting connections, finishes in-flight requests (up to `graceMs`), closes the database. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Prepares the database: migrations, and on first start the admin account and demo cases.
 * @param store - the store
 * @param config - configuration
 * @param say - prints a line for the operator (console, not the log)
 */
export async function bootstrap(
  store: Store,
  config: Pick<ServerConfig, 'demo' | 'adminPassword'>,
  say: (line: string) => void,
): Promise<void> {
  await migrate(store.db);
  if ((await store.accounts.countUsers()) > 0) {
    // The variable sets the first password only: re-applying it at every start would silently undo a
    // password change. Say so instead of ignoring it.
    if (config.adminPassword)
      say(
        'HELIOTROPE_ADMIN_PASSWORD is set but was NOT applied: the database already has accounts, and the variable only sets the password of the first start.\n  To reset the admin password, run: heliotrope admin reset-password --user admin (with the same DATABASE_URL / DATA_DIR), then unset the variable.',
      );
    return;
  }
  const password = config.adminPassword ?? generatePassword();
  const admin = await store.accounts.createUser('admin', await hashPassword(password), 'admin');
  say(
    config.adminPassword
      ? 'First start: created the account "admin" with the password from HELIOTROPE_ADMIN_PASSWORD.'
      : `First start: created the account "admin" with password ${password}\n  (shown only this once: log in and change it, or set HELIOTROPE_ADMIN_PASSWORD before the first start).`,
  );
  if (!config.demo) return;
  const asOf = new Date().toISOString().slice(0, 10);
  for (const d of demoCases) {
    const c = parseCase(d);
    const report = assessCase(c, { asOf });
    const s = await store.cases.create(c, admin.id, summarize(report));
    await store.cases.saveAssessment({
      caseId: s.id,
      caseVersion: s.version,
      engineVersion: ENGINE_VERSION,
      asOf,
      createdBy: admin.id,
      report: { ...report, case: s.data },
    });
  }
  say(`Loaded ${demoCases.length} synthetic demo cases.`);
}

/**
 * Starts the server.
 * @param config - configuration
 * @param options - `say`: operator messages; `logger`; `extract`: the narrative-extraction hook (default: the
 *   engine's extraction pipeline in a pool of worker threads, see `extractThreads`)
 */
export async function startServer(
  config: ServerConfig,
  options: { say?: (line: string) => void; logger?: Logger; extract?: ExtractHook } = {},
): Promise<RunningServer> {
  const say = options.say ?? ((l: string) => void process.stdout.write(`${l}\n`));
  const logger = options.logger ?? createLogger(config.logLevel);
  if (config.cds?.allowUnsigned) {
    const warning =
      'WARNING: the CDS Hooks service accepts UNSIGNED calls (HELIOTROPE_CDS_ALLOW_UNSIGNED): any caller can send patient data and read cards. Use this for a public sandbox only, never with real patients.';
    say(warning);
    logger.log('warn', 'cds hooks: unsigned calls accepted (sandbox mode)');
  }
  const db = openDb(config.databaseUrl, { synchronous: config.sqliteSynchronous ?? 'full' });
  const store = new Store(db);
  await bootstrap(store, config, say);
  let shuttingDown = false;
  const pool = options.extract
    ? undefined
    : createExtractionPool({ threads: config.extractThreads ?? defaultExtractThreads() });
  const extract = options.extract ?? pool?.extract;
  const cdsWorkers = config.cds?.workers ? new CdsWorkerPool(config.cds.workers) : undefined;
  const population = new PopulationRuns({
    ...(db.engine === 'postgres' ? { databaseUrl: config.databaseUrl } : {}),
    ...(config.populationDir ? { directory: config.populationDir } : {}),
  });
  const app = createApp({
    population,
    store,
    logger,
    webRoot: config.webRoot ?? defaultWebRoot(),
    ready: () => !shuttingDown,
    clientAddress: (c) => getConnInfo(c).remote.address,
    ...(extract ? { extract } : {}),
    ...(config.cds ? { cds: config.cds } : {}),
    ...(cdsWorkers ? { cdsWorkers } : {}),
  });
  const server = await new Promise<Server>((ok, fail) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => ok(s as Server));
    s.once('error', fail);
  });
  server.keepAliveTimeout = 5000;
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${host}:${addr.port}/`;
  logger.log('info', 'listening', { url, database: db.engine });
  let closing: Promise<void> | undefined;
  const close = (graceMs = 10000) =>
    (closing ??= (async () => {
      shuttingDown = true;
      await new Promise<void>((ok) => {
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        // Connections left idle once their request finishes are closed as they become idle.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        server.close(() => {
          clearTimeout(timer);
          clearInterval(sweep);
          ok();
        });
        server.closeIdleConnections();
      });
      await pool?.destroy();
      await cdsWorkers?.destroy();
      await population.close();
      await db.close();
      logger.log('info', 'stopped');
    })());
  return { url, store, close };
}
