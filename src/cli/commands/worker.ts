/**
 * `heliotrope worker --database-url postgres://…`: a worker of distributed population runs. It takes shard
 * jobs from the PostgreSQL job queue until SIGINT or SIGTERM (then finishes the shard in hand). See
 * docs/population.md, "Distributed runs".
 * @module
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { startWorker } from '../../bulk/distributed.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { intOption, postgresUrl } from './bulk.js';

interface WorkerCliOptions {
  databaseUrl?: string;
  threads?: string;
  pollInterval?: string;
}

/** Registers `worker`. */
export function registerWorker(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('worker')
    .description('assess shards of distributed population runs from the PostgreSQL job queue, until stopped')
    .option('--database-url <url>', 'PostgreSQL of the runs (env DATABASE_URL)')
    .option('--threads <n>', 'worker threads per shard (default: one per core; 0 = in the main thread)')
    .option('--poll-interval <seconds>', 'seconds between polls of an empty queue (default 2)')
    .action(async (opts: WorkerCliOptions) => {
      const databaseUrl = postgresUrl(opts.databaseUrl, process.env);
      const threads =
        opts.threads === undefined ? availableParallelism() : intOption('--threads', opts.threads, 0, 256);
      const pollInterval =
        opts.pollInterval === undefined ? undefined : intOption('--poll-interval', opts.pollInterval, 1, 600);
      const log = (l: string) => io.stderr(`heliotrope worker: ${l}\n`);
      const worker = await startWorker({ databaseUrl, threads, pollInterval, log });
      await new Promise<void>((done) => {
        const stop = (signal: string) => {
          log(`${signal}: finishing the shard in hand, then stopping`);
          void worker.stop().then(done);
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
      log(`stopped after ${worker.shardsDone} shard(s)`);
      setExit(EXIT.ok);
    });
}
