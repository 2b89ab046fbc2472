/**
 * Prefetch: filling a service's templates from the hook context, checking what the client sent against
 * them, and gathering the resources. A key the client did not send must be fetched by the service; a key
 * sent as `null` means "no data" (satisfied). Pure.
 * @see {@link https://cds-hooks.hl7.org/2.0/#prefetch-template | CDS Hooks 2.0, prefetch templates}
 * @module
 */
import { InputError, issue } from '../core/issues.js';
import type { CdsRequest, CdsServiceDefinition } from './types.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Replaces `{{context.x}}` tokens (root-level primitive context fields, as the specification allows) and
 * the user tokens of a template.
 * @param template - the prefetch template
 * @param context - the hook context
 * @returns the relative FHIR URL, or undefined when a token has no value
 */
export function fillTemplate(template: string, context: Record<string, unknown>): string | undefined {
  let missing = false;
  const out = template.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (_, token: string) => {
    let v: unknown;
    if (token.startsWith('context.')) v = context[token.slice('context.'.length)];
    else if (token === 'userPractitionerId' || token === 'userPatientId' || token === 'userRelatedPersonId') {
      const user = typeof context.userId === 'string' ? context.userId : '';
      const type = token.slice(4, -2);
      v = user.startsWith(`${type}/`) ? user.slice(type.length + 1) : undefined;
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      missing = true;
      return '';
    }
    return encodeURIComponent(String(v));
  });
  return missing ? undefined : out;
}

/** What the prefetch gives, and what the service must fetch itself. */
export interface PrefetchOutcome {
  /** Every resource received (Bundle entries flattened). */
  resources: Json[];
  /** Prefetch keys satisfied by the client (including `null`: no data). */
  satisfied: string[];
  /** Keys the client did not satisfy, with the query to run for each. */
  toFetch: { key: string; query: string }[];
}

/**
 * The resources of one prefetch value: a resource, or a Bundle's entries.
 * @returns undefined when the value is a paged search result (incomplete: the key must be fetched)
 */
export function resourcesOf(value: unknown): Json[] | undefined {
  if (!isObj(value)) return [];
  if (value.resourceType !== 'Bundle') return [value];
  const links = Array.isArray(value.link) ? (value.link as Json[]) : [];
  if (links.some((l) => l.relation === 'next')) return undefined;
  const out: Json[] = [];
  for (const e of Array.isArray(value.entry) ? (value.entry as Json[]) : []) {
    const r = isObj(e) ? e.resource : undefined;
    // Search results may include OperationOutcome entries (warnings): not patient data.
    if (isObj(r) && r.resourceType !== 'OperationOutcome') out.push(r);
  }
  return out;
}

/**
 * Reads the prefetch of a call against the service's templates.
 * @param service - the service
 * @param request - the validated call
 * @throws InputError when a prefetched value is not FHIR, or the prefetched Patient is not the patient in context
 */
export function readPrefetch(service: CdsServiceDefinition, request: CdsRequest): PrefetchOutcome {
  const out: PrefetchOutcome = { resources: [], satisfied: [], toFetch: [] };
  const given = request.prefetch ?? {};
  for (const [key, template] of Object.entries(service.prefetch ?? {})) {
    const query = fillTemplate(template, request.context);
    if (!(key in given)) {
      if (query !== undefined) out.toFetch.push({ key, query });
      continue;
    }
    const value = given[key];
    if (value === null) {
      out.satisfied.push(key);
      continue;
    }
    if (!isObj(value) || typeof value.resourceType !== 'string')
      throw new InputError('a prefetched value is not a FHIR resource', [
        issue('structure', `prefetch.${key}`, 'expected a FHIR resource, a Bundle or null'),
      ]);
    if (value.resourceType === 'Patient' && value.id !== undefined && value.id !== request.context.patientId)
      throw new InputError('the prefetched Patient is not the patient in context', [
        issue(
          'conflict',
          `prefetch.${key}.id`,
          `Patient/${String(value.id)} differs from context.patientId ${String(request.context.patientId)}`,
        ),
      ]);
    const list = resourcesOf(value);
    if (list === undefined) {
      if (query !== undefined) out.toFetch.push({ key, query });
      continue;
    }
    out.satisfied.push(key);
    out.resources.push(...list);
  }
  return out;
}
