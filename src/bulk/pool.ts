/**
 * A small pool of worker threads that assess batches of patients (see worker.ts), or the same work in the
 * calling thread when the pool has no workers.
 * @module
 */
import { Worker } from 'node:worker_threads';
import { defaultImporter } from './importer.js';
import { READ_CHUNK_BYTES } from './input.js';
import { readLocated, type LocatedBatch } from './lines.js';
import type { ClassifiedLines } from './scan.js';
import {
  processGroup,
  storedOutcome,
  type PatientGroup,
  type PatientOutcome,
  type StoredOutcome,
} from './patient.js';

/** Assesses batches of patients. */
export interface BatchRunner {
  /** Assesses one batch. */
  run(groups: PatientGroup[]): Promise<PatientOutcome[]>;
  /**
   * Assesses one batch given by where its lines are (read by the worker from the sources the pool was
   * started with).
   */
  runLocated(batch: LocatedBatch): Promise<StoredOutcome[]>;
  /**
   * Classifies a batch of lines of the reading phase in a worker thread (`classifyLines`); absent when the
   * pool has no worker threads.
   */
  classify?: (
    buf: Buffer,
    starts: number[],
    ends: number[],
    fileType: string | null,
  ) => Promise<ClassifiedLines>;
  /** Number of batches it can usefully hold in flight. */
  readonly capacity: number;
  close(): Promise<void>;
}

/** The worker script, and how to start it (TypeScript sources in development and tests go through tsx). */
function workerSpec(): { script: string | URL; options: { eval?: boolean } } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const url = new URL('./worker.ts', here).href;
    return {
      script: `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); });`,
      options: { eval: true },
    };
  }
  return { script: new URL('./worker.js', here), options: {} };
}

/**
 * The old-generation heap of each worker thread, MB. V8 sizes a heap's growth by its limit: with the default
 * limit (a quarter of the machine's memory, up to 4 GB) a worker let garbage build up to several times its live
 * objects before collecting, and a 100,000-patient run's resident memory grew with its length; with this limit
 * it stays level through the assessing phase (docs/population.md, "Seventh pass": the run's peak, set earlier by
 * the main thread and the work store, still grows somewhat with the export). A patient needs about 2–4 times its bytes of lines in
 * heap, so this is ample for any batch a worker receives (see {@link LARGE_BATCH_BYTES}).
 */
export const WORKER_OLD_SPACE_MB = 256;

/**
 * A batch whose lines hold more bytes than this is assessed in the calling thread, whose heap has V8's
 * default limit, rather than in a worker thread: the workers' bound never makes a large patient fail where
 * an unbounded run would succeed. (A generated patient has ≈ 20 kB of lines, the largest ≈ 160 kB; a batch
 * of 64 ≈ 1.3 MB.)
 */
export const LARGE_BATCH_BYTES = 32 * 1024 * 1024;

/** Buffers of the reading phase kept for reuse (a few batches are in flight at a time). */
const SPARE_BUFFERS = 8;

/** Heap limits of a pool (tests use small ones). */
export interface PoolLimits {
  /** Old-generation heap of each worker thread, MB. */
  workerOldSpaceMb: number;
  /** Batches with more bytes of lines are assessed in the calling thread. */
  largeBatchBytes: number;
}

const DEFAULT_LIMITS: PoolLimits = {
  workerOldSpaceMb: WORKER_OLD_SPACE_MB,
  largeBatchBytes: LARGE_BATCH_BYTES,
};

/** Bytes of lines of a located batch (the sum of its lines' byte ranges). */
export function locatedBytes(batch: LocatedBatch): number {
  let n = 0;
  for (let i = 0; i < batch.pos.length; i += 3) n += batch.pos[i + 2]! - batch.pos[i + 1]!;
  return n;
}

/** Bytes of lines of a batch of groups. */
function groupBytes(groups: readonly PatientGroup[]): number {
  let n = 0;
  for (const g of groups) for (const p of g.parts) n += p.data.byteLength;
  return n;
}

