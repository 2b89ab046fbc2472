/**
 * A compute thread of the CDS Hooks service ({@link CdsWorkerPool}): a `patient-view` call's body bytes in,
 * {@link patientViewFromBytes}'s outcome out, or the error it threw as a value (kind, message and issues of a
 * HeliotropeError), so that the route answers the same problem document as on its own thread.
 * @module
 */
import { HeliotropeError } from '../../core/issues.js';
import { findCdsService } from '../../cds/services.js';
import { patientViewFromBytes } from './patient-view.js';
import type { CdsFault, CdsReply, CdsTask } from './pool.js';

/**
 * Runs one call.
 * @param task - the call
 */
export default function run(task: CdsTask): CdsReply {
  const faults: CdsFault[] = [];
  try {
    const service = findCdsService(task.serviceId);
    if (!service) throw new Error(`no CDS service ${task.serviceId}`);
    const outcome = patientViewFromBytes(
      new Uint8Array(task.body),
      service,
      task.asOf,
      task.withSnapshot,
      (key, e) =>
        faults.push({
          key,
          name: e instanceof Error ? e.name : 'unknown',
          stack: e instanceof Error ? (e.stack ?? null) : null,
        }),
    );
    return { outcome, faults };
  } catch (e) {
    return {
      faults,
      error:
        e instanceof HeliotropeError
          ? { kind: e.kind, message: e.message, issues: e.issues }
          : {
              message: e instanceof Error ? e.message : String(e),
              name: e instanceof Error ? e.name : 'unknown',
            },
    };
  }
}
