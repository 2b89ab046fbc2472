/**
 * The compute of a `patient-view` call with its whole prefetch: the body parsed (strict UTF-8, depth limit),
 * checked against the service, the prefetch read, imported, assessed and turned into cards. One function for
 * both places it runs: the route's own thread, and a compute thread of {@link CdsWorkerPool} when the server
 * has some (`HELIOTROPE_CDS_WORKERS`). No I/O: a call whose prefetch is incomplete (a FHIR server to ask, or a
 * 412) is answered `incomplete` and the route does it on its own thread.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { assessCase } from '../../assess/assess.js';
import { parseJsonBytes } from '../../case/json-text.js';
import { patientViewCards } from '../../cds/cards.js';
import { readPrefetch } from '../../cds/prefetch.js';
import { parseCdsRequest } from '../../cds/request.js';
import type { CdsCard, CdsServiceDefinition } from '../../cds/types.js';
import { importResources, type FhirImportResult } from '../../fhir/import/index.js';

/** What a complete `patient-view` call computes. */
export interface PatientViewOutcome {
  kind: 'done';
  cards: CdsCard[];
  /** The request's `hookInstance` (for the audit row). */
  hookInstance: string;
  /** How many prefetch keys were given. */
  prefetched: number;
  /** The JSON text of the record behind the cards' link (only when asked for). */
  snapshot?: string;
}

/**
 * The cards of an imported record: the assessment on `asOf` and the patient-view cards.
 * @param imported - the import of the prefetch
 * @param patientId - the patient in context
 * @param asOf - the as-of day
 * @param onFault - a section's fault (its key; the report keeps the other sections)
 */
export function patientViewOf(
  imported: FhirImportResult,
  patientId: string,
  asOf: string,
  onFault: (key: string, e: unknown) => void,
): CdsCard[] {
  const report = assessCase(imported.case, { asOf, onFault });
  return patientViewCards(report, {
    patientId,
    newUuid: randomUUID,
    unreadable: imported.issues.filter((i) => i.severity === 'error').length,
  });
}

/**
 * The record behind a card's link (what `GET /cds/{id}` shows): the import with its issues and provenance.
 * @param serviceId - the service
 * @param asOf - the as-of day
 * @param imported - the import
 */
export function snapshotOf(
  serviceId: string,
  asOf: string,
  imported: FhirImportResult,
): Record<string, unknown> {
  return {
    source: 'cds-hooks',
    service: serviceId,
    asOf,
    case: imported.case,
    issues: imported.issues,
    provenance: imported.provenance,
    stats: imported.stats,
  };
}

/**
 * A `patient-view` call from its body bytes, when its prefetch is complete.
 * @param bytes - the request body
 * @param service - the service called
 * @param asOf - the as-of day
 * @param withSnapshot - also serialise the record behind the cards' link (when there are cards)
 * @param onFault - a section's fault
 * @returns the cards, or `incomplete` when the prefetch misses a key (the route fetches or refuses)
 * @throws InputError for a body that is not JSON, not a CDS Hooks request or a prefetch that is not FHIR
 */
export function patientViewFromBytes(
  bytes: Uint8Array,
  service: CdsServiceDefinition,
  asOf: string,
  withSnapshot: boolean,
  onFault: (key: string, e: unknown) => void,
): PatientViewOutcome | { kind: 'incomplete' } {
  const request = parseCdsRequest(parseJsonBytes(bytes, 'the request body'), service);
  const pre = readPrefetch(service, request);
  if (pre.toFetch.length) return { kind: 'incomplete' };
  const imported = importResources([...pre.resources], 'prefetch');
  const cards = patientViewOf(imported, String(request.context.patientId), asOf, onFault);
  return {
    kind: 'done',
    cards,
    hookInstance: request.hookInstance,
    prefetched: pre.satisfied.length,
    ...(withSnapshot && cards.length
      ? { snapshot: JSON.stringify(snapshotOf(service.id, asOf, imported)) }
      : {}),
  };
}