/**
 * Starts a pool.
 * @param workers - number of worker threads (0: run in this thread)
 * @param asOf - reference day
 * @param sources - file index → path of its lines, for {@link BatchRunner.runLocated}
 * @param limits - heap limits (default {@link WORKER_OLD_SPACE_MB}, {@link LARGE_BATCH_BYTES})
 */
export function startPool(
  workers: number,
  asOf: string,
  sources: readonly string[] = [],
  limits: PoolLimits = DEFAULT_LIMITS,
): BatchRunner {
  const here = async (groups: PatientGroup[]) => groups.map((g) => processGroup(g, defaultImporter, asOf));
  const hereLocated = async (batch: LocatedBatch) =>
    (await here(readLocated(batch, sources))).map(storedOutcome);
  if (workers <= 0) return { capacity: 1, run: here, runLocated: hereLocated, close: async () => undefined };
  const spec = workerSpec();
  // Outcomes of a batch of lines, stored outcomes of a located batch.
  type Outcomes = PatientOutcome[] | StoredOutcome[] | ClassifiedLines;
  const pending = new Map<number, { resolve: (o: Outcomes) => void; reject: (e: unknown) => void }>();
  const load: number[] = [];
  // Buffers that carried a batch of lines to a worker and came back: the next batches are copied into them.
  const spare: ArrayBuffer[] = [];
  let failure: unknown;
  const threads = Array.from({ length: workers }, (_, i) => {
    const w = new Worker(spec.script, {
      ...spec.options,
      workerData: { asOf, sources },
      resourceLimits: { maxOldGenerationSizeMb: limits.workerOldSpaceMb },
    });
    load[i] = 0;
    w.on('message', (m: { id: number; outcomes: Outcomes; bytes?: Uint8Array }) => {
      load[i]!--;
      // a classified batch's bytes come back to be filled again (see `classify`)
      if (m.bytes && spare.length < SPARE_BUFFERS) spare.push(m.bytes.buffer as ArrayBuffer);
      const p = pending.get(m.id);
      pending.delete(m.id);
      p?.resolve(m.outcomes);
    });
    w.on('error', (e) => {
      failure = e;
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
    return w;
  });
  let next = 0;
  const send = <T extends Outcomes>(
    message:
      | { groups: PatientGroup[] }
      | { located: LocatedBatch }
      | { lines: { bytes: Uint8Array; starts: number[]; ends: number[]; fileType: string | null } },
    transfer: ArrayBuffer[] = [],
  ): Promise<T> => {
    if (failure) return Promise.reject(failure);
    let best = 0;
    for (let i = 1; i < threads.length; i++) if (load[i]! < load[best]!) best = i;
    const id = next++;
    load[best]!++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (o: Outcomes) => void, reject });
      threads[best]!.postMessage({ id, ...message }, transfer);
    });
  };
  return {
    capacity: workers * 2,
    // The batch's bytes are copied once into a buffer moved to the worker, which moves it back with the
    // classification: the reading phase reuses a few buffers instead of allocating one per megabyte read.
    classify: (buf, starts, ends, fileType) => {
      let room: ArrayBuffer | undefined;
      while ((room = spare.pop()) && room.byteLength < buf.byteLength);
      room ??= new ArrayBuffer(Math.max(buf.byteLength, READ_CHUNK_BYTES));
      const bytes = new Uint8Array(room, 0, buf.byteLength);
      bytes.set(buf);
      return send<ClassifiedLines>({ lines: { bytes, starts, ends, fileType } }, [room]);
    },
    run: (groups) =>
      groupBytes(groups) > limits.largeBatchBytes ? here(groups) : send<PatientOutcome[]>({ groups }),
    // The batch's two buffers are moved to the worker, not copied.
    runLocated: (located) =>
      locatedBytes(located) > limits.largeBatchBytes
        ? hereLocated(located)
        : send<StoredOutcome[]>({ located }, [
            located.parts.buffer as ArrayBuffer,
            located.pos.buffer as ArrayBuffer,
          ]),
    async close() {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
