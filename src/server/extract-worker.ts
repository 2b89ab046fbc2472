/**
 * The worker side of the extraction pool (runs in a worker thread, loaded by tinypool): on the task's
 * own port it says that it started, then sends the result of the engine's narrative extraction. Both go
 * over the same port, so the pool sees them in that order.
 * @module
 */
import type { MessagePort } from 'node:worker_threads';
import type { ExtractOutput } from './context.js';
import { narrativeExtraction } from './extract-hook.js';

/** One extraction task. */
export interface ExtractTask {
  text: string;
  /** Receives `{ started: true }`, then `{ output }`. */
  port: MessagePort;
}

/** What the worker sends on the task's port. */
export type ExtractMessage = { started: true } | { output: ExtractOutput };

/**
 * Runs one task (a failure rejects the pool's run instead).
 * @param task - the narrative and the port to answer on
 */
export default async function run(task: ExtractTask): Promise<void> {
  const send = (m: ExtractMessage) => task.port.postMessage(m);
  try {
    send({ started: true });
    send({ output: await narrativeExtraction(task.text) });
  } finally {
    task.port.close();
  }
}
