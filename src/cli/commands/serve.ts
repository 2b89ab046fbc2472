/**
 * `heliotrope serve` (also `npm start`): the web application and HTTP API in one server.
 * @module
 */
import type { Command } from 'commander';
import { InputError, issue } from '../../core/issues.js';
import { LOG_LEVELS, type LogLevel } from '../../server/logger.js';
import { resolveConfig, startServer, type ServerConfig } from '../../server/start.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';

/** Options of `serve`. */
interface ServeOptions {
  port?: string;
  host?: string;
  databaseUrl?: string;
  dataDir?: string;
  logLevel?: string;
  demo?: boolean;
  populationDir?: string;
}

/**
 * Turns the options into server configuration.
 * @param opts - parsed options
 * @param env - environment variables
 */
export function serveConfig(opts: ServeOptions, env: Record<string, string | undefined>): ServerConfig {
  const flags: Partial<ServerConfig> = {};
  if (opts.port !== undefined) {
    const p = Number(opts.port);
    if (!/^\d+$/.test(opts.port) || p > 65535)
      throw new InputError(`--port: "${opts.port}" is not a port number`, [
        issue('value', '--port', 'expected 0–65535'),
      ]);
    flags.port = p;
  }
  if (opts.logLevel !== undefined) {
    if (!LOG_LEVELS.includes(opts.logLevel as LogLevel))
      throw new InputError(`--log-level: expected one of ${LOG_LEVELS.join(', ')}`);
    flags.logLevel = opts.logLevel as LogLevel;
  }
  if (opts.host) flags.host = opts.host;
  if (opts.databaseUrl) flags.databaseUrl = opts.databaseUrl;
  if (opts.dataDir) flags.dataDir = opts.dataDir;
  if (opts.demo === false) flags.demo = false;
  if (opts.populationDir) flags.populationDir = opts.populationDir;
  try {
    return resolveConfig(env, flags);
  } catch (e) {
    throw new InputError(e instanceof Error ? e.message : String(e));
  }
}

/** Registers `serve`. */
export function registerServe(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description(
      'start the web application and HTTP API (config: PORT, HOST, DATABASE_URL, DATA_DIR, LOG_LEVEL, SQLITE_SYNCHRONOUS)',
    )
    .option('-p, --port <port>', 'port to listen on (env PORT; default 8080; 0 = any free port)')
    .option('--host <host>', 'address to listen on (env HOST; default 127.0.0.1)')
    .option(
      '--database-url <url>',
      'postgres://… or a SQLite file (env DATABASE_URL; default DATA_DIR/heliotrope.sqlite)',
    )
    .option('--data-dir <dir>', 'folder for the SQLite database (env DATA_DIR; default ./data)')
    .option('--log-level <level>', `${LOG_LEVELS.join(' | ')} (env LOG_LEVEL; default info)`)
    .option('--no-demo', 'do not load the demo cases on first start (env HELIOTROPE_DEMO=0)')
    .option(
      '--population-dir <dir>',
      'folder of finished `heliotrope bulk` outputs for the Population page (env HELIOTROPE_POPULATION_DIR)',
    )
    .action(async (opts: ServeOptions) => {
      const config = serveConfig(opts, process.env);
      const server = await startServer(config, { say: (l) => io.stdout(`${l}\n`) });
      io.stdout(
        `Heliotrope is running at ${server.url} (database: ${server.store.db.engine}). Press Ctrl+C to stop.\n`,
      );
      await new Promise<void>((done) => {
        const stop = (signal: string) => {
          io.stderr(`heliotrope: ${signal}: finishing requests in flight, then stopping\n`);
          void server.close().then(done);
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
      setExit(EXIT.ok);
    });
}
