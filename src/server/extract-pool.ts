/**
 * Narrative extraction off the event loop: a pool of worker threads (tinypool) runs the extraction, so
 * that long narratives (up to 200,000 characters) do not hold up other requests. With `threads: 0` the
 * extraction runs inline on the calling thread (no workers), as before the pool.
 * @module
 */
import { EventEmitter } from 'node:events';
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Tinypool } from 'tinypool';
import type { ExtractHook, ExtractOutput } from './context.js';
import { narrativeExtraction } from './extract-hook.js';
import { workerModule } from './worker-module.js';
import type { ExtractMessage } from './extract-worker.js';

/** The default number of worker threads: one per core but one, at least 1, at most 4. */
export function defaultExtractThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** A running extraction pool. */
export interface ExtractionPool {
  /** The extraction hook for the server. */
  extract: ExtractHook;
  /**
   * `start` (task number): a worker began the task; `finish` (task number): its result is back on this
   * thread. Nothing in them is patient data.
   */
  events: EventEmitter<{ start: [number]; finish: [number] }>;
  /** Stops the workers (tasks in flight are refused). */
  destroy(): Promise<void>;
}

/**
 * Starts an extraction pool: one worker at once (kept while the pool runs), more on demand (stopped
 * after a minute idle).
 * @param options - `threads`: worker threads (default {@link defaultExtractThreads}; 0 = inline)
 */
export function createExtractionPool(options: { threads?: number } = {}): ExtractionPool {
  const threads = options.threads ?? defaultExtractThreads();
  const events = new EventEmitter<{ start: [number]; finish: [number] }>();
  let next = 0;
  if (threads === 0) {
    return {
      events,
      extract: (text) => {
        const id = ++next;
        events.emit('start', id);
        const out = narrativeExtraction(text) as ExtractOutput;
        events.emit('finish', id);
        return out;
      },
      destroy: () => Promise.resolve(),
    };
  }
  const pool = new Tinypool({
    filename: workerModule(import.meta.url, 'extract-worker'),
    // One worker is started at once and kept, so that the first extraction does not wait for it to load.
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  return {
    events,
    extract: async (text) => {
      const id = ++next;
      const { port1, port2 } = new MessageChannel();
      const output = new Promise<ExtractOutput>((resolve) => {
        port1.on('message', (m: ExtractMessage) => {
          if ('started' in m) events.emit('start', id);
          else {
            events.emit('finish', id);
            resolve(m.output);
          }
        });
      });
      try {
        // The run settles when the worker is done: it rejects when the extraction failed.
        const [, out] = await Promise.all([
          pool.run({ text, port: port2 }, { transferList: [port2] }),
          output,
        ]);
        return out;
      } finally {
        port1.close();
      }
    },
    destroy: () => pool.destroy(),
  };
}
