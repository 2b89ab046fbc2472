/**
 * Compute threads for the CDS Hooks service: a `patient-view` call is CPU work (parse the ≈ 100 KB prefetch,
 * import, assess, cards: ≈ 5 ms) that one event loop does one call at a time, so at 20 concurrent calls the last
 * waits for the 19 before it. With `HELIOTROPE_CDS_WORKERS=n` the server hands that work to `n` worker threads
 * (tinypool; the body's bytes are transferred, not copied); the event loop keeps HTTP, the JWT check (itself on
 * libuv's thread pool), the store (the snapshot and audit rows) and a prefetch that needs the client's FHIR
 * server. The threads never touch the store, so SQLite and PostgreSQL are alike to them.
 * @module
 */
import { Tinypool } from 'tinypool';
import { HeliotropeError, type ErrorKind, type Issue } from '../../core/issues.js';
import { workerModule } from '../worker-module.js';
import type { PatientViewOutcome } from './patient-view.js';

/** A call handed to a compute thread. */
export interface CdsTask {
  serviceId: string;
  /** The request body (transferred). */
  body: ArrayBuffer;
  asOf: string;
  withSnapshot: boolean;
}

/** A section that failed on a compute thread (its key, the error's name and stack; never case data). */
export interface CdsFault {
  key: string;
  name: string;
  stack: string | null;
}

/** A compute thread's answer: an outcome, or the error the call threw, with the faults to log. */
export interface CdsReply {
  outcome?: PatientViewOutcome | { kind: 'incomplete' };
  /** A HeliotropeError (kind, message, issues) or another error (its name and message). */
  error?: { kind?: ErrorKind; message: string; issues?: Issue[]; name?: string };
  faults: CdsFault[];
}

/** A pool of compute threads for CDS Hooks calls. */
export class CdsWorkerPool {
  private readonly pool: Tinypool;

  /** @param threads - how many threads (≥ 1), all started at once and kept */
  constructor(readonly threads: number) {
    this.pool = new Tinypool({
      filename: workerModule(import.meta.url, 'cds-worker'),
      minThreads: threads,
      maxThreads: threads,
    });
  }

  /**
   * Runs a `patient-view` call on a compute thread.
   * @param task - the call (its body is transferred: the caller's buffer is emptied)
   * @returns the outcome, with the faults of sections to log
   * @throws HeliotropeError as the thread's call threw it (same kind, message and issues: the same problem
   *   document as on the event loop); Error for anything else
   */
  async run(task: CdsTask): Promise<{ outcome: NonNullable<CdsReply['outcome']>; faults: CdsFault[] }> {
    const reply = (await this.pool.run(task, { transferList: [task.body] })) as CdsReply;
    if (reply.error) {
      const { kind, message, issues, name } = reply.error;
      if (kind) throw new HeliotropeError(kind, message, issues ?? []);
      throw new Error(`CDS compute thread: ${name ?? 'error'}: ${message}`);
    }
    return { outcome: reply.outcome!, faults: reply.faults };
  }

  /** How many calls the threads have finished. */
  get completed(): number {
    return this.pool.completed;
  }

  /** Stops the threads (calls in hand are refused). */
  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
